"""Words for people that the readers of whose statement it is share: the subjects that
stand for her ("she", "the client", "la usuaria"), the nouns that tell a sex, and the words
for children (split from `roles.py`, stop 43)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

SURVIVOR_SUBJECTS = lexicon.Words(
    frozenset(
        [
            "she",
            "he",
            "they",
            "i",
            "survivor",
            "client",
            "victim",
            "caller",
            "ella",
            "elle",
            "il",
            "ils",
            "elles",
            "yo",
            "je",
            "sobreviviente",
            "victima",
            "persona",
            "usuaria",
            "usuario",
            "cliente",
            "personne",
        ]
    ),
    "survivor_subjects",
)


@cache
def gender_noun_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return ws.gender_female | ws.gender_male


@cache
def child_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return (
        (ws.child_singular | ws.child_plural | ws.child_pairs)
        - ws.child_ambiguous
        - {
            "petit",
            "petite",
            "petits",
            "petites",
        }
    )
