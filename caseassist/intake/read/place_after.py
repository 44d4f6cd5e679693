"""A country or a place named right after a going-back verb ("return to Nepal").

A rule for going home may ask that a country follow its verb (`country_after`), so that
"volver a trabajar" is no going home; after at most two small words (`place_leads`),
a country name, or, in a note not written in capitals, a word written with a capital (a
town: "volver a Cobán", "voltar para o Uige")."""

from __future__ import annotations

from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold


def place_follows(toks: list[str], clause: object = None) -> bool:
    """A country name next, after at most two small words ("return to Nepal", "voltar
    para o Vietname"); with the `clause` as written, also a place name: a word written
    with a capital in a note not written in capitals ("volver a Cobán", "voltar
    para o Uige")."""
    leads = lexicon.by_language("place_leads")
    for skip in range(3):
        if _country_at(toks, skip):
            return True
        if clause is not None and skip < len(toks) and toks[skip] not in leads:
            originals = getattr(clause, "originals", None)
            return originals is not None and toks[skip] in _capitalised(originals.text)
        if skip >= len(toks) or toks[skip] not in leads:
            return False
    return False


@lru_cache(maxsize=64)
def _capitalised(text: str) -> frozenset[str]:
    """The words of a text written with a capital other than at the start of a sentence
    or a line, folded (none when the text is written mostly in capitals)."""
    words = text.split()
    if sum(w[:1].islower() for w in words) * 2 < len(words):
        return frozenset()
    out: set[str] = set()
    for before, w in zip(["."] + words, words, strict=False):
        if w[:1].isupper() and before[-1:] not in ".!?:-\u2013\u2014*\u2022":
            out.update(t for t in tokens(fold(w)) if t[:1].isalpha())
    return frozenset(out)
