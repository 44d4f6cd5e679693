"""The intake session: ask only what is not yet known, in a trauma-informed order.

One `IntakeSession` drives an intake for the terminal UI, the practice mode and
the tests alike. It holds the facts settled so far (known, declined, unknown,
each with its provenance) and hands out one question at a time:

- safety first, then what tonight needs (shelter, children, food, medical),
  then language and consent, then the rest of first contact, then follow-up;
- a question whose facts are all settled is skipped; one whose facts are
  partly settled asks only for the rest;
- a settled fact is never asked again, and no question id is asked twice, also
  after `to_dict()` / `from_dict()` (pause and resume);
- a free-text answer goes through extraction and may settle several facts;
- every question can be declined or answered "don't know"; `skip()` moves a
  question to the end without settling it; `correct()` changes a fact without
  a question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from caseassist.intake import answering, turn_values
from caseassist.intake.answering import asks_later, kind_and_besides, open_to, settle_answer
from caseassist.intake.doubts import DoubtFollowUp
from caseassist.intake.facts import FACTS, Fact, InvalidValue, Source, State, coerce
from caseassist.intake.held import HeldQuestions
from caseassist.intake.needs import DerivedNeed, derive_needs
from caseassist.intake.questions import Question, QuestionDef, answer_labels, question_bank
from caseassist.intake.read import DECLINED, UNKNOWN, answer_kind, extract

__all__ = [
    "FORMAT_VERSION",
    "IntakeError",
    "IntakeSession",
    "Question",
    "QuestionDef",
    "answer_labels",
    "possible_referral",
    "question_bank",
]

FORMAT_VERSION = 1


class IntakeError(ValueError):
    """A call that does not fit the session's state (no open question, unknown fact)."""


