"""One gentle follow-up after a doubtful answer to a safety question, and never a second.

"Not now I think...", "no sé, creo que no" to "Are you in danger right now?" used to
be recorded as "not known" and the intake moved on: the one answer that decides
tonight's safety was left at a doubt nobody asked about. A question marked
`confirm_doubt` in `questions.toml` is therefore put once more when its reply holds a
hedge (`lexicon.hedge_regex`: "I think", "creo que", "je crois", "acho que") and
left its facts "not known" (a fact with an unsure value of its own records the doubt); nothing of the doubtful reply is applied (its
facts stay open, as a note's possible facts do until staff confirm them). Whatever
she says the second time is recorded as any answer is, and the intake moves on.
A plain "don't know" (F5) or "prefer not to say" is an answer, not a doubt.

Any question is put once more, the same way, after a reply that states another fact and
nothing of its own (`answered_another`, stop 27).
"""

from __future__ import annotations

from collections.abc import Mapping

from caseassist.intake.facts import Fact, State
from caseassist.intake.lexicon import hedge_regex
from caseassist.intake.questions import Question
from caseassist.intake.read import answer_kind
from caseassist.intake.text import fold


def doubtful(q: Question, value: object, facts: Mapping[str, Fact]) -> bool:
    """Whether this reply to `q` leaves a safety question at a doubt worth one more ask."""
    if not q.definition.confirm_doubt or not isinstance(value, str):
        return False
    if hedge_regex().search(fold(value)) is None:
        return False
    # A fact with its own unsure value ("the trafficker may know": `hedged_values`)
    # recorded the doubt as her answer: only one left "not known" is asked again.
    return all(fid not in facts or facts[fid].state is State.UNKNOWN for fid in q.facts)


def answered_another(
    q: Question, value: object, facts: Mapping[str, Fact], before: Mapping[str, State]
) -> bool:
    """A reply in words that left every asked fact "not known" and settled another fact:
    it answers another question ("não como carne de porco" to the consent question, typed
    for the food question). The other fact stands (its line is on the screen); the asked
    question is put once more rather than closed at "not known" and never asked again."""
    if not isinstance(value, str) or answer_kind(value) is not None:
        return False
    if not all(f in facts and f not in before and facts[f].state is State.UNKNOWN for f in q.facts):
        return False
    # (a fact declined before and stated now counts: "my ribs hurt" after declining injuries)
    return any(f not in q.facts and facts[f].state is not before.get(f) for f in facts)


class DoubtFollowUp:
    """The session's part: which question is being confirmed, which have been."""

    facts: dict[str, Fact]
    confirming: str | None
    confirmed: list[str]

    def _reopen_doubt(self, q: Question, value: object, before: Mapping[str, State]) -> bool:
        """After an answer: when it was doubtful (and not yet followed up), take back what
        it settled of the asked facts, so the same question is put once more."""
        if q.id in self.confirmed:
            return False
        if not (doubtful(q, value, self.facts) or answered_another(q, value, self.facts, before)):
            return False
        for fid in q.facts:
            if fid not in before:
                self.facts.pop(fid, None)
        self.confirming = q.id
        self.confirmed.append(q.id)
        return True

    def _confirming_question(self, candidates: list[Question]) -> Question | None:
        for c in candidates:
            if c.id == self.confirming:
                return Question(c.definition, c.facts, confirming=True)
        self.confirming = None
        return None
