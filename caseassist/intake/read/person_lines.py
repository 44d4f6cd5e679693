"""A note with one line per person ("Ela: Ana, 24 anos" / "Ele: Thiago, 29 anos",
"Lupe: F, 27" / "Spouse: M, 31"): the survivor's line settles her age, name and sex.

When such a note gives two ages (or names, or sexes), reading sentence by sentence
finds a conflict and applies neither. But the note says which person the referral is
about ("This referral is for Thiago", "Survivor: LUPE", "o encaminhamento é para a
Ana"): the line of that person holds her values. Only facts in conflict are settled,
and only from exactly one line of hers beside at least one line of another person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.numbered_people import settle_numbered_people
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold

_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7\"]+\s*)?(?P<label>[^\W\d_][\w'.-]*)\s*:\s*(?P<value>\S.*)$", re.M
)
_CAPITAL_WORD = re.compile(r"[A-Z\u00c0-\u00de][\w'-]+")


@cache
def _cue() -> re.Pattern[str]:
    """The survivor's name after a cue ("this referral is for", "Survivor:")."""
    cues = lexicon.phrase_regex("survivor_cues").pattern
    roles = lexicon.phrase_regex("name_roles").pattern
    return re.compile(
        rf"(?:{cues}|^\s*{roles}\s*:)\s*(?:(?:a|o|la|el|le|mr|mrs|ms|sr|sra)\.? )?", re.M
    )


@cache
def _pronoun_labels() -> frozenset[str]:
    return lexicon.by_language("line_label_female") | lexicon.by_language("line_label_male")


def survivor_named(text: str) -> str | None:
    """The one name the note gives as the survivor's (folded), or None: the word after
    a cue, when the note writes it with a capital ("This referral is for Thiago")."""
    found: set[str] = set()
    for line in text.splitlines():
        capitals = {fold(w): w for w in _CAPITAL_WORD.findall(line)}
        if not capitals:
            continue
        joined = " ".join(tokens(fold(line)))
        for m in _cue().finditer(joined):
            after = joined[m.end() :].split(maxsplit=1)
            if after and after[0] in capitals:
                found.add(after[0])
    return next(iter(found)) if len(found) == 1 else None


def _line_person(label: str, value: str) -> str | None:
    """Whom a "Label: value" line is about: the label when it is a name ("Lupe: F,
    27"), the name the value opens with after a pronoun label ("Ele: Thiago, 29")."""
    if fold(label) in _pronoun_labels():
        word = _CAPITAL_WORD.match(value.strip())
        return fold(word.group(0)) if word else None
    return fold(label) if label[:1].isupper() else None


def settle_by_person_lines(
    text: str, out: Extraction, read: Callable[[str], Extraction], written: str | None = None
) -> None:
    """Person facts the note left open (in conflict, or unread among several people's
    values) settled by the survivor's own line (`read` reads a text; `written`: the note
    as written, before its labels were made plain: "Person 2 (victim):")."""
    settle_numbered_people(written or text, out, read)  # "Victim 1: F, 15" / "Victim 2: M, 34"
    open_facts = [
        f for f in lexicon.words_of_rules("person_lines", "settled") if f not in out.values
    ]
    if not open_facts or text.count(":") < 2:
        return
    lines = [
        (fold(m.group("label")), m.group("label"), m.group("value")) for m in _LINE.finditer(text)
    ]
    others = lexicon.word_sets().other_people
    if not any(label in _pronoun_labels() or label in others for label, _, _ in lines):
        return  # no line about another person ("Ela:", "Spouse:"): nothing to tell apart
    name = survivor_named(text)
    if name is None:
        return
    hers: list[str] = []
    sex: str | None = None
    for label, original, value in lines:
        if _line_person(original, value) != name:
            continue
        if label in lexicon.by_language("line_label_female"):
            sex = "female"
        elif label in lexicon.by_language("line_label_male"):
            sex = "male"
        # read as a client line, so "Tom, 29" is his age
        named = value if label in _pronoun_labels() else f"{original}, {value}"
        hers.append(f"Client: {named.strip()}")
    if len(hers) != 1:
        return
    got = read(hers[0])
    for fid in open_facts:
        value = got.values.get(fid)
        if fid == "person.gender" and value is None:
            value = sex  # "Ele: Thiago, 29 anos": the label's pronoun
        if value is not None:
            out.conflicts.discard(fid)
            out.values[fid] = value
