"""Who came with her: a form line labelled for them ("Acompañante: hombre de 39 años")
and a clause naming them ("la fidèle qui l'accompagne (Mme D., 58 ans)"). What such a
line or the bracket or apposition after such a clause says (an age, a sex, a title) is
theirs, not hers; the readers of ages, gender and origin ask here."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.child_labels import companion_label

_CLAUSE_WIDTH = 6
_BREAKS = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "-", "/", "\u2013", "\u2014"])


def _clause(toks: list[str]) -> list[str]:
    """The last words of `toks` back to a break (none when `toks` end on one)."""
    out: list[str] = []
    for t in reversed(toks):
        if t in _BREAKS or len(out) == _CLAUSE_WIDTH:
            break
        out.insert(0, t)
    return out


def companion_line(toks: list[str]) -> bool:
    """The line's label names who came with her (`companion_labels`: "Acompañante: hombre
    de 39 años", "Companion: M, 40", "Accompagnatrice : sa tante"): all it says is theirs."""
    return ":" in toks[:5] and companion_label(toks[: toks.index(":")])


def companion_clause(head: list[str]) -> bool:
    """Words that end on a clause naming who came with her: a `companion_verbs` word with
    her as its object beside it (`companion_objects`: "who accompanies her", "qui
    l'accompagne", "que la acompaña", "que a acompanhou") or a `companion_withs` phrase
    ("who came with her", "venue avec elle", "que vino con ella", "que veio com ela")."""
    words = _clause(head)
    bring = lexicon.by_language("companion_bring_verbs")
    if any(_her_object(words, k, bring) for k in range(len(words))):
        return True  # "qui l'a accompagnée", "who escorted her", "que la acompaña"
    tail = " ".join(words)
    return any(tail.endswith(p) for p in lexicon.by_language("companion_withs"))


def companion_before(before: list[str]) -> bool:
    """The words before a title end on a clause naming who came with her, a comma or
    bracket and an article between ("la bénévole qui l'accompagne, Mme D.", "el señor que
    vino con ella, el Sr. D.", "who came with her (Mrs D."): the titled one came with her."""
    k = len(before) - 1
    if k >= 0 and before[k] in function_words().definite_articles:
        k -= 1
    if k < 0 or before[k] not in (",", "("):
        return False
    return companion_clause(before[:k])


_HER_PRONOUNS = frozenset(["she", "he", "ella", "el", "elle", "il", "ela", "ele"])


def companion_said(before: list[str]) -> bool:
    """The sentence before a value names who came with her as its subject, with no "she"
    after it ("El voluntario que le acompaña habla rumano y tiene 30 años", "Le compatriote
    qui l'accompagnait, 34 ans", "the man who accompanied her is 34"): the companion's."""
    if lexicon.by_language("companion_verbs").isdisjoint(before):
        return False
    for k in range(len(before)):
        if _her_object(before, k, frozenset()):
            return _HER_PRONOUNS.isdisjoint(before[k + 1 :])
    return False


def _her_object(words: list[str], k: int, more: frozenset[str]) -> bool:
    """`words[k]` is a `companion_verbs` word (or one of `more`) whose object is her: a
    clitic right before it, perhaps with an auxiliary between ("que la acompaña", "qui
    l'a accompagnée", `companion_auxiliaries`), or an English object after it
    (`verb_objects`: "accompanied her"); "acompanhou a Ana" is no clitic."""
    w = words[k]
    if w not in lexicon.by_language("companion_verbs") and w not in more:
        return False
    objects = lexicon.by_language("companion_objects")
    if k and words[k - 1] in objects:
        return True
    aux = lexicon.by_language("companion_auxiliaries")
    if k > 1 and words[k - 1] in aux and words[k - 2] in objects:
        return True
    return words[k + 1 : k + 2] != [] and words[k + 1] in lexicon.by_language("verb_objects")
