"""A language name written with one letter wrong, where a language is expected: right
after a language verb ("she only speaks portugese", "habla portugés", "parle anglai").
Notes are typed fast on phones; a name one letter away from exactly one language (a
letter missing, one too many, one changed, two swapped) is that language. Only names of
seven letters or more, so short words ("Thai", "Dari", "Igbo") never stand for another
one, and never a country or a demonym ("Moldova", "filipina")."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.demonyms import demonyms

_MIN_LETTERS = 7


@cache
def _one_deleted() -> dict[str, frozenset[str]]:
    """Every long one-word language name with one letter deleted -> the codes it may be."""
    index: dict[str, set[str]] = {}
    for name, code in lexicon.language_names().items():
        if len(name) >= _MIN_LETTERS and name.isalpha():
            for j in range(len(name)):
                index.setdefault(name[:j] + name[j + 1 :], set()).add(code)
    return {k: frozenset(v) for k, v in index.items()}


def misspelt_language(word: str) -> str | None:
    """The one language `word` is a letter away from, or None (none, or more than one)."""
    if len(word) < _MIN_LETTERS - 1 or not word.isalpha() or word in lexicon.language_names():
        return None
    names, index = lexicon.language_names(), _one_deleted()
    codes: set[str] = set(index.get(word, ()))  # a letter missing: "portugese"
    for j in range(len(word)):
        shorter = word[:j] + word[j + 1 :]
        if len(shorter) >= _MIN_LETTERS and shorter in names:
            codes.add(names[shorter])  # a letter too many: "englissh"
        codes.update(index.get(shorter, ()))  # a letter changed: "portuguise"
        if j + 1 < len(word):
            swapped = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            if swapped in names and len(swapped) >= _MIN_LETTERS:
                codes.add(names[swapped])  # two letters swapped: "portugeuse"
    codes = {c.split("-")[0] for c in codes}
    return codes.pop() if len(codes) == 1 else None


def misspelt_at(word: str) -> tuple[str, int] | None:
    """`word`, the first after a language verb, as a misspelt language (code, one token)."""
    if len(word) < _MIN_LETTERS - 1 or word in _not_languages():
        return None
    code = misspelt_language(word)
    return (code, 1) if code else None


@cache
def _not_languages() -> frozenset[str]:
    return frozenset(lexicon.country_names()) | frozenset(demonyms())
