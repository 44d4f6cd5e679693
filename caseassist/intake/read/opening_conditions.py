"""A sentence opened by a condition of its own before a statement ("If her cousin can't
take her, she'll need a bed tonight", "Si sa cousine ne peut pas la recevoir, il lui
faudra une place"): a plan for a case, not a need now. The `opening_conditions` check of
a clean reading (`read/clean_reading.py`); its cues are each language's
`condition_openers`."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.segment import tokens

_CLAUSE_END = re.compile(r"[,;:.!?]")
_TURN_LABEL = re.compile(r"(?:\[[^\]]{0,24}\]\s*)?[^:!?,;]{1,48}:\s*")
"""A chat turn's time and speaker before what the speaker says ("[14:03] Clinic (Nurse X): ")."""
_SHORT_CONDITION = 3
"""A condition this short ("if possible", "si es posible", "se possível") is politeness."""


def opening_condition(plain: str, clause: str | None) -> str | None:
    """The `condition_openers` cue that opens the sentence with a condition of more than a
    few words, before the statement's clause (a condition after it is the fact's own:
    "needs a bed tonight if you have room" is still a need)."""
    text = plain.lstrip(" -*\u2022")
    if (turn := _TURN_LABEL.match(text)) and lexicon.phrase_regex("condition_openers").match(
        text, turn.end()
    ):
        text = text[turn.end() :]  # a chat turn's speaker before it ("Clinic: If her cousin...")
    m = lexicon.phrase_regex("condition_openers").match(text)
    if not m:
        return None
    head = _CLAUSE_END.split(text, maxsplit=1)[0]
    if len([t for t in tokens(head) if t[:1].isalnum()]) <= _SHORT_CONDITION:
        return None
    if clause and text.find(clause) == 0:  # (the statement is the condition itself)
        return None
    return m.group(0)
