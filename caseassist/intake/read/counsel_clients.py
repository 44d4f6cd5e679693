"""Whose wish "my client" states when the writer acts for someone else of hers. A lawyer
who writes as counsel of her brother ("Soy Andrés Vidal, abogado del hermano de la
usuaria", "I am the lawyer of her brother", "avocat du frère de la victime", "advogada do
irmão dela") calls the brother "mi cliente": "Mi cliente quiere denunciar" is his wish,
never hers. Written as her own lawyer ("I represent Folake", "ma cliente, Mlle Aminata"),
"my client" stays her. Read only when a rule with roles has matched after "my client"."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.text import fold


def client_of_other(clause_text: object, before: list[str]) -> bool:
    """The clause's subject is the writer's client (`my_client_words`: "my client", "mi
    cliente", "mon client", "meu cliente") and the note names the writer as counsel of
    another person (`writer_counsel_nouns`, "of", then an `other_people` word)."""
    if (
        not before
        or before[-1] not in _client_ends()
        or not isinstance(clause_text, OriginalClause)
    ):
        return False
    if not any(" ".join(before[-len(p) :]) == " ".join(p) for p in _clients()):
        return False
    return _counsel_of_other(clause_text.originals.text)


@cache
def _clients() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in lexicon.by_language("my_client_words"))


@cache
def _client_ends() -> frozenset[str]:
    return frozenset(p[-1] for p in _clients())


@cache
def _counsel() -> re.Pattern[str]:
    """Counsel, "of", at most an article or a possessive, then another person."""
    counsel = lexicon.phrase_regex("writer_counsel_nouns").pattern
    links = lexicon.phrase_regex("writer_counsel_links").pattern
    others = lexicon.word_sets().other_people - lexicon.by_language("person_titles")
    kin = "|".join(sorted((re.escape(w) for w in others), key=len, reverse=True))
    return re.compile(rf"{counsel}\s+{links}\s+(?:\S+\s+)?(?:{kin})\b")


@lru_cache(maxsize=4)
def _counsel_of_other(text: str) -> bool:
    return _counsel().search(fold(text)) is not None
