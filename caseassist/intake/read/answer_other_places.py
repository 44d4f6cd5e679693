"""In an answer, in her own voice, "they know where she lives" is someone else's place.

A note speaks of her in the third person, so "saben dónde vive" there is where she
lives; an answer speaks in the first person ("saben dónde vivo"), so the same words there
are where another lives: "Tengo miedo por mi mamá, ellos saben dónde vive" was read as the
exploiters knowing where she is, a wrong value on a critical fact. The third-person forms
are each language's `others_being`, her own `her_own_being`; a third-person possessive with
a whereabouts noun ("ils connaissent son adresse", "sabem a morada dela") is another's
too (`others_possessives` before it, `others_postposed` after it)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.trie import alternation

KNOWS = "safety.trafficker_knows_location"


@cache
def _where(key: str) -> re.Pattern[str]:
    """A "where" word, then a phrase of `key` ("donde vive", "où j'habite")."""
    where = alternation(lexicon.by_language("where_words"), r"\W+")
    being = alternation(lexicon.by_language(key), r"\W+")
    return re.compile(rf"\b{where}\W+{being}\b") if where and being else re.compile("(?!)")


def drop_others_place(folded: str, values: dict[str, object]) -> None:
    """Drop a knowing value an answer gave only of another's place ("ellos saben dónde
    vive" of her mother); kept when she names a place of her own too ("dónde estoy")."""
    if KNOWS not in values:
        return
    if not (_where("others_being").search(folded) or _others_address().search(folded)):
        return
    if not _where("her_own_being").search(folded):
        del values[KNOWS]


@cache
def _others_address() -> re.Pattern[str]:
    """A whereabouts noun with a third-person possessive ("son adresse", "a morada dela")."""
    nouns = alternation(lexicon.by_language("whereabouts"), r"\W+")
    before = alternation(lexicon.by_language("others_possessives"), r"\W+")
    after = alternation(lexicon.by_language("others_postposed"), r"\W+")
    forms = [rf"{before}\W+{nouns}" if before else "", rf"{nouns}\W+{after}" if after else ""]
    either = "|".join(f for f in forms if f)
    return re.compile(rf"\b(?:{either})\b") if nouns and either else re.compile("(?!)")
