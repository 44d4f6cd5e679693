"""An interpreter noun beside a language: the words linking it to her language ("an
interpreter for Dari"), and a language verb it is the subject of ("el intérprete, que
también habla urdu": the interpreter's language, not hers)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.language_words import _ALSO, _LANGUAGE_WORDS

INTERPRETER_LINKS = lexicon.Words(set(), "interpreter_links")
"""Words between an interpreter and her language ("an interpreter for Dari", "intérprete
para el wolof", "interprète pour le soninké")."""


def verb_after(sent_folded: str, end: int, triggers: re.Pattern[str]) -> bool:
    """A language verb (one of `triggers`) right after an interpreter noun or its relative
    ("el intérprete (, que) habla suajili"; an "also" may stand before the verb: "que
    también habla urdu"): its subject. Not a noun ("Interpreter language: Tigrinya")."""
    nxt = triggers.match(sent_folded, end + 1)
    if nxt is None and (rest := sent_folded[end:].lstrip(" ,").split(" ", 1))[1:]:
        after = rest[1].split(" ")
        while after[1:] and after[0] in _ALSO:
            after = after[1:]  # "la intérprete, que también habla urdu"
        if rest[0] in function_words().relatives:
            nxt = triggers.match(" ".join(after))
    return nxt is not None and nxt.group(0).split()[0] not in _LANGUAGE_WORDS


_REQUEST_VERBS = lexicon.Words(set(), "interpreter_request_verbs")
_REQUEST_REACH = 3
"""How many words a request verb may have ("has asked for", "gostaria de")."""


def requested_before(before: list[str]) -> int | None:
    """Where a request of hers for an interpreter opens, when `before` (the words before
    the interpreter's language, or before the interpreter noun) ends on one and an
    article (`interpreter_request_verbs`: "wants a Nepali interpreter", "pidió un
    intérprete de wolof", "demande un interprète en peul", "quer um intérprete de
    bengali"): asking for it, she asks for the language (the two-languages rule's "asks
    for"); None otherwise."""
    fw = function_words()
    arts = fw.indefinite_articles | fw.definite_articles
    end = len(before) - (before[-1:] != [] and before[-1] in arts)
    for n in range(_REQUEST_REACH, 0, -1):
        if end - n >= 0 and " ".join(before[end - n : end]) in _REQUEST_VERBS.all():
            return end - n
    return None


def interp_or_asked(sentence: str, before: list[str], answer: bool, own_turn: bool) -> str:
    """An interpreter's language weighed (`interp_weight`), or `asked_interp` when she asks
    for the interpreter herself ("Wants a Nepali interpreter", "pidió un intérprete de
    wolof"), not someone else ("the police asked for a Tigrinya interpreter")."""
    weight = lw.interp_weight(sentence)
    at = requested_before(before) if weight == lw.INTERP else None
    if at is None or _about_another(before[:at], answer=answer, own_turn=own_turn):
        return weight
    return lw.ASKED_INTERP
