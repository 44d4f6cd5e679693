"""An injury said to be healed ("old burn scar, healed", "ancienne, cicatrisée", "ya
cicatrizada", "já sarou"): nothing to describe now.

The blind labels record an injury that is there now, treated or not ("lac L forearm,
sutured"), and leave out one that has healed: staff would ask about a wound that is no
longer there. The words are each folder's `healed_words`."""

from __future__ import annotations

from caseassist.intake import lexicon


def healed(sentence_folded: str) -> bool:
    """Whether the sentence says the injury in it has healed (a scar, "healed")."""
    return lexicon.phrase_regex("healed_words").search(sentence_folded) is not None
