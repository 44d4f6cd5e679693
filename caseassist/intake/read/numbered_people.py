"""Several people under numbered labels, as inspection, police and site reports write them:
"Victim 1: female, 15 years" / "Victim 2: male, 34", "W-3 (line cook): approx 27 y/o" /
"W-4: F, 17", "Trabajador 2 (T2): varón, 58 años" / "T3: menor de 16".

Read sentence by sentence, each person's age and sex conflict and none is applied. The
first label of a kind is the person the note is about; a line under another label of the
same kind (another number or letter) is someone else's. Her age and sex are read once
more from the note without those lines: a value only those lines gave is dropped.

A label is a person noun (`numbered_person_nouns`) or one letter
(`numbered_person_letters`) with a number or a letter; its kind is the noun's stem or the
letter, and an alias in brackets ("Trabajador 2 (T2)") is the same person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.text import fold

_FACTS = ("person.age", "person.gender")
_BULLET = r"(?:[-*\u2022>\u00b7]+\s*)?"
_STEM = 5  # "trabajador" / "trabajadora", "victim" / "victima": one kind


@cache
def _label() -> re.Pattern[str]:
    """A line opening with a person label, its alias in brackets, then ":" or a dash."""
    nouns = "|".join(
        sorted(map(re.escape, lexicon.by_language("numbered_person_nouns")), key=len, reverse=True)
    )
    letters = "".join(sorted(lexicon.by_language("numbered_person_letters")))
    numbered = rf"(?:{nouns})\s?(?:n\s?[o\u00b0\u00ba]?\.?\s?|#\s?|-\s?)?\d{{1,2}}"  # "victim 2", "persona #3"
    lettered = rf"(?:{nouns})(?:\s|\s?-\s?)[a-z]"  # "person b", "victime-a"
    one = rf"(?:{numbered}|{lettered}|[{letters}][-.#]?\d{{1,2}})"  # "w-3", "v1"
    return re.compile(
        rf"^\s*{_BULLET}(?P<label>{one})(?![\w-])"
        rf"(?:\s*\((?P<alias>[^()]{{0,40}})\))?\s*(?::|\s[-\u2013\u2014]\s)(?P<value>.*)$"
    )


def _ids(label: str) -> set[tuple[str, str]]:
    """(kind, index) of a label: "victima 2" -> ("victi", "2"), "w-3" -> ("w", "3")."""
    m = re.match(r"([a-z]+)\W*(?:n\s?[o\u00b0\u00ba]?\W*)?(\w+)$", label.strip())
    if m is None:
        return set()
    noun, idx = m.groups()
    return {(noun[:_STEM], idx)}


def _other_lines(lines: list[str]) -> set[int]:
    """The lines under a numbered label other than the first of its kind."""
    pat = _label()
    first: dict[str, str] = {}
    out: set[int] = set()
    owner_other = False  # the lines after a bare "Victim 2:" heading are his
    bare_heading = False
    for i, line in enumerate(lines):
        m = pat.match(line)
        if m is None:
            if not line.strip():
                owner_other = bare_heading = False
            elif owner_other and (bare_heading or line[:1].isspace() or _bulleted(line)):
                out.add(i)
            else:
                owner_other = False
            continue
        ids = _ids(m.group("label"))
        alias = m.group("alias")
        if alias and pat.match(f"{alias}:"):
            ids |= _ids(alias)
        other = any(first.setdefault(kind, idx) != idx for kind, idx in ids)
        for kind, idx in ids:
            first.setdefault(kind, idx)
        owner_other, bare_heading = other, not m.group("value").strip()
        if other:
            out.add(i)
    return out


def _bulleted(line: str) -> bool:
    return re.match(rf"\s*{_BULLET}\S", line) is not None and line.lstrip()[:1] in "-*\u2022>\u00b7"


def settle_numbered_people(text: str, out: Extraction, read: Callable[[str], Extraction]) -> None:
    """Her age and sex read without the lines of the other numbered people (`read` reads a
    text); nothing changes in a note with one numbered person or none."""
    if text.count("\n") < 1 or not re.search(r"\d|\b[a-z] ?:", text):
        return
    lines = [fold(line) for line in text.split("\n")]
    others = _other_lines(lines)
    if not others:
        return
    kept = "\n".join(line for i, line in enumerate(text.split("\n")) if i not in others)
    got = read(kept)
    for fid in _FACTS:
        value = got.values.get(fid)
        if value is None:  # only the others' lines gave it (or it is still open)
            out.values.pop(fid, None)
            continue
        out.conflicts.discard(fid)
        out.values[fid] = value
