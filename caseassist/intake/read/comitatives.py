"""Whom she was with: a person named after "with" that follows a verb of being, going,
living or working ("Estaba con Thiago, brasileño, 25 años", "Viajaba con un joven,
Elmer, 19, hondureño", "She travelled with Kofi, 30, Ghanaian", "Elle était avec
Moussa, malien, 30 ans", "Veio com um rapaz, Elmer, 19"). What the groups set off after
that person say (a name, an age, an origin, a sex) is theirs, not hers. The writer's own
"with" ("hablamos con Rosa, 25 años": `comitative_verbs` holds no first person plural;
"I was with Rosa": a first person subject) introduces her."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_WINDOW = 12
"""How many words before a value the "with" may stand (a noun and two set-off groups)."""

_ENDS = frozenset([".", ";", ":", "!", "?", "(", ")"])
_HER = frozenset(["she", "he", "ella", "el", "elle", "il", "ela", "ele"])


@cache
def _withs() -> frozenset[str]:
    return lexicon.by_language("comitative_withs")


def with_another(before: list[str]) -> bool:
    """The value right after `before` (its sentence's folded words) is said in the groups
    after "with" a person, the "with" following one of `comitative_verbs` ("estaba con",
    "came with", "est venue avec", "veio junto com") whose subject is no first person."""
    window = before[-_WINDOW:]
    if _withs().isdisjoint(window):
        return False  # most sentences: one set test
    for k in range(len(window) - 1, 0, -1):
        w = window[k]
        if w in _ENDS:
            return False
        if w not in _withs():
            continue
        j = k - 1 - (window[k - 1] in lexicon.by_language("comitative_together"))
        if j < 0 or window[j] not in lexicon.by_language("comitative_verbs"):
            return False
        if j and window[j - 1] in lexicon.by_language("comitative_writers"):
            return False  # "I was with Rosa, 25", "on est avec Florentina": the writer with her
        rest = window[k + 1 :]
        pronouns = lexicon.by_language("comitative_pronouns")
        if rest[:1] and (rest[0] in pronouns or " ".join(rest[:2]) in pronouns):
            return False  # "Está con nosotros un hombre de 58 años": him, the subject
        # a person set off after the "with" ("con Thiago, 25"), not "chegou com uma senhora
        # de 40 anos" (whom a note may mean by the lady: her, as the age readers take it)
        return "," in rest and any(t.isalpha() for t in rest) and _HER.isdisjoint(rest)
    return False
