"""Whose language, by the age its speaker is given: a language verb whose subject is
described with an age that is not hers ("the manager (50) speaks Bengali and Hindi",
"l'inspecteur, M. Ferrand (55 ans), parle anglais", "a senhora da igreja tem 70 anos e
só fala inglês", "la fille de ses employeurs, 12 ans, dont elle s'occupait, parle
anglais") is someone else's, whatever noun names them. The note has already said how
old she is; a different age beside the speaker says the speaker is another person.

Only an age attached to the subject counts: a bracket, an apposition or an age stated
with a verb; an age after "de" / "of" is a noun's ("un fils de 5 ans") and a pronoun or
a noun that names her nearer the verb ends the look ("tiene 30 años, su hijo... ella
habla"). Nothing is decided when her age is not known."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.language_owners import _her_nouns
from caseassist.intake.read.result import Extraction

_UNITS = lexicon.Words(set(), "language_age_units")
"""Words after a number that make it an age ("years", "años", "ans", "anos")."""
_ABOUT = lexicon.Words(set(), "language_age_about")
"""Words before a bare number that make it an approximate age ("approx", "environ")."""
_JOINED_AGE = re.compile(r"^(\d{1,3})(?:yo|y|a|ans|anos)$")
"""An age written in one token ("50yo", "34a")."""
_STOPS = frozenset({";", ":", "!", "?"})
_OF = frozenset({"de", "d'", "d", "of", "du", "da", "do", "del"})
_PART_STOPS = frozenset({",", "(", ")"})
_LOOK_BACK = 24
"""How many words before the verb the subject and its description may take."""


def _age_at(toks: list[str], k: int) -> int | None:
    """The age toks[k] states, or None: a number before an age unit, one written with its
    unit ("50yo"), or a bare number alone in a bracket or between commas ("(55)", ", 12,",
    "(approx 60,")."""
    t = toks[k]
    m = _JOINED_AGE.match(t)
    if m:
        return int(m.group(1))
    if not t.isdigit() or len(t) > 3:
        return None
    prev = toks[k - 1] if k else ""
    if prev in _OF:
        return None  # "un fils de 5 ans", "a son of 5": that noun's age
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    if nxt in _UNITS.all():
        return int(t)
    if nxt in (")", ",") and (prev in ("(", ",") or prev in _ABOUT.all()):
        return int(t)
    return None


def _span(before: list[str]) -> list[str]:
    """The words of the verb's sentence part: after the last stop (a dot after a short
    word is an abbreviation's: "M. Ferrand", "Dr. Ruiz")."""
    start = 0
    for k, t in enumerate(before):
        if t in _STOPS or (
            t == "." and not (k and before[k - 1].isalpha() and len(before[k - 1]) <= 3)
        ):
            start = k + 1
    return before[max(start, len(before) - _LOOK_BACK) :]


def _relative_part(part: list[str]) -> bool:
    """A comma part opening with a relative ("dont elle s'occupait", "who she cared
    for"): it describes the subject, its pronoun is not the verb's subject."""
    return bool(part) and part[0] in function_words().relatives | _RELATIVES.all()


_RELATIVES = lexicon.Words(set(), "relative_pronouns")


def her_age(out: Extraction) -> object:
    """Her age as read so far; when a second age has made it a conflict ("Mujer de 34
    años ... el señor (unos 50 años)"), the first one stated: a note opens with her."""
    if _AGE in out.values or _AGE not in out.conflicts:
        return out.values.get(_AGE)
    return next((r.value for r in out.readings if r.fact == _AGE and r.clear), None)


_AGE = "person.age"


@cache
def _her_words() -> frozenset[str]:
    """Her nouns and "she / he" (built once, not per language sentence)."""
    return _her_nouns() | function_words().she_or_he


def aged_another(before: list[str], age: object) -> bool:
    """The language verb after `before` has a subject described with an age that is not
    hers (`age`: her age as read so far)."""
    if not isinstance(age, int):
        return False
    span = _span(before)
    her = _her_words()
    parts: list[list[str]] = [[]]
    for t in span:
        if t == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    offset = len(span)
    for part in reversed(parts):
        offset -= len(part)
        if _relative_part(part):
            offset -= 1
            continue  # "dont elle s'occupait": describes the subject before it
        for j in range(len(part) - 1, -1, -1):
            k = offset + j
            if span[k] in her and not (k and span[k - 1] in _OF):
                return False  # a nearer subject for her ("elle a 30 ans et parle")
            found = _age_at(span, k)
            if found is not None and 0 < found <= 110:
                if function_words().she_or_he & set(part[:j]):
                    return False  # "she is 22 years old and speaks": her own age
                return abs(found - age) > 1
        offset -= 1
    return False
