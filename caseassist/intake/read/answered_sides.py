"""An offer the second side of its own sentence answers.

"El patrón sabe que se escapó, pero no sabe dónde está", "the boss knows she left, but he
does not know where she is", "le patron sait qu'elle est partie, mais il ne sait pas où
elle est": the first side only offers a value (knowing she left is not knowing where she
went), and the side after the contrast states the fact plainly, of the same subject (its
verb carried on, or a pronoun), and denies it. The offer is what the contrast answers:
it does not hold the clear reading back (`clean_reading` `readings` check).

Kept narrow, since a wrong value of a critical fact is the worst error: the offer stands
before the clear reading in the same sentence and holds no hedge of its own ("maybe he
knows", "creo que"), and the clear side opens with a contrast (`contrasts`) followed by a
negator, or by a pronoun and its auxiliaries then a negator (`carried_subjects`), never
by a new subject ("but the boss does not know": whose was the offer?).
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Reading
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens


@cache
def _carried() -> frozenset[str]:
    return lexicon.by_language("carried_subjects")


def _carries_denial(clause: str) -> bool:
    """The clause opens with a contrast, then its subject carried on and a negator ("pero
    no sabe", "but he does not know", "mais il ne sait pas", "mas ele não sabe")."""
    m = lexicon.phrase_regex("contrasts").match(clause)
    if m is None:
        return False
    negators = lexicon.word_sets().negators
    carried = _carried()
    for w in tokens(clause[m.end() :])[:4]:
        if w in negators or w == "t":  # "but he doesn' t know"
            return True
        if w not in carried:
            return False
    return False


def answered(offer: Reading, readings: list[Reading]) -> bool:
    """`offer` (not clear) is answered by a clear reading later in its sentence, across a
    contrast, of the same subject, that denies the fact."""
    if offer.clear or offer.sentence is None or offer.clause is None:
        return False
    if _has_hedge(offer.clause):
        return False
    at = offer.sentence.find(offer.clause)
    for r in readings:
        if not r.clear or r.value == offer.value or r.sentence != offer.sentence:
            continue
        if r.clause is None:
            continue
        if r.sentence.find(r.clause) > at >= 0 and _carries_denial(r.clause):
            return True
    return False
