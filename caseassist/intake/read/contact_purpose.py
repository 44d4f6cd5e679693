"""A safety word that speaks of the way to reach her, not of her.

"Pour la joindre sans risque : passer par moi", "Para contactarla sin riesgo, llamar a
la parroquia", "To reach her safely, call me": the clause opens on a purpose of reaching
her (`contact_purposes`), and the "safe" or "without risk" after it says how to call,
never that she is out of danger. The facts this holds for are `[statements]
not_in_contact` of rules.toml."""

from __future__ import annotations

from caseassist.intake import lexicon


def contact_purpose(before: list[str]) -> bool:
    """The words before a match hold a purpose of reaching her ("pour la joindre")."""
    return lexicon.phrase_regex("contact_purposes").search(" ".join(before)) is not None
