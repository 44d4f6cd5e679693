"""Her own language beside lingua francas: which of two plainly named languages is hers.

"Speaks Tigrinya and Arabic", "parle ourdou et anglais", "habla mandinga e inglés":
a language of her own named first, then only lingua francas (Arabic, English, Russian,
Hindi... `contact` in `[note_language.<lang>]` of each `lexicon/<lang>/words.toml`)
that are not the note's own language. A careful reader takes the first one for hers:
the others are the languages she uses with outsiders, and she does not speak the
staff's language, so nothing makes one of those her choice. The rule needs both cues
to agree, so it stays out when

- a lingua franca comes first ("Arabic and Kurdish", "Spanish + Kichwa"): the order
  and the kind of language point different ways;
- she also speaks the note's language ("Swahili and English" in an English note,
  "wolof et français" in a French one): she may well prefer the staff's language;
- a language is said to be usable ("English is fine for her");
- the note's language cannot be told from its words.

Which language a note is written in comes from counting a few common words of each
(`words` in the same table): no library, and only when the rule could apply.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold

_WORD = re.compile(r"[a-z]+")


@cache
def _table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Per note language: its common words and the lingua francas beside it."""
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for lang, entry in lexicon.words().get("note_language", {}).items():
        out[lang] = (frozenset(entry.get("words", ())), frozenset(entry.get("contact", ())))
    return out


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Each common word and the note languages it belongs to."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, (common, _contact) in _table().items():
        for w in common:
            out[w] = (*out.get(w, ()), lang)
    return out


def note_language(text: str) -> str | None:
    """The language a note is written in: the one whose common words it uses most, by a
    clear margin (a note mixing two languages evenly has none)."""
    counts = dict.fromkeys(_table(), 0)
    owners = _word_languages()
    for w in _WORD.findall(fold(text)):
        for lang in owners.get(w, ()):
            counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # "Victim is a girl from Guatemala, habla español": no clear language
    return ranked[0][0]


def _base(code: str) -> str:
    return code.split("-")[0]


def own_beside_contact(plain: list[str], note_lang: str | None) -> bool:
    """Whether the first of the plainly named languages is hers: it is not a lingua
    franca, every other one is, and none is the note's own language."""
    if note_lang is None or len(plain) < 2 or note_lang not in _table():
        return False
    contact = _table()[note_lang][1]
    first, rest = _base(plain[0]), [_base(c) for c in plain[1:]]
    if first in contact or first == note_lang:
        return False
    return all(c in contact and c != note_lang for c in rest)
