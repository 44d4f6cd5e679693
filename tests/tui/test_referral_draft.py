"""The referral note being written is kept as a sealed draft: through Ctrl+L, the idle
lock, F12 and quitting; back on the same screen for the same account; gone once the note
is used (Ctrl+S) or discarded; a failed write says one line and changes nothing."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from caseassist.services.workspace import Workspace
from caseassist.tui.app import make_app
from caseassist.tui.screens import referral_drafting
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.screens.intake import IntakeScreen
from caseassist.tui.screens.referral_note import ReferralNoteScreen
from caseassist.tui.screens.unlock import UnlockScreen
from caseassist.tui.settings import TuiSettings
from caseassist.tui.widgets.dialogs import Choice

from .helpers import PASS, settle, unlock, until_locked

NOTE = (
    "From the county nurse: Odalys Brenner Quispe came in with a cut hand, "
    "she is scared of the man who drives the van."
)
PHRASE = "Odalys Brenner Quispe"


@pytest.fixture(autouse=True)
def _short_pause(monkeypatch):
    """The pause in typing before a write, short enough for a test to wait it out."""
    monkeypatch.setattr(referral_drafting, "DRAFT_PAUSE", 0.05)


def app_for(folder, clock=None):
    settings = TuiSettings(idle_lock_seconds=300)
    if clock is not None:
        settings.clock = clock
    return make_app(folder, settings=settings)


async def new_note(pilot, user: str = "intake") -> ReferralNoteScreen:
    await unlock(pilot, user=user)
    await pilot.press("n")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ReferralNoteScreen)
    return screen


async def paste(pilot, text: str = NOTE) -> None:
    pilot.app.screen.query_one("#note", TextArea).text = text
    await pilot.pause()


def stored(folder, user: str = "intake"):
    ws = Workspace.unlock(folder, user, PASS)
    try:
        return ws.referral_draft()
    finally:
        ws.close()


def said(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_note_typed_then_locked_at_once_is_back_after_unlocking(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await pilot.press(*"Seen at the clinic. ")  # typed, then Ctrl+L before any pause
        await paste(pilot, app.screen.query_one("#note", TextArea).text + NOTE)
        typed = app.screen.query_one("#note", TextArea).text
        await pilot.press("ctrl+l")
        await until_locked(pilot)
        assert isinstance(app.screen, UnlockScreen) and app.workspace is None
        assert "Locked. The referral note was kept as a draft." in said(app)
        assert not any(PHRASE in line for line in said(app))
        screen = await new_note(pilot)
        await settle(pilot)
        area = screen.query_one("#note", TextArea)
        assert area.text == typed
        assert area.cursor_location == area.document.end  # she goes on where she stopped
        line = screen.query_one("#draft-line", Static)
        assert line.display and str(line.render()).startswith("A draft from ")
        assert str(line.render()).endswith(" was restored.")
        assert PHRASE not in app.title and PHRASE not in (app.sub_title or "")


async def test_the_idle_lock_and_f12_keep_the_note_too(demo_folder, clock):
    app = app_for(demo_folder, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot)
        clock.advance(301)
        app.lock_if_idle()
        await until_locked(pilot)
        assert app.workspace is None
        assert stored(demo_folder).text == NOTE
        screen = await new_note(pilot)
        await settle(pilot)
        assert screen.query_one("#note", TextArea).text == NOTE
        await paste(pilot, NOTE + " Hidden in a hurry.")
        await pilot.press("f12")
        await until_locked(pilot)
    assert stored(demo_folder).text == NOTE + " Hidden in a hurry."


async def test_the_draft_is_written_as_she_types_so_a_crash_loses_little(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot)
        await pilot.pause(0.2)  # the pause in typing
        await settle(pilot)
        ws = app.workspace
        assert ws.referral_draft().text == NOTE  # in the vault, the app still running


async def test_ctrl_s_uses_the_note_and_clears_the_draft(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot, "Nothing clear in this one, just call back later.")
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.workspace.referral_draft() is not None
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, IntakeScreen)
        assert app.workspace.referral_draft() is None
    assert stored(demo_folder) is None


async def test_another_account_does_not_get_the_draft(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot, "intake")
        await paste(pilot)
        await pilot.press("ctrl+l")
        await until_locked(pilot)
        screen = await new_note(pilot, "caseworker")
        await settle(pilot)
        assert screen.query_one("#note", TextArea).text == ""
        assert not screen.query_one("#draft-line", Static).display
        await pilot.press("escape")  # nothing typed: straight back, the other draft untouched
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
    assert stored(demo_folder, "caseworker") is None
    assert stored(demo_folder, "intake").text == NOTE


async def test_esc_discards_or_keeps_the_draft_as_staff_choose(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        assert [v for v, _label in app.screen.options] == ["stay", "leave", "keep"]
        await pilot.press("down", "down", "enter")  # leave, keeping the draft
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace.referral_draft().text == NOTE
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one("#note", TextArea).text == NOTE
        await pilot.press("escape", "down", "enter")  # leave and discard
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace.referral_draft() is None


async def test_quitting_keeps_the_note(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
    assert stored(demo_folder).text == NOTE


async def test_a_failed_draft_write_says_one_line_and_leaves_the_vault_as_it_was(
    demo_folder, monkeypatch
):
    from sqlalchemy.orm import Session

    from caseassist.vault import store

    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await new_note(pilot)
        await paste(pilot)
        await pilot.pause(0.2)
        await settle(pilot)
        assert app.workspace.referral_draft().text == NOTE

        def refused(self) -> None:
            self.flush()
            raise store.WriteError()

        real_commit = Session.commit
        monkeypatch.setattr(Session, "commit", refused)
        for more in (" She asked for a woman officer.", " And an interpreter."):
            await paste(pilot, app.screen.query_one("#note", TextArea).text + more)
            await pilot.pause(0.2)
            await settle(pilot)
        line = "The referral note could not be saved as a draft; the vault is unchanged."
        assert said(app).count(line) == 1  # one line, not one per attempt
        assert not any(PHRASE in s or "officer" in s for s in said(app))
        assert app.screen.query_one("#note", TextArea).text.endswith("interpreter.")
        monkeypatch.setattr(Session, "commit", real_commit)
        assert app.workspace.referral_draft().text == NOTE
