"""Keys sent all at once (a paste, a password manager, a fast typist) land where they belong,
and the panic key blanks the screen before anything else is done."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from caseassist.tui.app import make_app
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.screens.neutral import NeutralScreen
from caseassist.tui.screens.referral_note import ReferralNoteScreen
from caseassist.tui.screens.unlock import UnlockScreen
from caseassist.tui.settings import TuiSettings

from .helpers import PASS, intake_with_an_answer, open_case, settle, unlock

NAMED = {"\t": "tab", "\n": "enter", " ": "space"}


def burst(app, text: str | list[str]) -> None:
    """Send every key to the app at once, as a terminal does with a paste: no pause at all."""
    for ch in text:
        key = NAMED.get(ch, ch)
        char = {"tab": "\t", "enter": "\r", "space": " "}.get(key, ch if len(ch) == 1 else None)
        app._driver.send_message(events.Key(key, char))


def _app(folder):
    return make_app(folder, settings=TuiSettings(idle_lock_seconds=0))


def _watch_account(app) -> list[str]:
    """Every value the visible account line ever held."""
    seen: list[str] = []
    account = app.screen.query_one("#account", Input)
    app.screen.watch(account, "value", lambda value: seen.append(value))
    return seen


async def _until(pilot, test, rounds: int = 40) -> None:
    for _ in range(rounds):
        if test():
            return
        await settle(pilot, rounds=1)
        await pilot.pause(0.05)


async def test_login_typed_with_enter_between_fields_lands_in_each_field(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = _watch_account(app)
        burst(app, f"caseworker\n{PASS}\n")
        await _until(pilot, lambda: isinstance(app.screen, CasesScreen))
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace is not None and app.workspace.user == "caseworker"
        assert not any(PASS[:4] in value for value in seen)  # never in a visible field


async def test_keys_typed_while_unlocking_wait_for_the_cases_screen(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(app, f"caseworker\t{PASS}\nn")
        await _until(pilot, lambda: isinstance(app.screen, ReferralNoteScreen))
        assert isinstance(app.screen, ReferralNoteScreen)  # "n" opened a new intake


async def test_a_login_typed_right_after_hiding_unlocks(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
        burst(app, ["f12", *f"caseworker\t{PASS}\n"])
        await _until(pilot, lambda: isinstance(app.screen, CasesScreen) and app.workspace)
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace is not None and app.workspace.user == "caseworker"


async def test_keys_typed_before_the_hide_never_reach_the_next_screen(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        burst(app, ["n", *"private words", "f12"])
        await settle(pilot)
        await _until(pilot, lambda: app.workspace is None)
        assert isinstance(app.screen, NeutralScreen)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert all(field.value in ("", "x") for field in app.screen.query(Input))


async def test_hiding_shows_the_blank_screen_before_the_intake_is_saved(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await intake_with_an_answer(pilot)  # one answer: something to keep
        frames: list[str] = []
        show = app._display

        def display(shown, renderable) -> None:
            if renderable is not None:
                frames.append(type(shown).__name__)
            show(shown, renderable)

        app._display = display
        real_save = screen.backend.save
        seen_at_save: list[list[str]] = []

        def save(session, code):
            seen_at_save.append(list(frames))
            return real_save(session, code)

        screen.backend.save = save
        await pilot.press("f12")
        await _until(pilot, lambda: app.workspace is None)
        assert frames and frames[0] == "NeutralScreen"  # the very next frame is blank
        assert seen_at_save and "NeutralScreen" in seen_at_save[0]  # saved after hiding
        assert all(f == "NeutralScreen" for f in frames)  # nothing else was ever drawn
        assert app.workspace is None and isinstance(app.screen, NeutralScreen)


async def test_consent_dialog_opens_with_the_first_box_focused_and_labelled(demo_folder):
    from textual.widgets import Checkbox

    from caseassist.tui.widgets.dialogs import ConsentDialog

    from .helpers import screen_text

    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot, tab="4")
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConsentDialog)
        first = dialog.query(Checkbox).first()
        assert app.focused is first
        before = first.value
        await pilot.press("space")
        await pilot.pause()
        assert first.value is not before  # the first Space ticks the first box
        label = str(first.label)
        assert any(label in line for line in screen_text(app)), "\n".join(screen_text(app))


async def test_enter_refers_the_highlighted_provider_wherever_the_focus_is(demo_folder):
    from textual.widgets import DataTable, OptionList

    from caseassist.tui.widgets.dialogs import ConsentDialog

    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot, tab="4")
        options = screen.query_one("#suggestions", OptionList)
        assert options.highlighted is not None
        await pilot.press("down")
        await pilot.pause()
        chosen = screen._suggestions[options.get_option_at_index(options.highlighted).id][3]
        screen.query_one("#referrals", DataTable).focus()  # Tab took the focus away
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConsentDialog)
        assert app.screen.provider == chosen


async def test_esc_twice_leaves_an_intake_and_keeps_what_was_said(demo_folder):
    app = _app(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await intake_with_an_answer(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        saved = app.screen.rows
        assert any(s.opened for s in saved)
