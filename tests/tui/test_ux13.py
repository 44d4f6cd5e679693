"""What a new user found in the terminal (stop 26): closing a case saves the reason picked,
the unlock form unlocks in the order a person types, an empty directory search says so,
and tables at 80x24 keep their dates whole."""

from __future__ import annotations

from textual._time import get_time
from textual.widgets import OptionList

from caseassist.tui.screens.case_view import CaseScreen
from caseassist.tui.widgets.dialogs import Choice, Confirm

from .helpers import open_case, settle
from .test_flows import app_for


async def test_the_closing_reason_typed_ahead_is_the_one_saved_and_named(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot)
        await pilot.press("c", "down", "down", "enter", "y")  # typed ahead, at once
        await settle(pilot, 6)
        assert app.screen is screen
        assert screen.detail.summary.status == "closed"
        assert screen.detail.close_reason == "referred_elsewhere"  # the third, as seen
        shown = [n.message for n in app._notifications]
        assert "Case closed: referred to another organisation." in shown, shown


async def test_the_reason_list_shows_where_it_stands_and_confirms_by_name(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot)
        await pilot.press("c")
        await settle(pilot)
        reasons = app.screen
        assert isinstance(reasons, Choice) and reasons.query_one(OptionList).highlighted == 0
        await pilot.press("down", "enter")
        await settle(pilot)
        confirm = app.screen
        assert isinstance(confirm, Confirm)
        assert "returned home" in confirm.title_text
        assert "returned home" in str(confirm.query_one(OptionList).get_option("yes").prompt)
        await pilot.press("escape")
        await settle(pilot)
        assert screen.detail.summary.status == "open"


async def test_a_click_read_before_the_dialog_was_drawn_picks_nothing(demo_folder):
    """The second click of a double click lands on the dialog the first opened: it must not
    choose there (a closing reason nobody picked was saved once)."""
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot)
        await pilot.press("c")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        options.drawn_at = get_time() + 60  # as if this click had been read before it
        await pilot.click(OptionList, offset=(4, 3))
        await settle(pilot)
        assert isinstance(app.screen, Choice) and options.highlighted == 0
        options.drawn_at = get_time() - 1  # a click on the list as drawn picks its line
        await pilot.click(OptionList, offset=(4, 3))
        await settle(pilot)
        assert isinstance(app.screen, Confirm) and "referred" in app.screen.title_text
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert screen.detail.close_reason == "referred_elsewhere"