def _base(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


class IntakeSession(DoubtFollowUp, HeldQuestions):
    """One survivor's intake, from the referral note to the last follow-up question."""

    def __init__(
        self,
        staff_locale: str = "en",
        staff_languages: Sequence[str] = ("en",),
        recorded_by: str = "",
    ) -> None:
        self.staff_locale = staff_locale
        self.staff_languages = tuple(staff_languages)
        self.recorded_by = recorded_by
        self.facts: dict[str, Fact] = {}
        self.turns: list[dict[str, object]] = []
        self.history: list[dict[str, object]] = []  # corrections: the fact before, who, when
        self.referral_ids: list[str] = []
        self.possible: dict[str, object] = {}  # hedged in the note: for staff to confirm
        self._asked: list[str] = []
        self._deferred: list[str] = []
        self._current: Question | None = None
        self.confirming: str | None = None  # a doubtful safety answer asked again (doubts)
        self.confirmed, self.held = [], []  # asked again; held back for the caseworker (held)

    # ------------------------------------------------------------ state

    def settled(self, fact_id: str) -> bool:
        return fact_id in self.facts

    def known(self) -> dict[str, object]:
        """Fact id -> value for the known facts, in vocabulary order."""
        return {
            fid: self.facts[fid].value
            for fid in FACTS
            if fid in self.facts and self.facts[fid].state is State.KNOWN
        }

    def needs(self) -> list[DerivedNeed]:
        return derive_needs(self.facts)

    def _settle(
        self,
        fact_id: str,
        state: State,
        value: object,
        source: Source,
        who: str,
        when: str,
        note: str = "",
    ) -> None:
        self.facts[fact_id] = Fact(
            id=fact_id,
            state=state,
            value=value if state is State.KNOWN else None,
            source=source,
            recorded_by=who or self.recorded_by,
            recorded_at=when,
            note=note,
        )

    # ------------------------------------------------------------ referral

    def apply_referral(
        self,
        text: str,
        *,
        when: dt.datetime | str | None = None,
        only: Iterable[str] | None = None,
    ) -> list[Fact]:
        """Settle every fact the note clearly states and that is not settled yet
        (only those in `only` when given: the ones staff confirmed, which may include
        possible facts). What the note only hedges is left in `possible`, never settled."""
        stamp = turn_values.iso(when)
        ex = extract(text)
        self._hold_after(text)
        wanted = set(only) if only is not None else None
        out: list[Fact] = []
        offered = ex.offered()
        self.possible = {f: offered[f] for f in FACTS if f in offered and f not in self.facts}
        for fid in FACTS:
            if wanted is not None and fid not in wanted:
                continue
            # a possible fact is settled only when staff confirmed it
            value = ex.values.get(fid, offered.get(fid) if wanted is not None else None)
            if value is not None and fid not in self.facts:
                self._settle(fid, State.KNOWN, value, Source.REFERRAL, "", stamp)
                self.referral_ids.append(fid)
                self.possible.pop(fid, None)
                out.append(self.facts[fid])
        self._current = None
        return out

    # ------------------------------------------------------------ questions

    def _applicable(self, q: QuestionDef) -> bool:
        if q.withdrawn(self.facts) or q.id in self.held:  # declined what it follows up; held
            return False
        if any(not c.holds(self.facts) for c in q.when):
            return False
        if any(c.holds(self.facts) for c in q.unless):
            return False
        if q.language_gap:
            pref = self.facts.get("person.preferred_language")
            if pref is None or pref.state is not State.KNOWN or not isinstance(pref.value, str):
                return False
            if _base(pref.value) in {_base(x) for x in self.staff_languages}:
                return False
        return True

    def _open(self, q: QuestionDef) -> tuple[str, ...]:
        return tuple(f for f in q.facts if f not in self.facts)

    def _candidates(self) -> list[Question]:
        out = []
        for q in question_bank():
            if q.id in self._asked:
                continue
            open_facts = self._open(q)
            if open_facts and self._applicable(q):
                out.append(Question(q, open_facts))
        return out

    def _pick_next(self) -> Question | None:
        cands = self._candidates()
        if not cands:
            return None
        deferred = {qid: i for i, qid in enumerate(self._deferred)}
        now = [c for c in cands if c.id not in deferred]
        later = sorted((c for c in cands if c.id in deferred), key=lambda c: deferred[c.id])
        again = self._confirming_question(cands) if self.confirming else None
        return again or (now or later)[0]

    def next_question(self) -> Question | None:
        """The next question to put, or None when the intake is finished."""
        self._current = self._pick_next()
        return self._current

    @property
    def current(self) -> Question | None:
        return self._current

    @property
    def finished(self) -> bool:
        return not self._candidates()

    @property
    def stage(self) -> str:
        """`first_contact`, `follow_up`, or `done`."""
        q = self._current
        if q is None or q.id in self._asked or not self._open(q.definition):
            q = self._pick_next()
        return "done" if q is None else q.stage

    def _require(self) -> Question:
        q = self._current
        if q is None or q.id in self._asked or set(q.facts) & set(self.facts):
            q = self.next_question()
        if q is None:
            raise IntakeError("no open question")
        open_facts = self._open(q.definition)
        if open_facts != q.facts:
            q = Question(q.definition, open_facts)
        return q

    # ------------------------------------------------------------ answers

    def answer(
        self, value: object, *, who: str = "", when: dt.datetime | str | None = None
    ) -> list[str]:
        """Answer the current question: a typed value, free text, or a mapping fact id -> value
        (for a question with several facts). Returns every fact id settled."""
        q = self._require()
        if isinstance(value, str) and asks_later(q.facts, value):
            self.skip()  # "maybe later, not now": asked later, nothing settled
            return []
        stamp = turn_values.iso(when)
        was = {f: fact.state for f, fact in self.facts.items()}
        declined = unknown = False
        kind = answer_kind(value) if isinstance(value, str) else None
        if isinstance(value, Mapping):
            for fid in q.facts:
                self._answer_fact(fid, value.get(fid, UNKNOWN), who, stamp)
        elif kind is not None and len(q.facts) > 1:  # (one fact: read whole, answering.py)
            state = State.DECLINED if kind == DECLINED else State.UNKNOWN
            words = answering.asked_words(q, None, self.known(), self.staff_locale)
            for one in kind_and_besides(q.facts, state, value, words):  # "No sé. Me da miedo"
                if one.fact in q.facts or open_to(one, self.facts.get(one.fact)):
                    self._settle(one.fact, one.state, one.value, Source.SURVIVOR, who, stamp)
            declined, unknown = state is State.DECLINED, state is State.UNKNOWN
        else:
            if len(q.facts) > 1 and not isinstance(value, str):
                raise InvalidValue("answer a question with several facts with a mapping or text")
            for fid in q.facts:
                if fid not in self.facts:
                    self._answer_fact(fid, value, who, stamp, q)
        if isinstance(value, Mapping) or (kind is not None and len(q.facts) == 1):
            states = [self.facts[f].state for f in q.facts]  # "No sé" alone; not "no sé, como..."
            declined = all(s is State.DECLINED for s in states)
            unknown = all(s is State.UNKNOWN for s in states)
        again = self._reopen_doubt(q, value, was)
        self._hold_after(value)
        # new, or stated now after a "declined" or "not known": every one shown on the screen
        settled = [f for f in FACTS if f in self.facts and self.facts[f].state is not was.get(f)]
        self._finish_turn(q, value, declined and not again, unknown and not again, settled, again)
        return settled

    def _answer_fact(
        self, fid: str, value: object, who: str, stamp: str, q: Question | None = None
    ) -> None:
        main = self.known().get("person.preferred_language")
        words = answering.asked_words(q, fid, self.known(), self.staff_locale) if q else None
        for one in settle_answer(fid, value, main, words):
            if one.fact == fid or open_to(one, self.facts.get(one.fact)):
                self._settle(one.fact, one.state, one.value, Source.SURVIVOR, who, stamp, one.note)

    def _finish_turn(
        self,
        q: Question,
        value: object,
        declined: bool,
        unknown: bool,
        settled: list[str],
        again: bool = False,
    ) -> None:
        self.turns.append(
            {
                "question": q.id,
                "facts": list(q.facts),
                "prompt": q.prompt(self.staff_locale),
                "answer": None
                if (declined or unknown) and not isinstance(value, Mapping)
                else turn_values.plain(value),
                "declined": declined,
                "unknown": unknown,
                "settled": settled,
                **({"doubt": True} if again else {}),
            }
        )
        self._current = None
        if again:  # put once more, gently (`doubts`)
            return
        self.confirming = None
        self._asked.append(q.id)
        if q.id in self._deferred:
            self._deferred.remove(q.id)

    def _close(self, state: State, who: str, when: dt.datetime | str | None) -> list[str]:
        q = self._require()
        stamp = turn_values.iso(when)
        for fid in q.facts:
            self._settle(fid, state, None, Source.SURVIVOR, who, stamp)
        settled = list(q.facts)
        self._finish_turn(q, None, state is State.DECLINED, state is State.UNKNOWN, settled)
        return settled

    def decline(self, *, who: str = "", when: dt.datetime | str | None = None) -> list[str]:
        """The survivor prefers not to say: the question's facts are settled as declined."""
        return self._close(State.DECLINED, who, when)

    def dont_know(self, *, who: str = "", when: dt.datetime | str | None = None) -> list[str]:
        """The survivor does not know: settled as unknown, never asked again."""
        return self._close(State.UNKNOWN, who, when)

    def skip(self) -> None:
        """Ask later: the current question moves to the end, nothing is settled."""
        q = self._require()
        if q.id in self._deferred:
            self._deferred.remove(q.id)
        self._deferred.append(q.id)
        self._current = self.confirming = None

    def correct(
        self,
        fact_id: str,
        value: object,
        *,
        who: str = "",
        when: dt.datetime | str | None = None,
        source: Source | str = Source.STAFF_OBSERVATION,
    ) -> Fact:
        """Staff change a fact (a correction, not a question); the previous one is kept."""
        if fact_id not in FACTS:
            raise IntakeError(f"unknown fact {fact_id}")
        typed = coerce(fact_id, value)
        stamp = turn_values.iso(when)
        previous = self.facts.get(fact_id)
        self.history.append(
            {
                "fact": fact_id,
                "before": previous.to_dict() if previous else None,
                "by": who or self.recorded_by,
                "at": stamp,
            }
        )
        self._settle(fact_id, State.KNOWN, typed, Source(str(source)), who, stamp)
        self._current = None
        return self.facts[fact_id]

    # ------------------------------------------------------------ pause and resume

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-able state (the vault stores it encrypted)."""
        return {
            "version": FORMAT_VERSION,
            "staff_locale": self.staff_locale,
            "staff_languages": list(self.staff_languages),
            "recorded_by": self.recorded_by,
            "facts": [self.facts[f].to_dict() for f in FACTS if f in self.facts],
            "referral": list(self.referral_ids),
            "asked": list(self._asked),
            "deferred": list(self._deferred),
            "confirming": self.confirming,
            "confirmed": list(self.confirmed),
            "held": list(self.held),
            "turns": [dict(t) for t in self.turns],
            "history": [dict(h) for h in self.history],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> IntakeSession:
        if data.get("version") != FORMAT_VERSION:
            raise IntakeError("unsupported intake state version")
        s = cls(
            staff_locale=str(data.get("staff_locale", "en")),
            staff_languages=tuple(data.get("staff_languages", ("en",))),  # type: ignore[arg-type]
            recorded_by=str(data.get("recorded_by", "")),
        )
        for row in data.get("facts", ()):  # type: ignore[union-attr]
            f = Fact.from_dict(row)
            if f.id in FACTS:
                s.facts[f.id] = f
        s.referral_ids = [str(x) for x in data.get("referral", ())]  # type: ignore[union-attr]
        s._asked = [str(x) for x in data.get("asked", ())]  # type: ignore[union-attr]
        s._deferred = [str(x) for x in data.get("deferred", ())]  # type: ignore[union-attr]
        s.confirming = str(data["confirming"]) if data.get("confirming") else None
        s.confirmed = [str(x) for x in data.get("confirmed", ())]  # type: ignore[union-attr]
        s.held = [str(x) for x in data.get("held", ())]  # type: ignore[union-attr]
        s.turns = [dict(t) for t in data.get("turns", ())]  # type: ignore[union-attr]
        s.history = [dict(h) for h in data.get("history", ())]  # type: ignore[union-attr]
        return s


def possible_referral(text: str) -> list[tuple[str, object]]:
    """What a note only hedges, as (fact id, value) for staff to confirm or reject."""
    (session := IntakeSession()).apply_referral(text)
    return list(session.possible.items())
