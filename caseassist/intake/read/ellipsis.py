"""A clause that leaves its verb out takes it from the wish before it: "I want to work,
but I don't know if I'm allowed to" is "... allowed to work"; "Quiero trabajar, pero no
sé si puedo", "Je veux travailler, mais je ne sais pas si j'ai le droit", "Quero
trabalhar, mas não sei se posso". Read so, one answer settles both facts it states
(the wish and the doubt about her right to do it), as a reader hears it."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold
from caseassist.intake.trie import alternation

_LINKS = frozenset(["de", "a", "para", "to"])
"""The word a verb takes after a noun or an adjective ("le droit de", "permiso para"):
written in when the clause leaves it out with the verb ("si j'ai le droit.")."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    leads = alternation(lexicon.by_language("ellipsis_wish_leads"), r"\s+")
    ends = lexicon.by_language("ellipsis_ends")
    bare = {e.rsplit(" ", 1)[0] for e in ends if " " in e and e.rsplit(" ", 1)[1] in _LINKS}
    wish = re.compile(rf"\b(?:{leads}) (?P<verb>[a-z]+)\b")
    # the phrase that ends a clause ("... allowed to.", "si puedo,", "le droit" + its "de")
    full, short = alternation(ends, r"\s+"), alternation(bare, r"\s+")
    elided = re.compile(rf"\b(?:(?P<full>{full})|(?P<bare>{short}))" r"(?P<end>\s*(?:[.,;!?)]|$))")
    return wish, elided


def fill_ellipsis(text: str) -> str | None:
    """The answer folded with the verb of its wish written where a later clause leaves it
    out; None when no clause does (or no wish gives a verb)."""
    folded = fold(text)
    wish, elided = _patterns()
    gap = elided.search(folded)
    if not gap:
        return None
    verb = next((m.group("verb") for m in wish.finditer(folded, 0, gap.start())), None)
    if verb is None:
        return None
    if gap.group("bare"):
        link = next(
            e.rsplit(" ", 1)[1]
            for e in sorted(lexicon.by_language("ellipsis_ends"))
            if e.rsplit(" ", 1)[0] == gap.group("bare") and " " in e
        )
        verb = f"{link} {verb}"
    return f"{folded[: gap.start('end')]} {verb}{folded[gap.start('end') :]}"
