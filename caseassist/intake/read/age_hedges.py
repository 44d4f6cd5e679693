"""How far a hedge reaches over an age. A hedge ("maybe", "creo", "pas sûr", "não
decidiu") makes an age in its sentence unclear; but a dictated note with no full stops
is one "sentence" of a hundred words, where "ainda não decidiu se quer falar com a
polícia" says nothing of "um senhor de 58 anos" fifty words before. In such a long
sentence only a hedge near the number counts."""

from __future__ import annotations

import re
from collections.abc import Callable

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

_LONG = 240  # characters: longer than any punctuated sentence of the corpora's notes
_BEFORE, _AFTER = 80, 60  # characters around the number a hedge of it stands in


def hedge_reach(sentence: str) -> bool | Callable[[int, int], bool]:
    """False: no hedge in the (folded) `sentence`; True: a hedge covers all of it; in a
    long sentence, a test of whether a hedge stands near the number at (start, end)."""
    if not _has_hedge(sentence):
        return False
    if len(sentence) < _LONG:
        return True

    def near(start: int, end: int) -> bool:
        return _has_hedge(sentence[max(0, start - _BEFORE) : end + _AFTER])

    return near


def beyond_hedges(sentence: str) -> str:
    """A long (folded) `sentence` with the words near each hedge cut out (a full stop in
    their place), so a reader that gives up on a hedged sentence reads the rest of a
    dictated run; a short sentence as it is."""
    if len(sentence) < _LONG or not _has_hedge(sentence):
        return sentence
    spans: list[list[int]] = []
    for m in lexicon.hedge_regex().finditer(sentence):
        start, end = max(0, m.start() - _BEFORE), m.end() + _AFTER
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    kept, at = [], 0
    for start, end in spans:
        kept.append(sentence[at:start])
        at = end
    return " . ".join([*kept, sentence[at:]])


_ASIDE = re.compile(r"\([^()]*\)")


def without_hedged_asides(sentence: str) -> str:
    """The sentence without a bracketed aside whose doubt is about something else ("from
    India (not sure of her exact birth year)"): the hedge's scope ends at the bracket. An
    aside naming a country or a people ("(maybe Honduras)") is kept, hedge and all."""
    if "(" not in sentence:
        return sentence
    places = lexicon.demonyms().keys() | lexicon.country_names().keys()

    def cut(m: re.Match[str]) -> str:
        aside = m.group()
        toks = tokens(aside)
        grams = {" ".join(toks[k : k + n]) for n in (1, 2, 3) for k in range(len(toks))}
        if not _has_hedge(aside) or not places.isdisjoint(grams):
            return aside
        return " " * len(aside)

    return _ASIDE.sub(cut, sentence)
