"""A no with a second side: "not now, but my head hurts a lot" is no clear no.

To a yes/no question, a no followed by a contrast (`contrasts`: "but", "pero", "mais",
"mas") may go on to state or suggest the asked need itself. The side after the contrast
is read alone: a need it states answers yes ("ahora no, pero el bebé se mueve menos");
one it only suggests (a symptom, an injury) leaves the question open with her words kept,
and the yes offered, never a recorded no."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import contrast_at
from caseassist.intake.read.note import extract
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

STATED = "stated"
SUGGESTED = "suggested"


def side_after_no(fact_id: str, folded: str) -> str | None:
    """What the side after the first contrast of a no says of the asked fact: STATED,
    SUGGESTED (a yes only offered), or None (nothing: "no, but thank you")."""
    m = lexicon.phrase_regex("contrasts").search(folded)
    if m is None:
        return None
    side = extract(folded[m.end() :], answer=True)
    if side.values.get(fact_id) is True:
        return STATED
    if side.possible.get(fact_id) is True:
        return SUGGESTED
    return None


def less_taken_back(folded: str) -> str:
    """The answer less its later sentences that grant a maybe and take it back: a hedge, then
    a contrast and a plain denial with no hedge and no "for now" ("Go back? No. Maybe one
    day to visit my mother, but not to live", "Quizás algún día de visita, pero vivir allí
    no", "Peut-être un jour pour voir ma mère, mais pas pour vivre", "Talvez um dia de
    visita, mas viver lá não"): the maybe is of something less, the no stands. Only after
    a sentence with a no of her own; "Maybe, but not now" keeps its doubt (`for_nows`)."""
    if lexicon.hedge_regex().search(folded) is None:
        return folded  # no maybe to take back
    parts = re.split(r"(?<=[.!?])\s+", folded)
    if len(parts) < 2:
        return folded
    kept = [parts[0]]
    for part in parts[1:]:
        said_no = any(_NO_WORDS() & set(tokens(p)) for p in kept)
        if not (said_no and _takes_back(part)):
            kept.append(part)
    return " ".join(kept)


def _takes_back(sentence: str) -> bool:
    toks = tokens(sentence)
    cuts = [i for i in range(len(toks)) if contrast_at(toks, i)]
    if not cuts:
        return False
    head, tail = " ".join(toks[: cuts[-1]]), " ".join(toks[cuts[-1] + 1 :])
    if not _has_hedge(head) or _has_hedge(tail) or not _NO_WORDS() & set(tail.split()):
        return False
    later = ("for_nows", "later_words", "not_yet")
    return not any(lexicon.phrase_regex(k).search(tail) for k in later)


@cache
def _NO_WORDS() -> frozenset[str]:  # noqa: N802 (a constant, built on first use)
    """One-word denials: the `no` answer words and the negators of one word."""
    ws = lexicon.word_sets()
    return frozenset(w for w in ws.no | ws.negators if " " not in w)
