"""The Referrals tab says in one line why a need has no suggestion, never an empty box."""

from __future__ import annotations

from textual.widgets import OptionList

from caseassist.services import directory as directory_svc
from caseassist.services.workspace import Workspace
from caseassist.tui.app import make_app
from caseassist.tui.settings import TuiSettings

from .helpers import PASS, open_case, screen_text


def _shown(screen) -> list[str]:
    options = screen.query_one("#suggestions", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_directory_mapping_no_need_is_named_once_on_the_referrals_tab(
    demo_folder, tmp_path
):
    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    try:
        directory_svc.import_into_vault(ws.vault, sheet, replace=True)
    finally:
        ws.close()
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_case(pilot, tab="4")
        shown = _shown(screen)
        drawn = " ".join(line.strip() for line in screen_text(app))
        assert "The directory's one service is not mapped to a need" in drawn, drawn
        assert shown == [
            "The directory's one service is not mapped to a need, so it cannot be"
            " suggested; import it again with its needs."
        ], shown
        assert not screen._suggestions


async def test_a_need_no_provider_offers_is_named(demo_folder, tmp_path):
    from tests.directory import factory as f

    legal_only = f.write(tmp_path / "legal", [f.svc("svc-legal", "legal")])
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    try:
        directory_svc.import_into_vault(ws.vault, legal_only, replace=True)
    finally:
        ws.close()
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_case(pilot, tab="4")
        assert "food" in {n.category for n in screen.detail.needs}
        assert "No provider in the directory offers help with food." in _shown(screen)


def test_a_search_for_open_now_that_finds_only_closed_ones_says_so(demo_folder, tmp_path):
    import datetime as dt

    from tests.directory import factory as f

    morning = f.write(
        tmp_path / "d", [f.svc("svc-food", "food", hours=[(f.ALL_DAYS, "09:00", "10:00")])]
    )
    noon = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    try:
        directory_svc.import_into_vault(ws.vault, morning, replace=True)
        ws._directory = None
        result = ws.search_directory("food", open_now=True, now=noon)
    finally:
        ws.close()
    assert not result.suggestions
    assert result.message == "The one provider found for food is not open now."


async def test_the_directory_screen_says_no_service_is_mapped_with_no_filter_to_loosen(
    demo_folder, tmp_path
):
    from caseassist.tui.screens.directory import DirectoryScreen

    from .helpers import settle, unlock

    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    try:
        directory_svc.import_into_vault(ws.vault, sheet, replace=True)
    finally:
        ws.close()
    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DirectoryScreen)
        line = str(app.screen.query_one("#providers-empty").render())
        assert line.startswith("The directory's one service is not mapped to a need")
        assert "widen" not in line
