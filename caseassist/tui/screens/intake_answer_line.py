"""The answer line: what counts as an answer, and what an empty Enter is told.

An answer counts only for the question that was on the screen when it was typed.

Keys typed ahead wait at the app's `KeyGate` and are handed out after the last
one has settled, so a second F2 (or "no" typed on) once reached the next
question before the worker had seen it, and was recorded as its answer: a
survivor's "yes" to one question landed on another. So the intake notes when
each question is first drawn (after the refresh that shows it) and compares it
with the time the answering key was read from the terminal (`app.input_at`,
Textual's `Message.time`, stamped before the key waited at the gate). A key read
before that, while the question was being prepared or while the screen was
saving, answers nothing; nor does Enter on words typed, even in part, before the
question was there. One line under the answer line says so; typed words stay
there, in view, for the worker to check against the question and send.

Several answers typed ahead, each with its Enter, once ran together in the answer
line with nothing between them ("no quiero hablar de esomi hija tiene 4 años"), and
the worker had to pick them apart. Now the first stays in the line and each later one
waits in turn (`_waiting`): when the next question is drawn, the next answer waiting
is put in the line, never sent, for the worker to check against it. A refusal also
re-stamps the moment the screen changed, so keys typed before the worker could see
the refusal line count as typed ahead too.

Enter on an empty line used to do nothing, and a new worker did not know what
else to do: it now says, in one line, how to answer, decline or say "don't
know". A mixin of `IntakeScreen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual._time import get_time  # the clock of `Message.time`
from textual.binding import Binding
from textual.widgets import Input, Static

from caseassist.i18n import _, ngettext

if TYPE_CHECKING:
    from caseassist.intake.engine import Question
    from caseassist.tui.app import CaseAssistApp


class AnswerLine:
    """`question_preparing()` as a question is replaced; `seen_when_typed()` before any answer;
    `how_to_answer()` for an empty Enter; a letter typed off the line goes into it (`on_key`)."""

    app: CaseAssistApp
    question: Question | None

    _shown_at: float | None = None
    """When the question now on screen was first drawn; None while the next one is prepared."""
    _typed_early: bool = False
    """The answer line holds keys typed before the question on screen was drawn."""
    _kept: str | None = None
    """The answer typed ahead that the line holds for the question on screen, unsent."""
    _waiting: list[str] | None = None
    """Later answers typed ahead, in order, each to be put in the line for a later question."""

    def question_preparing(self) -> None:
        """A new question is being put: nothing typed from now until it is drawn answers it."""
        self._shown_at = None
        self._typed_early = False
        self._kept = None
        self.say_held("")
        q = self.question
        self.call_after_refresh(lambda: self._drawn(q))  # type: ignore[attr-defined]

    def _drawn(self, q: Question | None) -> None:
        if q is self.question and self._shown_at is None:
            self._shown_at = get_time()
            if q is not None and self._waiting:
                self._offer_waiting()

    def _offer_waiting(self) -> None:
        """The next answer typed ahead goes into the (empty) line, unsent, under its question."""
        field = self.query_one("#answer", Input)  # type: ignore[attr-defined]
        if field.value.strip() or not self._waiting:
            return
        self._kept = self._waiting.pop(0)
        field.value = self._kept
        field.cursor_position = len(field.value)
        self.say_held(self._held_line())

    def _held_line(self) -> str:
        line = _(
            "Not sent: typed before this question was on the screen. Check the "
            "answer fits this question, then press Enter."
        )
        if self._waiting:
            more = len(self._waiting)
            line += " " + ngettext(
                "%(n)d more answer typed ahead is waiting for the next question.",
                "%(n)d more answers typed ahead are waiting, one for each next question.",
                more,
            ) % {"n": more}
        return line

    def keep_typed_ahead(self, field: Input) -> None:
        """An Enter refused as typed ahead: the line keeps the first answer; what was typed
        after it waits for a later question instead of running on into it."""
        value = field.value
        kept = self._kept
        if kept is None or not value.startswith(kept):
            self._kept = value.strip()
        else:
            later = value[len(kept) :].strip()
            if later:
                self._waiting = [*(self._waiting or []), later]
            field.value = kept
            field.cursor_position = len(kept)
        self.say_held(self._held_line())
        self._shown_at = None  # keys typed before this line is seen are typed ahead too
        q = self.question
        self.call_after_refresh(lambda: self._restamp(q))  # type: ignore[attr-defined]

    def _restamp(self, q: Question | None) -> None:
        if q is self.question and self._shown_at is None:
            self._shown_at = get_time()

    def answer_line_cleared(self, field: Input) -> None:
        """The line is emptied after an answer. An answer typed ahead that was in it goes
        too, even when the worker answered with a key: the words were in view and were
        what the key answered ("no quiero hablar de eso", then F4); the next one waiting
        is offered for the next question."""
        self._kept = None
        field.value = ""

    @property
    def question_on_screen(self) -> bool:
        """The question has been drawn: a key typed from now on may answer it."""
        return self._shown_at is not None

    def seen_when_typed(self, *, words: bool = False) -> bool:
        """Whether the key being handled was typed while this question was on the screen
        (and, for `words`, every key of the answer line too); says so in one line if not.

        Words refused stay in the answer line, now in view under their question: the
        worker checks them against it and sends them with Enter (retyping a survivor's
        sentence lost words). The line is shown under the answer line, never as a
        notification: at 80x24 one covered the very question it spoke of."""
        shown = self._shown_at
        seen = (
            shown is not None and self.app.input_at >= shown and not (words and self._typed_early)
        )
        if not seen:
            if words:
                self._typed_early = False  # in view from now on: the next Enter sends them
                line = self._held_line()
            else:
                line = _(
                    "Not recorded: it was typed before this question was on the screen. "
                    "Ask it, then answer."
                )
            self.say_held(line)
        return seen

    def say_held(self, line: str) -> None:
        """The one line under the answer line (empty: hidden)."""
        held = self.query_one("#typed-early", Static)  # type: ignore[attr-defined]
        held.update(line)
        held.display = bool(line)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A key typed into the answer line before the question was drawn marks the line."""
        if event.input.id != "answer" or not event.value or event.value == self._kept:
            return  # (an answer typed ahead, put back in the line by `keep_typed_ahead`)
        shown = self._shown_at
        if shown is None or self.app.input_at < shown:
            self._typed_early = True

    def on_key(self, event: events.Key) -> None:
        """A letter typed outside the answer line goes into it, never answers the question.

        One-letter answers (y, n, ...) used to act when the line was not focused: Tab, then
        "maybe later" recorded a yes from the y of "maybe". Now a printable key off the line
        is typed into it; only F2-F6 (shown in the footer) answer in one key."""
        field = self.query_one("#answer", Input)  # type: ignore[attr-defined]
        focused = self.focused  # type: ignore[attr-defined]
        if not event.is_printable or not event.character or focused is field:
            return
        event.stop()
        event.prevent_default()
        field.focus()
        field.insert_text_at_cursor(event.character)

    def how_to_answer(self) -> None:
        """Enter on an empty answer line: one gentle line on the ways to answer this question."""
        q = self.question
        if q is None:
            line = _("The intake is complete.")
        elif q.fact_type == "bool":
            line = _(
                "Press F2 for yes or F3 for no, or type their answer and press Enter. "
                "F4 if they prefer not to say, F5 if they don't know."
            )
        elif q.options:
            line = _(
                "Type the number of a choice, or their answer in their words, and press Enter. "
                "F4 if they prefer not to say, F5 if they don't know."
            )
        else:
            line = _(
                "Type their answer in their words and press Enter. "
                "F4 if they prefer not to say, F5 if they don't know."
            )
        self.notify(line, timeout=8)  # type: ignore[attr-defined]


def one_key_answers(bindings: list[Binding], actions: tuple[str, ...]) -> str:
    """ "F2 yes · F3 no · …" from the keys' own names: the question line, the footer and the
    help name a key alike (F6 was "later" on one, "Skip" on another, "ask later" in help)."""
    named = {b.action: b for b in bindings}
    return " · ".join(
        f"{named[a].key.upper()} {_(named[a].description).lower()}" for a in actions if a in named
    )
