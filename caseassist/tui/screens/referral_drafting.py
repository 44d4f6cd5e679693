"""The referral note being written, kept as a draft in the vault (sealed, this account's).

Written after a pause in typing (in a vault worker, off the UI thread), at once as the
app locks or quits (`locking.py` asks `draft_before_lock`), and as staff leave keeping
it; read back when the same account starts a new intake again (one quiet line says
from when); removed when the note is used (Ctrl+S) or discarded. A mixin of
`ReferralNoteScreen`; its text never reaches a notification, a log or the title.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.timer import Timer
from textual.widgets import Static, TextArea

from caseassist.i18n import N_, _

if TYPE_CHECKING:
    from caseassist.cases.model import ReferralDraft

DRAFT_PAUSE = 1.0
"""Seconds without a keystroke before the note is written: a paste is written once."""

KEEP_FAILED = N_("The referral note could not be saved as a draft; the vault is unchanged.")


@dataclass(frozen=True)
class DraftBackend:
    """The workspace calls a draft needs; none in practice (nothing is stored there)."""

    keep: Callable[[str], None]
    load: Callable[[], ReferralDraft | None]
    discard: Callable[[], None]


class ReferralDrafting:
    """Keeps `#note` as a draft; the screen calls `_draft_*` from its own handlers."""

    drafts: DraftBackend | None
    db: Callable[..., Any]
    notify: Callable[..., Any]
    set_timer: Callable[..., Timer]
    query_one: Callable[..., Any]

    def _draft_setup(self) -> None:
        self._kept = ""
        """The text the vault holds now (as far as this screen knows)."""
        self._loaded = False
        """The draft was read: nothing is written before, or it would be overwritten."""
        self._timer: Timer | None = None
        self._writing = False
        self._stopped = False
        self._failed_said = False
        self._forgotten = False
        """The note was used or discarded: nothing of it is written again."""
        self._generation = 0
        """Bumped when the draft is removed: a write dispatched before is then skipped."""
        self._draft_lock = threading.Lock()

    def _note_text(self) -> str:
        return self.query_one("#note", TextArea).text

    # -- reading it back --------------------------------------------------------------
    def _draft_restore(self) -> None:
        if self.drafts is None:
            return

        def loaded_anyway() -> None:  # the failure was said; typing is kept from now on
            self._loaded = True

        self.db(self.drafts.load, self._draft_arrived, name="draft-load", failed=loaded_anyway)

    def _draft_arrived(self, found: ReferralDraft | None) -> None:
        from caseassist.tui.text import when

        self._loaded = True
        area = self.query_one("#note", TextArea)
        if found is not None and not area.text.strip():
            self._kept = found.text
            area.text = found.text
            area.move_cursor(area.document.end)  # she goes on where she stopped
            line = self.query_one("#draft-line", Static)
            line.update(_("A draft from {time} was restored.").format(time=when(found.saved_at)))
            line.display = True
        elif area.text != self._kept:
            self._draft_typed()

    # -- writing it as she types --------------------------------------------------------
    def _draft_typed(self) -> None:
        """The note changed: write it once typing pauses."""
        if self.drafts is None or self._stopped or not self._loaded:
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DRAFT_PAUSE, self._draft_write, name="draft-pause")

    def _draft_write(self) -> None:
        self._timer = None
        if self.drafts is None or self._stopped or self._writing:
            return  # a write in flight looks again when it ends
        text = self._note_text()
        if text == self._kept:
            return
        self._writing = True
        call = _reporting(self._guarded(text))
        self.db(call, lambda ok: self._draft_written(text, ok), name="draft-keep")

    def _guarded(self, text: str) -> Callable[[], None]:
        """The write of `text`, skipped if the draft was removed after it was dispatched."""
        assert self.drafts is not None
        keep, generation, lock = self.drafts.keep, self._generation, self._draft_lock

        def write() -> None:
            with lock:
                if generation == self._generation:
                    keep(text)

        return write

    def _draft_written(self, text: str, ok: bool) -> None:
        self._writing = False
        if ok:
            self._kept, self._failed_said = text, False
            if self._note_text() != text:
                self._draft_typed()
        elif not self._failed_said:
            self._failed_said = True
            self.notify(_(KEEP_FAILED), severity="error", timeout=10)

    # -- at once: locking, quitting, leaving ----------------------------------------------
    def draft_before_lock(self, *, stop: bool = True) -> Callable[[], bool] | None:
        """On the UI thread as the app locks (`stop`: this screen writes no more) or quits:
        the write of the note as it is now, to run before the vault closes; None when the
        vault holds it already."""
        if self.drafts is None or not self._loaded or self._forgotten:
            return None
        if stop:
            self._stopped = True
            if self._timer is not None:
                self._timer.stop()
        text = self._note_text()
        if text == self._kept and not self._writing:
            return None
        return _reporting(self._guarded(text), catch=False)

    def _draft_flush(self) -> None:
        """Leaving, keeping the note: write what the pause has not written yet."""
        self._stopped = True
        if self._timer is not None:
            self._timer.stop()
        keep = self.draft_before_lock(stop=False)
        if keep is None:
            return
        app = self.app  # type: ignore[attr-defined]

        def said(ok: bool) -> None:
            if not ok:
                app.notify(_(KEEP_FAILED), severity="error", timeout=10)

        self.db(_reporting(keep), said, dropped=said, name="draft-keep")

    def _draft_forget(self) -> None:
        """The note was used (Ctrl+S) or discarded: remove the draft."""
        if self.drafts is None:
            return
        self._stopped = self._forgotten = True
        if self._timer is not None:
            self._timer.stop()
        self._generation += 1
        discard, lock = self.drafts.discard, self._draft_lock

        def call() -> None:
            with lock:
                discard()

        self.db(call, name="draft-discard")


def _reporting(write: Callable[[], object], *, catch: bool = True) -> Callable[[], bool]:
    """`write` as a call that says whether it went through: True, or False on any failure
    when `catch` (said in one line by the caller, never with the note's text); without
    `catch` a failure rises to the lock, which says it."""

    def call() -> bool:
        if not catch:
            write()
            return True
        try:
            write()
        except Exception:  # noqa: BLE001 - said in one line, never with the note's text
            return False
        return True

    return call
