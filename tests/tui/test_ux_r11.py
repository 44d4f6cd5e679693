"""What a new shelter worker, caseworker and supervisor tripped on in the demo (round 11)."""

from __future__ import annotations

import pytest

from caseassist.tui.app import make_app
from caseassist.tui.settings import TuiSettings

from .helpers import at_rest, screen_text, settle, unlock


def _codes_on_screen(app, codes: list[str]) -> list[str]:
    text = "\n".join(screen_text(app))
    return [c for c in codes if c in text]


async def test_the_case_list_shows_whole_codes_after_a_case_and_back(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        await at_rest(pilot)
        codes = [s.code for s in app.screen.rows[:5]]
        assert _codes_on_screen(app, codes) == codes
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await at_rest(pilot)
        assert _codes_on_screen(app, codes) == codes, "\n".join(screen_text(app))


async def test_a_list_drawn_before_it_was_measured_again_shows_whole_codes(demo_folder):
    """Back on a list, its rows come in again, identical: a frame drawn before the table
    measured them (a loaded machine) must not stay, cut to the headers' widths."""
    from textual.widgets import DataTable

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        await at_rest(pilot)
        screen = app.screen
        codes = [s.code for s in screen.rows[:5]]
        screen._show((screen.total, screen.rows))  # what a reload on return does
        table = screen.query_one("#cases", DataTable)
        for y in range(8):  # the frame the loaded machine drew before the table was idle
            table.render_line(y)
        await at_rest(pilot)
        assert _codes_on_screen(app, codes) == codes, "\n".join(screen_text(app))


async def test_ctrl_c_says_how_to_quit_in_one_plain_line(demo_folder):
    from caseassist.i18n import _
    from caseassist.tui.locking import HOW_TO_QUIT

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [_(HOW_TO_QUIT)]
        assert "[b]" not in "\n".join(screen_text(app))
        assert app.is_running


async def test_quitting_with_a_typed_answer_unsent_says_so_and_keeps_the_sent_ones(demo_folder):
    from textual.widgets import Input

    from caseassist.services.workspace import Workspace

    from .helpers import PASS
    from .test_intake import open_intake

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_intake(pilot)
        await pilot.press("f3")
        await settle(pilot)
        answered = [t["question"] for t in screen.session.turns]
        screen.query_one("#answer", Input).value = "half a sentence"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running  # the first Ctrl+Q only says what would be lost
        assert any("not sent" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        code = screen.backend.code
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        state = ws.get_case(code).intake_state
        assert [t["question"] for t in state["turns"]] == answered
    finally:
        ws.close()


async def test_closing_a_case_with_open_needs_asks_and_enter_keeps_it_open(demo_folder):
    from caseassist.tui.widgets.dialogs import Choice, Confirm

    from .helpers import open_case

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_case(pilot)
        assert any(n.status == "identified" for n in screen.detail.needs)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        await pilot.press("enter")  # a reason: then the confirmation names it and warns
        await settle(pilot)
        confirm = app.screen
        assert isinstance(confirm, Confirm) and "housed" in confirm.title_text
        assert "still open" in confirm.body
        await pilot.press("enter")  # the default is to stay
        await settle(pilot)
        assert app.screen is screen and screen.detail.summary.status == "open"


async def test_the_start_of_a_code_finds_the_case_in_any_case_without_the_dash(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        code = app.screen.rows[0].code
        for typed in (code[:3].lower(), code[:3] + "-", code.replace("-", "")[:4].lower()):
            await pilot.press("slash")
            await pilot.press(*typed)
            await pilot.press("enter")
            await settle(pilot)
            assert code in [s.code for s in app.screen.rows], typed
            await pilot.press("escape")
            await settle(pilot)


async def test_taking_a_case_oneself_says_it_is_now_yours(demo_folder):
    from textual.widgets import OptionList

    from caseassist.tui.screens.case_view import CaseScreen

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        ws = app.workspace
        code = next(s.code for s in ws.list_cases(limit=100) if not s.caseworker)
        from caseassist.tui.screens.case_overview import CaseOverviewScreen

        app.push_screen(CaseOverviewScreen(code))  # nobody holds it: its overview, and t
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert [n.message for n in app._notifications][-1] == "The case is now yours."
        assert app.screen.detail.summary.caseworker == "caseworker"
        await pilot.press("w")  # and she can give it back to admin
        await settle(pilot)
        choices = app.screen.query_one(OptionList)
        assert "caseworker" not in {o.id for o in choices.options}  # she holds it already
        assert "admin" in {o.id for o in choices.options}


async def test_a_case_without_a_name_has_no_empty_slot_in_its_header(demo_folder):
    import dataclasses

    from textual.widgets import Static

    from .helpers import open_case

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_case(pilot)
        d = screen.detail
        nameless = dataclasses.replace(d, summary=dataclasses.replace(d.summary, name=""))
        screen._show((nameless, screen.matches))  # a case whose name was never given
        await pilot.pause()
        header = str(screen.query_one("#case-title", Static).render())
        assert header.startswith(d.summary.code + " · opened") and "·  ·" not in header


async def test_the_case_overview_reads_in_spanish_without_dates(demo_folder):
    import re

    from caseassist import i18n
    from caseassist.tui.screens.case_overview import CaseOverviewScreen

    i18n.set_locale("es")
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(140, 40)) as pilot:
        await unlock(pilot)  # a caseworker, on a case she does not hold
        code = next(s.code for s in app.workspace.list_cases(limit=50) if not s.in_full)
        app.push_screen(CaseOverviewScreen(code))
        await settle(pilot)
        text = "\n".join(screen_text(app))
        assert not re.search(r"\d{4}-\d{2}-\d{2}|\d_\d|_plus|under_|2026", text), text
        assert "abierto" in text, text


async def test_a_select_list_closes_with_words_in_the_ui_language(demo_folder):
    from textual.binding import Binding

    from caseassist import i18n
    from caseassist.tui.widgets.footer import words_for

    i18n.set_locale("es")
    assert words_for(Binding("escape", "dismiss", "Dismiss menu")) == "Cerrar"


async def test_the_weekly_rows_of_the_report_read_as_dates_in_french(demo_folder):
    import re

    from textual.widgets import DataTable

    from caseassist import i18n

    i18n.set_locale("fr")
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="supervisor")
        await pilot.press("r")
        await settle(pilot)
        cells = [
            str(cell)
            for table in app.screen.query(DataTable)
            for r in range(table.row_count)
            for cell in table.get_row_at(r)
        ]
        assert cells and not any(re.search(r"\d{4}-W\d{2}", c) for c in cells), cells
        assert any(re.fullmatch(r"\d{1,2} \S+ \d{4}", c) for c in cells), cells  # "2 févr. 2026"


@pytest.mark.parametrize(
    ("locale", "yes", "no"), [("es", "s", "n"), ("fr", "o", "n"), ("en", "y", "n")]
)
async def test_the_fact_review_footer_shows_both_keys_in_every_language(
    demo_folder, locale, yes, no
):
    """Found trying the demo in Spanish: the footer showed "s Confirmar" but not
    "n Rechazar", although n worked; both keys of the UI language are on screen."""
    from textual.widgets import TextArea

    from caseassist import i18n
    from caseassist.tui.screens.referral_note import FactReview

    i18n.set_locale(locale)  # the conftest puts English back after each test
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot, user="intake")
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#note", TextArea).text = "Woman, 29, from Peru, speaks Spanish."
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert app.focused is app.screen.query_one(FactReview)
        footer = "\n".join(screen_text(app)[-4:])
        assert f"{yes} {i18n._('Confirm')}" in footer
        assert f"{no} {i18n._('Reject')}" in footer


def test_closing_warns_of_an_unfinished_intake_only():
    """A finished intake's state stays with its case: closing then loses nothing of it, so
    only an intake still under way is named in the warning."""
    from types import SimpleNamespace

    from caseassist.intake.engine import IntakeSession
    from caseassist.tui.screens.case_day import closing_warning

    done = IntakeSession()
    while done.next_question() is not None:
        done.dont_know()
    begun = IntakeSession()
    begun.next_question()
    begun.dont_know()
    assert done.finished and not begun.finished
    assert closing_warning(SimpleNamespace(needs=[], intake_state=done.to_dict())) == ""
    warning = closing_warning(SimpleNamespace(needs=[], intake_state=begun.to_dict()))
    assert "The intake is not finished." in warning
