"""Another person's claim about her, and her own word against it (see docs/intake.md).

"Her employer says she is 22, but she says she is 17": the clause in which another
person (`other_people`) says, claims or insists (`claim_verbs`) is that person's claim.
Where the note's statements disagree on a fact, the claim yields: the fact is read again
with the claims set aside, and her own statement, if it then stands alone, settles it."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import ffold, tokens

_PIECE = re.compile(r"[^.;!?\n]+?(?=[.;!?\n]|\s(?:but|pero|mais|mas)\s|$)", re.I)
"""A clause of a claim: up to a stop, a semicolon or "but / pero / mais / mas"."""


@cache
def _verbs() -> re.Pattern[str]:
    return lexicon.phrase_regex("claim_verbs")


def _is_claim(piece: str) -> bool:
    """Another person is the subject before the verb of saying ("his boss claims")."""
    folded = ffold(piece)
    m = _verbs().search(folded)
    if m is None:
        return False
    lead = tokens(folded[: m.start()])
    return bool(lead) and len(lead) <= 6 and _other_subject(lead)


def without_claims(text: str) -> str:
    """`text` with every clause of another person's claim blanked (offsets unchanged)."""
    if _verbs().search(ffold(text)) is None:
        return text
    chars = list(text)
    for m in _PIECE.finditer(text):
        if _is_claim(m.group()):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)
