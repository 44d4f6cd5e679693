"""Where a hedge's scope ends: at a reason given after the statement.

"Quiero un abogado porque no sé si puedo quedarme": the "no sé si" is about the reason
(whether she may stay), not about the wish before "porque"; a hedge before the link
("quizás quiere un abogado porque...") still covers the statement. As in ConText, the
link (`reason_links` in each language folder) is a terminator of a hedge's scope."""

from __future__ import annotations

from caseassist.intake import lexicon


def before_reason(folded: str, end: int = 0) -> str:
    """The clause up to the first reason link after `end` (a statement's end), or all of it."""
    m = lexicon.phrase_regex("reason_links").search(folded, end)
    return folded[: m.start()] if m else folded
