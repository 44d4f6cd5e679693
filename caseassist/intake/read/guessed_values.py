"""A value a note puts as a question ("¿Nigeriana?", "Honduran?", "Elle est ivoirienne
c'est ça ?") is the writer's guess: offered to staff, not applied, unless the next
sentence opens with a yes ("Oui, Côte d'Ivoire."), which makes it the note's own, or
a no, which drops it."""

from __future__ import annotations

import re
from collections.abc import Callable

from caseassist.intake.read.answer_kinds import _yes_no
from caseassist.intake.read.result import Extraction

_LABEL = re.compile(r"^\s*(?:\[[^\]]{1,12}\]\s*|\d{1,2}[:h]\d{2}\s+)?[^:?!]{1,40}:\s*")


def _after_label(sent_folded: str) -> str:
    """A transcript line without its time and speaker's label ("[12:36] m. lefebvre
    (prof): oui, ..." -> "oui, ...")."""
    m = _LABEL.match(sent_folded)
    return sent_folded[m.end() :] if m else sent_folded


def read_guess(
    sent_folded: str,
    replies: list[str],
    out: Extraction,
    read: Callable[[str, Extraction], None],
) -> None:
    """Read the question `sent_folded` with `read` aside, then offer what it reads, or
    apply it when the first reply confirms it with a yes; a no leaves nothing."""
    guess = Extraction()
    read(sent_folded, guess)
    if not guess.values:
        return
    said = _yes_no(_after_label(replies[0])) if replies else None
    if said is False:
        return  # "Is she Honduran? / No, I think Guatemalan.": the guess is denied
    confirmed = said is True
    for fid, value in guess.values.items():
        (out.put if confirmed else out.maybe)(fid, value)
