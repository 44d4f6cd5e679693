"""A connective aside set off by commas inside a statement ("ainda não decidiu se quer, por
sua vez, apresentar queixa", "she, for her part, wants to press charges"), dropped before
the sentence is cut into clauses; a time aside ("il aimerait, à terme, suivre une
formation", "quiere, más adelante, hacer un curso") loses its commas only.

Why: the commas cut the statement in two, so neither half stated the wish. The asides are
data (`connective_asides` in each language's words.toml): words that only link the
statement to what came before, never a time or a doubt ("for now", "maybe" stay). A time
(`time_asides`: "eventually", "plus tard", "más adelante", "mais tarde") is kept in the
clause, so a rule that reads "later" still sees it."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation


def _alts(key: str) -> str:
    words = {fold_name(w) for w in lexicon.words().get(key, ()) if w.strip()}
    return alternation(words, r"\s+") if words else ""


@cache
def _asides() -> re.Pattern[str] | None:
    links, times = _alts("connective_asides"), _alts("time_asides")
    parts = [p for p in (f"(?P<time>{times})" if times else "", links) if p]
    if not parts:
        return None
    return re.compile(rf"\s*,\s*(?:{'|'.join(parts)})\s*,(?=\s)")


def _kept(m: re.Match[str]) -> str:
    time = m.group("time") if "time" in m.re.groupindex else None
    return f" {time}" if time else ""


def without_asides(folded: str) -> str:
    """The folded sentence with each connective aside between commas taken out, and the
    commas around a time aside."""
    pattern = _asides()
    if pattern is None or "," not in folded:
        return folded
    return pattern.sub(_kept, folded)
