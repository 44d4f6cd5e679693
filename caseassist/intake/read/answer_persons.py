"""Whose side a person named in her answer is on: someone of hers (her family, a friend, a
helper) or someone from the life she left, when she names them by name, by a title and a
name, or as someone else's people ("sus sobrinos", "his men", "ses hommes").

Only the answer's own words decide: a name is a capitalised word inside a sentence or after
a title ("Mrs. Delacruz", "Don Ramiro", "o Nelson"); only a titled one is surely a person
(a bare one may be a place or a group); a name she puts after one of her own people ("my friend Marivic", "ma sœur Grâce") is hers wherever it comes back. Used by the
knower reader (answer_knowers.py); the word lists are data (`safe_knowers`,
`person_titles`, `[words] their_possessives` in answers.toml)."""

from __future__ import annotations

import re
from typing import NamedTuple

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import Clause, at
from caseassist.intake.read.answer_words import titles as answer_titles
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.read.their_side import exploiters

_WORD = re.compile(r"[^\W\d_][\w'’]*")
_SENTENCE_END = re.compile(r"[.!?\n:;]\s*$")
_HERS_AFTER = 3  # words after one of her people that a name may follow ("my friend Marivic")


class Names(NamedTuple):
    """The names in an answer (folded): all of them, and those of her own people."""

    all: frozenset[str]
    hers: frozenset[str]
    titled: frozenset[str]  # after a title: "Don Ramiro", "Mrs. Delacruz"


def names(text: str) -> Names:
    """The capitalised words of `text` that are not a sentence's first word, or that follow
    a title: "Mrs. Delacruz", "Sorin and his brother", "O Nelson tem"."""
    found: list[str] = []
    titled: list[str] = []
    titles = answer_titles()
    prev = ""
    prev_end = 0
    for m in _WORD.finditer(text):
        w = m.group()
        gap = text[prev_end : m.start()]  # (only what lies since the last word: no rescan)
        opens = (not prev and not gap.strip()) or bool(_SENTENCE_END.search(gap))
        prev_end = m.end()
        after_title = ffold(prev) in titles
        if w[:1].isupper() and not w.isupper() and (not opens or after_title):
            found.extend(tokens(ffold(w))[:1])
            if after_title:
                titled.extend(tokens(ffold(w))[:1])
        prev = w
    all_names = frozenset(n for n in found if n not in titles)
    return Names(all_names, _names_of_hers(text, all_names), frozenset(titled) & all_names)


def _names_of_hers(text: str, all_names: frozenset[str]) -> frozenset[str]:
    if not all_names:
        return frozenset()
    toks = tokens(lexicon.respell(ffold(text)))
    safe = lexicon.by_language("safe_knowers")
    hers = set()
    for i, t in enumerate(toks):
        if t in all_names and any(w in safe for w in toks[max(0, i - _HERS_AFTER) : i]):
            hers.add(t)
    return frozenset(hers)


def side(words: Clause, named: Names) -> str:
    """ "theirs" when `words` name someone from the life she left (an exploiter's word, a
    title and a name, someone else's people: "sus sobrinos"), "named" for a bare name not of
    hers (a person, or maybe a place or a helping group: "la Cruz Roja"), "hers" when they
    name one of her people, "" when none."""
    safe, bad = lexicon.by_language("safe_knowers"), exploiters()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    theirs_at = {i + 1 for i in range(len(words)) if at(words, i, "their_possessives")}
    own = [w for i, w in enumerate(words) if i not in theirs_at]
    if set(own) & safe or (pairs & safe and not theirs_at) or set(words) & named.hers:
        return "hers"  # "mi hermana sabe", "nobody knows", "ma sœur Grâce"
    if set(words) & bad or pairs & bad or theirs_at or set(words) & named.titled:
        return "theirs"
    return "named" if set(words) & named.all else ""
