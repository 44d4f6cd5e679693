"""Whose clause it is, beyond the subject words `roles` reads: the topic carried from the
clause before, or a cleft ("quem precisa de médico é o meu filho")."""

from __future__ import annotations

import re

from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.topics import carried_other, cleft_other


def topic_other(
    clause_text: object, folded: str, m: re.Match[str], before: list[str], writer: bool
) -> bool:
    """Another person by the topic carried from the clause before, or by a cleft."""
    if cleft_other(before, tokens(folded[m.end() :])):
        return True
    if not isinstance(clause_text, OriginalClause):
        return False
    sent = clause_text.folded_sentence
    at = sent.find(folded)
    return at > 0 and carried_other(sent[:at], before, tokens(folded), answer=not writer)
