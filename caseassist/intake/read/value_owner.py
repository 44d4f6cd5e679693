"""Whose a value is when a note names several people: the person its bracket or its
copula describes.

A note gives ages and sexes of several people ("the boss (30s, English)", "o encarregado
(um senhor de uns 60 anos)", "the agent is an older man (~55)"). Read backwards from the
value, the nearest word for a person there is a gender noun ("senhor", "man"), which
alone would make the value hers; but that noun only describes the person the bracket
follows or the copula's subject names. This module finds that person, so the value
goes to whom it describes. It only ever says "another person's": where it finds no
other person, the caller's own reading stands (precision first: a value held back
costs a question, one given to the wrong person misleads).
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.companions import companion_clause, companion_line
from caseassist.intake.read.demonym_heads import marked_other
from caseassist.intake.read.kin_pronouns import kin_taken_up
from caseassist.intake.read.phrase_heads import before_relative
from caseassist.intake.read.role_appositions import role_in_apposition
from caseassist.intake.read.roles import _gender_noun_words, _other_subject
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.titled_people import titled_other

_QUOTES = frozenset(['"', "'", "\u201c", "\u201d", "\u00ab", "\u00bb", "`"])
_BREAKS = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "-", "/", "\u2013", "\u2014"])
_HEAD_WIDTH = 4  # words before a bracket that may name whom it describes
_PREDICATE_WIDTH = 5  # words between a copula and the value ("is an older man (~")


@cache
def _copulas() -> frozenset[str]:
    return lexicon.by_language("owner_copulas")


@cache
def _person_words() -> frozenset[str]:
    """Gender nouns and words for a person ("senhor", "man", "femme", "worker")."""
    return _gender_noun_words() | lexicon.by_language("person_nouns")


def _open_bracket(toks: list[str]) -> int | None:
    """The index of the bracket the value stands in (opened, not closed), or None."""
    depth = 0
    for i in range(len(toks) - 1, -1, -1):
        if toks[i] == ")":
            depth += 1
        elif toks[i] == "(":
            if depth == 0:
                return i
            depth -= 1
    return None


def _head(toks: list[str]) -> list[str]:
    """The last few words before a bracket, quotes dropped, up to a break."""
    out: list[str] = []
    for t in reversed(toks):
        if t in _QUOTES:
            continue
        if t in _BREAKS or len(out) == _HEAD_WIDTH:
            break
        out.insert(0, t)
    return out


def _copula_subject(toks: list[str]) -> list[str] | None:
    """The words before the copula when `toks` ends with a copula and a short description
    holding a word for a person ("the agent is an older man", "o agenciador é um
    senhor de"), else None."""
    seen_person = False
    for k in range(len(toks) - 1, max(-1, len(toks) - 2 - _PREDICATE_WIDTH), -1):
        t = toks[k]
        if t in _QUOTES:
            continue
        if t in _BREAKS:
            return None
        if t in _copulas() and k > 0:
            return toks[:k] if seen_person else None
        seen_person = seen_person or t in _person_words()
    return None


_OF = frozenset(["of", "de", "del", "du", "des", "d'", "da", "do", "das", "dos"])


def _of_other(toks: list[str], head: list[str]) -> bool:
    """The bracket follows "X of Y" and X is another person: "la hija de la persona
    afectada (35 años", "the daughter of the man referred (35", "la fille de la victime
    (35 ans": the head noun is X, before the "of"."""
    at = next((k for k in range(len(head) - 1, -1, -1) if head[k] in _OF), None)
    if at is None:
        return False
    before = toks[: len(toks) - len(head) + at]
    return bool(before) and _names_other(_head(before))


def _lender(head: list[str]) -> bool:
    """The head is a person word, a link and a phone ("a moça do celular", "the lady with
    the phone", "la dame au téléphone": `belonging_links`, `lent_things`): the person whose
    phone she called from, never her (stop 33, turns33b)."""
    words = [t for t in head if t not in _QUOTES]
    if len(words) < 3 or words[-1] not in lexicon.by_language("lent_things"):
        return False
    links = lexicon.by_language("belonging_links")
    for k in (1, 2):
        if len(words) >= k + 2 and " ".join(words[-1 - k : -1]) in links:
            return words[-2 - k] in _person_words()
    return False


def _names_other(toks: list[str]) -> bool:
    """The words name another person as the subject ("the agent", "o encarregado")."""
    words = [t for t in toks if t not in _QUOTES]
    return bool(words) and _other_subject(words[-10:])


def _names_other_or_role(head: list[str]) -> bool:
    """The head names another person or someone in charge or helping ("la voluntaria")."""
    roles = lexicon.by_language("role_heads")  # "supervisora", "voluntaria", "interprete"
    return _names_other(head) or not roles.isdisjoint(head)


def _kin_label(toks: list[str]) -> bool:
    """The line's label is another person's role, a kin word too ("Wife: F, 29",
    "Husband: M 40", "Madre: 45 años"): the line describes that person. (Without the
    colon, "Mother, 28, from the Dominican Republic" may describe her.)"""
    colon = toks.index(":") if ":" in toks[:4] else -1
    return (
        colon > 0
        and ":" not in toks[colon + 1 :]
        and toks[colon - 1] in lexicon.word_sets().other_people
        and toks[colon - 1] in _gender_noun_words()
    ) or companion_line(toks)


def described_other(before: list[str]) -> bool:
    """The value right after `before` (tokens of its sentence) describes another person:
    it stands in a bracket after another person ("sa sœur (28 ans", "Recruiter (F, ~45",
    "o encarregado (um senhor de uns 60"), or after a copula whose subject is another
    person ("the agent is an older man (~", "o agenciador é um homem de"); the gender
    noun in between describes that person, not her; so does a line labelled with a kin
    word ("Wife: F, 29"); so does someone in charge named before it ("le chef de
    chantier, 50 ans": `role_appositions`)."""
    if _kin_label(before) or role_in_apposition(before) or kin_taken_up(before):
        return True  # (or a pronoun after her relative: "her daughter is in Lagos, she is 14")
    if marked_other(before):
        return True  # "another of the workers, Rogelio, a Mexican man": his sex, not hers
    toks = before[-24:]
    b = _open_bracket(toks)
    if b is not None:
        head = _head(toks[:b])
        rel = before_relative(toks, b)  # "la voluntaria que la acompañará (tiene 71"
        if rel < b and _names_other_or_role(_head(toks[:rel])):
            return True
        if _names_other(head) or titled_other(toks[:b]) or _of_other(toks[:b], head):
            return True  # "a neighbour, Mrs. Okonkwo-Bell (she is 68"
        if _lender(head):
            return True  # "a moça do celular (uns 50a": whose phone she called from
        if companion_clause(toks[:b]):
            return True  # "la fidèle qui l'accompagne (Mme D., 58 ans": the companion
        toks = toks[:b]  # "the agent is an older man (~55": the clause the bracket follows
    subject = _copula_subject(toks)
    return subject is not None and _names_other(subject)


def years_of_something(after: str) -> bool:
    """The words right after "N years / años / ans" say what lasted that long ("41 anos de
    profissão", "20 años de experiencia", "30 anos como doméstica", "veinte años cortando
    caña"): a length, not an age; or a gap between two ages (`years_apart`: "two years
    older than her", "dos años mayor que ella"): a difference, not an age."""
    head = " ".join(tokens(after[:40]))  # "d'experience" as the data writes it, "d' experience"
    if not head:
        return False
    first = head.split(maxsplit=1)[0]
    doing = len(first) > 5 and first.endswith(_gerund_endings())  # "30 anos trabalhando"
    if doing or lexicon.phrase_regex("years_of").match(head) is not None:
        return True
    return _apart(head)


def _apart(head: str) -> bool:
    """The words after a number of years open on a gap between two ages (`years_apart`)."""
    return lexicon.phrase_regex("years_apart").match(head) is not None


YEAR_UNITS = r"(?:years?|yrs?|anos|ans|annees)"
"""The unit of an age in years, folded, in every note language (ages.py reads it too)."""
_YEARS_AFTER = re.compile(rf"\s*{YEAR_UNITS}\b")


def years_apart_after(folded: str, at: int) -> bool:
    """The number ending at `at` is a gap between two ages ("she is 30 years older than
    her son", "tiene 2 años más que yo"), read by the age patterns before their unit."""
    m = _YEARS_AFTER.match(folded, at)
    return m is not None and _apart(" ".join(tokens(folded[m.end() : m.end() + 40])))


@cache
def _gerund_endings() -> tuple[str, ...]:
    return tuple(sorted(lexicon.by_language("years_doing")))


def outside_brackets(part: list[str]) -> list[str]:
    """Words outside brackets, a closing full stop dropped ("mexico ( oaxaca ) ." ->
    "mexico"): a value with its aside ("Mexico (Oaxaca)") is still the value."""
    words: list[str] = []
    depth = 0
    for w in part:
        depth += (w == "(") - (w == ")")
        if depth == 0 and w not in ("(", ")"):
            words.append(w)
    return words[:-1] if words[-1:] == ["."] else words
