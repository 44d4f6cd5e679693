"""The name of the person a caller calls for: "calling for his friend Bikash", "Ligo por um
amigo, o Bikash", "J'appelle pour ma collègue Awa", "llamo por mi vecina Rosa".

A calling verb (`caller_verbs`, said by the caller or of him), "for / about / on behalf
of" (`calling_about`), a possessive or an article at most, a word for a relative, friend
or colleague (`calling_for`), a comma and an article at most, then a capitalised word:
the note is about that person, whoever calls. The caller's own name and age are set
aside by `apposed_callers.py`; this gives the name of the one called for.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.accent_patterns import accent_alternation
from caseassist.intake.read.name_titled import clause_before
from caseassist.intake.text import strip_accents

_SP = r"[^\S\n]+"


def _alts(words: frozenset[str] | set[str]) -> str:
    return accent_alternation(words, _SP)


@cache
def _called_for() -> re.Pattern[str]:
    fw = function_words()
    dets = fw.definite_articles | fw.indefinite_articles | fw.third_possessives
    dets = {d for d in dets | lexicon.by_language("first_person_possessives") if "'" not in d}
    arts = {a for a in fw.definite_articles | fw.indefinite_articles if "'" not in a}
    return re.compile(
        rf"(?<!\w)(?i:{_alts(lexicon.by_language('caller_verbs'))}){_SP}"
        rf"(?i:{_alts(lexicon.by_language('calling_about'))}){_SP}"
        rf"(?:(?i:{_alts(dets)}){_SP})?(?i:{_alts(lexicon.by_language('calling_for'))})"
        rf",?{_SP}(?:(?i:{_alts(arts)}){_SP})?"
        r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019-]+)\b(?![^\S\n]*:)"
    )


def called_for_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each person a caller calls for by name. The regex is tried only
    where a calling verb stands (each verb looked for once in the lowered, accentless text)."""
    low = strip_accents(text.lower())
    if len(low) != len(text):
        low = text.lower()
    starts = sorted({at for v in _verbs() for at in _finds(low, v)})
    found = []
    for at in starts:
        m = _called_for().match(text, at)
        if m and _her_subjects().isdisjoint(clause_before(text, m.start())[-4:]):
            found.append((m.group("name"), m.start("name")))
    return found


@cache
def _verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.by_language("caller_verbs")))


def _finds(low: str, word: str) -> list[int]:
    out, at = [], low.find(word)
    while at >= 0:
        out.append(at)
        at = low.find(word, at + 1)
    return out


@cache
def _her_subjects() -> frozenset[str]:
    """A third person or a word for her as the caller (`third_singulars`, `name_roles`,
    `survivor_subjects`): "she called about her friend Joy" may be the survivor calling,
    so the friend named is not plainly the one the note is about."""
    keys = ("third_singulars", "name_roles", "survivor_subjects")
    return frozenset(w for k in keys for w in lexicon.by_language(k))
