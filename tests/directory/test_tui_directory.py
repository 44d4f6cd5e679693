"""The directory screen takes a language by name, as staff say it, and the wider needs."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select

from caseassist.services.cases import create_demo
from caseassist.tui.app import make_app
from caseassist.tui.screens.directory import DirectoryScreen
from caseassist.tui.settings import TuiSettings
from tests.tui.helpers import settle, unlock


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from caseassist.vault import KdfParams

    folder = tmp_path_factory.mktemp("tui") / "demo"
    create_demo(folder, cases=0, kdf=KdfParams.fast_for_tests()).close()
    return folder


@pytest.mark.parametrize("typed", ["Nepali", "népalais"])
async def test_a_language_typed_by_name_ranks_its_speakers_first(demo, typed):
    app = make_app(demo, settings=TuiSettings())
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DirectoryScreen)
        screen.query_one("#need", Select).value = "shelter"
        await settle(pilot)
        screen.query_one("#language", Input).value = typed
        screen.query_one("#language", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        found = screen.result.suggestions
        assert any("speaks Nepali" in s.reasons for s in found)
        assert all("speaks Nepali" in s.reasons or "does not list Nepali" in s.caveats
                   for s in found)  # fmt: skip
        needs = [value for _label, value in screen.query_one("#need", Select)._options]
        assert {"counselling", "childcare", "education"} <= set(needs)
