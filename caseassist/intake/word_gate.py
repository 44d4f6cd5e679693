"""Whether a note's words can hold any phrase of a word list: a pass that can find nothing
in a note is not run on it.

Why: a pass that searches every sentence for a phrase list (papers given back, another
person's claim) costs a search per sentence, while the note's words are a set the reader
already has. Any match of `lexicon.phrase_regex(key)` in folded text holds each of its
phrase's plain words as a token (`segment.tokens`), so a note that lacks a word of every
phrase cannot match."""

from __future__ import annotations

import re
from collections.abc import Set
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name

_PLAIN = re.compile(r"[a-z0-9]+'?")
"""A phrase word that is a whole token wherever the phrase matches (see `segment._TOKEN`)."""


@cache
def phrase_keys(key: str) -> dict[str, tuple[frozenset[str], ...]] | None:
    """The phrases listed under `key` as the sets of their plain words (a last word also
    with an apostrophe after it: a token may end in one, "it'"), each filed under the word
    of its own that fewest phrases share; None when a phrase has no plain word (the gate
    then always opens)."""
    phrases: list[list[str]] = []
    for phrase in sorted({fold_name(w) for w in lexicon.words().get(key, ())}):
        plain = [w for w in phrase.split(" ") if _PLAIN.fullmatch(w)]
        if not plain:
            return None
        phrases.append(plain)
    shared: dict[str, int] = {}
    for plain in phrases:
        for w in set(plain):
            shared[w] = shared.get(w, 0) + 1
    out: dict[str, list[frozenset[str]]] = {}
    for plain in phrases:
        rare = min(sorted(set(plain)), key=lambda w: shared[w])
        for last in {plain[-1], plain[-1].rstrip("'") + "'"}:  # (a last word's two tokens)
            words = frozenset([*plain[:-1], last])
            out.setdefault(rare if rare != plain[-1] else last, []).append(words)
    return {w: tuple(v) for w, v in out.items()}


def may_hold(words: Set[str] | None, key: str) -> bool:
    """Whether a text whose tokens are `words` (None: not known) may hold a phrase of
    `key`: every plain word of one of its phrases is among them."""
    keys = phrase_keys(key)
    if words is None or keys is None:
        return True
    return any(p <= words for w in keys.keys() & words for p in keys[w])
