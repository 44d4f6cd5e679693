"""A note that says she has no phone: "Woman, 30. No phone.", "She has no phone", "sin
teléfono", "pas de portable", "sem telemóvel". It answers the safe-contact question
("Is there a safe way to reach you later, like a phone…?"): there is no phone to reach
her, so the session does not ask it again; the value is the clause as written, as a
survivor's "no phone" to the question is kept.

The phrase (`no_phone`) must end its clause or be followed only by `no_phone_tails` ("of
her own", "at the moment"): "no phone contact with her family" is about her family, not
about reaching her. A clause whose subject is another person ("her sister has no phone")
says nothing of her."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import sentences, tokens
from caseassist.intake.text import fold

_CLAUSE = re.compile(r"[^,;:()]+")


@cache
def _pattern() -> re.Pattern[str]:
    phrase = lexicon.phrase_regex("no_phone").pattern
    tails = "|".join(re.escape(fold(t)) for t in sorted(lexicon.by_language("no_phone_tails")))
    return re.compile(rf"{phrase}\s*(?:(?:{tails})\b\s*)?[.!]*\s*$")


def no_phone(text: str) -> str | None:
    """The clause saying she has no phone, as written, or None."""
    if lexicon.phrase_regex("no_phone").search(fold(text)) is None:
        return None  # most notes say nothing of it: one search of the whole text
    for original in sentences(text, []):
        for m in _CLAUSE.finditer(original):
            clause = m.group().strip()
            folded = fold(clause)
            hit = _pattern().search(folded)
            if hit is None or _other_subject(tokens(folded[: hit.start()])):
                continue
            return clause.strip(" .")
    return None


_NUMBER = re.compile(r"\d[\d ().\-]{5,}\d")
_LEAD_WORDS = 3


def no_way(value: str) -> bool:
    """A safe-contact value that gives no way to reach her: no number, and it says she has
    no phone ("o telemóvel foi-lhe tirado; sem contacto de momento"), or it opens (after a
    short lead and a colon) with a negator, naming a way not to use ("sans risque : pas sur
    son cell (il le regarde)")."""
    if _NUMBER.search(value):
        return False
    folded = fold(value).replace("-", " ")  # "foi-lhe tirado"
    if lexicon.phrase_regex("no_phone").search(folded):
        return True
    lead, _, rest = folded.partition(":")
    words = tokens(rest if rest and len(lead.split()) <= _LEAD_WORDS else folded)
    words = [w for w in words if w[0].isalnum()]
    return bool(words) and words[0] in lexicon.word_sets().negators
