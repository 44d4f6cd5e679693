"""An interpreter noun beside a language: the words linking it to her language ("an
interpreter for Dari"), and a language verb it is the subject of ("el intérprete, que
también habla urdu": the interpreter's language, not hers)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
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
