"""A no with a second side: "not now, but my head hurts a lot" is no clear no.

To a yes/no question, a no followed by a contrast (`contrasts`: "but", "pero", "mais",
"mas") may go on to state or suggest the asked need itself. The side after the contrast
is read alone: a need it states answers yes ("ahora no, pero el bebé se mueve menos");
one it only suggests (a symptom, an injury) leaves the question open with her words kept,
and the yes offered, never a recorded no."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.note import extract

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
