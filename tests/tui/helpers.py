"""Pilot helpers shared by the TUI tests."""

from __future__ import annotations

from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import Input, Static

PASS = "demo-only-passphrase"


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let typed keys be handed out, workers finish and their results reach the screen.

    A worker that failed or was cancelled is not an error here: the tests read what the app
    said about it, or what the vault holds.
    """
    import contextlib

    from textual.worker import WorkerCancelled, WorkerFailed

    app = pilot.app
    gate = getattr(app, "gate", None)
    for _ in range(rounds):
        for _wait in range(100):  # keys still waiting at the gate (a burst, an unlock)
            if gate is None or gate.idle:
                break
            await pilot.pause(0.02)
        with contextlib.suppress(WorkerFailed, WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()


async def unlock(pilot: Pilot, user: str = "caseworker", passphrase: str = PASS) -> None:
    app = pilot.app
    await pilot.pause()
    assert app.focused is not None and app.focused.id == "account"
    app.focused.value = user  # type: ignore[attr-defined]
    await pilot.press("tab")
    assert app.focused.id == "passphrase"
    app.focused.value = passphrase  # type: ignore[attr-defined]
    await pilot.press("enter")
    await settle(pilot)


async def open_case(pilot: Pilot, user: str = "caseworker", tab: str | None = None):
    """Unlock, list all open cases, open the first one and (optionally) one of its tabs:
    "1" needs ... "4" referrals."""
    from caseassist.tui.screens.case_view import CaseScreen

    await unlock(pilot, user=user)
    await pilot.press("a")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CaseScreen) and screen.detail is not None
    if tab is not None:
        await pilot.press(tab)
        await settle(pilot)
    return screen


def plain(widget: Static) -> str:
    """What a Static shows, as plain text (never re-parsed as markup)."""
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)


async def type_answer(pilot: Pilot, text: str) -> None:
    field = pilot.app.screen.query_one("#answer", Input)
    field.focus()
    field.value = text
    await pilot.press("enter")
    await pilot.pause()


async def steady_cursors(pilot: Pilot) -> None:
    """A screen at rest before a snapshot: mounted, focus set, every message handled, and no
    text cursor blinking (it stays shown), so a capture never catches anything half-way."""
    app = pilot.app
    gate = getattr(app, "gate", None)
    for _ in range(3):
        if gate is not None:
            await gate.settle()
        await app.workers.wait_for_complete()
        await pilot.pause()
    for field in app.screen.query(Input):
        field.cursor_blink = False
    if gate is not None:
        await gate.settle()
    await pilot.pause()
    await _tables_measured(pilot)


async def _tables_measured(pilot: Pilot, rounds: int = 100) -> None:
    """A DataTable sizes its columns to new rows on its next idle, not when they are added;
    on a busy machine a capture could come first and show every column cut to its heading."""
    from textual.widgets import DataTable

    for _ in range(rounds):
        pending = [
            t
            for t in pilot.app.screen.query(DataTable)
            if t._require_update_dimensions or t._updated_cells
        ]  # Textual's own flag, cleared once the columns are measured
        if not pending:
            break
        await pilot.pause(0.02)
    await pilot.pause()


def screen_text(app) -> list[str]:
    """What the terminal shows now, line by line (the compositor's own strips)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def until_locked(pilot: Pilot, rounds: int = 200) -> None:
    """A lock saves and closes the vault in a thread after the screen is hidden: wait for it."""
    app = pilot.app
    for _ in range(rounds):
        await pilot.pause()
        if not getattr(app, "locking", False) and app.workspace is None:
            break
        await app.workers.wait_for_complete()
    await pilot.pause()
