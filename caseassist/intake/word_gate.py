"""Whether a note's words can hold any phrase of a word list: a pass that can find nothing
in a note is not run on it.

Why: a pass that searches every sentence for a phrase list (papers given back, another
person's claim) costs a search per sentence, while the note's words are a set the reader
already has. Any match of `lexicon.phrase_regex(key)` in folded text holds each of its
phrase's plain words as a token (`segment.tokens`), so a note with none of the keys this
module files per phrase cannot match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name

_PLAIN = re.compile(r"[a-z0-9]+'?")
"""A phrase word that is a whole token wherever the phrase matches (see `segment._TOKEN`)."""


@cache
def phrase_keys(key: str) -> frozenset[str] | None:
    """For each phrase listed under `key`, its longest plain word, also with an apostrophe
    after it (a token may end in one: "it'"); None when a phrase has no plain word (the
    gate then always opens)."""
    out: set[str] = set()
    for phrase in {fold_name(w) for w in lexicon.words().get(key, ())}:
        plain = [w for w in phrase.split(" ") if _PLAIN.fullmatch(w)]
        if not plain:
            return None
        word = max(plain, key=len)
        out.update((word, word.rstrip("'") + "'"))
    return frozenset(out)


def may_hold(words: Iterable[str] | None, key: str) -> bool:
    """Whether a text whose tokens are `words` (None: not known) may hold a phrase of `key`."""
    keys = phrase_keys(key)
    return words is None or keys is None or not keys.isdisjoint(words)
