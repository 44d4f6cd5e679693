"""Whose a first-person age is. In a note, "Yo tengo 62 años y tres nietos", "I am 62
myself", "J'ai 62 ans" is the writer speaking (a volunteer, a nun, a neighbour), never the
survivor: her own words reach a note quoted or as a turn of a transcript. In her turn,
"tengo 31, soy de Venezuela" is her age even without its unit."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import tokens

_QUOTES = re.compile('["\u201c\u201d\u00ab\u00bb]')
_TURN = re.compile(r"^\W*[^\W\d][^:]{0,30}:")
_FILLERS = frozenset(["only", "just", "already", "solo", "ya", "apenas", "deja", "so", "ja"])


@cache
def _age_verbs() -> frozenset[str]:
    """Verbs that say "I have / I am" of an age by themselves (`first_person_age_verbs`:
    "tengo", "tenho", "ai", "am")."""
    return lexicon.by_language("first_person_age_verbs")


@cache
def _pronouns() -> frozenset[str]:
    """The first-person subject pronouns ("i", "yo", "je", "j'", "eu")."""
    writer = function_words().writer_words
    subjects = lexicon.by_language("first_person_subjects")
    return frozenset(w for w in subjects if " " not in w and (w in writer or len(w) <= 2))


def writers_age(sentence: str, before: list[str]) -> bool:
    """In a note's `sentence` (folded), whether the number after `before` (its tokens up
    to the number) is the writer's own age: "I" and a verb that says "I have / I am" right
    before it ("yo tengo 62", "j'ai 62", "eu tenho 62", "I am 62"), outside quotes and
    outside a speaker's turn (an interpreter or a caller may speak as her)."""
    if _QUOTES.search(sentence) or _TURN.match(sentence):
        return False
    k = len(before) - 1
    while k >= 0 and before[k] in _FILLERS:
        k -= 1
    if k > 0 and before[k] in ("(", ",") and before[k - 1] in _bracket_pronouns():
        return True  # "eu (30 anos, moro com...)", "moi (52 ans)", "me, 45,": the writer
    if not (k > 0 and before[k] in _age_verbs() and before[k - 1] in _pronouns()):
        return False
    return not _self_described(tokens(sentence)[len(before) + 1 : len(before) + 6])


_AGE_UNITS = frozenset(["years", "year", "yrs", "yr", "old", "anos", "ano", "ans", "an"])


def _self_described(after: list[str]) -> bool:
    """The words after the number describe the "I" by a noun of her sex straight after
    its unit ("I am 61 years old woman from ..."): the person in need speaking of herself
    in a note she left, not a writer's aside about their own age."""
    k = 0
    while k < len(after) and after[k] in _AGE_UNITS:
        k += 1
    ws = lexicon.word_sets()
    return 0 < k < len(after) and (after[k] in ws.gender_female or after[k] in ws.gender_male)


@cache
def _bracket_pronouns() -> frozenset[str]:
    """First-person pronouns a bracketed age may follow ("eu (30 anos", "moi (52 ans"):
    the subjects and the short `first_person_words` that are no possessive."""
    own = lexicon.by_language("first_person_possessives")
    words = lexicon.by_language("first_person_words")
    return _pronouns() | frozenset(w for w in words - own if " " not in w and len(w) <= 3)


@cache
def _own_bare() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, _age_verbs()), key=len, reverse=True)) or "(?!)"
    end = r"\s*(?:[,.;)]|$)"  # a break, or a sex mark and a break: "im 17 F.", "tengo 17, F"
    return re.compile(rf"(?:^|[\s,:])(?:{verbs}) (?P<n>\d{{1,2}})(?={end}|,?\s?[fmh]{end})")


def own_bare_age(sentence: str) -> int | None:
    """Her age said in the first person without its unit, in her own turn: "tengo 31,",
    "eu tenho 19.", "I am 24.", "im 17 F."; a number after "I have" with a noun ("tengo 2 hijos") is
    not matched (a break must follow it)."""
    m = _own_bare().search(sentence)
    n = int(m.group("n")) if m else 0
    return n if 12 <= n <= 99 else None
