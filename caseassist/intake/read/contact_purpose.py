"""A statement inside a purpose: the way to reach her, or a goal, never how things are.

"Pour la joindre sans risque : passer par moi", "Para contactarla sin riesgo, llamar a
la parroquia", "To reach her safely, call me": the clause opens on a purpose of reaching
her (`contact_purposes`), and the "safe" or "without risk" after it says how to call,
never that she is out of danger (the facts of `[statements] not_in_contact`).

"We moved her so that the trafficker would not know where she is", "para que el tratante
no sepa dónde vive", "pour qu'il ne sache pas où elle est", "garantir que o patrão nunca
saiba": a goal (`purpose_leads`, at most `_PURPOSE_REACH` words before the match) says what
someone works for, not what he knows or whether she is safe (`[statements] not_as_purpose`)."""

from __future__ import annotations

from caseassist.intake import lexicon

_PURPOSE_REACH = 7  # words a purpose lead may stand before the statement it governs


def contact_purpose(fact: str, before: list[str]) -> bool:
    """The words before a match of `fact` hold a purpose that governs it."""
    reach = lexicon.phrase_regex("contact_purposes")
    if fact in lexicon.words_of_rules("statements", "not_in_contact") and reach.search(
        " ".join(before)
    ):
        return True  # "pour la joindre"
    if fact not in lexicon.words_of_rules("statements", "not_as_purpose"):
        return False
    near = " ".join(before[-_PURPOSE_REACH:])
    return lexicon.phrase_regex("purpose_leads").search(near) is not None
