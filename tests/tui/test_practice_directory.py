"""Practice mode (nothing stored) and the directory search."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from caseassist.tui.app import CaseAssistApp, make_app
from caseassist.tui.screens.directory import DirectoryScreen
from caseassist.tui.screens.intake import IntakeScreen
from caseassist.tui.screens.intake_start import practice_screen_factory
from caseassist.tui.screens.referral_note import FactReview
from caseassist.tui.settings import TuiSettings

from .helpers import PASS, settle, unlock

SCENARIO = (
    Path(__file__).parent.parent / "intake" / "scenarios" / "01-outreach-ukrainian-mother.toml"
)


async def test_practice_runs_the_same_intake_screen_and_stores_nothing(tmp_path):
    app = CaseAssistApp(None, settings=TuiSettings(), practice=practice_screen_factory(SCENARIO))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+e")
        await pilot.pause()
        for _ in app.screen.query_one(FactReview).found:
            await pilot.press("y")
        await pilot.press("ctrl+s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, IntakeScreen) and screen.practice
        assert screen.backend.save is None
        await pilot.press("f10")
        assert len(screen.session.turns) == 1
        for _ in range(60):  # the rest, each once its question is drawn (as a person would)
            if screen.question is None:
                break
            await pilot.press("f10")
            await pilot.pause()
        assert screen.question is None
        assert screen.session.needs()
    assert app.workspace is None
    assert not any(tmp_path.iterdir())


async def test_directory_search_by_need_shows_reasons(demo_folder):
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DirectoryScreen)
        assert screen.result is not None and screen.result.need == "safety"
        assert screen.query_one("#providers", DataTable).row_count == len(screen.result.suggestions)
        assert all(s.reasons for s in screen.result.suggestions)


async def test_admin_imports_a_directory_after_its_preview(demo_folder):
    """The import shows what it would change and its problems first; y applies it."""
    from caseassist.paths import resources_dir
    from caseassist.tui.widgets.dialogs import Confirm, TextPrompt

    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, user="admin")
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one("#text").value = str(resources_dir() / "directory")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)  # the same summary as the command's
        summary = str(app.screen.query_one("#body").render())
        assert "Read as HSDS 3.0 CSV." in summary and "services map to a need" in summary
        # The demo vault holds this same directory: nothing would change.
        assert "Services added: 0" in summary and "Services removed: 0" in summary
        assert "Services changed: 0" in summary
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, DirectoryScreen)
        assert app.workspace.directory().services
        assert any("Directory imported" in n.message for n in app._notifications)
        assert not app.screen.query_one("#import-progress").display


async def test_an_import_with_faults_shows_what_was_skipped_and_why(demo_folder, tmp_path):
    """The preview names what would be added and removed and what was skipped; Enter (the
    highlighted "do not import") leaves the directory in use as it was."""
    from caseassist.services.workspace import Workspace
    from caseassist.tui.widgets.dialogs import Confirm, TextPrompt
    from tests.directory.published import write_city20

    folder = write_city20(tmp_path / "city", 40)
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(100, 40)) as pilot:
        await unlock(pilot, user="admin")
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one("#text").value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, Confirm)
        summary = str(app.screen.query_one("#body").render())
        assert "Services added: 40" in summary
        assert "Read as HSDS 2.0 CSV." in summary
        assert "service_attributes.csv: refers to an id that does not exist: 1" in summary
        assert "Kept, read with care:" in summary and "rows shorter than their header" in summary
        assert "Taxonomy terms not mapped to a need (services): Tax Preparation (6)" in summary
        in_use = len(app.workspace.directory())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DirectoryScreen)
        assert any("Nothing was imported" in n.message for n in app._notifications)
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    try:
        assert len(ws.directory()) == in_use  # not one service of the preview stored
    finally:
        ws.close()


async def test_an_import_mapping_no_need_says_so_first_and_replaces_only_when_confirmed(
    demo_folder, tmp_path
):
    """A one-row sheet with no need column would leave every search empty: the preview's
    title says so, Enter keeps the directory in use, and only y replaces it."""
    from caseassist.tui.widgets.dialogs import Confirm, TextPrompt

    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    app = make_app(demo_folder, settings=TuiSettings())
    async with app.run_test(size=(100, 40)) as pilot:
        await unlock(pilot, user="admin")
        await pilot.press("d")
        await settle(pilot)
        in_use = len(app.workspace.directory())
        for answer in ("enter", "y"):
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, TextPrompt)
            app.screen.query_one("#text").value = str(sheet)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, Confirm)
            title = app.screen.title_text
            assert title == "Replace the directory in use?"
            body = str(app.screen.query_one("#body").render())
            assert body.startswith(
                "Not imported unless you confirm: none of its services maps to a need"
            )
            await pilot.press(answer)
            await settle(pilot)
            assert isinstance(app.screen, DirectoryScreen)
            if answer == "enter":
                assert len(app.workspace.directory()) == in_use
        assert len(app.workspace.directory()) == 1
