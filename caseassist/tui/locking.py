"""Hiding, locking and quitting the app: blank the screen at once, keep an intake in
progress and the referral note being written (a sealed draft), close the vault in a
thread, then drop every screen that showed data. Quitting keeps both the same way,
and never over an unsent answer unsaid.

A mixin of `CaseAssistApp`, which holds the workspace, the key gate and the
settings these methods use; unlocking is the app's own (`Unlocked`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _

if TYPE_CHECKING:
    from caseassist.services.workspace import Workspace
    from caseassist.tui.keys import KeyGate


HOW_TO_QUIT = N_("To quit, press Ctrl+Q (an intake in progress is saved first).")
UNSENT_ON_QUIT = N_(
    "The typed answer was not sent: Enter sends it. Ctrl+Q again quits without it; "
    "the answers already given are saved."
)
NOT_SAVED_ON_QUIT = N_("The intake in progress could not be saved, so the app stays open.")
DRAFT_NOT_SAVED_ON_QUIT = N_(
    "The referral note could not be saved as a draft, so the app stays open."
)
INTAKE_NOT_KEPT = N_("The intake in progress could not be saved before locking.")
DRAFT_NOT_KEPT = N_("The referral note could not be saved as a draft before locking.")


class Locking:
    """F12 hides and locks, Ctrl+L locks, idle time locks; quitting keeps the intake."""

    workspace: Workspace | None
    gate: KeyGate
    locking: bool
    hidden: bool
    practice: object | None

    def _enter_locked(self, *, hidden: bool) -> None:
        from caseassist.tui.screens.neutral import NeutralScreen
        from caseassist.tui.screens.unlock import UnlockScreen

        if self.current_mode != self.DEFAULT_MODE:
            self.switch_mode(self.DEFAULT_MODE)
        for screen in self.screen_stack:
            if isinstance(screen, UnlockScreen):
                screen.reset()
        if hidden and not isinstance(self.screen, NeutralScreen):
            self.push_screen(NeutralScreen())
        if "work" in self._modes:
            self.remove_mode("work")

    def _close_workspace(self) -> None:
        ws, self.workspace = self.workspace, None
        if ws is not None:
            # Locking must always succeed on screen; the keys leave memory regardless.
            with contextlib.suppress(CaseAssistError):
                ws.close()

    def hide(self, then: Callable[[], object] | None = None) -> None:
        """Blank the terminal on the very next frame; `then` runs once it is drawn."""
        from caseassist.tui.screens.neutral import NeutralScreen

        self.gate.drop()  # keys typed for the screen now hidden must not reach it
        self.hidden = True
        self.clear_notifications()
        if isinstance(self.screen, NeutralScreen):
            if then is not None:
                then()
        else:
            self.push_screen(NeutralScreen(shown=then))

    def lock(self, *, hidden: bool = False) -> None:
        """Forget the keys and every screen that showed data; optionally hide first.

        Hiding happens at once; an intake in progress is then saved and the vault
        closed in a thread (after the vault work already running has finished), and
        only then the unlocked screens are dropped. Keys wait meanwhile.
        """
        if self.practice is not None or self.locking or self.workspace is None:
            if hidden:
                self.hide()
            if self.practice is None and not self.locking:
                self._enter_locked(hidden=hidden)
            return
        self.locking = True
        hold = self.gate.hold()
        work = self._pending_saves()

        def finish() -> None:
            saved = self._save_and_close(work)
            with contextlib.suppress(Exception):  # the app may be closing
                self.call_from_thread(self._locked, saved, hidden, hold)

        def start() -> None:
            self.run_worker(finish, thread=True, exit_on_error=False, group="lock", name="lock")

        if hidden:
            self.hide(then=start)
        else:
            start()

    def _pending_saves(self, *, stop: bool = True) -> list[tuple[str, Callable[[], bool]]]:
        """What must reach the vault before it closes, as (kind, save): an intake in
        progress ("intake"), the referral note being written ("draft", its text taken
        now, on the UI thread; `stop`: the screen writes no more, as it is going)."""
        from caseassist.tui.screens.intake import IntakeScreen
        from caseassist.tui.screens.referral_note import ReferralNoteScreen

        if self.current_mode != "work":
            return []
        saves: list[tuple[str, Callable[[], bool]]] = []
        for screen in self.screen_stack:
            if isinstance(screen, IntakeScreen):
                saves.append(("intake", screen.save_before_lock))
            elif isinstance(screen, ReferralNoteScreen) and (
                keep := screen.draft_before_lock(stop=stop)
            ):
                saves.append(("draft", keep))
        return saves

    @staticmethod
    def _run_saves(saves: list[tuple[str, Callable[[], bool]]]) -> dict[str, bool]:
        """Each kind: True saved, False failed (said by the caller in one line, never with
        a traceback or what was being saved); a kind with nothing to save is absent."""
        outcome: dict[str, bool] = {}
        for kind, save in saves:
            try:
                if save():
                    outcome[kind] = outcome.get(kind, True)
            except Exception:  # noqa: BLE001 - the lock must go ahead whatever happened
                outcome[kind] = False
        return outcome

    def _save_and_close(self, saves: list[tuple[str, Callable[[], bool]]]) -> dict[str, bool]:
        """In the lock thread: let running vault work end, keep what was said, close the vault."""
        deadline = time.monotonic() + 10.0
        while time.monotonic() < deadline and any(
            w.group == "db" and not w.is_finished for w in list(self.workers)
        ):
            time.sleep(0.01)
        outcome = self._run_saves(saves)
        ws = self.workspace
        if ws is not None:
            with contextlib.suppress(Exception):
                ws.close()
        return outcome

    def _locked(self, saved: dict[str, bool], hidden: bool, hold: int) -> None:
        from caseassist.tui.screens.unlock import UnlockScreen

        self.workspace = None
        self.locking = False
        self._enter_locked(hidden=hidden)
        self.gate.release(hold)
        failed = [
            _(line)
            for kind, line in (("intake", INTAKE_NOT_KEPT), ("draft", DRAFT_NOT_KEPT))
            if saved.get(kind) is False
        ]
        for line in failed:
            for screen in self.screen_stack:
                if isinstance(screen, UnlockScreen):
                    screen.say(line)
            if not hidden:
                self.notify(line, severity="error", timeout=15)
        if failed or hidden:
            return
        if saved.get("intake"):
            self.notify(_("Locked. The intake in progress was saved with its case."), timeout=10)
        elif saved.get("draft"):
            self.notify(_("Locked. The referral note was kept as a draft."), timeout=10)

    def _save_open_intakes(self) -> dict[str, bool]:
        """Quitting keeps an intake in progress and the note being written too (on the
        UI thread: the app is ending)."""
        return self._run_saves(self._pending_saves(stop=False))

    # -- quitting ---------------------------------------------------------------------
    async def action_quit(self) -> None:
        """Quit keeps an intake in progress too (saved with its case), then locks.

        A typed answer not yet sent is not part of the intake: the first Ctrl+Q says so
        (Enter sends it), the second quits without it. A save that fails keeps the app open.
        """
        if not self.locking:
            if self._unsent_answer() and not self._quit_warned:
                self._quit_warned = True
                self.notify(_(UNSENT_ON_QUIT), severity="warning", timeout=10)
                return
            hold = self.gate.hold()  # keys typed now would change what is being saved
            try:
                await self._vault_work_done("db")  # as the lock: a save running ends first
                saved = self._save_open_intakes()
            finally:
                self.gate.release(hold)
            if False in saved.values():
                self._quit_warned = False
                line = (
                    NOT_SAVED_ON_QUIT if saved.get("intake") is False else DRAFT_NOT_SAVED_ON_QUIT
                )
                self.notify(_(line), severity="error", timeout=15)
                return
            self._close_workspace()
        else:
            await self._vault_work_done("lock")  # the lock is saving the intake: let it end
        self.exit(0)

    async def _vault_work_done(self, group: str, timeout: float = 10.0) -> None:
        import asyncio
        import contextlib

        running = [w for w in self.workers if w.group == group and not w.is_finished]
        if running:
            with contextlib.suppress(Exception):  # a failure was said by the work itself
                await asyncio.wait_for(self.workers.wait_for_complete(running), timeout)

    def _unsent_answer(self) -> bool:
        from textual.widgets import Input

        from caseassist.tui.screens.intake import IntakeScreen

        if self.current_mode != "work":
            return False
        for screen in self.screen_stack:
            if isinstance(screen, IntakeScreen):
                for field in screen.query("#answer").results(Input):
                    if field.value.strip():
                        return True
        return False

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's "Press [b]ctrl+q[/b]", in English): one plain line instead."""
        self.notify(_(HOW_TO_QUIT), timeout=6)
