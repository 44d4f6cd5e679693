"""What a new shelter worker, caseworker and supervisor tripped on in the demo (round 11)."""

from __future__ import annotations

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
