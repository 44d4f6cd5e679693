"""A knowing she wishes for, wishes away or fears is no statement that anyone knows.

"No quiero que el patrón sepa dónde estoy", "I don't want the boss to know where I am",
"je ne veux pas que le patron sache où je suis": the knowing is in a clause her wish
governs (a `wish_cues` word, then "que / that" or "... to" and the knower), so it says
nothing of what he knows now. A fear governs it the same way ("she is afraid the boss
knows where she lives", "teme que el patrón sepa", "elle craint que le réseau sache", "tem
medo que o patrão saiba": `fear_cues`): she does not know that he knows, so its value is
only offered, as a belief's is. A fear set apart by a comma or a reason ("scared, he knows
where she lives"; "afraid because he knows") is no such clause: the knowing is told.
Kept apart so the statement rules only ask one question."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words

WISHED = "wished"
FEARED = "feared"
_KNOWER_WORDS = 4  # words the knower may take between the fear and the knowing


def wished_knowing(before: list[str]) -> str:
    """WISHED when the words before a "knows where she is" match end in a wish and its
    object clause (a wish word, then "que / that" and at most four words, or "... to"),
    FEARED when they end in a fear and its object clause, else ""."""
    text = " ".join(before)
    if _governed(text, "wish_cues", wish=True):
        return WISHED
    return FEARED if _governed(text, "fear_cues", wish=False) else ""


def _governed(text: str, key: str, *, wish: bool) -> bool:
    last = None
    for m in lexicon.phrase_regex(key).finditer(text):
        last = m
    if last is None:
        return False
    after = text[last.end() :].split()
    if wish:
        neg = lexicon.word_sets().negators
        while after and after[0] in neg:  # "je ne veux pas que le patron sache"
            after = after[1:]
        if not after or len(after) > 5:
            return False
        return after[0] in function_words().that_words or after[-1] == "to"
    that = bool(after) and after[0] in _fear_links()
    while after and after[0] in _fear_links():  # "miedo de que", "afraid that"
        after = after[1:]
    if not after or len(after) > _KNOWER_WORDS or not _PUNCT.isdisjoint(after):
        return False
    return that or after[0] in _knower_leads()  # "afraid the boss knows", not "afraid because"


_PUNCT = frozenset([",", ";", ":", "(", ")", "-", "/"])


@cache
def _fear_links() -> frozenset[str]:
    return function_words().that_words | lexicon.by_language("fear_links")


@cache
def _knower_leads() -> frozenset[str]:
    """Words a knower may open with right after a fear with no "that": an article, a
    pronoun or a possessive ("afraid the boss knows", "scared they know")."""
    fw = function_words()
    return (
        fw.definite_articles
        | fw.indefinite_articles
        | fw.subject_pronouns
        | fw.they_words
        | lexicon.word_sets().possessives
    )
