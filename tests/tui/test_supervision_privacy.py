"""A supervisor can never single out a survivor: every screen the supervisor account can
reach (the start screen, help, the report, the directory) is walked, and none shows a case
code, a survivor attribute (name, language, country, age band, an exact date) or a case
list whose lines could be added up into the cells the report hides
(`caseassist.cases.supervision`: counts only)."""

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


def _codes(folder) -> set[str]:
    ws = Workspace.unlock(folder, "admin", PASS)
    try:
        return {s.code for s in ws.list_cases(status=None, limit=500)}
    finally:
        ws.close()


async def test_every_supervisor_screen_shows_no_case_and_no_survivor_attribute(demo_folder):
    names, words = _attributes(demo_folder)
    codes = _codes(demo_folder)
    assert names and codes and len(words) > len(AGE_BAND_LABELS)
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        seen = []

        async def look(what: str) -> None:
            await settle(pilot)
            seen.append(what)
            assert not _leaks(app, names, words), (what, _leaks(app, names, words))
            text = "\n".join(screen_text(app))
            assert not [c for c in codes if c in text], what

        await look("start")
        screen = app.screen
        assert isinstance(screen, CasesScreen) and not screen.rows
        assert not screen.query_one("#cases", DataTable).display
        assert not screen.query_one("#search", Input).display
        for key in ("a", "m", "slash", "enter", "o", "pagedown"):  # no list, search or case
            await pilot.press(key)
            await look(f"key {key}")
            assert app.screen is screen and not screen.rows
            assert not isinstance(app.screen, CaseOverviewScreen)
        await pilot.press("f1")
        await look("help")
        help_text = "\n".join(screen_text(app))  # the home's own words, not the list's keys
        assert "Press r for the report" in help_text and "Enter to open a case" not in help_text
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("r")  # counts by week, country, age band: suppressed below 11
        await settle(pilot)
        from caseassist.tui.screens.report import ReportScreen

        assert isinstance(app.screen, ReportScreen)
        text = "\n".join(screen_text(app))
        assert not [n for n in names if n in text] and not [c for c in codes if c in text]
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")
        await look("directory")
        assert len(seen) >= 9


async def test_a_supervisor_is_told_where_the_counts_are(demo_folder, monkeypatch):
    monkeypatch.setenv("CASEASSIST_SMALL_CELL_THRESHOLD", "100")  # more than the 70 cases
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        text = "\n".join(screen_text(app))
        assert "counts, never case by case" in text and "Press r for the report" in text
        assert not re.search(r"All open cases: \d", text)
        assert app.screen.check_action("find", ()) is False
        assert app.screen.check_action("open_case", ()) is False
        assert app.screen.check_action("report", ()) is True


async def test_the_caseworker_still_sees_her_cases_in_full(demo_folder, monkeypatch):
    monkeypatch.setenv("CASEASSIST_SMALL_CELL_THRESHOLD", "100")
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        headers = [str(c.label) for c in app.screen.query_one("#cases", DataTable).columns.values()]
        assert "Name" in headers and "Language" in headers and app.screen.rows
