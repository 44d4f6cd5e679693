"""A gender noun that completes another person with "of / de" ("o filho da senhora", "la
hija de la señora", "the son of the woman", "le fils de la dame"): that noun is the other
person's relative or owner, someone else again, and says nothing of her sex."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_OF = frozenset(["of", "de", "da", "do", "das", "dos", "del", "du", "des"])
_ARTICLES = frozenset(["the", "la", "le", "l'", "el", "a", "o", "this", "that", "esta", "essa"])


@cache
def _people() -> frozenset[str]:
    ws = lexicon.word_sets()
    return ws.other_people | ws.child_singular | ws.child_plural


def completes_another(toks: list[str], i: int) -> bool:
    """Token `i` (a gender noun) follows "of / de" (an article between) after another
    person's word ("filho", "son", "hija", "fils")."""
    j = i - 1
    if j >= 0 and toks[j] in _ARTICLES:
        j -= 1
    return j > 0 and toks[j] in _OF and toks[j - 1] in _people()
