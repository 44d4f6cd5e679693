"""Whether an answer that gives a number doubts it: "He says I'm twenty-five, but I
think I'm younger. I'm not really sure." gives an age she is not sure of. Such a number
is offered to staff, never applied. The doubts are each folder's `number_doubts`, not
the general hedges ("No sé si quiero denunciar" doubts no number), nor an approximation
("about 30" is an approximate age, as the contract takes it). A doubt counts in a
sentence that holds a number, or as a short sentence of its own with none ("No estoy
segura.", "Je ne sais pas trop."); a longer sentence about something else ("Tengo 30
años. Creo que el patrón sabe dónde estoy.") leaves the number clear."""

from __future__ import annotations

import re

from caseassist.intake.numbers import to_int
from caseassist.intake.read.name_wishes import phrase_search
from caseassist.intake.read.segment import tokens

_BARE_DOUBT_WORDS = 6
"""At most this many words in a sentence with no number for its doubt to be the number's."""
_STOP = re.compile(r"[.!?;\n]+")


def doubted_number(folded: str) -> bool:
    """Whether the (folded) answer doubts the number it gives."""
    for sent in _STOP.split(folded):
        toks = tokens(sent)
        if not toks or not phrase_search("number_doubts", sent):
            continue
        has_number = any(t.isdigit() or to_int(t) is not None for t in toks)
        if has_number or len(toks) <= _BARE_DOUBT_WORDS:
            return True
    return False
