"""Words without which a sentence of a note cannot state a gender, language, origin or
child: each reader of `note.py` is asked only where one of its words stands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.country_words import country_ends, multiword_country_ends
from caseassist.intake.read.gender_titles import _TITLES
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS, tokens


@dataclass(frozen=True)
class _Prefilter:
    gender: frozenset[str]
    languages: frozenset[str]
    language_firsts: frozenset[str]
    countries: frozenset[str]
    country_ends: dict[str, frozenset[str]]
    children: frozenset[str]


@cache
def _prefilter() -> _Prefilter:
    """Words without which a sentence cannot state a gender, language, origin or child."""
    ws = lexicon.word_sets()

    def firsts(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.split()[0] for w in words if w.strip())

    return _Prefilter(
        gender=firsts(ws.gender_female | ws.gender_male | ws.gender_nonbinary)
        | ws.pronoun_female
        | ws.pronoun_male
        | frozenset(_TITLES),
        languages=frozenset(lexicon.speaker_words())
        | _LANGUAGE_ROLE_WORDS
        | {"traductor", "traducteur"},
        # (by its first token too: "k'iche'" is read as "k'" "iche'")
        language_firsts=firsts(lexicon.language_names())
        | frozenset(tokens(n)[0] for n in lexicon.language_names() if "'" in n),
        countries=firsts(lexicon.demonyms())
        | frozenset(n for n in lexicon.country_names() if " " not in n and len(n) > 3)
        | frozenset(a for a in lexicon.words().get("country_aliases", {}) if " " not in a)
        | multiword_country_ends(),
        country_ends=country_ends(),
        children=ws.child_singular | ws.child_plural | ws.child_pairs,
    )
