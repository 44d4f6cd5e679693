"""A language named before a cleft that says she speaks it best ("Sinhala is what she is
most comfortable in", "el tagalo es lo que mejor habla", "le wolof, c'est ce qu'elle
parle le mieux", "o crioulo é o que ela fala melhor"): the language verb has nothing
after it, so its language stands before the cleft's link (`language_cleft_links`),
never after it; without this, a second language rated well after it ("but her English
is quite good") was read as the only one, and so preferred."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.segment import tokens

_GAP = 4
"""At most this many words between the link and the verb ("she is most")."""
_STOPS = frozenset({".", ";", ":", "(", ")", "?", "!"})


@cache
def _links() -> tuple[tuple[str, ...], ...]:
    """The cleft links as token tuples, longest first (built once)."""
    found = {tuple(tokens(w)) for w in lexicon.by_language("language_cleft_links")}
    return tuple(sorted((lt for lt in found if lt), key=len, reverse=True))


def cleft_language(before: list[str]) -> str | None:
    """The language named right before a cleft link that ends at most `_GAP` words before
    the verb (`before`: the words before it), past an article or a comma: "Sinhala is
    what she is most" gives "si"."""
    for gap in range(min(_GAP, len(before)) + 1):
        end = len(before) - gap
        if end < len(before) and (before[end] in _STOPS or _lang_at(before, end)):
            return None
        for link in _links():
            at = end - len(link)
            if at < 1 or tuple(before[at:end]) != link:
                continue
            at -= before[at - 1] == ","
            for start in range(max(0, at - 3), at):
                hit = _lang_at(before, start)
                if hit and start + hit[1] == at:
                    return hit[0]
    return None


def cleft_items(
    before: list[str], toks: list[str], start: int, first: str
) -> list[tuple[str, str]]:
    """Her main language, when the verb ending at toks[start] rates the language of a cleft
    before it as her best (`first` is a main or preferred weight: "most comfortable in",
    "prefers"; or a comparative stands beside the verb: "mejor habla", "parle le mieux", "fala
    melhor", "speaks best"); else nothing."""
    best = _best_words()
    near = toks[start : start + 3] + before[-1:]  # "fala melhor", "mejor habla"
    if first not in (lw.MAJOR, lw.PREFERS) and best.isdisjoint(near):
        return []
    code = cleft_language(before)
    return [(code, lw.MAJOR)] if code else []


_BEST = lexicon.Words(set(), "language_best_words")
"""Words after a verb that rate what it is said of as best ("best", "mejor", "mieux",
"melhor"), when the comparatives do not hold them."""


@cache
def _best_words() -> frozenset[str]:
    """The comparatives, "more" words and `language_best_words` (built once)."""
    fw = function_words()
    return frozenset(fw.comparatives | fw.more_words | _BEST.all())
