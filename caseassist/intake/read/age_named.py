"""A person a note names by an age alone: "the 7-year-old", "la de 7 años", "le petit de 7
ans", "a de 7 anos", "la niña de 2 años" (`age_named_child_heads`, under 12 years). Such a phrase names someone the note sets beside her (a child, a
companion), never the survivor the note is about, so what it states is theirs for every
fact ("The 7-year-old has a peanut allergy (not her)"). Read by `roles._other_subject`.

The phrase is an article (`age_named_articles`: definite only, "a 17-year-old from Nigeria"
describes her), a number and its unit (`age_named_units`), then a word closing it
(`age_named_ends`: "old"), or the article, maybe a word (`age_named_heads`: "le petit"), a
"de" (`age_named_of`), the number and the unit. To extend: a word in one of these lists."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int

_CHILD_AGE = 12
"""A girl or a boy named with an age under this is a child (a note may call a survivor of
15 "la niña de 15 años")."""


def _count(word: str) -> bool:
    return word.isdigit() or to_int(word) is not None


@cache
def _words(key: str) -> frozenset[str]:
    return lexicon.by_language(key)


def named_by_age(toks: list[str], i: int) -> bool:
    """`toks[i]` ends a phrase naming a person by an age alone."""
    ends, units = _words("age_named_ends"), _words("age_named_units")
    w = toks[i]
    if i < 3 or not (w in ends or w in units):
        return False  # (the cheap test first: this runs on every word of a backward walk)
    articles = _words("age_named_articles")
    if w in ends:  # the 7 year old
        return (
            toks[i - 1] in units
            and _count(toks[i - 2])
            and toks[i - 3] in articles
            and toks[i - 3] not in function_words().indefinite_articles  # "a 17-year-old"
        )
    if not (_count(toks[i - 1]) and toks[i - 2] in _words("age_named_of")):
        return False
    if toks[i - 3] in _words("age_named_heads"):  # le petit de 7 ans
        return i >= 4 and toks[i - 4] in articles
    if toks[i - 3] in _words("age_named_child_heads"):  # la niña de 2 años, a menina de 2 anos
        age = to_int(toks[i - 1]) if not toks[i - 1].isdigit() else int(toks[i - 1])
        young = toks[i] not in _words("age_named_years") or (age is not None and age < _CHILD_AGE)
        return young and i >= 4 and toks[i - 4] in articles
    return toks[i - 3] in articles
