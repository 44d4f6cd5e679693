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


async def pick_ui_language(pilot: Pilot, code: str) -> None:
    """Choose the unlock screen's UI language once its picker is whole.

    A Select builds its current-value label in a later refresh than the screen's first one;
    setting its value before that fails on a busy machine (seen in CI).
    """
    from textual.widgets import Select

    for _wait in range(200):
        pickers = pilot.app.screen.query("#language")
        if pickers and pickers.first(Select).query("SelectCurrent #label"):
            break
        await pilot.pause(0.02)
    pilot.app.screen.query_one("#language", Select).value = code
    await settle(pilot)


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


async def open_identified_need(pilot: Pilot):
    """Open the first case as the caseworker: (the case screen, its immediate-needs table,
    the first need of it still "identified")."""
    from caseassist.tui.widgets.needs_board import NeedTable

    screen = await open_case(pilot)
    table = screen.query_one("#immediate", NeedTable)
    return screen, table, next(n for n in table.needs if n.status == "identified")


async def intake_with_an_answer(pilot: Pilot, user: str = "caseworker"):
    """Unlock, start an intake with no referral note and answer its first question
    (F3): an intake with something to keep. Returns the intake screen."""
    from caseassist.tui.screens.intake import IntakeScreen

    await unlock(pilot, user=user)
    await pilot.press("n")
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, IntakeScreen)
    await pilot.press("f3")
    await settle(pilot)
    return screen


def plain(widget: Static) -> str:
    """What a Static shows, as plain text (never re-parsed as markup)."""
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)


async def type_answer(pilot: Pilot, text: str) -> None:
    """Type an answer as a person would once the question is there: pasted in one event
    (which, as a key, carries the time it was typed), then Enter."""
    from textual import events

    await settle(pilot, rounds=1)
    field = pilot.app.screen.query_one("#answer", Input)
    field.focus()
    field.value = ""
    await pilot.pause()
    pilot.app.post_message(events.Paste(text))
    await settle(pilot, rounds=1)
    assert field.value == text, field.value
    await pilot.press("enter")
    await pilot.pause()


async def steady_cursors(pilot: Pilot) -> None:
    """A screen at rest before a snapshot: keys handed out, workers done, no text cursor
    blinking (it stays shown), and nothing left for Textual to lay out or paint.

    A capture draws the compositor's last layout. Textual lays out in steps that each wait
    for a pump to go idle: a DataTable measures its new rows on its own idle, flags itself
    for layout, posts `Layout` to the screen on a later idle, and the screen reflows on its
    update timer. `Pilot.pause()` waits only for the messages queued when it began, and on
    a loaded machine its idle test (CPU time against wall time) says idle while the process
    is merely waiting for a core, so a capture could come between two of those steps (the
    needs board drawn with the old layout). So wait until no step is left: `pending()`.
    """
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
    await at_rest(pilot)


async def at_rest(pilot: Pilot, timeout: float = 30.0) -> None:
    """Wait until `pending(app)` is empty twice in a row, a pause apart; fail if it never is
    (a capture is never taken half-way, and never retried)."""
    import time

    deadline = time.monotonic() + timeout
    quiet = 0
    left: list[str] = []
    while time.monotonic() < deadline:
        await pilot.pause()
        left = pending(pilot.app)
        quiet = quiet + 1 if not left else 0
        if quiet == 3:
            return
        await pilot.pause(0.05)
    raise AssertionError(f"the screen never came to rest: {left}")


def pending(app) -> list[str]:
    """What Textual still has to do before the screen shows its final state (Textual 8
    internals, read only): messages and callbacks waiting on any pump of the screen, widgets
    flagged for layout, repaint, scroll, styles or recompose, children not yet mounted,
    DataTables that have not measured their rows, the screen's own reflow and repaint, and
    animations or workers still running."""
    from textual.widgets import DataTable

    screen = app.screen
    left: list[str] = []
    if app._batch_count:
        left.append("app: batch update")
    if any(not w.is_finished for w in app.workers):
        left.append("app: workers")
    for flag in (
        "_layout_required",
        "_scroll_required",
        "_repaint_required",
        "_recompose_required",
    ):
        if getattr(screen, flag):
            left.append(f"screen: {flag}")
    if screen._dirty_widgets or screen._callbacks:
        left.append("screen: dirty widgets or after-refresh callbacks")
    if screen._compositor.size != screen.outer_size:
        left.append("screen: compositor size")
    for pump in (app, *screen.walk_children(with_self=True)):
        name = type(pump).__name__
        if not pump._message_queue.empty() or pump._next_callbacks:
            left.append(f"{name}: messages")
        if pump is app:
            continue
        if not pump.is_mounted or pump._pending_children:
            left.append(f"{name}: mounting")
        for flag in (
            "_layout_required",
            "_repaint_required",
            "_scroll_required",
            "_recompose_required",
            "_refresh_styles_required",
        ):
            if getattr(pump, flag, False):
                left.append(f"{name}: {flag}")
        if isinstance(pump, DataTable) and (pump._require_update_dimensions or pump._updated_cells):
            left.append(f"{name}: columns not measured")
    if app.animator._animations or app.animator._scheduled:
        left.append("app: animations")
    return left


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
