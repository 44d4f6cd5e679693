"""Stop 32 speed work: needles of several words filed under pieces that hold a word's start
or end ("il ", " la"), so the sift looks for far fewer of them in a note's text. A needle
the text holds must never be left out; each check is against the plain `in` test."""

from __future__ import annotations

import random

import pytest

from caseassist.intake import sift, statement_rules
from tests.intake.reading import folded_clauses

SENTENCES = [
    "She ran out of food and called the police at night; she does not want to be seen.",
    "He wants to go back home but is afraid of the man who kept his papers.",
    "No tiene a dónde ir esta noche y no quiere volver a la casa del patrón.",
    "Le duele el brazo, se le cayó una caja en la calle.",
    "Il la cherche encore; elle est maintenant chez une amie et ne sait pas où dormir.",
    "On le lui a pris, elle s'est enfuie et veut aller à la police demain.",
    "Ela está com fome, não tem onde dormir e o patrão ficou com a identidade dela.",
    "Ele tem medo de morte e quer falar com a assistente social.",
]


def _texts() -> list[str]:
    return folded_clauses(SENTENCES)


def _word_pieces(text: str) -> set[str]:
    """What the sift knows of a text: each word's pieces, its start and its end."""
    out: set[str] = set()
    for w in text.split():
        out |= sift._word_needles(w)[0] | {f" {w[:2]}", f"{w[-2:]} "}
    return out


@pytest.mark.parametrize("seed", range(3))
def test_a_needle_of_several_words_in_the_text_is_always_looked_for(seed: int) -> None:
    """Every needle of several words a text holds has all its filed pieces among the pieces
    the sift takes from the text's words (or is looked for always), in clauses shuffled
    into new word orders too."""
    rnd = random.Random(seed)
    texts = _texts()
    words = " ".join(texts).split()
    texts += [" ".join(rnd.sample(words, rnd.randint(3, 12))) for _ in range(40)]
    _one, several, always, need = sift._gram_index()
    filed = {i for ids in several.values() for i in ids}
    needles = sift._needles()
    found = 0
    for text in texts:
        joined = f"{text}{sift.SEP}{text}"
        pieces = _word_pieces(joined)
        for i, (needle, _mask, _ks) in enumerate(needles):
            if " " in needle and needle in joined:
                found += 1
                assert i in always or (i in filed and need[i] <= pieces), needle
    assert found


def test_every_pattern_that_matches_a_clause_is_still_searched_there() -> None:
    """Patterns opened by a needle of several words ("ran out of", "no tiene a donde")
    stay candidates wherever they match."""
    texts = _texts()
    got = sift.rule_candidates(texts)
    flat = statement_rules.flat_patterns()
    by_needle = dict(statement_rules.anchor_index()[0])
    checked = 0
    for c, text in enumerate(texts):
        opened = {k for n, ks in by_needle.items() if " " in n and n in text for k in ks}
        for k in opened:
            if flat[k][1].search(text):
                checked += 1
                assert k in got.get(c, ()), (text, flat[k][0].fact)
    assert checked
