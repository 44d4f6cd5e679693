"""Whose words a quote in a note holds: the clause that opens the quote names its speaker.

'She said "I prefer English"', 'elle dit « je ne mange pas de porc »': the "I" is hers.
'The interpreter said "I do not eat pork"', 'la intérprete comentó: "yo no como carne"',
'a educadora disse "não como carne"': the "I" is the helper's or the other person's, and
what it states (a language, a diet) is theirs, never hers. Helpers are the staff a note
names by role (`language_helpers`); other people are the role lists of `roles`."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_owners as owners
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import _ABBREV

QUOTE_TOKENS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})
_LEAD_STOPS = frozenset({".", ";", "(", ")"})
_HELPERS = lexicon.Words(set(), "language_helpers")


def helper_subject(clause: list[str]) -> bool:
    """The nearest subject before the end of `clause` is a helper (`language_helpers`)."""
    helpers = _HELPERS.all()
    her_nouns = owners._her_nouns()
    for k in range(len(clause) - 1, -1, -1):
        t = clause[k]
        if t in function_words().subject_pronouns or t in her_nouns:
            return False  # (a nearer noun for her: "the operator says the woman speaks")
        if t in helpers or (k and f"{clause[k - 1]} {t}" in helpers):
            return True
    return False


def quote_lead(before: list[str]) -> list[str] | None:
    """The words of the clause that opens a quote still open at the end of `before` (an odd
    number of quote marks), back to the previous stop; None when no quote is open."""
    marks = [k for k, t in enumerate(before) if t in QUOTE_TOKENS]
    if len(marks) % 2 == 0:
        return None
    lead = before[: marks[-1]]
    stops = [
        k + 1
        for k, t in enumerate(lead)
        if t in _LEAD_STOPS and not (t == "." and k and lead[k - 1] in _ABBREV)
    ]  # "El intérprete, Sr. Benali, dice:": a title's dot is no stop
    return lead[max(stops or [0]) :]


@cache
def _saying() -> frozenset[str]:
    keys = ("speaker_verbs", "claim_verbs", "that_words")
    return frozenset().union(*(lexicon.by_language(k) for k in keys))


def spoken_quote_lead(before: list[str]) -> list[str] | None:
    """`quote_lead` when the quote is speech: its mark follows a colon or a comma, a verb of
    saying or its "that" ('El intérprete dice: «…»', 'dit que « … »'). A word set in
    quote marks mid-phrase ('el dueño le "guarda" el pasaporte') is no one's speech."""
    lead = quote_lead(before)
    if not lead:
        return None
    said = _saying()
    last = lead[-1]
    speech = last in (":", ",") or last in said or " ".join(lead[-2:]) in said
    return lead if speech else None


def quoted_from_another(before: list[str]) -> bool:
    """What follows `before` stands inside a quote another person or a helper speaks."""
    lead = quote_lead(before)
    return lead is not None and (_other_subject(lead) or helper_subject(lead))
