"""A language said to be spoken "also" and rated too: the level decides.

"Too", "también", "aussi", "também" after a language add it to her others; a level word
before it ("some Pashto too", "un poco de francés también") or a verb of getting by
ending right before it ("je me débrouille en pachto aussi", "me viro em inglês também")
says how well, and that is what the labels keep: a language she speaks only partly is
offered, not listed (stop 36 labelling rule)."""

from __future__ import annotations

from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import (
    _FILLER,
    _MINOR_TRIGGERS,
    _WELL,
    _before,
    _phrase_at,
)

_NOT_SPOKEN = (lw.NEG, lw.UNDERSTAND, lw.UNDERSTOOD_WELL)
_LITTLE = (lw.MINOR, lw.UNDERSTAND)
"""Weights that rate a language spoken a little or only understood."""


def rated_also(toks: list[str], i: int, weight: str | None) -> str | None:
    """`weight` of the language at `i`, lowered to its level when it is `also` and the
    words before rate it a little."""
    if weight not in (lw.ALSO, lw.SECOND):
        return weight
    if (rated := _before(toks, i)) in _LITTLE:
        return rated
    return lw.MINOR if got_by_before(toks, i) else weight


def got_by_before(toks: list[str], i: int) -> bool:
    """A verb of getting by (`minor_triggers`, no well word in it) ends right before the
    language at `i`, past at most two small words ("me viro em inglês")."""
    for k in range(max(0, i - 6), i):
        n = _phrase_at(toks, k, _MINOR_TRIGGERS, 4)
        gap = toks[k + n : i]
        if n and _WELL.all().isdisjoint(toks[k : k + n]) and len(gap) <= 2 and _small(gap):
            return True
    return False


def _small(gap: list[str]) -> bool:
    return all(t in _FILLER for t in gap)


def variety_after(toks: list[str], k: int) -> int:
    """The end of a bracket right after a language (at `k`) holding one other language and
    nothing else ("Bengali (Sylheti)", "árabe (dariya)"): its variety or another name of
    it, not a second language she speaks; `k` when there is none."""
    opens = toks[k : k + 1] == ["("] and k + 1 < len(toks)  # not a bracket that ends the text
    hit = _lang_at(toks, k + 1) if opens else None
    return k + 2 + hit[1] if hit and toks[k + 1 + hit[1] : k + 2 + hit[1]] == [")"] else k
