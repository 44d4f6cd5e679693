"""A person set off by a name (and an age) who calls for someone else: "Caller: Sunil
(30, Nepali), co-worker, calling for his friend Bikash", "Rosa, 41, llama por su vecina",
"Karim, 30 ans, appelle pour une collègue", "Dalva, 52 anos, ligou pela sobrinha". The
name and the age are the caller's, not those of the person the note is about.

A comma part after the name opens (past at most two words: "who is", "co-worker") with a
calling verb (`caller_verbs`), then "for / on behalf of" (`calling_about`), a determiner
at most, and a word for a relative, friend or colleague or a person (`calling_for`,
`calling_for_someone`). "Calling for help" names nobody, so it stays hers.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words

_VERB_AT = 3  # the calling verb within the part's first words ("co worker calling")


@cache
def _words() -> tuple[frozenset[str], ...]:
    fw = function_words()
    return (
        lexicon.by_language("caller_verbs"),
        lexicon.by_language("calling_about"),
        fw.definite_articles | fw.indefinite_articles | fw.third_possessives,
        lexicon.by_language("calling_for") | lexicon.by_language("calling_for_someone"),
    )


def calls_for_another(words: list[str]) -> bool:
    """The folded words of one comma part say its person calls for someone else
    ("co worker calling for his friend bikash" -> True; "calling for help" -> False)."""
    verbs, about, determiners, persons = _words()
    for k, w in enumerate(words[:_VERB_AT]):
        if w not in verbs and " ".join(words[k : k + 2]) not in verbs:
            continue
        rest = words[k + (2 if " ".join(words[k : k + 2]) in verbs else 1) :]
        for n in (3, 2, 1):
            if " ".join(rest[:n]) not in about:
                continue
            tail = rest[n:]
            if tail[:1] and tail[0] in determiners:
                tail = tail[1:]
            return bool(tail) and tail[0] in persons
    return False
