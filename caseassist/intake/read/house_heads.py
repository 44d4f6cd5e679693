"""The woman or man of the house she worked in ("the lady of the house", "la señora de la
casa"): the exploiter in a domestic servitude note, another person than her."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_OF_WORDS = (["de"], ["of"], ["d'"], ["da"], ["do"], ["du"], ["des"])


@cache
def _house_heads() -> tuple[tuple[str, ...], ...]:
    """`house_heads` phrases as word tuples ("de la casa", "of the house")."""
    return tuple(tuple(p.split()) for p in lexicon.by_language("house_heads"))


def head_of_house(toks: list[str], i: int) -> bool:
    """`toks[i]` is the woman or man of the house she worked in: "the lady of the house",
    "la señora de la casa", "la dame de la maison", "a senhora da casa" (never a house named
    further: "la señora de la casa de acogida")."""
    for phrase in _house_heads():
        end = i + 1 + len(phrase)
        if tuple(toks[i + 1 : end]) == phrase and toks[end : end + 1] not in _OF_WORDS:
            return True
    return False
