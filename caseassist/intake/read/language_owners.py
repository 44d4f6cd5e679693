"""Whose language, by what surrounds its clause rather than by the verb's subject: a
bracket still open before it, a first-person possessive before the language ("my own
Spanish is not good enough": the writer's), and a part after a comma with no subject of
its own that goes on with a language statement ("I speak French and English, not
Creole": still the writer). `language_subjects._about_another` asks these."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import (
    _ALSO,
    _INTENSIFIERS,
    _MINOR_PHRASES,
    _NEGATORS,
    _ONLY,
)
from caseassist.intake.read.roles import _other_subject

_WRITER_POSSESSIVES = lexicon.Words(set(), "language_writer_possessives")
"""A first-person possessive right before a language ("my Spanish", "mi inglés", "mon
anglais", "o meu inglês", "my own"): in a note, the writer's language, not hers."""

_ELLIPTIC_LINKS = frozenset(
    {"but", "pero", "mais", "mas", "and", "y", "et", "e", "the", "el", "la", "le", "l'", "a"}
    | {"o", "un", "una", "une", "um", "uma", "de", "d'", "d", "of", "del", "do", "da"}
)


def open_bracket(before: list[str]) -> int | None:
    """Where the bracket still open at the end of `before` opens (None: none is open)."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] == ")":
            return None
        if before[k] == "(":
            return k
    return None


@cache
def _her_nouns() -> frozenset[str]:
    """Nouns that name her (not pronouns): "the woman", "la señora", "the client"."""
    ws = lexicon.word_sets()
    words = ws.gender_female | ws.gender_male | lexicon.by_language("name_roles")
    return frozenset(w for w in words if " " not in w) - ws.pronoun_female - ws.pronoun_male


def names_her(toks: list[str]) -> bool:
    """Whether `toks` name her by a noun ("the woman", "la cliente", "la dame")."""
    return not _her_nouns().isdisjoint(toks)


def writer_possessive(clause: list[str]) -> bool:
    """The language after `clause` follows a first-person possessive ("my", "my own",
    "mi", "mon", "o meu": `language_writer_possessives`)."""
    words = _WRITER_POSSESSIVES.all()
    return bool(clause) and (clause[-1] in words or " ".join(clause[-2:]) in words)


@cache
def _elliptic_words() -> frozenset[str]:
    """Words a part may hold and still have no subject or verb of its own: negators,
    "only", "also", level words, articles ("not", "pas", "solo un poco de")."""
    level = {t for phrase in _MINOR_PHRASES.all() for t in phrase.split()}
    sets = (_NEGATORS.all(), _ONLY.all(), _ALSO.all(), _INTENSIFIERS)
    return frozenset().union(*sets, level, _ELLIPTIC_LINKS)


def elliptic_part(before: list[str], clause: list[str]) -> bool:
    """The part after a comma (`clause`) is only words of degree or denial before a
    language ("pas", "not", "solo un poco") and the part before the comma names a
    language: it goes on with that part's subject ("Je parle français, pas créole")."""
    if not clause or not set(clause) <= _elliptic_words():
        return False
    end = len(before) - 1  # the comma
    start = max([k + 1 for k, t in enumerate(before[:end]) if t in {",", ";", ".", ":"}] or [0])
    return any(_lang_at(before, k) for k in range(start, end))


def owned_by_another(toks: list[str], i: int, *, writer: bool = False) -> bool:
    """The language at toks[i] is owned by another person ("the officer's Spanish") or,
    with `writer` (in a note), by the writer ("my own Spanish is not good enough"; not a
    language noun: "Mi lengua es el guaraní" quotes her)."""
    if writer and writer_possessive(toks[:i]):
        return True
    if i < 2 or toks[i - 1] != "s" or not toks[i - 2].endswith("'"):
        return False
    return _other_subject(toks[max(0, i - 4) : i - 2] + [toks[i - 2].rstrip("'")])
