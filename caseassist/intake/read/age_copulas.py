"""An age after a subject and "is" with no unit ("she is 17", "the client was 30"), and
after a relative set off after her name ("Ama, who is 17"; `age_copula_subjects`).
Split from `ages` to keep it short; whose the age is stays the age reader's question
(`bare_ages._relative_of_noun`: "the man, who is 40" is his)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.segment import _with_data, tokens

_IS_AGE_SRC = (
    r"\b(?:client|survivor|patient|caller|victim|she|he|they|i|person) (?:is|was|am|are) (?:\" ?)?"
    r"(?:about |around |approximately |roughly |only |just )?(?P<n>\d{1,2}|(?:twenty|thirty|forty|fifty|"
    r"sixty|seventy|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?: [a-z]+)?)"
    r"(?P<after>)(?! ?(?:%|percent|minutes|hours|days|weeks|months|km|miles|dollars|euros|pesos))\b"
)
_IS_AGE = lexicon.Lazy(lambda: _with_data(_IS_AGE_SRC, "age_copula_subjects"))  # ", who"


def after_turning(before: str) -> bool:
    """The number comes right after "will be / cumplo / faço / aura" (`age_turning`)."""
    tail = " ".join(tokens(before)[-4:])
    ends = [m.end() for m in lexicon.phrase_regex("age_turning").finditer(tail)]
    return bool(ends) and len(tokens(tail[ends[-1] :])) <= 1
