"""Typed-ahead keys land where they belong: one key at a time, each after the last has settled.

Textual hands a key to whatever is focused at the moment the app reads it,
while the key's effects (a focus change, a new screen, a Tab binding) arrive
later as messages. A fast typist, a paste or a password manager can therefore
put the next keys into the field the last key was leaving: a passphrase into
the account line, a login into the wrong field after a screen change.

The gate serialises keys (and pastes): one is handed out only once every
message the previous one caused on the app and on the current screen has been
handled and the screen is mounted with its focus set. While the app holds it
(from its creation to its first frame, an unlock running in its thread, a lock
being finished) keys wait, up to `HOLD_LIMIT`. A key that finds the gate idle is handed out at once, so a
single key costs nothing. The panic key never goes through the gate: it drops
every waiting key (they were meant for what is now hidden).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.app import App

HOLD_LIMIT = 15.0
"""Seconds a hold may keep keys waiting (an unlock that never answers must not eat the keyboard)."""
SETTLE_ROUNDS = 8
SETTLE_TIMEOUT = 2.0

Gated = events.Key | events.Paste


class KeyGate:
    """Hands keys to the app one by one; `hold()` makes them wait until `release(token)`."""

    def __init__(self, app: App, dispatch: Callable[[Gated], Awaitable[None]]) -> None:
        self.app = app
        self.dispatch = dispatch
        self.waiting: deque[Gated] = deque()
        self._holds: dict[int, float] = {}
        self._next_token = 0
        self._task: asyncio.Task[None] | None = None

    # -- holding --------------------------------------------------------------------
    def hold(self) -> int:
        """Keys wait from now on until `release` (or `HOLD_LIMIT`); returns the token to release."""
        self._next_token += 1
        self._holds[self._next_token] = time.monotonic() + HOLD_LIMIT
        return self._next_token

    def release(self, token: int | None) -> None:
        if token is not None and self._holds.pop(token, None) is not None:
            self._wake()

    @property
    def held(self) -> bool:
        now = time.monotonic()
        for token, deadline in list(self._holds.items()):
            if deadline <= now:
                del self._holds[token]
        return bool(self._holds)

    @property
    def idle(self) -> bool:
        return not self.waiting and not self.held and (self._task is None or self._task.done())

    # -- keys -----------------------------------------------------------------------
    async def put(self, event: Gated) -> None:
        """A key from the terminal: handed out now if nothing is pending, else queued."""
        if self.idle:
            await self._hand_out(event)
            self._wake()
        else:
            self.waiting.append(event)
            self._wake()

    def put_first(self, event: Gated) -> None:
        """A key to hand out before the waiting ones (a key replayed on a new screen)."""
        self.waiting.appendleft(event)
        self._wake()

    def drop(self) -> None:
        """Forget every waiting key (the screen they were typed for is gone)."""
        self.waiting.clear()

    def _wake(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            await self.settle()
            if not self.waiting:
                return
            if self.held:
                await asyncio.sleep(0.02)
                continue
            await self._hand_out(self.waiting.popleft())

    async def _hand_out(self, event: Gated) -> None:
        try:
            await self.dispatch(event)
        except Exception as error:  # noqa: BLE001 - as Textual's own message loop would
            self.app._handle_exception(error)

    # -- settling -------------------------------------------------------------------
    async def settle(self) -> None:
        """Until the current screen is mounted and no pump has anything left to handle.

        A handled message may post the next one (a key posts `Submitted`, which
        starts an unlock that holds the gate), so rounds go on until a round ends
        with every queue empty and nothing changed, at most `SETTLE_ROUNDS`.
        """
        for _ in range(SETTLE_ROUNDS):
            try:
                screen = self.app.screen
            except Exception:  # noqa: BLE001 - no screen yet (starting) or any more (closing)
                return
            before = (screen, screen.focused, screen.is_mounted)
            pumps = await self._drain(screen)
            now = self.app.screen
            if (
                (now, now.focused, now.is_mounted) == before
                and before[2]
                and not any(_busy(pump) for pump in pumps)
            ):
                return

    async def _drain(self, screen) -> list:
        pumps = [self.app, *screen.walk_children(with_self=True)]
        pending = 0
        done = asyncio.Event()

        def one_done() -> None:
            nonlocal pending
            pending -= 1
            if pending <= 0:
                done.set()

        for pump in pumps:
            if pump.call_later(one_done):
                pending += 1
        if pending:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(done.wait(), SETTLE_TIMEOUT)
        return pumps


def _busy(pump) -> bool:
    """Messages still queued for this pump (Textual keeps them in `_message_queue`)."""
    queue = getattr(pump, "_message_queue", None)
    return bool(queue is not None and not queue.empty())
