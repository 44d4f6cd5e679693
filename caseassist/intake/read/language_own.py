"""Her own language said of a language just before it: "Spanish is her first language",
"el quechua es su lengua materna", "o crioulo é a língua dela", "English is her second
language" (split out of `language_words.py`, stop 39)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_wordsets import _LANGUAGE_WORDS, _MAJOR

_MAIN_ADJECTIVES = frozenset(
    {"first", "main", "native", "mother", "home", "own", "preferred", "primary", "usual",
     "principal", "primera", "primer", "premiere", "propia", "propre", "propria", "habitual"}
)  # fmt: skip
_ONLY_ADJECTIVES = lexicon.Words({"only"}, "language_only_adjectives")
"""An article, one of these and a language noun ("the only language", "la única lengua",
"la seule langue", "a única língua"): the language before it is her main one."""
_LANGUAGE_NOUNS = _LANGUAGE_WORDS | {"tongue"}
_AND_WORDS = frozenset({"and", "y", "et", "e"})
_MAIN_AFTER = _MAIN_ADJECTIVES | {"materna", "materno", "maternelle", "nativa", "nativo", "natal"}
"""Main-language adjectives written after the noun, before a possessive ("língua materna
dela")."""


@cache
def _marks() -> frozenset[str]:
    fw = function_words()
    return _MAJOR.all() | _MAIN_ADJECTIVES | fw.possessives_after | fw.second_words


def _own_language(own: list[str]) -> str | None:
    """The weight of "her (first / main / second) language" said of a language just
    before it: "Spanish is her first language", "el quechua es su lengua materna", "o
    tétum é a sua língua materna", "o crioulo é a língua dela" (major), "English is her
    second language" (also). None when the words are not a possessive language noun."""
    k = 1 if own[:1] and own[0] in function_words().definite_articles else 0
    owned = bool(own[k : k + 1]) and own[k] in function_words().third_possessives
    k += owned
    if k and not owned and own[k : k + 1] and own[k] in _ONLY_ADJECTIVES:
        owned, k = True, k + 1  # "Tigrinya is the only language she speaks well"
    weight = lw.MAJOR
    if own[k : k + 1] and own[k] in function_words().second_words:
        weight, k = lw.SECOND, k + 1
    else:  # "her first and only language", "su primera y única lengua"
        while own[k : k + 1] and (
            own[k] in _MAIN_ADJECTIVES
            or own[k] in _ONLY_ADJECTIVES
            or (own[k] in _AND_WORDS and k + 1 < len(own) and own[k + 1] in _ONLY_ADJECTIVES)
        ):
            k += 1
    if not (own[k : k + 1] and own[k] in _LANGUAGE_NOUNS):
        return None
    q = k + 1
    while own[q : q + 1] and own[q] in _MAIN_AFTER:
        q += 1  # "o português é a língua materna dela"
    nxt = own[q : q + 1]
    if nxt and nxt[0] in function_words().second_words:
        weight = lw.SECOND  # "su lengua segunda"
    if not owned and not (nxt and nxt[0] in function_words().possessives_after):
        return None
    return weight
