"""Another person's claim about her, and her own word against it (see docs/intake.md).

"Her employer says she is 22, but she says she is 17": the clause in which another
person (`other_people`, not staff: "the nurse says" is a report) says, claims or insists
(`claim_verbs`) is that person's claim.
Where the note's statements disagree on a fact a claim states, the claim yields: the note
is read again without its claims, and her own statement, if it then stands alone,
settles the fact."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens

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
    for m in _verbs().finditer(folded):
        if spans and m.start() < spans[-1][1]:
            continue
        start = max((b.end() for b in _BOUND.finditer(folded, 0, m.start())), default=0)
        end_m = _BOUND.search(folded, m.end())
        lead = tokens(folded[start : m.start()])
        if lead and len(lead) <= 6 and _other_subject(lead) and _professionals().isdisjoint(lead):
            spans.append((start, end_m.start() if end_m else len(folded)))
    return spans


def settle_by_her_word(folded: str, conflicts: set[str], read) -> dict[str, object]:
    """The facts in `conflicts` that another person's claim states and that her own word
    settles once the claims are set aside (`read`: the note reader, on folded text)."""
    if not conflicts or _verbs().search(folded) is None:
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
