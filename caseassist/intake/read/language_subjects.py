"""Whose language a language verb names: hers, or another person's ("her husband speaks
Arabic", "our promotora speaks Mixteco"), or in a note the writer's ("I speak a little
Spanish")."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.language_words import _WRITER
from caseassist.intake.read.roles import _other_subject

_SUBJECTS = frozenset({"she", "he", "they", "ella", "elle", "il", "ela", "ele"})


_SUBJECT_STOP = frozenset({",", ";", ".", ":"})
_RELATIVES = frozenset({"who", "que", "qui", "quien", "quienes", "which"})


def _about_another(before: list[str], *, answer: bool) -> bool:
    """The words before a language (up to a comma; a bracket or "but" goes on with the
    same subject: "an advocate (who speaks French)", "I speak Spanish but no Tagalog")
    make it someone else's: another person, or in a note the writer."""
    cut = max([k + 1 for k, t in enumerate(before) if t in _SUBJECT_STOP] or [0])
    clause = _saxon_genitive(before[cut:])
    if clause[:1] and clause[0] in _RELATIVES and cut > 1:
        who = before[max(0, cut - 5) : cut - 1]
        return _other_subject(who) or _helper_subject(who)  # "the officer, who speaks"
    if not clause and cut > 1 and before[cut - 1] == ",":
        return _subject_before_apposition(before[: cut - 1])  # "The nurse, 45, speaks"
    return (
        _other_subject(clause[-8:])
        or _helper_subject(clause[-8:])
        or (not answer and _writer_subject(clause))
    )


def _saxon_genitive(clause: list[str]) -> list[str]:
    """Read "the girl's mother" as "the girl her mother": a relative of someone is another
    person (the tokens split "girl's" into "girl'" and "s")."""
    if "s" not in clause:
        return clause
    return [
        "her" if t == "s" and k and clause[k - 1].endswith("'") else t for k, t in enumerate(clause)
    ]


_HELPERS = lexicon.Words(set(), "language_helpers")
"""People who help her and speak a language with her, the roles words do not list as
other people ("our promotora speaks Mixteco", "la educadora habla wolof", "l'éducatrice
parle arabe", "a mediadora fala crioulo"): the language they speak is theirs."""


def _helper_subject(clause: list[str]) -> bool:
    """The nearest subject before a language verb is a helper (`language_helpers`)."""
    helpers = _HELPERS.all()
    for k in range(len(clause) - 1, -1, -1):
        t = clause[k]
        if t in _SUBJECTS:
            return False
        if t in helpers or (k and f"{clause[k - 1]} {t}" in helpers):
            return True
    return False


def _subject_before_apposition(before: list[str]) -> bool:
    """A verb right after a comma takes its subject from the short parts before it ("The
    nurse, 45, speaks French"; "Su marido, de 50 años, habla árabe"): another person when
    one of the last two parts names one."""
    end = len(before)
    for _ in range(2):
        start = max([k + 1 for k, t in enumerate(before[:end]) if t in _SUBJECT_STOP] or [0])
        part = before[start:end]
        if not part or len(part) > 6:
            return False
        if _other_subject(part):
            return True
        if start == 0 or before[start - 1] != ",":
            return False
        end = start - 1
    return False


def _writer_subject(clause: list[str]) -> bool:
    """The nearest subject pronoun before a language verb is the writer's ("I speak a
    little Spanish", "on parle"), not hers ("I think she speaks Arabic")."""
    for t in reversed(clause):
        if t in _WRITER:
            return True
        if t in _SUBJECTS:
            return False
    return False
