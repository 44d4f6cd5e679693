"""What a new user found in the terminal (stop 26): closing a case saves the reason picked,
the unlock form unlocks in the order a person types, an empty directory search says so,
and tables at 80x24 keep their dates whole."""

from __future__ import annotations

import datetime as dt

import pytest
from textual._time import get_time
from textual.widgets import OptionList

from caseassist.tui.screens.case_view import CaseScreen
from caseassist.tui.widgets.dialogs import Choice, Confirm

from .helpers import PASS, open_case, pick_ui_language, screen_text, settle, until_locked
from .test_flows import app_for

DEMO_TZ = dt.timezone(dt.timedelta(hours=-5))  # the demo directory's schedules
BREAKFAST_TIME = dt.datetime(2026, 12, 2, 7, 30, tzinfo=DEMO_TZ)
LATE_EVENING = dt.datetime(2026, 12, 2, 23, 0, tzinfo=DEMO_TZ)


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


async def test_account_tab_passphrase_tab_enter_unlocks(demo_folder):
    """A person tabs on from the passphrase to the button and presses Enter: that unlocks
    (it used to open the language list, which came before the button)."""
    from caseassist.tui.screens.cases import CasesScreen

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"caseworker", "tab", *PASS, "tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)


async def test_enter_in_the_passphrase_unlocks_whatever_else_was_touched(demo_folder):
    from caseassist.tui.screens.cases import CasesScreen

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab", "tab", "shift+tab", "shift+tab", "shift+tab")
        await pilot.press(*"caseworker", "tab", *PASS, "enter")
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)


async def test_the_ui_language_picked_stays_through_f12_and_the_idle_lock(demo_folder, clock):
    from textual.widgets import Label, Select

    from caseassist import i18n
    from caseassist.tui.screens.unlock import UnlockScreen

    app = app_for(demo_folder, clock=clock, idle=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_ui_language(pilot, "fr")
        for lock in ("f12", "idle"):
            await pilot.press(*"caseworker", "tab", *PASS, "enter")
            await settle(pilot)
            assert i18n.get_locale() == "fr" and not isinstance(app.screen, UnlockScreen)
            if lock == "f12":
                await pilot.press("f12")
            else:
                clock.advance(120)
                app.lock_if_idle()
            await until_locked(pilot)
            if not isinstance(app.screen, UnlockScreen):
                await pilot.press("enter")  # the neutral screen gives way to the form
            await settle(pilot)
            assert isinstance(app.screen, UnlockScreen), lock
            assert i18n.get_locale() == "fr", lock
            assert app.screen.query_one("#language", Select).value == "fr", lock
            assert str(app.screen.query_one("#unlock-title", Label).render()) == "Déverrouiller"


async def test_a_directory_search_with_no_result_says_so_and_how_to_widen_it(demo_folder):
    from textual.widgets import Checkbox, DataTable, Input, Select

    from caseassist.tui.screens.directory import DirectoryScreen

    from .helpers import unlock

    app = app_for(demo_folder)
    app.settings.wall_clock = lambda: BREAKFAST_TIME
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DirectoryScreen) and screen.result.suggestions
        screen.query_one("#language", Input).value = "Zulu"
        screen.query_one("#open-now", Checkbox).value = True
        screen.query_one("#need", Select).value = "counselling"  # no such provider in the demo
        await settle(pilot)
        text = " ".join(line.strip() for line in screen_text(app))
        assert not screen.result.suggestions
        assert not screen.query_one("#providers", DataTable).display
        assert "No provider in the directory offers help with counselling." in text, text
        assert (
            "To widen the search: clear the language, untick Open now, or choose another need."
            in text
        ), text
        screen.query_one("#language", Input).value = ""
        screen.query_one("#need", Select).value = "food"
        await settle(pilot)
        assert screen.result.suggestions and screen.query_one("#providers", DataTable).display
        assert not screen.query_one("#providers-empty").display


