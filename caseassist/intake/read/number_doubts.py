"""Whether an answer that gives a number doubts it: "He says I'm twenty-five, but I
think I'm younger. I'm not really sure." gives an age she is not sure of. Such a number
is offered to staff, never applied. The doubts are each folder's `number_doubts`, not
the general hedges ("No sé si quiero denunciar" doubts no number), nor an approximation
("about 30" is an approximate age, as the contract takes it). A doubt counts in a
sentence that holds a number, or as a short sentence of its own with none ("No estoy
segura.", "Je ne sais pas trop."); a longer sentence about something else ("Tengo 30
años. Creo que el patrón sabe dónde estoy.") leaves the number clear."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int
from caseassist.intake.read.name_wishes import phrase_search
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens

_BARE_DOUBT_WORDS = 6
"""At most this many words in a sentence with no number for its doubt to be the number's."""
_STOP = re.compile(r"[.!?;\n]+")


def doubted_number(folded: str) -> bool:
    """Whether the (folded) answer doubts the number it gives."""
    for sent in _STOP.split(folded):
        toks = tokens(sent)
        if not toks or not phrase_search("number_doubts", sent):
            continue
        has_number = any(t.isdigit() or to_int(t) is not None for t in toks)
        if has_number or len(toks) <= _BARE_DOUBT_WORDS:
            return True
    return False


def document_number(folded: str) -> bool:
    """Whether the number the (folded) answer gives sits in a sentence that names a
    document (`document_nouns`): "En el pasaporte falso pone 21", "My papers say 19" is
    what the document says, which she may not hold true; offered, never applied."""
    for sent in _STOP.split(folded):
        toks = tokens(sent)
        if any(t.isdigit() or to_int(t) is not None for t in toks) and phrase_search(
            "document_nouns", sent
        ):
            return True
    return False


_TURN = re.compile(r"^[^:]{1,30}:")
"""A speaker's label opening a sentence: another turn of a transcript."""


def doubt_follows(sentences: list[str], k: int, asks: list[bool]) -> bool:
    """Whether the (folded) sentence after sentence `k` of a note is a doubt alone, in the
    same turn (`number_doubts`, or a whole `bare_doubts` sentence: "Elle dit 20 ans, mais
    elle en fait 16. Je ne sais pas."): an age sentence `k` gives is then only offered.
    Not after a question ("Papiers ? / Je ne sais pas." answers that question), nor
    when it is a question ("Man of 40. Maybe pregnant?"); `asks` marks the questions."""
    if k + 1 >= len(sentences) or _TURN.match(sentences[k + 1]):
        return False
    if any(asks[k : k + 2]) or "?" in sentences[k] or "?" in sentences[k + 1]:
        return False
    sent = _STOP.split(sentences[k + 1])[0]
    toks = [t for t in tokens(sent) if t[0].isalnum()]
    if not toks or len(toks) > _BARE_DOUBT_WORDS or any(t.isdigit() for t in toks):
        return False
    return phrase_search("number_doubts", sent) or " ".join(toks).replace("' ", " ") in _bare()


@cache
def _bare() -> frozenset[str]:
    return frozenset(
        " ".join(w.replace("'", " ").split()) for w in lexicon.by_language("bare_doubts")
    )


class Offered(Extraction):
    """An extraction whose clear values go to `out` as possible ones: an age in doubt."""

    def __init__(self, out: Extraction) -> None:  # (shares `out`'s state, offers its puts)
        self.__dict__ = out.__dict__

    def put(self, fact_id: str, value: object) -> None:
        self.maybe(fact_id, value)


class OfferedIfDoubted(Extraction):
    """`out`, whose clear values are offered instead when the sentence after sentence `k`
    is a doubt alone (`doubt_follows`). The doubt is asked on the first value put, once:
    most sentences of a note put no age, and asking it of each cost as much as reading
    their ages."""

    __slots__ = ("_doubt", "_args")  # (not in the shared `__dict__`: never `out`'s fields)

    def __init__(self, out: Extraction, sentences: list[str], k: int, asks: list[bool]) -> None:
        self.__dict__ = out.__dict__
        self._doubt: bool | None = None
        self._args = (sentences, k, asks)

    def doubted(self) -> bool:
        if self._doubt is None:
            self._doubt = doubt_follows(*self._args)
        return self._doubt

    def put(self, fact_id: str, value: object) -> None:
        if self.doubted():
            self.maybe(fact_id, value)
        else:
            Extraction.put(self, fact_id, value)
