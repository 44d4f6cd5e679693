"""A subject that joins the survivor to other people ("she and the children", "elle et les
enfants", "ella y sus hijos", "ela e os filhos"): what it states is hers too.

Reading back from a statement, the nearest person word is taken as its subject, so "Ce
soir, elle et les enfants n'ont pas d'endroit où dormir" was read as the children's. A
person word with a `subject_joiners` word ("and", "y", "et", "e") a few words before it
(only determiners, possessives, numbers and small words between: `joint_fillers`), and
the survivor's own subject word right before that joiner, names her among the subject.
Her "me too" after a statement of others ("Les enfants ont faim, moi aussi") joins her
to it the same way.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.trie import alternation

_MAX_BETWEEN = 3


def joined_with_survivor(toks: list[str], i: int, survivors: object) -> bool:
    """`toks[i]`, a person word, is joined by a joiner to a survivor subject before it."""
    joiners = lexicon.by_language("subject_joiners")
    fillers = lexicon.by_language("joint_fillers")
    j = i - 1
    while j >= 0 and i - j <= _MAX_BETWEEN and toks[j] not in joiners:
        if toks[j] not in fillers and not toks[j].isdigit():
            return False
        j -= 1
    return j >= 1 and toks[j] in joiners and toks[j - 1] in survivors


@cache
def _self_too() -> re.Pattern[str]:
    joiners = alternation(lexicon.by_language("subject_joiners"), r"\s+")
    too = alternation(lexicon.by_language("self_too"), r"\s+")
    return re.compile(rf"\W*(?:(?:{joiners})\s+)?(?:{too})(?![a-z0-9])")


def also_hers(clause_text: object, folded: str) -> bool:
    """The clause is followed in its sentence by her own "me too" (`self_too`: "Les enfants
    ont faim, moi aussi", "The kids are hungry, me too", "y yo también", "ela também"):
    what it states of others is hers as well."""
    sent = getattr(clause_text, "folded_sentence", "") or ""
    at = sent.find(folded) if sent else -1
    return at >= 0 and bool(_self_too().match(sent, at + len(folded)))


def guardian_for_her(fact: str, before: list[str]) -> bool:
    """A subject her guardian ("her legal guardian", "su tutora legal", "sa tutrice", "a
    responsável legal": `guardians`) speaks for her on the facts of `[statements]
    guardian_speaks` (consent to share for a minor): what the guardian gives is hers (stop 41)."""
    if fact not in lexicon.words_of_rules("statements", "guardian_speaks"):
        return False
    return not lexicon.by_language("guardians").isdisjoint(before)
