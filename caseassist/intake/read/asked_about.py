"""A transcript's question about another person, and the reply that answers it.

"Et votre fils ? / Appelante : Il a 7 ans.", "¿Y su hija? / Usuaria: Tiene 8 años.",
"E o seu marido? / UTENTE: Ele tem 35.": the question names a relative or another
person with a possessive, so the reply's age is that person's, never hers. A question
that also addresses her ("Et vous, quel âge avez-vous ?") is hers.
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _others
from caseassist.intake.read.segment import tokens


@cache
def _owners() -> frozenset[str]:
    """Possessives a question names another person with ("su hija", "votre fils")."""
    return lexicon.word_sets().possessives | lexicon.by_language("second_person_possessives")


def _names_other(question: str) -> bool:
    toks = tokens(question)
    if ":" in toks[:5]:
        toks = toks[toks.index(":") + 1 :]  # the speaker's label is no person of the question
    people = _others(True)  # (built once, not per question)
    return any(
        t in _owners() and k + 1 < len(toks) and toks[k + 1] in people for k, t in enumerate(toks)
    ) and lexicon.by_language("asked_her").isdisjoint(toks)


def replies_about_other(folded_sents: list[str], asks: list[bool]) -> list[bool]:
    """For each sentence, whether it replies to a question about another person (the
    sentence right after such a question, when it is no question itself)."""
    out = [False] * len(folded_sents)
    for k in range(1, len(folded_sents)):
        if asks[k - 1] and not asks[k] and _names_other(folded_sents[k - 1]):
            out[k] = True
    return out
