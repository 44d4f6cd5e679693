"""How the stable screens look (pytest-textual-snapshot); review snapshot_report.html on change."""

from __future__ import annotations

import pytest

from caseassist import i18n
from caseassist.tui.app import TuiSettings, make_app


def _app(folder, locale: str = "en"):
    i18n.set_locale(locale)
    return make_app(folder, settings=TuiSettings(idle_lock_seconds=0), demo=True)


@pytest.mark.parametrize(
    ("locale", "size"), [("en", (80, 24)), ("es", (80, 24)), ("en", (120, 40))]
)
def test_unlock_screen(snap_compare, demo_folder, locale, size):
    assert snap_compare(_app(demo_folder, locale), terminal_size=size)


def test_help_over_unlock(snap_compare, demo_folder):
    assert snap_compare(_app(demo_folder), terminal_size=(80, 24), press=["f1"])


def test_wrong_passphrase_message(snap_compare, demo_folder):
    async def wrong(pilot):
        await pilot.pause()
        pilot.app.focused.value = "caseworker"
        await pilot.press("tab")
        pilot.app.focused.value = "wrong passphrase here"
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(_app(demo_folder), terminal_size=(80, 24), run_before=wrong)
