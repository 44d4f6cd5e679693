"""Marks a form writes between a label and its value, rewritten so the form-line reader
(`fields.py`) finds "Label: value": a leader of dots ("Nationality ...... Ivorian"), a
spaced dash ("Police - no"), the answers a printed form offers in brackets ("(Y/N/Unsure):").
Each rewrite keeps every offset of the text, so what is read still points at the note."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.field_tables import tables, value_words
from caseassist.intake.fields import FORM_LINE, label_key, split_inline_labels

_TOPIC_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^\W\d_][^:?\n\-\u2013\u2014]{0,30}?)"
    r"\s*\s[-\u2013\u2014]+\s*(?P<value>\S.*?)\s*$"
)
"""A topic and its value joined by a dash ("Police - no"): a form line when the topic is
a known label (`fields.toml`; a question, "Police? No.", is read as one and its reply)."""
_DASH = re.compile(r"\s[-\u2013\u2014]+\s")
_LEADER_LINE = re.compile(
    r"^\s*(?:[-*\u2022>\u00b7]+\s*)?(?P<label>[^\W\d_][^:\n.]{0,40}?)(?P<dots>\s*\.{3,}\s*)\S"
)
"""A label, a leader of three dots or more, a value: "Injuries ......... none visible"."""


_OPTIONS = re.compile(
    r"(?P<mark>\?)?\s*\((?:[^()/:\n]{1,14}/){1,4}[^()/:\n]{1,14}\)\s*:", re.IGNORECASE
)
"""The answers a printed form offers, bracketed before the colon ("Trafficker knows
current location (Y/N/Unsure): Unsure", "connaît-il ... ? (oui/non/incertain) :")."""


def options_as_question(text: str) -> str:
    """A label followed by the answers its form offers is a question, its value the reply:
    the bracket and the colon become a question mark and spaces, so the label is read as
    asked, never as a statement ("knows current location"), and every offset still holds."""
    if "/" not in text or ":" not in text:
        return text

    def ask(m: re.Match[str]) -> str:
        return ("?" if not m.group("mark") else m.group("mark")) + " " * (len(m.group()) - 1)

    return _OPTIONS.sub(ask, text)


def _companions(label: str) -> bool:
    """A label naming who came with her (`companion_labels`: "Acompañantes ....... ninguno"):
    a form line too, read by the children reader (read/child_labels.py)."""
    return " ".join(value_words(label)) in lexicon.by_language("companion_labels")


_FIRST_LABEL = re.compile(r"(?P<label>[^\W\d_][^:\n.]{0,30}?)\s*:")


def _opens_on_label(value: str) -> bool:
    """The value after a leader opens on a known label and its colon: the leader's own label
    only says whom the line is about ("Individual referred ...... Sex: M  Age: 44")."""
    m = _FIRST_LABEL.match(value)
    return bool(m and label_key(m.group("label")))


def colon_topics(text: str) -> str:
    """A known label and its value joined by a dash ("Police - no", "Perigo – sim") or by a
    leader of dots ("Nationality ...... Ivorian", a printed form) written as a form line
    ("Police : no"), so it reads as "Label: value" does; the dash or the dots become the
    colon, so every offset in the text still holds."""
    dashes = " - " in text or "\u2013" in text or "\u2014" in text
    if not dashes and "..." not in text:
        return text
    chars = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        lead = _LEADER_LINE.match(line.rstrip("\n"))  # (a colon only after the dots:
        # "Idioma ..... guarani / espanol: si")
        if lead and _ellipsis(lead.group("dots"), line[lead.end("dots") :]):
            lead = None  # "Volver... no. Allí está él, ...": her pause in prose, no leader
        if lead and (
            label_key(lead.group("label"))
            or _companions(lead.group("label"))
            or _opens_on_label(line[lead.end("dots") :])
        ):
            at = pos + lead.start("dots")
            chars[at : lead.end("dots") + pos] = " :" + " " * (len(lead.group("dots")) - 2)
            pos += len(line)
            continue
        m = _TOPIC_LINE.match(line.rstrip("\n")) if ":" not in line and dashes else None
        dash = _DASH.search(line, m.end("label")) if m else None
        if m and dash and dash.end() == m.start("value") and label_key(m.group("label")):
            at = pos + dash.start()
            chars[at : at + len(dash.group())] = " :" + " " * (len(dash.group()) - 2)
        pos += len(line)
    return "".join(chars)


def _ellipsis(dots: str, value: str) -> bool:
    """Three dots right after a word, before a value that goes on past its sentence: a
    pause in prose ("Volver... no. Allí está él"), not a printed form's leader."""
    return dots.rstrip() == "..." and re.search(r"[.!?]\s+\S", value) is not None


def dashed_values(text: str) -> str:
    """A spaced dash inside the value of a label naming what she may lack (`[lacking]`)
    ends a part as a comma does ("Accommodation tonight: None - needs a bed tonight",
    "Hébergement : MENA - à orienter ce soir"): the part after it is read on its own,
    never under the "none" before it (which there states the need). Other labels keep
    theirs ("Documents: none - passport being issued"). The dash becomes a comma and a
    space, so every offset in the text still holds."""
    if ":" not in text or not (" - " in text or "\u2013" in text or "\u2014" in text):
        return text
    lacking = tables().lacking
    chars = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        m = FORM_LINE.match(line.rstrip("\n"))
        if m and label_key(m.group("label")) in lacking:
            for dash in _DASH.finditer(line, m.start("value")):
                at = pos + dash.start()
                chars[at : at + len(dash.group())] = ", " + " " * (len(dash.group()) - 2)
        pos += len(line)
    return "".join(chars)


def as_colons(text: str) -> str:
    """Every rewrite here, in the order a note needs them: a form's offered answers first
    ("knows location (Y/N/Unsure): Unsure" is asked), then leaders and dashes as colons,
    labels pasted on one line broken apart, a dash inside what she lacks as a comma."""
    text = options_as_question(text)
    return dashed_values(split_inline_labels(colon_topics(text)))
