"""Vault work started by a key is never dropped: only a load may replace an older load.

A screen's reload used Textual's `exclusive`, which cancels every worker of the screen's
"db" group; a save whose thread had not started yet (a busy machine, a full thread pool)
was cancelled with it and silently lost. Here a key's work and a reload start in the same
turn of the event loop, as they do when an earlier save's answer arrives just then.
"""

from __future__ import annotations

from caseassist.services.workspace import Workspace
from caseassist.tui.screens.case_view import CaseScreen
from caseassist.tui.widgets.needs_board import NeedsBoard

from .helpers import PASS, intake_with_an_answer, open_case, open_identified_need, settle
from .test_flows import app_for


async def test_a_reload_never_drops_a_status_change_or_a_note_waiting_to_start(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, target = await open_identified_need(pilot)
        code = screen.code
        ws = app.workspace
        # The key's message handled, then at once the reload an earlier save asked for.
        screen._need_status(NeedsBoard.StatusRequested(target, "met"))
        screen.db(lambda: ws.add_note(code, "Prefers calls after 6 pm"), screen._saved, name="note")
        screen.reload()
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        shown = {n.id: n.status for n in screen.detail.needs}
        assert shown[target.id] == "met"  # the screen shows the change (no stale load won)
        assert any(n.text == "Prefers calls after 6 pm" for n in screen.detail.notes)
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        case = ws.get_case(code)
        assert {n.id: n.status for n in case.needs}[target.id] == "met"
        assert any(n.text == "Prefers calls after 6 pm" for n in case.notes)
    finally:
        ws.close()


async def test_leaving_the_case_at_once_never_drops_the_key_s_change(demo_folder):
    """m then Esc while every worker thread is busy (a slow search, a busy machine): Textual
    cancels a screen's workers when it is removed, and a save still queued for a thread went
    with them."""
    import asyncio
    import threading

    from caseassist.tui.screens.cases import CasesScreen

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, target = await open_identified_need(pilot)
        code = screen.code
        loop, busy = asyncio.get_running_loop(), threading.Event()
        held = [loop.run_in_executor(None, busy.wait, 10) for _ in range(40)]  # every thread
        screen._need_status(NeedsBoard.StatusRequested(target, "met"))
        await pilot.press("escape")  # the case is left while the save waits for a thread
        await pilot.pause()
        busy.set()
        await asyncio.gather(*held)
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert {n.id: n.status for n in app.workspace.get_case(code).needs}[target.id] == "met"


async def test_a_superseded_load_never_overwrites_the_newer_one(demo_folder):
    import threading

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot)
        started, release = threading.Event(), threading.Event()
        shown: list[str] = []

        def older() -> str:
            started.set()
            release.wait(5)  # still reading when the newer load has finished
            return "older"

        screen.db(older, shown.append, exclusive=True, name="case")
        for _ in range(250):
            if started.is_set():
                break
            await pilot.pause(0.02)
        assert started.is_set()
        screen.db(lambda: "newer", shown.append, exclusive=True, name="case")
        await settle(pilot, rounds=1)
        release.set()
        await settle(pilot)
        assert shown == ["newer"]


async def test_a_failed_intake_save_is_said_once_and_can_be_tried_again(demo_folder):
    from caseassist.errors import CaseAssistError
    from caseassist.tui.screens.cases import CasesScreen

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        intake = await intake_with_an_answer(pilot)
        real_save, calls = intake.backend.save, []

        def save_fails_once(session, code):
            calls.append(code)
            if len(calls) == 1:
                raise CaseAssistError("The disk is full; nothing was saved.")
            return real_save(session, code)

        intake.backend.save = save_fails_once
        intake.backend.returning = None  # straight to the save
        await pilot.press("f8")
        await settle(pilot)
        assert app.screen is intake and not intake.saving  # said, and staff may try again
        said = [n.message for n in app._notifications]
        assert said.count("The disk is full; nothing was saved.") == 1
        await pilot.press("f8")
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen) and len(calls) == 2
