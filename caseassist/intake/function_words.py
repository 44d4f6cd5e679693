"""The small words of each note language that the readers use to tell who and what a
clause is about: articles, "and" and "but", subject pronouns, relatives, possessives.

They are data (top-level lists in each `lexicon/<lang>/words.toml`), so that adding a
language is a data folder: each reader asks for the set it needs, every language at once
(a note's language is not known beforehand), folded as tokens are."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache, cached_property

from caseassist.intake import lexicon


@dataclass(frozen=True)
class FunctionWords:
    definite_articles: frozenset[str]  # "the", "el", "le", "l'", "o"
    indefinite_articles: frozenset[str]  # "a", "un", "une", "um"
    and_words: frozenset[str]
    but_words: frozenset[str]
    in_words: frozenset[str]  # "in", "en", "dans", "em", "no", "na"
    she_words: frozenset[str]  # subject pronouns: "she", "ella", "elle", "ela"
    he_words: frozenset[str]
    they_words: frozenset[str]
    writer_words: frozenset[str]  # the writer's own "I" and "we"
    relatives: frozenset[str]  # "who", "which", "que", "qui"
    person_relatives: frozenset[str]  # those that stand for a person: "who", "quien", "quem"
    third_possessives: frozenset[str]  # "her", "his", "su", "sa", "sua"
    comparatives: frozenset[str]  # "better", "mejor", "mieux", "melhor"
    more_words: frozenset[str]  # "more", "most", "plus" (not "mas"/"mais": also "but")
    that_words: frozenset[str]  # the conjunction: "that", "que", "qu'"
    object_clitics: frozenset[str]  # "lo", "la", "le", "l'", "o", "a"
    second_words: frozenset[str]  # "second", "2nd", "segunda", "deuxième"
    possessives_after: frozenset[str]  # a possessive after its noun: "dela", "dele"

    @cached_property
    def she_or_he(self) -> frozenset[str]:
        return self.she_words | self.he_words

    @cached_property
    def subject_pronouns(self) -> frozenset[str]:
        return self.she_words | self.he_words | self.they_words


@cache
def function_words() -> FunctionWords:
    """Every language's function words, by kind."""
    return FunctionWords(**{f.name: lexicon.by_language(f.name) for f in fields(FunctionWords)})
