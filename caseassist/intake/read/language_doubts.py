"""The writer's own doubt about her language: "we think she speaks Tigrinya", "creemos
que habla quechua", "on pense qu'elle parle lingala", "achamos que fala crioulo",
"maybe she needs an interpreter", "talvez seja só português". A language said under
it is the writer's guess, offered to staff, never applied (`language_writer_doubts`)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_wordsets import _STOP, _phrase_at

_DOUBTS = lexicon.Words(set(), "language_writer_doubts")


def writer_doubt(clause: list[str]) -> bool:
    """A doubt phrase of the writer's stands in `clause` (the words of a clause before a
    language or its verb)."""
    return any(_phrase_at(clause, k, _DOUBTS) for k in range(len(clause)))


def doubted(weight: str, clause: list[str], *, answer: bool) -> str:
    """`weight` as a language said after `clause` has it: `hedged` in a note when the
    writer doubts it (a "no" stays a no; her own "I think" in an answer is hers)."""
    if answer or weight in (lw.NEG, lw.HEDGED) or not writer_doubt(clause):
        return weight
    return lw.HEDGED


def clause_of(before: list[str]) -> list[str]:
    """The words of `before` after its last clause stop."""
    return before[max([k + 1 for k, t in enumerate(before) if t in _STOP] or [0]) :]
