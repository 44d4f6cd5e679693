"""Whose language, by the people around her a statement names: a relative of hers named
through her ("la hermana de la usuaria habla inglés": the sister's), and in her own answer
"they" ("I'm here with my girls; they speak English, I don't": theirs, never hers)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_owners as owners
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import ffold, tokens

_OF = frozenset({"of", "de", "del", "da", "do", "d'"})


def _of_her(clause: list[str]) -> list[str]:
    """Read "la hermana de la usuaria" as "la hermana": her word after "of" and another
    person's word names whose relative the subject is, not the subject ("A irmã da
    usuária fala português", "the sister of the client speaks English")."""
    her = owners._her_nouns()
    arts = function_words().definite_articles
    out: list[str] = []
    k = 0
    while k < len(clause):
        j = k + 1 + (clause[k + 1 : k + 2] != [] and clause[k + 1] in arts)
        if (
            clause[k] in _OF
            and out
            and clause[j : j + 1]
            and clause[j] in her
            and (out[-1] in lexicon.word_sets().other_people or _other_subject(out[-2:]))
        ):
            k = j + 1  # (a relation word: "the mother of the client" is no "the mother")
            continue
        out.append(clause[k])
        k += 1
    return out


_THEY = lexicon.Words(set(), "language_they_subjects")


def _they_subject(clause: list[str]) -> bool:
    """In her own answer, the nearest subject pronoun before the verb is "they" ("I'm here
    with my two girls; they speak English, I don't", "eles falam português, eu não"):
    people with her, never herself (in a note "they" may be her: not read there)."""
    fw = function_words()
    for t in reversed(clause):
        if t in _THEY:
            return True
        if t in fw.writer_words or t in fw.subject_pronouns:
            return False
    return False


_OFFICIALS = lexicon.Words(set(), "language_official_labels")
_NAME_PARTS = 4
"""At most this many tokens of a name between a label's colon and a bracket ("J.
Whitcombe", "Sgt. Ana Ruiz")."""


_NAMED_SET_OFF = re.compile(
    r"^[\W_]*(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’]*\.?\s*){1,4}?)\s*(?P<off>[-–—,(])\s*(?P<rest>.*)$"
)
"""A value that opens on a name written as one (capitalised words or initials, at most
four) set off by a dash, a comma or a bracket ("Josée L. - parle", "Amy Reed, speaks")."""


def named_staff_line(label: list[str], value: str) -> bool:
    """A line that gives a staff or official role a name and then says something of that
    person, set off by a bracket, a dash or a comma ("Inspector: J. Whitcombe (English
    only)", "[Intervenante : Josée L. - parle français, anglais]", "Counsellor: Amy Reed,
    speaks English and French"): what it says of languages is that person's. The name is
    written as one and is not a language, a people or a word for her ("Advocate: Mexican,
    speaks Spanish", "Advocate: Client, speaks Tigrinya" are about her)."""
    m = _NAMED_SET_OFF.match(value)
    if m is None:
        return False
    name = [t for t in tokens(ffold(m.group("name"))) if t != "."]
    langs, peoples, her = lexicon.language_names(), lexicon.demonyms(), owners._her_nouns()
    if m.group("off") != "(" and any(t in langs or t in peoples or t in her for t in name):
        return False
    toks = [*label, ":", *name, "(", *tokens(ffold(m.group("rest")))]
    return named_officials_bracket(toks, len(label) + 1 + len(name))


def named_officials_bracket(before: list[str], opened: int) -> bool:
    """A bracket opened right after a name that a form label gives a staff or official role
    ("Inspector: J. Whitcombe (English only - interview via phone interpreter)",
    "Agente: M. Ruiz (solo habla inglés)", "Inspecteur : P. Martin (anglais seulement)"):
    what it says of languages is that person's, not hers. The label is a staff or official
    word (`language_official_labels`, `staff_speakers`), never one of hers ("Client: Ana
    (Spanish only)"); the words before the bracket a name, not a value ("Interpreter: not
    needed (...)"); and the bracket does not speak of her ("Nurse: Ana (she only speaks
    Spanish)")."""
    lead = before[max(0, opened - _NAME_PARTS - 1) : opened]
    if opened < 2 or ":" not in lead:
        return False
    colon = opened - len(lead) + max(k for k, t in enumerate(lead) if t == ":")
    name = [t for t in before[colon + 1 : opened] if t != "."]
    label = before[max(0, colon - 2) : colon]
    fw, ws = function_words(), lexicon.word_sets()
    plain = fw.definite_articles | fw.subject_pronouns | ws.no | ws.negators
    if not name or not label or not all(t.isalpha() and t not in plain for t in name):
        return False
    roles = _OFFICIALS.all() | lexicon.by_language("staff_speakers")
    her = owners._her_nouns()
    if not (label[-1] in roles or " ".join(label) in roles) or set(label) & her:
        return False
    inside = before[opened + 1 :]
    inside = inside[: inside.index(")")] if ")" in inside else inside
    return not set(inside) & (fw.she_or_he | her)
