"""A person she speaks with is not the one who speaks: "con su mamá habla quechua", "with
her aunt she speaks Twi" name who she talks to, so the language verb is still hers;
unless a relative follows that person ("with a friend who speaks", "com um amigo que
fala"), which makes the person its subject."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.language_names import _feminine_at, _lang_at
from caseassist.intake.read.roles import _other_subject

_COMPANION_WORDS = lexicon.Words(set(), "language_companion_words")
"""Words that make the person after them the one she speaks with, not the speaker ("con
su mamá habla quechua", "with her aunt she speaks Twi")."""


def _without_companions(clause: list[str]) -> list[str]:
    """The clause without a person she speaks with ("with her mother"): a person after
    one of `language_companion_words` is not the subject of the language verb."""
    with_words = _COMPANION_WORDS.all()
    if with_words.isdisjoint(clause):
        return clause
    out: list[str] = []
    k = 0
    while k < len(clause):
        if clause[k] in with_words and clause[k + 1 : k + 2] and clause[k + 1] in _WITH_WRITER:
            k += 2  # "con nosotros siempre ha preferido el español": we are not the speaker
            continue
        if clause[k] in with_words:
            span = clause[k + 1 : k + 4]
            ends = [m for m in range(1, len(span) + 1) if _other_subject(span[:m])]
            if ends and not _relative_after(clause, k + 1 + ends[0]):
                k += 1 + ends[0]
                continue
        out.append(clause[k])
        k += 1
    return out


def _relative_after(clause: list[str], at: int) -> bool:
    """A relative follows the person she is with and ends the clause before the verb ("with
    a friend who speaks", "com um amigo que fala", "avec un ami qui parle"): that person is
    the verb's subject, not someone she speaks with. A people word may stand between
    ("con una familia inglesa que hablaba", "with a family, English, who")."""
    demonyms, start = lexicon.demonyms(), at
    while at < len(clause) and at - start < 2 and _people_word(clause, at, demonyms):
        at += 1
    return clause[at : at + 1] != [] and clause[at] in function_words().relatives


_WITH_WRITER = lexicon.Words(set(), "language_companion_writers")
"""The writer after a companion word ("with us", "con nosotros", "avec nous", "com nós")."""


def _people_word(clause: list[str], at: int, demonyms: dict[str, str]) -> bool:
    """clause[at] is one word for a people: a demonym ("peruana") or a language name used
    as an adjective, its feminine too ("inglesa", "anglaise", "italiana")."""
    w = clause[at]
    if w in demonyms or (_lang_at(clause, at) or (None, 0))[1] == 1 or _feminine_at(clause, at):
        return True
    names = lexicon.language_names()
    return len(w) > 4 and w.endswith("a") and (w[:-1] in names or f"{w[:-1]}o" in names)
