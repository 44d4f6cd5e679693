"""An age her answer gives without being asked: only in words that say it is her age.

To a question that is not about her age, a number of years in her answer is most often how
long something lasted ("Deux ans là-bas, c'est assez", "Dos años allí, ya basta", "J'étais
en Italie deux ans avant"), which the note reader takes for an age when it opens a sentence
or follows a place, as in "Rosa, Guatemala, 30 años". Her own age said unasked comes in a
frame of its own ("J'ai 19 ans", "Tengo 17 anos", "I'm 19", "years old"): an answer with no
such frame (`age_frames` of each folder's answers.toml) offers the number, never applies
it. To the age question itself (or one asking it beside another fact) the reading stands."""

from __future__ import annotations

from caseassist.intake.numbers import to_int
from caseassist.intake.read.answer_words import Clause, _data, at, sentences
from caseassist.intake.read.result import Extraction

_YOUNGEST = 12  # below it a number of years in her own answer is never her age to offer


def _age_fact() -> str:
    return str(_data().get("facts", {}).get("own_age", ""))


def offer_unasked_age(fact_id: str, text: str, out: Extraction) -> None:
    """Move an age read from an answer to another question to the offered facts unless
    the answer says it in an age frame of hers."""
    fact = _age_fact()
    if not fact or fact_id == fact or fact not in out.values:
        return
    if any(_framed(s) for s in sentences(text)):
        return
    value = out.values.pop(fact)
    if isinstance(value, int) and value >= _YOUNGEST:
        out.maybe(fact, value)  # ("Dos años allí": no age of hers to offer at all)


def _number(toks: Clause) -> bool:
    """A number opens `toks` (after at most one approximation word: "unos", "about")."""
    return any(t.isdigit() or to_int(t) is not None for t in toks[:2])


def _framed(s: Clause) -> bool:
    """An age frame right before a number ("tengo 19", "j'ai vingt ans", "I'm 19") or one
    right after it (`age_frames_after`: "19 years old", "19 anos de idade")."""
    for i in range(len(s)):
        n = at(s, i, "age_frames")
        if n and _number(s[i + n :]):
            return True
        m = at(s, i, "age_frames_after")
        if m and i >= 2 and _number(s[i - 2 : i]):
            return True
    return False
