"""What every screen shares: translated key bindings and vault work in thread workers.

SQLCipher is synchronous, so each call into the workspace runs in a thread
worker of group "db"; its result comes back on the UI thread through
`call_from_thread`. A failure never reaches the user as a traceback: `db`
hands it to the app's `show_error`, one calm notification (a screen's worker
events do not bubble up to the app, so the app could not see it otherwise).

Only a load may be superseded: `db(..., exclusive=True)` cancels the screen's
earlier load of the same name (its result would be stale), never other work.
Textual's own `exclusive` cancels the whole group, which dropped a save, a
referral or a status change still waiting to start whenever a reload began.
For the same reason a key's work runs as a worker of the app, not of the
screen: Textual cancels a screen's workers when it is removed, so Esc right
after a key could drop the key's save before its thread started. A load stays
with its screen (gone with it, as it should be).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.worker import Worker

from caseassist.i18n import N_, _

if TYPE_CHECKING:
    from caseassist.services.workspace import Workspace
    from caseassist.tui.app import CaseAssistApp

T = TypeVar("T")

SHOW_FAILED = N_("Done, but this screen could not show the result. Lock and unlock to see it.")


def translate_node_bindings(node: DOMNode) -> None:
    """Replace a node's bindings by copies whose descriptions are in the current language.

    `BINDINGS` are class attributes written in English (marked with `N_`); each
    instance translates its own copy when it is created, so a language picked
    at the unlock screen applies to every screen opened after it.
    """
    merged = type(node)._merged_bindings
    if merged is None:
        return
    for key, bindings in merged.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [
            dataclasses.replace(
                b,
                description=_(b.description) if b.description else "",
                tooltip=_(b.tooltip) if b.tooltip else "",
            )
            for b in bindings
        ]


class DbMixin:
    """`self.db(call, then)`: run `call` in a thread, then `then(result)` on the UI thread."""

    app: CaseAssistApp

    def db(
        self,
        call: Callable[[], T],
        then: Callable[[T], Any] | None = None,
        *,
        exclusive: bool = False,
        name: str = "db",
        dropped: Callable[[T], Any] | None = None,
        failed: Callable[[], Any] | None = None,
    ) -> Worker[None]:
        """`dropped(result)` runs instead of `then` when the screen went away meanwhile;
        `failed()` after the failure was shown (a screen may let staff try again).

        `exclusive`: this call is a load, superseded by the next load of the same `name` on
        this screen; a superseded load's result is never shown (it would be stale).
        """
        app = self.app
        worker: Worker[None] | None = None

        def deliver(result: T) -> None:
            # A newer load replaced this one, or the screen is gone (locked, hidden).
            superseded = worker is not None and worker.is_cancelled
            if self.is_attached and not superseded:  # type: ignore[attr-defined]
                if then is not None:
                    then(result)
            elif dropped is not None:
                dropped(result)

        def tell(show: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
            with contextlib.suppress(Exception):  # the app may be closing
                app.call_from_thread(show, *args, **kwargs)

        def job() -> None:
            try:
                result = call()
            except Exception as error:
                tell(app.show_error, error)
                if failed is not None:
                    tell(failed)
                raise  # the worker ends in ERROR
            try:
                app.call_from_thread(deliver, result)
            except Exception:
                # The work itself was done: do not claim that nothing changed.
                tell(app.notify, _(SHOW_FAILED), severity="error", timeout=8)
                raise

        loads: dict[str, Worker[None]] = self.__dict__.setdefault("_db_loads", {})
        if exclusive and (earlier := loads.pop(name, None)) is not None:
            earlier.cancel()  # only the same load: a save or a referral is never dropped
        owner = self if exclusive else app  # a key's work outlives the screen it came from
        worker = owner.run_worker(  # type: ignore[attr-defined]
            job, thread=True, exit_on_error=False, group="db", name=name
        )
        if exclusive:
            loads[name] = worker
        return worker


class BaseScreen(DbMixin, Screen[None]):
    """A full screen of the app, with translated bindings."""

    HELP: str = ""
    """Words for F1 on this screen (English, translated when shown)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_node_bindings(self)

    @property
    def workspace(self) -> Workspace:
        ws = self.app.workspace
        assert ws is not None, "screens that show data exist only while unlocked"
        return ws


class BaseModal(DbMixin, ModalScreen[T]):
    """A modal dialog with translated bindings that returns a typed result."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_node_bindings(self)
