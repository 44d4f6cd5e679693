"""The sentence a ";" joins to a clause's own on the same line (stop 33, turns33b).

The splitter cuts at ";", so a limit set after it ("aceita que partilhemos com o abrigo;
para outros serviços quer ser perguntada antes") is lost to a rule's `cancelled_by`, which
looks only in its own sentence. For the facts listed in `[statements] cancel_across_semicolon`
the cancel also looks in that joined sentence, when it speaks of sharing (`share_topics`,
`share_recipients`): an unrelated sentence never cancels a clear yes."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold

_SEMICOLON = re.compile(r"[^\S\n]*;[^\S\n]*")


def joined_next(clause_text: object) -> str:
    """The folded sentence after the clause's, when only a ";" on the same line parts them
    (else "")."""
    if not isinstance(clause_text, OriginalClause):
        return ""
    k, originals = clause_text.sentence_index, clause_text.originals
    if k < 0 and originals.folded and clause_text.folded_sentence in originals.folded:
        k = originals.folded.index(clause_text.folded_sentence)  # an "and"-joined part
    if k < 0 or k + 1 >= originals.count:
        return ""
    own, nxt = originals.get(k), originals.get(k + 1)
    if not own or not nxt:
        return ""
    text = originals.text
    at = text.find(own)
    if at < 0:
        return ""  # (lines joined: the sentence is not the text's own; nothing to add)
    gap = _SEMICOLON.match(text, at + len(own))
    if not gap or not text.startswith(nxt[:24], gap.end()):
        return ""
    return lexicon.respell(fold(nxt.replace("-", " ")))


def cancel_joined(fact: str, clause_text: object, cancel: re.Pattern[str]) -> str | None:
    """The value offered instead (`[statements.cancel_across_semicolon]`) when a
    `cancelled_by` phrase in the ";"-joined sentence, one that speaks of sharing, voids the
    match; None when nothing there cancels it."""
    offered = lexicon.words_of_rules("statements", "cancel_across_semicolon")
    if not isinstance(offered, dict) or fact not in offered:
        return None
    nxt = joined_next(clause_text)
    padded = f" {' '.join(tokens(nxt))} "
    if not nxt or not cancel.search(padded):
        return None
    if not (
        lexicon.phrase_regex("share_topics").search(padded)
        or lexicon.phrase_regex("share_recipients").search(padded)
    ):
        return None
    return offered[fact][0] if offered[fact] else None
