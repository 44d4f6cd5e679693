"""How the stable screens look (pytest-textual-snapshot); review snapshot_report.html on change."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseassist import i18n
from caseassist.tui.app import CaseAssistApp, make_app
from caseassist.tui.screens.intake_start import practice_screen_factory
from caseassist.tui.screens.referral_note import FactReview
from caseassist.tui.settings import TuiSettings
from tests.tui.helpers import steady_cursors


def _app(folder, locale: str = "en"):
    i18n.set_locale(locale)
    return make_app(folder, settings=TuiSettings(idle_lock_seconds=0), demo=True)


@pytest.mark.parametrize(
    ("locale", "size"), [("en", (80, 24)), ("es", (80, 24)), ("en", (120, 40))]
)
def test_unlock_screen(snap_compare, demo_folder, locale, size):
    assert snap_compare(_app(demo_folder, locale), terminal_size=size, run_before=steady_cursors)


def test_help_over_unlock(snap_compare, demo_folder):
    async def help_open(pilot):  # the key first, then the wait: a capture waits for the help
        await pilot.press("f1")
        await steady_cursors(pilot)

    assert snap_compare(_app(demo_folder), terminal_size=(80, 24), run_before=help_open)


SCENARIO = (
    Path(__file__).parent.parent / "intake" / "scenarios" / "01-outreach-ukrainian-mother.toml"
)


@pytest.mark.parametrize(("locale", "size"), [("en", (80, 24)), ("fr", (120, 40))])
def test_practice_intake_screen(snap_compare, locale, size):
    i18n.set_locale(locale)
    app = CaseAssistApp(
        None,
        settings=TuiSettings(idle_lock_seconds=0),
        practice=practice_screen_factory(SCENARIO),
    )

    async def to_the_third_question(pilot):
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        review = app.screen.query_one(FactReview)
        review.verdict = dict.fromkeys(review.verdict, True)  # the keys are tested elsewhere
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("f3")
        await pilot.press("f10")
        await steady_cursors(pilot)

    assert snap_compare(app, terminal_size=size, run_before=to_the_third_question)
