"""A sentence's opening heading ("Nurse note:", "Nota de enfermeria:"): the writer or the
document it names is not the person the sentence describes. Moved out of `note.py` as it
is, to keep that module under 400 lines."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon


@cache
def _heading() -> re.Pattern[str]:
    """A sentence's opening heading, "Nurse note:", "Police report:", "Nota de enfermeria:",
    "Referral (school counsellor):": up to three words around a `heading_words` word, a
    bracket, then a colon."""
    heads = lexicon.phrase_regex("heading_words").pattern
    return re.compile(rf"^(?:[a-z'&.]+ ){{0,3}}{heads}(?: [a-z'&.]+){{0,2}}(?: ?\([^()]*\))? ?: ")


def without_heading(sentence: str) -> str:
    """The sentence without its heading: the writer or the document a heading names is not
    the person its words describe ("Nurse note: 41 y/o female" is her age, not the nurse's)."""
    m = _heading().match(sentence)
    return sentence[m.end() :] if m and m.end() < len(sentence) else sentence
