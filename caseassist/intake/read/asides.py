"""A connective aside set off by commas inside a statement ("ainda não decidiu se quer, por
sua vez, apresentar queixa", "she, for her part, wants to press charges"), dropped before
the sentence is cut into clauses.

Why: the commas cut the statement in two, so neither half stated the wish. The asides are
data (`connective_asides` in each language's words.toml): words that only link the
statement to what came before, never a time or a doubt ("for now", "maybe" stay)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation


@cache
def _asides() -> re.Pattern[str] | None:
    words = {fold_name(w) for w in lexicon.words().get("connective_asides", ()) if w.strip()}
    if not words:
        return None
    alts = alternation(words, r"\s+")
    return re.compile(rf"\s*,\s*{alts}\s*,(?=\s)")


def without_asides(folded: str) -> str:
    """The folded sentence with each connective aside between commas taken out."""
    pattern = _asides()
    if pattern is None or "," not in folded:
        return folded
    return pattern.sub("", folded)
