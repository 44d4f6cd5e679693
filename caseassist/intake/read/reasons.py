"""Where a hedge's scope ends: at a reason given after the statement; what is no hedge.

"Quiero un abogado porque no sé si puedo quedarme": the "no sé si" is about the reason
(whether she may stay), not about the wish before "porque"; a hedge before the link
("quizás quiere un abogado porque...") still covers the statement. As in ConText, the
link (`reason_links` in each language folder) is a terminator of a hedge's scope."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon


def before_reason(folded: str, end: int = 0) -> str:
    """The clause up to the first reason link after `end` (a statement's end), or all of
    it; her doubt whether she may stay in the country (`stay_doubts`, `stay_places`: "si
    puedo quedarme en este país") blanked, as it is a worry stated, not a hedge on the
    clause ("si puedo quedarme con mi prima" stays a hedge)."""
    m = lexicon.phrase_regex("reason_links").search(folded, end)
    scope = folded[: m.start()] if m else folded
    return _stay_doubt().sub(" ", scope) if "stay_doubts" in lexicon.words() else scope


@cache
def _stay_doubt() -> re.Pattern[str]:
    """Her doubt whether she may stay, then the country (one word may come between),
    whether she has the right to stay (`stay_right_doubts`: the right is her status), or
    whether she will be removed (`removal_questions`)."""
    doubt, place = lexicon.alternatives("stay_doubts"), lexicon.alternatives("stay_places")
    pattern = rf"\b{doubt}\s+(?:[a-z']+\s+)?{place}(?![a-z0-9])"
    for doubt_group in ("stay_right_doubts", "removal_questions"):  # "whether she will be deported"
        if doubt_group in lexicon.words():
            pattern += rf"|\b{lexicon.alternatives(doubt_group)}(?![a-z0-9])"
    return re.compile(pattern)


def negation_end(folded: str, cue_end: int, end: int) -> int:
    """Where a negator can still deny a cue read from `cue_end` to `end`: at a reason link
    between them ("tiene miedo porque no tiene papeles" is a fear, "no" is the reason's)."""
    m = lexicon.phrase_regex("reason_links").search(folded, cue_end, end)
    return m.start() if m else end
