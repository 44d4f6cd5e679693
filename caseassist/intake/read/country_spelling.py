"""A country or a people written with one letter wrong where an origin goes ("from
Nigeira", "de Guatamala", "Pcte M, 67a, gutemalteco", "maroccaine"). Notes are typed fast;
a word one letter away (missing, extra, changed, two swapped) from the names of exactly
one country is that country. Only words of seven letters or more, never a word that is
itself a country, a people or a language ("Moldova", "Mongolian"), so a short name never
stands for another one."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_MIN_LETTERS = 7


@cache
def _names() -> dict[str, str]:
    """Every one-word country name and demonym of seven letters or more -> its country."""
    found = {**lexicon.country_names(), **lexicon.demonyms()}
    return {k: v for k, v in found.items() if len(k) >= _MIN_LETTERS and k.isalpha()}


@cache
def _one_deleted() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name, code in _names().items():
        for j in range(len(name)):
            index.setdefault(name[:j] + name[j + 1 :], set()).add(code)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _known() -> frozenset[str]:
    return (
        frozenset(lexicon.country_names())
        | frozenset(lexicon.demonyms())
        | frozenset(lexicon.language_names())
    )


def misspelt_country(word: str) -> str | None:
    """The one country `word` is a letter away from, or None (none, or more than one)."""
    if len(word) < _MIN_LETTERS - 1 or not word.isalpha() or word in _known():
        return None
    names, index = _names(), _one_deleted()
    codes: set[str] = set(index.get(word, ()))  # a letter missing: "bulgria"
    for j in range(len(word)):
        shorter = word[:j] + word[j + 1 :]
        if shorter in names:
            codes.add(names[shorter])  # a letter too many: "maroccaine"
        codes.update(index.get(shorter, ()))  # a letter changed: "guatamala"
        if j + 1 < len(word):
            swapped = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            if swapped in names:
                codes.add(names[swapped])  # two letters swapped: "nigeira"
    return codes.pop() if len(codes) == 1 else None


def misspelt_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """The word at `i`, where an origin goes, as a misspelt country (code, one token)."""
    code = misspelt_country(toks[i]) if i < len(toks) else None
    return (code, 1) if code else None
