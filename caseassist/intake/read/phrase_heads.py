"""The head of the noun phrase an age or a description hangs on, past what only modifies it.

Another person's age leaked to the survivor when the words right before it were not the
head of its phrase: a relative clause ("la vecina que la trajo, una señora de unos 60
años"; "the volunteer who will take her (she is 71"), a complement in "of" ("la hija
pequeña de esa señora tiene 9 años": the daughter, not the lady) or a possessive's noun
("mon grand de 14 ans", "mi mayor de 15": what she owns, not her). The words are the
lexicon's: `relatives` (function words), `possessives` and `complement_of`.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words

_BREAKS = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "-", "\u2013", "\u2014"])
_RELATIVE_REACH = 8  # words a relative clause may run before the comma or the bracket
_OF_DETERMINERS = 2  # words between "of" and its noun ("de esa", "of the", "de la")


def before_relative(toks: list[str], end: int) -> int:
    """Where a relative clause opens in the phrase ending at `end` ("la vecina | que la
    trajo"), or `end` when none does; the words before it are the phrase's head."""
    rel = function_words().relatives
    for k in range(end - 1, max(0, end - _RELATIVE_REACH) - 1, -1):
        if toks[k] in _BREAKS:
            return end
        if toks[k] in rel and k > 0 and toks[k - 1] not in _BREAKS:
            return k
    return end


@cache
def _complement_of() -> frozenset[str]:
    return lexicon.by_language("complement_of")


def of_complement(toks: list[str], i: int) -> bool:
    """`toks[i]` is the noun of an "of" complement ("la hija pequeña de esa señora", "the
    son of the woman"): it names whom the head belongs to, not the subject."""
    of = _complement_of()
    for k in range(i - 1, max(0, i - 1 - _OF_DETERMINERS), -1):
        if toks[k] in of:
            return k > 0 and toks[k - 1] not in _BREAKS
        if toks[k] in _BREAKS:
            return False
    return False


_AGE_LINKS = frozenset(["de", "d'", "of", "aged"])
_AGE_WORDS = frozenset(["age", "edad", "idade", "ans", "anos", "years"])


def owned_noun_age(lead: list[str]) -> bool:
    """The age ends a phrase a possessive opens ("mon grand de", "mi mayor de", "my
    eldest, aged", "o meu mais velho de"): the age of what the possessive owns, never hers
    ("su edad de" excepted)."""
    if not lead or lead[-1] not in _AGE_LINKS:
        return False
    poss = lexicon.word_sets().possessives
    head = [t for t in lead[-5:-1] if t != ","]
    for k in range(len(head) - 2, -1, -1):
        if head[k] in _BREAKS:
            return False
        if head[k] in poss:  # "my client, aged 34", "ma patiente de 30 ans": her
            return _AGE_WORDS.isdisjoint(head[k + 1 :]) and _her_words().isdisjoint(head[k + 1 :])
    return False


@cache
def _her_words() -> frozenset[str]:
    """Words the writer uses for her ("client", "usuaria", "patiente", "mujer")."""
    ws = lexicon.word_sets()
    keys = ("person_nouns", "survivor_subjects", "name_roles")
    return ws.gender_female | ws.gender_male | frozenset().union(*map(lexicon.by_language, keys))
