"""A form value that points elsewhere: "Injuries: see attached medical report",
"Blessures : voir certificat médical", "Lesiones: ver informe adjunto", "Lesões: ver
relatório médico".

A printout often sends the reader to another document or another part of the note.
Such a value states nothing itself (as "see above" does, a `placeholder`); recorded as
a text fact, it would put "voir certificat médical" in place of her injuries. A pointer
is a `pointer_leads` word first ("see", "voir", "ver", "cf") and, among the five words
after it, a `pointer_targets` word (a document or a place in the note: "report",
"certificat", "informe", "acima"), so "ver a su familia" (a wish) is no pointer."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name

_WORD = re.compile(r"[a-z0-9]+")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return lexicon.by_language("pointer_leads"), lexicon.by_language("pointer_targets")


def points_elsewhere(value: object) -> bool:
    """The value (a form line's) sends the reader to another document or place."""
    if not isinstance(value, str):
        return False
    words = _WORD.findall(fold_name(value))
    leads, targets = _words()
    return bool(words) and words[0] in leads and not targets.isdisjoint(words[1:6])
