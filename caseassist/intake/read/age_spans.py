"""Ages that come as a list or a span ("9 and 12", "3 et 7 ans", "entre 19 y 30 años",
"19 à 30 ans", "19-30 anos"): the ages of several people (her children, the other
workers), never one person's age, so no number of them is hers."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int

_JOINERS = lexicon.Words(set(), "number_joiners")


def listed_number(before: list[str]) -> bool:
    """The words before an age's number end with another number, joined to it by a
    `number_joiners` word ("and", "et", "y", "e", "to", "a", "ou") or by nothing (a
    hyphen folds to a space: "19-30 anos")."""
    if not before:
        return False
    if before[-1] in _JOINERS:
        return len(before) > 1 and to_int(before[-2]) is not None
    return before[-1].isdigit()


_UNITS = frozenset(["ans", "anos", "yo", "yrs", "years", "a"])


def age_part(part: list[str]) -> bool:
    """A comma part that is only an age, with its unit or bare ("19 anos", "34"): with one
    more part after it ("19 anos, guiné-bissau") the line describes the person. A speaker's
    or a label's colon before it leads ("Utente: 19 anos, guiné-bissau")."""
    if ":" in part:
        part = part[len(part) - part[::-1].index(":") :]
    if len(part) == 1 or (len(part) == 2 and part[1] in _UNITS):
        return part[0].isdigit() and 12 <= int(part[0]) < 100
    return False
