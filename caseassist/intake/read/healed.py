"""An injury said to be healed ("old burn scar, healed", "ancienne, cicatrisée", "ya
cicatrizada", "já sarou"): nothing to describe now.

The blind labels record an injury that is there now, treated or not ("lac L forearm,
sutured"), and leave out one that has healed: staff would ask about a wound that is no
longer there. The words are each folder's `healed_words`."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon


def healed(sentence_folded: str) -> bool:
    """Whether the sentence says the injury in it has healed (a scar, "healed"), not with
    a negation just before the word (`healed_negations`: "has not healed", "aún no ha
    soldado", "pas encore consolidée", "ainda não consolidou")."""
    for m in lexicon.phrase_regex("healed_words").finditer(sentence_folded):
        if _negations().isdisjoint(sentence_folded[: m.start()].split()[-1:]):
            return True
    return False


@cache
def _negations() -> frozenset[str]:
    return lexicon.by_language("healed_negations")


def feared(clause_folded: str) -> bool:
    """Whether the clause holds the injury only as feared or threatened ("afraid of being
    hurt again", "peur d'être blessée", `injury_fears`): no injury she has. The clause, not
    the sentence: "he threatened to kill her, she has bruises" keeps the bruises."""
    return lexicon.phrase_regex("injury_fears").search(clause_folded) is not None
