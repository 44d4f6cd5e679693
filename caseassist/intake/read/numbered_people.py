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

import itertools
import re
from collections.abc import Callable
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold

_FACTS = ("person.age", "person.gender")
_BULLET = r"(?:[-*\u2022>\u00b7]+\s*)?"
_STEM = 5  # "trabajador" / "trabajadora", "victim" / "victima": one kind


@cache
def _one() -> str:
    """One person label: a person noun or a letter with a number or a letter."""
    nouns = "|".join(
        sorted(map(re.escape, lexicon.by_language("numbered_person_nouns")), key=len, reverse=True)
    )
    letters = "".join(sorted(lexicon.by_language("numbered_person_letters")))
    numbered = rf"(?:{nouns})\s?(?:n\s?[o\u00b0\u00ba]?\.?\s?|#\s?|-\s?)?\d{{1,2}}"  # "victim 2"
    lettered = rf"(?:{nouns})(?:\s|\s?-\s?)[a-z]"  # "person b", "victime-a"
    return rf"(?:{numbered}|{lettered}|[{letters}][-.#]?\d{{1,2}})"  # "w-3", "v1"


@cache
def _label() -> re.Pattern[str]:
    """A line or sentence opening with a person label, its alias in brackets, then ":", a
    dash, a comma or (after a noun) a word: "Victim 2, male, 34", "Víctima 2 tiene 19"."""
    return re.compile(
        rf"^\s*{_BULLET}(?P<label>{_one()})(?![\w-])(?:\s*\((?P<alias>[^()]{{0,40}})\))?"
        rf"(?P<sep>\s*:|\s[-\u2013\u2014]\s|\s*,|\s+(?=[a-z]))(?P<value>.*)$"
    )


_PARTS = re.compile(r"(?<=[.;:])\s+")
"""Where a line's sentences part: "Victim 1, F, 15. Victim 2, M, 34." is two people."""
_LETTER_LABEL = re.compile(r"[a-z](?![a-z])")


def _labelled(part: str) -> re.Match[str] | None:
    """The label a part opens with; a letter label ("W-3") only before ":" or a dash."""
    m = _label().match(part)
    if m and _LETTER_LABEL.match(m.group("label")) and m.group("sep").strip() in ("", ","):
        return None  # "T2 forms were filed": no person
    return m


def _ids(label: str) -> set[tuple[str, str]]:
    """(kind, index) of a label: "victima 2" -> ("victi", "2"), "w-3" -> ("w", "3")."""
    m = re.match(r"([a-z]+)\W*(?:n\s?[o\u00b0\u00ba]?\W*)?(\w+)$", label.strip())
    if m is None:
        return set()
    noun, idx = m.groups()
    return {(noun[:_STEM], idx)}


@cache
def _named() -> re.Pattern[str]:
    """A label the note says the referral is for (`survivor_cues`): "this referral
    concerns Victim 2", "la persona referida es la trabajadora 3"."""
    cue = lexicon.phrase_regex("survivor_cues").pattern
    the = "|".join(map(re.escape, sorted(function_words().definite_articles)))
    return re.compile(rf"{cue}\s*(?:(?:{the})\s?)?(?P<label>{_one()})(?![\w-])")


def _other_parts(lines: list[list[str]]) -> set[tuple[int, int]]:
    """The (line, part) under a numbered label other than the first of its kind (or than
    the one the note says the referral is for); a part after it on its line, and the
    indented or bulleted lines after it, are under it too."""
    if sum(_labelled(part) is not None for parts in lines for part in parts) < 2:
        return set()  # one numbered person or none: nothing to tell apart
    first: dict[str, str] = {}
    for m in _named().finditer("\n".join(" ".join(parts) for parts in lines)):
        first.update(_ids(m.group("label")))
    for parts in lines if not first else ():
        for part in parts:
            m = _labelled(part)  # "Personne 2 (victime) :": its bracket says it is hers
            if m is not None and _names(m.group("alias") or "", _hers()):
                first.update(_ids(m.group("label")))
    out: set[tuple[int, int]] = set()
    owner_other = False  # the lines after a bare "Victim 2:" heading are his
    bare_heading = False
    for i, parts in enumerate(lines):
        line = " ".join(parts)
        if not line.strip():
            owner_other = bare_heading = False
            continue
        if not (owner_other and (bare_heading or line[:1].isspace() or _bulleted(line))):
            owner_other = bare_heading = False
        for j, part in enumerate(parts):
            m = _labelled(part)
            if m is not None:
                ids = _ids(m.group("label"))
                alias = m.group("alias")
                if alias and _label().match(f"{alias}:"):
                    ids |= _ids(alias)
                if _names(_said(m, parts[j + 1 : j + 2]), _others()) or _unreferred(parts[j:]):
                    owner_other = True  # "Person 1 (suspect): M, 45", "... NOT referred": not her
                else:
                    owner_other = any([first.setdefault(kind, idx) != idx for kind, idx in ids])
                bare_heading = not m.group("value").strip()
            if owner_other:
                out.add((i, j))
    return out


def _unreferred(parts: list[str]) -> bool:
    """The label's line, up to the next label, says that person is not the one referred
    (`unreferred_marks`: "contact #2: M, 19 yo, declined services. NOT referred.")."""
    said = [parts[0], *(p for p in itertools.takewhile(lambda p: not _labelled(p), parts[1:]))]
    return lexicon.phrase_regex("unreferred_marks").search(" ".join(said)) is not None


def _said(m: re.Match[str], after: list[str]) -> str:
    """What a label's bracket and line say first ("Persona 1: sospechoso, varón")."""
    return f"{m.group('alias') or ''} {m.group('value')} {' '.join(after)}"


@cache
def _others() -> frozenset[str]:
    return lexicon.word_sets().other_people | lexicon.by_language("role_heads")


@cache
def _hers() -> frozenset[str]:
    return lexicon.by_language("name_roles")


def _names(words: str, people: frozenset[str]) -> bool:
    """The words name one of `people`: another person in a label's bracket or first words
    ("suspect", "officer": `other_people`, `role_heads`), or her in its bracket only
    (`name_roles`: "Trabajador 3: menor de 16" describes him, it does not say he is her)."""
    return not people.isdisjoint(tokens(words)[:4])


def _bulleted(line: str) -> bool:
    return re.match(rf"\s*{_BULLET}\S", line) is not None and line.lstrip()[:1] in "-*\u2022>\u00b7"


def settle_numbered_people(text: str, out: Extraction, read: Callable[[str], Extraction]) -> None:
    """Her age and sex read without the lines of the other numbered people (`read` reads a
    text); nothing changes in a note with one numbered person or none."""
    if not re.search(r"\d", text):
        return
    lines = [_PARTS.split(line) for line in text.split("\n")]
    others = _other_parts([[fold(p) for p in parts] for parts in lines])
    if not others:
        return
    kept = "\n".join(
        " ".join(p for j, p in enumerate(parts) if (i, j) not in others)
        for i, parts in enumerate(lines)
    )
    got = read(kept)
    for fid in _FACTS:
        value = got.values.get(fid)
        if value is None:  # only the others' lines gave it (or it is still open)
            out.values.pop(fid, None)
            continue
        out.conflicts.discard(fid)
        out.values[fid] = value
