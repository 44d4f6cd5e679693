"""Text normalisation shared by the lexicons and the extraction.

Matching runs on a folded form of the text: case-folded, accents removed,
typographic apostrophes and dashes made plain, ligatures written out, English "n't" spelled out, and
French elisions split ("d'haiti" -> "d' haiti"). Names in every lexicon are
folded the same way, so "Haïti", "haiti" and "HAITI" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASH = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_NT = re.compile(
    r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|need|must)n't\b"
)
_CONTRACTIONS = {"m": "am", "re": "are", "ve": "have", "d": "would", "ll": "will", "s": "is"}
_CONTRACTION = re.compile(r"\b(i|you|we|they|she|he|it|that|there)'(m|re|ve|d|ll|s)\b")
_ELISION = re.compile(r"\b(qu|[dljmnstc])'(?=\w)")
_WORD = re.compile(r"[a-z0-9]+'?")
_BARE_ELISION = re.compile(
    r"([dljnq](?<![\w'/.-].)(?:(?<=q)u|(?<=[dljn]))) (?=[aeiouyhàâäéèêëîïôöûüùAEIOUYHÀÂÉÈÊÎÔÛ])"
)
""""qu" or "d", "l", "j", "n" opening a word, then a space and a vowel (the letter first and
the word's start looked behind: the engine skips to the next such letter at once)."""


def with_elisions(text: str) -> str:
    """A French elision written without its apostrophe, in a note typed without them ("l
    homme ne sait pas", "aussi l arabe", "originaire d Erythree"), given it back, so the
    article is read as one. Lower case only: an "L arm" of a nurse's shorthand is the left."""
    return _BARE_ELISION.sub(r"\1'", text) if " " in text else text


def _slow_strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_LATIN = {cp: _slow_strip(chr(cp)) for cp in range(0xC0, 0x250) if _slow_strip(chr(cp)) != chr(cp)}


def translate_rare(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)` for a table of non-ASCII characters none of whose
    replacements holds a character it replaces: each distinct such character of the text
    replaced through it at once. A note holds a few dozen; a look-up per character, as
    `translate` does, cost more than the rest of folding."""
    if text.isascii():
        return text
    for c in set(text):
        if c > "\x7f" and (plain := table.get(ord(c))) is not None:
            text = text.replace(c, plain)
    return text


def strip_accents(text: str) -> str:
    """Accents removed: a translation table for Latin letters, Unicode decomposition otherwise."""
    t = translate_rare(text, _LATIN)
    return t if t.isascii() else _slow_strip(t)


# ligatures written out, as every word list spells them ("sœur" -> "soeur")
_LIGATURES = str.maketrans({"\u0153": "oe", "\u0152": "OE", "\u00e6": "ae", "\u00c6": "AE"})
_PLAIN = {**_APOS, **_DASH, **_LIGATURES}
_PLAIN_STR = tuple((chr(k), v) for k, v in _PLAIN.items())
# (no replacement holds a character either table replaces, so one at a time is the same)
_SPACES = re.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")  # (a single space is left as it is)


def _apostrophes(word: str) -> str:
    """English "n't" and contractions spelled out, French elisions split, in a word."""
    t = _NT.sub(lambda m: {"ca": "can", "wo": "will"}.get(m.group(1), m.group(1)) + " not", word)
    t = _CONTRACTION.sub(lambda m: m.group(1) + " " + _CONTRACTIONS[m.group(2)], t)
    return _ELISION.sub(r"\1' ", t)


@lru_cache(maxsize=512)
def fold(text: str) -> str:
    """The form every pattern and lexicon entry is matched against (cached: several
    readers fold the same note and its sentences)."""
    for c, plain in _PLAIN_STR:
        if c in text:
            text = text.replace(c, plain)
    t = strip_accents(text.casefold())
    if "'" in t:  # contractions and elisions all have one, inside a word: each such
        # word is read alone (its edges are spaces, so every boundary reads the same)
        parts = t.split(" ")
        t = " ".join(_apostrophes(p) if "'" in p else p for p in parts)
    if "cannot" in t:
        t = t.replace("cannot", "can not")
    return _SPACES.sub(" ", t)


def fold_name(name: str) -> str:
    """A lexicon key: folded, hyphens and dots as spaces, single spaces."""
    t = fold(name).replace("-", " ").replace(".", " ")
    return " ".join(t.split())


def words(text: str) -> list[str]:
    """Words of an already folded text (apostrophe kept on elided forms)."""
    return _WORD.findall(text)
