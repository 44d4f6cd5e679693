"""A sentence that opens on people in general ("Many of the women who come from that
network need counselling", "Muchas de las mujeres que llegan ... tienen lesiones sin
tratar", "Beaucoup de victimes de ce réseau ont besoin d'un accompagnement psy", "Muitas
vítimas que chegam por essa rota precisam de acompanhamento"): a remark on a group, not
her state. Its subject is a `generic_people` word with nothing before it but words of
`generic_marks` ("many", "la mayoria", "beaucoup de") and articles or "of"
(`general_openers`); a "she" after it ("like many victims, she is injured") makes it hers.
It holds for the facts of `[statements] medical_of_people` (her body, her needs)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.segment import tokens

_REACH = 6  # words the group's noun may stand from the sentence's start


@cache
def _facts() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("statements", "medical_of_people"))


@cache
def _openers() -> frozenset[str]:
    fw = function_words()
    words = lexicon.by_language("generic_marks") | lexicon.by_language("general_openers")
    return frozenset(t for p in words for t in tokens(p)) | fw.definite_articles


def about_people(fact: str, clause_text: object, folded: str, start: int) -> bool:
    """Whether the match of `fact` at `start` in the clause `folded` is in a sentence whose
    subject is people in general (see the module docstring)."""
    if fact not in _facts():
        return False
    sent = clause_text.folded_sentence if isinstance(clause_text, OriginalClause) else folded
    at = sent.find(folded)
    toks = tokens(sent[: (at if at >= 0 else 0) + start] if at >= 0 else folded[:start])
    toks = [t for t in toks if t[0].isalnum()]
    people = lexicon.by_language("generic_people")
    k = next((i for i, w in enumerate(toks[:_REACH]) if w in people), -1)
    if k < 0 or not all(w in _openers() for w in toks[:k]):
        return False
    return function_words().she_words.isdisjoint(toks[k + 1 :])