@pytest.mark.parametrize(
    ("when", "open_kitchen", "closed_kitchen"),
    [
        ("breakfast time", "Morning Bread Breakfast Club", "Himal Night Kitchen"),
        ("late evening", "Himal Night Kitchen", "Morning Bread Breakfast Club"),
    ],
)
async def test_open_now_in_the_directory_follows_the_hour_it_is(
    demo_folder, when, open_kitchen, closed_kitchen
):
    """A worker looking for food late in the evening is shown the night kitchen, not the
    breakfast club; at breakfast time the other way round (the screen reads the app's
    wall clock, judged in the directory's own time zone)."""
    from textual.widgets import Checkbox, Select

    app = app_for(demo_folder)
    moment = BREAKFAST_TIME if when == "breakfast time" else LATE_EVENING
    app.settings.wall_clock = lambda: moment
    async with app.run_test(size=(80, 24)) as pilot:
        from .helpers import unlock

        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#need", Select).value = "food"
        screen.query_one("#open-now", Checkbox).value = True
        await settle(pilot)
        names = [s.name for s in screen.result.suggestions]
        assert open_kitchen in names and closed_kitchen not in names, names
        assert open_kitchen in " ".join(screen_text(app))


def test_a_table_too_narrow_shortens_its_dates_then_lets_columns_go():
    import datetime as dt

    from caseassist.tui.widgets.table import Column, fit

    columns = [
        Column("Case"),
        Column("Who", give_way=1),
        Column("Language", give_way=2),
        Column("Opened", date=True),
    ]
    rows = [("a", ["AAA-AAA", "caseworker", "Haitian Creole", dt.date(2026, 12, 3)])]
    # widths with the padding of 2: 9 + 12 + 16 + 14 (Dec 3, 2026) or 9 (12/3/26)
    assert fit(columns, rows, 51) == ([0, 1, 2, 3], "medium")
    assert fit(columns, rows, 46) == ([0, 1, 2, 3], "short")
    assert fit(columns, rows, 35) == ([0, 1, 3], "medium")  # Language goes before Who
    assert fit(columns, rows, 23) == ([0, 3], "medium")
    assert fit(columns, rows, 18) == ([0, 3], "short")  # never a date cut while a column may go
    assert fit(columns, rows, 5) == ([0, 3], "short")  # nothing more may go: the narrowest


@pytest.mark.parametrize("locale", ["en", "fr", "es", "pt"])
async def test_the_case_list_at_80_columns_shows_every_date_whole(demo_folder, locale):
    """Language and caseworker give way; "Opened" ends inside the screen ("Dec 3, 202")."""
    from rich.cells import cell_len

    from caseassist import i18n

    from .helpers import unlock

    i18n.set_locale(locale)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        table = app.screen.query_one("#cases")
        labels = [str(c.label) for c in table.columns.values()]
        opened = labels.index(i18n._("Opened"))
        widths = [c.get_render_width(table) for c in table.columns.values()]
        assert sum(widths[: opened + 1]) <= 78, (labels, widths)
        for r in range(table.row_count):
            assert cell_len(str(table.get_row_at(r)[opened])) <= widths[opened] - 2


async def test_a_doubtful_answer_about_danger_is_put_once_more_gently(demo_folder):
    from textual.widgets import Static

    from caseassist.tui.screens.intake import IntakeScreen

    from .helpers import plain, type_answer, unlock

    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, IntakeScreen) and screen.question.id == "q.safety.danger"
        await type_answer(pilot, "no sé, creo que no")
        assert screen.question.id == "q.safety.danger" and screen.question.confirming
        shown = plain(screen.query_one("#question", Static))
        assert "Are you in danger right now?" in shown and "Ask once more, gently" in shown
        assert "safety.in_immediate_danger" not in screen.session.facts
        await type_answer(pilot, "creo que no")  # a second doubt: recorded, and on we go
        assert screen.question.id != "q.safety.danger"
        assert "Ask once more" not in plain(screen.query_one("#question", Static))
