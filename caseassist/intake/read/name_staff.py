"""Names a transcript's header gives to staff: "Écoutante : Solène.", "Intake worker: Gemma",
"Operadora: Lucía (O)". A staff member who introduces herself in her own turn ("Ligne Aurore,
bonsoir, je m'appelle Solène") names herself with the same cue a survivor would use; her
name is never the survivor's, whoever the turn's label says speaks (a first name, or a
letter the legend gives)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold

_LABELLED = re.compile(
    r"(?:^|(?<=[.;|\n])|(?<=\s\s))[^\S\n]*(?P<label>[^\W\d_][^\W\d]*(?:[^\S\n][^\W\d_][^\W\d]*){0,2})"
    r"[^\S\n]*:[^\S\n]*(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019-]+)\b(?=[^\S\n]*(?:[.;(|]|$))",
    re.M,
)
"""A label of up to three words, a colon and a capitalised word that ends the value (a
stop, a bracket, the line's end): "Écoutante : Claire (E).", never a turn's first word
("OPERADORA: Kátia, está em segurança?" speaks to her)."""

_HEADER_LINES = 6


def staff_names(text: str) -> frozenset[str]:
    """The first names a header line gives after a staff label (`staff_speakers`), folded:
    only in the first lines, where a transcript names who takes the call."""
    staff = lexicon.by_language("staff_speakers")
    found = set()
    for line in text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        for m in _LABELLED.finditer(line):
            label = m.group("label").strip()
            if ffold(label) in staff and _opens(text, label) <= 1:
                found.add(ffold(m.group("name")))  # a label that opens the turns is no legend
    return frozenset(found)


def _opens(text: str, label: str) -> int:
    """How many lines open with `label` and a colon (a time or a bullet before it)."""
    pat = re.compile(rf"^[^\S\n]*(?:\[[^\]\n]*\][^\S\n]*)?{re.escape(label)}[^\S\n]*:", re.M)
    return len(pat.findall(text))


def without_staff(text: str, names: list[str]) -> list[str]:
    """`names` less those whose first word a header gives to staff; looked for only when
    the names found disagree (one name is hers whoever else the header names)."""
    if len({n.split()[0] for n in names if n.split()}) < 2 or ":" not in text:
        return names
    staff = staff_names(text)
    return [n for n in names if not n.split() or ffold(n.split()[0]) not in staff]
