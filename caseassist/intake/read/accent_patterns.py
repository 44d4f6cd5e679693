"""Folded cue words as regexes over a note as written: each letter that may carry an
accent matches it with or without one ("meu nome e" finds "Meu nome é"). One table for
the name readers and the corrections reader, which each had their own."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ACCENTED = {
    "a": "[aàáâãä]",
    "e": "[eèéêë]",
    "i": "[iìíîï]",
    "o": "[oòóôõö]",
    "u": "[uùúûü]",
    "c": "[cç]",
    "n": "[nñ]",
}


def any_accent(word: str) -> str:
    """A folded cue word as a regex matching it with or without accents."""
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word)


def loose_phrase(phrase: str, space: str = r"\s+") -> str:
    """A folded phrase with or without accents, each space written as `space`."""
    return space.join(map(any_accent, phrase.split(" ")))


def accent_alternation(words: Iterable[str], space: str = r"\s+") -> str:
    """Folded phrases, longest first, as one alternation matching them with or without
    accents, each space written as `space`; one that never matches when there are none."""
    listed = sorted((w for w in words if w.strip()), key=len, reverse=True)
    return "|".join(loose_phrase(w, space) for w in listed) or "(?!)"
