"""A supervisor can never single out a survivor: every screen the supervisor account can
reach (the case list, search results, a case, the report, the directory, help) is walked,
and none shows a survivor attribute (name, language, country, age band, an exact date) nor
a count of cases the report suppresses (`caseassist.cases.supervision`)."""

from __future__ import annotations

import re

from textual.widgets import DataTable, Input

from caseassist import i18n
from caseassist.reports.labels import AGE_BAND_LABELS
from caseassist.services.workspace import Workspace
from caseassist.tui.screens.case_overview import CaseOverviewScreen
from caseassist.tui.screens.cases import CasesScreen

from .helpers import PASS, screen_text, settle, unlock
from .test_flows import app_for

DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b|\b20\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
)


def _attributes(folder) -> tuple[set[str], set[str]]:
    """What the caseworker's view shows of each case that a supervisor must never see:
    names, and the words for languages, countries and age bands."""
    ws = Workspace.unlock(folder, "admin", PASS)
    try:
        names, words = set(), set()
        for s in ws.list_cases(status=None, limit=500):
            if s.name:
                names.add(s.name)
            if s.language:
                words.add(i18n.language_name(s.language))
        from sqlmodel import select

        from caseassist.vault.tables.cases import CaseFile

        with ws.vault.session() as session:
            countries = set(session.exec(select(CaseFile.country)).all())
        words |= {i18n.country_name(c) for c in countries if c}
        words |= set(AGE_BAND_LABELS.values())
        return names, words
    finally:
        ws.close()


def _leaks(app, names: set[str], words: set[str]) -> list[str]:
    text = "\n".join(screen_text(app))
    found = [n for n in names if n in text]
    found += [w for w in words if re.search(rf"\b{re.escape(w)}\b", text)]
    found += DATE.findall(text)
    return found


async def test_every_supervisor_screen_shows_no_survivor_attribute(demo_folder):
    names, words = _attributes(demo_folder)
    assert names and len(words) > len(AGE_BAND_LABELS)
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        seen = []

        async def look(what: str) -> None:
            await settle(pilot)
            seen.append(what)
            assert not _leaks(app, names, words), (what, _leaks(app, names, words))

        await pilot.press("a")
        await look("all open cases")
        screen = app.screen
        assert isinstance(screen, CasesScreen) and screen.total >= 11 and screen.rows
        headers = [str(c.label) for c in screen.query_one("#cases", DataTable).columns.values()]
        assert headers == ["Case", "Status", "Overdue", "Open needs", "Open for", "Caseworker"]
        await pilot.press("enter")
        await look("a case")
        assert isinstance(app.screen, CaseOverviewScreen)
        await pilot.press("f1")
        await look("help")
        await pilot.press("escape", "escape")
        await settle(pilot)
        for query in ("need:shelter", "open", "by:caseworker", screen.rows[0].code):
            await pilot.press("slash")
            screen.query_one("#search", Input).value = query
            await pilot.press("enter")
            await look(f"search {query}")
            if screen.rows:
                await pilot.press("enter")
                await look(f"a case found by {query}")
                await pilot.press("escape")
                await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
        await pilot.press("r")  # counts by week, country, age band: suppressed below 11
        await settle(pilot)
        from caseassist.tui.screens.report import ReportScreen

        assert isinstance(app.screen, ReportScreen)
        assert not [n for n in names if n in "\n".join(screen_text(app))]
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")
        await look("directory")
        assert len(seen) >= 7


async def test_a_supervisor_list_shorter_than_the_threshold_is_one_line(demo_folder):
    """Below the report's threshold neither the rows nor their number are shown."""
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        screen = app.screen
        code = app.workspace.list_cases(limit=1)[0].code
        await pilot.press("slash")
        screen.query_one("#search", Input).value = code  # one case: a count of 1
        await pilot.press("enter")
        await settle(pilot)
        text = "\n".join(screen_text(app))
        assert "Fewer than 11 cases: they are not listed" in text, text
        assert text.count(code) == 1 and "1 case found" not in text  # the search field only
        assert not screen.rows and not screen.query_one("#cases", DataTable).display
        await pilot.press("escape")  # back to the whole list, shown again
        await settle(pilot)
        assert screen.rows and screen.query_one("#cases", DataTable).display


async def test_a_small_caseload_is_not_listed_to_a_supervisor(demo_folder, monkeypatch):
    monkeypatch.setenv("CASEASSIST_SMALL_CELL_THRESHOLD", "100")  # more than the 70 cases
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        await pilot.press("a")
        await settle(pilot)
        text = "\n".join(screen_text(app))
        assert "Fewer than 100 cases: they are not listed" in text, text
        assert not re.search(r"All open cases: \d", text)
        assert not app.screen.rows


async def test_the_caseworker_still_sees_her_cases_in_full(demo_folder, monkeypatch):
    monkeypatch.setenv("CASEASSIST_SMALL_CELL_THRESHOLD", "100")
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        headers = [str(c.label) for c in app.screen.query_one("#cases", DataTable).columns.values()]
        assert "Name" in headers and "Language" in headers and app.screen.rows
