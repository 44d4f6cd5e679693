"""Keys typed before the first frame land where they would have landed after it.

A fast typist (or a password manager) starts typing as the command starts. Keys
the terminal took before the app read it arrive all at once as soon as the app
starts, before the unlock screen is mounted and its account line focused; the
first of them once went nowhere. `typed_ahead` is what `caseassist.tui.typeahead`
hands the app: the keys typed while the terminal was still in cooked mode.
"""

from __future__ import annotations

import os
import sys

from textual.widgets import Input

from bench.terminal import in_terminal, read_until
from caseassist.tui.app import make_app
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.screens.unlock import UnlockScreen
from caseassist.tui.settings import TuiSettings
from caseassist.tui.typeahead import echo_rows

from .helpers import PASS, settle


def _app(folder, typed: str):
    return make_app(folder, settings=TuiSettings(idle_lock_seconds=0), typed_ahead=typed)


async def _until(pilot, test, rounds: int = 60) -> None:
    for _ in range(rounds):
        if test():
            return
        await settle(pilot, rounds=1)
        await pilot.pause(0.05)


async def test_a_login_typed_before_the_first_frame_opens_the_cases(demo_folder):
    app = _app(demo_folder, f"caseworker\t{PASS}\r")
    async with app.run_test(size=(80, 24)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, CasesScreen))
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace is not None and app.workspace.user == "caseworker"


async def test_keys_typed_before_the_first_frame_are_in_the_form_it_shows(demo_folder):
    """The first letter included, and typing goes on where the early keys left off."""
    app = _app(demo_folder, "casew")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, UnlockScreen)
        await _until(pilot, lambda: screen.query_one("#account", Input).value == "casew")
        account = screen.query_one("#account", Input)
        assert account.value == "casew" and screen.focused is account
        await pilot.press(*"orker", "tab", *PASS)
        assert account.value == "caseworker"
        assert screen.query_one("#passphrase", Input).value == PASS
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, CasesScreen))
        assert app.workspace is not None and app.workspace.user == "caseworker"


_CHILD = """
import termios
from caseassist.tui import typeahead
with typeahead.kept_keys():
    echo_inside = bool(termios.tcgetattr(0)[3] & termios.ECHO)
    typed = typeahead.take()
print("TYPED", repr(typed), "ECHO INSIDE", echo_inside, "AFTER", bool(termios.tcgetattr(0)[3] & termios.ECHO))
"""


def _in_a_terminal(typed_before_start: bytes) -> bytes:
    """Run `_CHILD` in a new terminal whose keys were typed before it started; its output."""
    with in_terminal(
        [sys.executable, "-c", _CHILD],
        env=dict(os.environ),
        size=(80, 24),
        typed_before=typed_before_start,
    ) as (master, _child):
        return read_until(master, lambda _: False, timeout=30)


def test_keys_typed_before_the_command_starts_are_kept_as_typed_and_their_echo_erased():
    out = _in_a_terminal(b"casew\tsecret words\r")
    assert b"TYPED 'casew\\tsecret words\\r' ECHO INSIDE False AFTER True" in out
    echo_end = out.index(b"secret words") + len(b"secret words\r\n")
    # Straight after the echo: back to its line, which is erased.
    assert out[echo_end:].startswith(b"\r\x1b[1A\x1b[2K")


def test_the_echo_footprint_counts_wrapped_lines_and_control_keys():
    assert echo_rows("abc", 80) == 0
    assert echo_rows("abc\n", 80) == 1
    assert echo_rows("a" * 81, 80) == 1
    assert echo_rows("\x1b[A" + "a" * 76, 80) == 0  # ^[[A: four cells
    assert echo_rows("\x1b[A" + "a" * 77, 80) == 1
    assert echo_rows("語" * 41, 80) == 1  # wide characters take two cells
