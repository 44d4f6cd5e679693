"""At 80x24 every key a screen offers is on screen at once, from the first frame after a change."""

from __future__ import annotations

import pytest

from caseassist.tui.app import make_app
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.settings import TuiSettings

from .helpers import screen_text, settle, unlock


def _offered(screen) -> list[str]:
    """'key words' for each binding the screen shows (as the footer should)."""
    app = screen.app
    out, seen = [], set()
    for _node, binding, _enabled, _tip in screen.active_bindings.values():
        if binding.show and binding.description and binding.action not in seen:
            seen.add(binding.action)
            out.append(f"{app.get_key_display(binding)} {binding.description}")
    return out


def _missing(app) -> list[str]:
    shown = "\n".join(screen_text(app)[-4:])
    return [entry for entry in _offered(app.screen) if entry not in shown]


@pytest.mark.parametrize("user", ["caseworker", "supervisor"])
async def test_every_key_of_the_cases_screen_shows_at_80_columns(demo_folder, user):
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, user=user)
        assert isinstance(app.screen, CasesScreen)
        assert not _missing(app)
        offered = " ".join(_offered(app.screen))
        assert "F12 Hide" in offered and "Ctrl+L Lock" in offered
        assert ("r Report" in offered) == (user == "supervisor")


async def test_the_first_frame_of_a_new_screen_shows_its_keys(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        for key, expected in (("d", "Esc"), ("escape", "n New intake"), ("n", "Ctrl+E")):
            await pilot.press(key)
            await pilot.pause()  # one frame, not a settle: the keys must be there at once
            assert expected in "\n".join(screen_text(app)[-4:]), key
            await settle(pilot)
            assert not _missing(app), type(app.screen).__name__


async def test_the_command_palette_offers_the_app_s_actions_and_no_screenshot(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Lock" not in titles  # nothing to lock yet
        assert {"Hide", "Help", "Language: Español"} <= set(titles)
        await unlock(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles
        assert {"Hide", "Lock", "Help", "New intake", "Directory", "My cases"} <= set(titles)
        assert "Report" not in titles  # not for a caseworker
