"""Ages that come as a list or a span ("9 and 12", "3 et 7 ans", "entre 19 y 30 años",
"19 à 30 ans", "19-30 anos"): the ages of several people (her children, the other
workers), never one person's age, so no number of them is hers."""

from __future__ import annotations

from collections.abc import Container

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int
from caseassist.intake.read.short_ages import short_age

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


def approx_of(lead: list[str], k: int, approx: Container[str]) -> bool:
    """`lead[k]` is the "de" of an approximate phrase ("près de", "cerca de", "perto de",
    "más de"): part of the approximation, not a "de" that leads an age ("mujer de 30")."""
    return k > 0 and lead[k] in ("de", "d'") and lead[k - 1] in approx


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


_SEX_MARKS = frozenset({"f", "m", "h", "fem", "masc", "female", "male"})


def sexed_age_part(part: list[str]) -> bool:
    """A comma part that is a sex mark and an age only ("M 31yo", "F 24", "H 30 ans"):
    with one more part after it ("M 31yo, PNG") the line describes the person."""
    return (
        len(part) in (2, 3)
        and part[0] in _SEX_MARKS
        and (age_part(part[1:]) or short_age(part[1:]))
    )


def sex_word_after(toks: list[str], i: int) -> bool:
    """The number at `i` is set off by a comma before a word for a man or a woman or a
    sex mark that ends its own part ("17, boy,", "24, F,", "19, chica."): the number
    opens the description of the person, as a chat line or a list item does."""
    if toks[i + 1 : i + 2] != [","] or i + 3 > len(toks):
        return False
    ws = lexicon.word_sets()
    word = toks[i + 2]
    sexed = word in ws.gender_female or word in ws.gender_male or word in _SEX_MARKS
    return sexed and toks[i + 3 : i + 4] in ([], [","], ["."])
