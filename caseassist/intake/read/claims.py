"""Another person's claim about her, and her own word against it (see docs/intake.md).

"Her employer says she is 22, but she says she is 17": the clause in which another
person (`other_people`, not staff: "the nurse says" is a report) says, claims or insists
(`claim_verbs`) is that person's claim.
Where the note's statements disagree on a fact a claim states, the claim yields: the note
is read again without its claims, and her own statement, if it then stands alone,
settles the fact."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens
from caseassist.intake.word_gate import may_hold

_BOUND = re.compile(r"[.;!?\n]|\s(?:but|pero|mais|mas)\s")
"""Where a claim's clause begins and ends: a stop, a semicolon, "but / pero / mais / mas"."""


@cache
def _verbs() -> re.Pattern[str]:
    return lexicon.phrase_regex("claim_verbs")


@cache
def _professionals() -> frozenset[str]:
    """Staff whose report is no claim ("the nurse says she is pregnant"): the staff and
    relay speakers of a transcript (`staff_speakers`, `relay_speakers`)."""
    words = lexicon.by_language("staff_speakers") | lexicon.by_language("relay_speakers")
    return frozenset(w for w in words if len(w) > 2)


def claims(folded: str) -> list[tuple[int, int]]:
    """The spans of `folded` (folded text) that are another person's claim: a clause
    whose subject before the verb of saying is someone else ("his boss claims ...")."""
    spans: list[tuple[int, int]] = []
    bounds: list[tuple[int, int]] | None = None  # (start, end) of every bound, found once
    for m in _verbs().finditer(folded):
        if spans and m.start() < spans[-1][1]:
            continue
        if bounds is None:
            bounds = [b.span() for b in _BOUND.finditer(folded)]
        start = _clause_start(bounds, m.start())
        end_m = _BOUND.search(folded, m.end())
        lead = tokens(
            folded[start : m.start()].rsplit(":", 1)[-1]
        )  # "Officer D.: the landlady says"
        if lead and len(lead) <= 6 and _other_subject(lead) and _professionals().isdisjoint(lead):
            spans.append((start, end_m.start() if end_m else len(folded)))
    return spans


def _clause_start(bounds: list[tuple[int, int]], at: int) -> int:
    """Where the clause holding `at` begins: the end of the last bound that ends by `at`
    (bounds never overlap, so their ends are in order), or the text's start."""
    k = bisect_right(bounds, (at, at)) - 1
    while k >= 0 and bounds[k][1] > at:
        k -= 1
    return bounds[k][1] if k >= 0 else 0


def settle_claims(folded: str, out, read, words: Set[str] | None = None) -> dict[str, object]:
    """`settle_by_her_word` on the extraction `out`, after setting its unconfirmed claims
    aside (`unconfirmed_claims`)."""
    unconfirmed_claims(folded, out, read, words)
    return settle_by_her_word(folded, out.conflicts, read, words)


def unconfirmed_claims(folded: str, out, read, words: Set[str] | None = None) -> None:
    """Offer, not apply, what only another person's claim states when the note doubts it
    (`claim_doubts`): "The landlady says the girl's 20 and from Albania, but I wouldn't
    trust a word", "O patrão disse: 'Ela é paraguaia, tem 22 anos.' A vítima não
    confirmou nada". A fact the note states again outside the claims stays applied."""
    if not out.values or not may_hold(words, "claim_verbs"):
        return
    if not lexicon.phrase_regex("claim_doubts").search(folded):
        return
    spans = claims(folded)
    if not spans:
        return
    said = read(". ".join(folded[a:b] for a, b in spans))
    kept, at = [], 0
    for a, b in spans:
        kept.append(folded[at:a])
        at = b
    again = read("".join(kept) + folded[at:])
    for fid, value in said.values.items():
        if out.values.get(fid) == value and again.values.get(fid) != value:
            out.possible[fid] = out.values.pop(fid)


def settle_by_her_word(
    folded: str, conflicts: set[str], read, words: Set[str] | None = None
) -> dict[str, object]:
    """The facts in `conflicts` that another person's claim states and that her own word
    settles once the claims are set aside (`read`: the note reader, on folded text;
    `words`: its tokens, when known: no verb of saying, no search)."""
    if not conflicts or not may_hold(words, "claim_verbs"):
        return {}
    spans = claims(folded)
    if not spans:
        return {}
    said = read(". ".join(folded[a:b] for a, b in spans))
    disputed = conflicts & {*said.values, *said.conflicts}
    if not disputed:
        return {}
    kept, at = [], 0
    for a, b in spans:
        kept.append(folded[at:a])
        at = b
    again = read("".join(kept) + folded[at:])
    return {f: again.values[f] for f in sorted(disputed) if f in again.values}
