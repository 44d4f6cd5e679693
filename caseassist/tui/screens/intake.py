"""The intake as a conversation: one question at a time, one key for the common answers.

The engine (`caseassist.intake.engine.IntakeSession`) decides what to ask; this
screen only shows its question, the survivor-language phrasing under it, the
transcript and "What we know", and hands answers back. Saving goes through the
backend: the workspace for real intakes, nothing at all in practice mode
(`intake_saving`); corrections are in `intake_corrections`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Static

from caseassist import i18n
from caseassist.cases import needs as need_rules
from caseassist.directory import MatchResult
from caseassist.display import answer_value
from caseassist.i18n import N_, _
from caseassist.intake.engine import IntakeSession, Question
from caseassist.intake.facts import FACTS, InvalidValue
from caseassist.intake.questions import turn_prompt
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.screens.intake_answer_line import AnswerLine, one_key_answers
from caseassist.tui.screens.intake_corrections import IntakeCorrections
from caseassist.tui.screens.intake_held import once_more, show_held
from caseassist.tui.screens.intake_languages import SurvivorLanguage
from caseassist.tui.screens.intake_saving import IntakeSaving
from caseassist.tui.text import fact_display, fact_label, labelled, literal
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.known import KnownPanel
from caseassist.tui.widgets.transcript import Transcript


@dataclass
class IntakeBackend:
    """What the intake screen may do beyond the engine; practice mode leaves `save` out."""

    who: str
    save: Callable[[IntakeSession, str | None], str] | None = None
    suggestions: Callable[[Mapping[str, object], list[str]], dict[str, MatchResult]] | None = None
    simulated: Callable[[IntakeSession, Question], None] | None = None
    """Practice: let the invented survivor answer the current question."""
    code: str | None = None
    """The case this intake belongs to, once saved or when resumed."""
    returning: Callable[[IntakeSession], list[tuple[str, list[str]]]] | None = None
    """Earlier cases that may be this survivor, asked before a new case is opened."""
    continue_case: Callable[[str, IntakeSession], str] | None = None


class IntakeScreen(AnswerLine, IntakeCorrections, IntakeSaving, SurvivorLanguage, BaseScreen):
    """Transcript and question on the left, "What we know" on the right."""

    HELP = N_(
        "Read the question, or show the survivor's phrasing large with F7. Type an answer in "
        "their words and press Enter, or use one key: F2 yes, F3 no, F4 prefer not to say, "
        "F5 don't know, F6 ask later. Esc leaves the answer line (a letter typed then goes back "
        "into it); Esc again saves and leaves the intake. For a question with "
        "choices, type its number. F8 saves and pauses; the intake resumes from the case. F9 "
        "shows providers for the needs found. Enter on a fact in What we know corrects it."
    )
    BINDINGS = [
        Binding("f8", "pause", N_("Save and pause"), id="pause"),
        Binding("f9", "providers", N_("Providers"), id="providers"),
        Binding("f7", "show_large", N_("Show large"), id="show-large"),
        Binding("f10", "simulated", N_("Survivor answers"), id="simulated"),
        Binding("ctrl+r", "correct_last", N_("Correct"), id="correct-last", priority=True),
        Binding("f2", "yes", N_("Yes"), id="answer-yes"),
        Binding("f3", "no", N_("No"), id="answer-no"),
        Binding("f4", "decline", N_("Prefer not to say"), id="answer-decline"),
        Binding("f5", "dont_know", N_("Don't know"), id="answer-dont-know"),
        Binding("f6", "skip", N_("Ask later"), id="answer-skip"),
        Binding("escape", "leave_input", show=False),
    ]

    def __init__(self, session: IntakeSession, backend: IntakeBackend, *, practice: bool = False):
        super().__init__()
        self.session = session
        self.backend = backend
        self.practice = practice
        self.question: Question | None = None
        self._needs_seen: set[str] = set()
        self.saving = False
        self.dirty = False
        """Answers or corrections not yet in the vault (saved before any lock)."""
        self.last_read: list[str] = []
        """Facts the last answer settled (Ctrl+R corrects the first)."""

    def compose(self) -> ComposeResult:
        if self.practice:
            yield Static(
                _("PRACTICE · invented survivor · nothing is stored"),
                classes="practice",
                markup=False,
            )
        with Horizontal(id="intake-body"):
            with Vertical(id="conversation"):
                yield Transcript(id="transcript")
                yield Static("", id="question")
                yield Static("", id="survivor")
                yield Static("", id="choices")
                yield Input(
                    id="answer",
                    placeholder=_("Type the answer in their words, Enter"),
                    select_on_focus=False,  # a letter typed off the line (on_key) must stay
                )
                yield Static("", id="typed-early", markup=False)
            yield KnownPanel(id="known")
        yield KeyFooter()

    def on_mount(self) -> None:
        t = self.query_one(Transcript)
        if self.session.referral_ids:  # first, as before the pause
            t.system(_("From the referral note (confirmed by staff):"))
            for fid in self.session.referral_ids:
                if fid in self.session.facts:
                    self._settled_line(fid)
        for turn in self.session.turns:  # a resumed intake shows what was said before
            t.question(turn_prompt(turn, i18n.get_locale()))  # today's language, not then
            if turn.get("declined"):
                t.answer(_("Prefer not to say"))
            elif turn.get("unknown"):
                t.answer(_("Don't know"))
            elif turn.get("answer") is not None:
                t.answer(_said(turn))
            typed = _said(turn) == turn.get("answer")  # words, not a one-key answer
            read = typed and not turn.get("declined")
            settled = [str(f) for f in turn.get("settled") or [] if f in self.session.facts]
            for fid in settled:
                self._settled_line(fid, read=read)
            if read and settled:  # Ctrl+R corrects what was last read, before the pause too
                self.last_read = settled
        self._needs_seen = {n.category for n in self.session.needs()}
        self._held_shown: set[str] = set()  # "my uncle sold me": not asked (intake_held)
        show_held(t, self.session, self._held_shown)
        self.advance()
        self.query_one("#answer", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "simulated":
            return self.backend.simulated is not None
        if action == "providers":
            return self.backend.suggestions is not None
        return True

    # -- the conversation -------------------------------------------------------------
    def advance(self) -> None:
        """Show the next question (or that the intake is complete) and refresh the panel."""
        q = self.session.next_question()
        self.question = q
        self.question_preparing()
        if q is None:
            self.query_one("#question", Static).update(_("The intake is complete."))
            self.query_one("#survivor", Static).update(
                _("Press F8 to save it.")
                if self.backend.save
                else _("Practice finished. Press F8 to see what it showed.")
            )
            self.query_one("#choices", Static).update("")
        else:
            asked = literal(q.prompt(i18n.get_locale()))
            if q.confirming:  # a doubt, or an answer to another question (`intake.doubts`)
                asked.append(literal("\n" + once_more(self.session), "italic"))
            self.query_one("#question", Static).update(asked)
            lang = self._phrasing_language(q)
            phrasing = f"{labelled(self._shown_in(lang))} {q.survivor_prompt(lang)}"
            self.query_one("#survivor", Static).update(literal(phrasing, "italic"))
            self.query_one("#choices", Static).update(literal(self._choices_text(q)))
        self.query_one(KnownPanel).show(self._facts_in_order(), self.session.needs())
        self._announce_needs()

    def _facts_in_order(self) -> dict[str, object]:
        return {fid: self.session.facts[fid] for fid in FACTS if fid in self.session.facts}

    def _choices_text(self, q: Question) -> str:
        options = q.options
        if q.fact_type == "bool":
            return one_key_answers(self.BINDINGS, ("yes", "no", "decline", "dont_know", "skip"))
        if not options:
            keys = one_key_answers(self.BINDINGS, ("decline", "dont_know", "skip"))
            return _("Type the answer · {keys}").format(keys=keys)
        listed = " · ".join(
            f"{i} {q.option_label(o, i18n.get_locale())}" for i, o in enumerate(options, 1)
        )
        return _("Type a number: {choices}").format(choices=listed)

    def _settled_line(self, fid: str, *, read: bool = False) -> None:
        fact = self.session.facts[fid]
        state = str(fact.state)
        if state == "known" and read:  # words were read as this: say so, and how to correct it
            text = _("read as {fact}: {value} (Ctrl+R corrects)").format(
                fact=fact_label(fid), value=fact_display(fid, fact.value)
            )
        elif state == "known":
            text = f"{labelled(fact_label(fid))} {fact_display(fid, fact.value)}"
        elif state == "declined":
            text = f"{labelled(fact_label(fid))} — {_('declined to say')}"
        else:
            text = f"{labelled(fact_label(fid))} ? {_('not known')}"
        self.query_one(Transcript).settled(text)

    def _announce_needs(self) -> None:
        for n in self.session.needs():
            if n.category not in self._needs_seen:
                self._needs_seen.add(n.category)
                self.query_one(Transcript).need(
                    _("Need identified: {need} (F9 for providers)").format(
                        need=need_rules.label(n.category)
                    )
                )

    def _turn(
        self,
        shown: str | Callable[[], str],
        act: Callable[[], list[str] | None],
        *,
        typed: bool = False,
        checked: bool = False,
    ) -> None:
        """One answer: the engine settles facts at once (pure, no I/O), then the next question.

        `checked`: the caller has made sure the answer was typed with this question shown."""
        if self.saving:
            return  # the session is being written; it must not change under the writer
        if not checked and not self.seen_when_typed():
            return
        q = self.session.current or self.session.next_question()
        if q is None:
            self.notify(_("The intake is complete."))
            return
        field = self.query_one("#answer", Input)
        turns = len(self.session.turns)
        try:
            settled = act() or []
        except (InvalidValue, ValueError):
            self.notify(_("That answer does not fit this question; try other words."))
            return
        t = self.query_one(Transcript)
        t.question(q.prompt(i18n.get_locale()))
        t.answer(shown() if callable(shown) else shown)
        for fid in settled:
            self._settled_line(fid, read=typed)
        if typed and len(self.session.turns) == turns:  # "maybe later": put later, as F6
            t.settled(_("Ask later"))
        show_held(t, self.session, self._held_shown)
        if settled:
            self.last_read = list(settled)
        self.answer_line_cleared(field)
        self.dirty = True
        self.advance()

    @on(Input.Submitted, "#answer")
    def _typed(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.how_to_answer()
            return
        if self.saving:
            return
        if not self.seen_when_typed(words=True):
            self.keep_typed_ahead(event.input)
            return
        self._kept = None  # sent with the question in view: no longer waiting
        q = self.session.current or self.session.next_question()
        if q is not None and text.isdigit() and q.options and q.fact_type != "bool":
            i = int(text)
            if 1 <= i <= len(q.options):
                option = q.options[i - 1]
                label = q.option_label(option, i18n.get_locale())
                answer = self.session.answer
                self._turn(label, lambda: answer(option, who=self.backend.who), checked=True)
                return
        self._turn(
            text, lambda: self.session.answer(text, who=self.backend.who), typed=True, checked=True
        )

    def _yes_no(self, yes: bool) -> None:
        q = self.session.current or self.session.next_question()
        if q is None:
            return
        shown = _("Yes") if yes else _("No")
        value: object
        if q.fact_type == "bool":
            value = yes
        elif ("yes" if yes else "no") in q.options:
            value = "yes" if yes else "no"
        else:
            self.notify(_("This question needs an answer in words; type it and press Enter."))
            return
        self._turn(shown, lambda: self.session.answer(value, who=self.backend.who))

    def action_yes(self) -> None:
        self._yes_no(True)

    def action_no(self) -> None:
        self._yes_no(False)

    def action_decline(self) -> None:
        self._turn(_("Prefer not to say"), lambda: self.session.decline(who=self.backend.who))

    def action_dont_know(self) -> None:
        self._turn(_("Don't know"), lambda: self.session.dont_know(who=self.backend.who))

    def action_skip(self) -> None:
        def act() -> list[str]:
            self.session.skip()
            return []

        self._turn(_("Ask later"), act)

    def action_simulated(self) -> None:
        simulated = self.backend.simulated
        if simulated is None:
            return
        before = len(self.session.turns)

        def act() -> list[str]:
            q = self.session.current or self.session.next_question()
            assert q is not None
            simulated(self.session, q)
            if len(self.session.turns) > before:
                return [str(f) for f in self.session.turns[-1]["settled"]]  # type: ignore[union-attr]
            return []

        def said() -> str:
            turn = self.session.turns[-1] if len(self.session.turns) > before else {}
            if turn.get("declined"):
                return _("Prefer not to say")
            if turn.get("unknown") or turn.get("answer") is None:
                return _("Don't know")
            answer = turn["answer"]
            if isinstance(answer, bool):  # a typed answer from the scenario: say it as staff would
                return _("Yes") if answer else _("No")
            return str(answer)

        self._turn(said, act)

    def action_leave_input(self) -> None:
        """Esc: out of the answer line first; a second Esc leaves the intake (saving it)."""
        if self.focused is self.query_one("#answer", Input):
            self.query_one(Transcript).focus()
        elif self.dirty or self.backend.save is None:
            self.action_pause()  # what was said is kept, as F8 does
        else:
            self.app.pop_screen()

    # -- corrections ------------------------------------------------------------------
    @on(KnownPanel.CorrectionRequested)
    def _correct_requested(self, event: KnownPanel.CorrectionRequested) -> None:
        self.correct(event.fact_id)


def _said(turn: Mapping[str, object]) -> str:
    """A stored answer as it was shown when given: words stay words, codes read as words."""
    answer = turn.get("answer")
    if isinstance(answer, bool):
        return _("Yes") if answer else _("No")
    facts = turn.get("facts") or []
    fid = str(facts[0]) if isinstance(facts, list | tuple) and facts else ""
    if fid in FACTS and FACTS[fid].type == "enum" and answer in FACTS[fid].options:
        return answer_value(fid, answer)
    return str(answer)
