"""The count an answer to the children question gives (answers.py): the count it opens
with or after a yes, none after a no or a none word, a baby on the way offered as a
pregnancy, children said to be elsewhere none with her; a first sentence that denies
children is none whatever the answer says of someone else's child."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int
from caseassist.intake.read.ages import _UNIT_RE
from caseassist.intake.read.answer_kinds import _phrase_in, _yes_no
from caseassist.intake.read.answer_values import _first_number
from caseassist.intake.read.children import _SENTENCE_END, _away, _children
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens


def children_count(f: str, out: Extraction) -> int | None:
    """The count an answer to the children question gives; a baby on the way
    (`unborn_child`: "el bebé que viene") is offered as a pregnancy, never counted."""
    unborn = lexicon.phrase_regex("unborn_child")
    if unborn.search(f):
        out.maybe("household.pregnant", True)
        f = unborn.sub(" ", f)
    said_none = _none_said(f)
    if _children(_SENTENCE_END.split(f)[0], answer=True) == 0 and said_none:
        return 0  # "Eu não tenho filhos. A moça que veio comigo é que tem um bebé"
    c = _children(f, answer=True)
    if c == 0 and not said_none:
        c = None  # "My sister's kids are with me, two of them": children with her, not hers
    words = [t for t in tokens(f) if t[0].isalnum()]
    # the count it opens with, or the one after a yes ("sí, uno", "yes, one")
    k = 1 if len(words) == 2 and _yes_no(words[0]) else 0
    lead = to_int(words[k]) if len(words) > k else None
    if _yes_no(f) is False or (words and words[0] in lexicon.word_sets().none):
        return 0  # "Non, ses trois enfants sont au pays", "Ninguno, ...": none with her
    if lead is not None and not _UNIT_RE.match(" ".join(words[k + 1 : k + 2])):
        return lead  # "Dois, um bebé e uma menina de 5": the count it opens with
    if isinstance(c, int) and c is not False:
        return c
    if _phrase_in(f, lexicon.word_sets().none):
        return 0
    if c is None and _total_then_some(f):
        return None  # "Tengo tres, pero aquí conmigo solo está la pequeña": all she has
    if c is None and not _UNIT_RE.search(f):  # "sí, el niño de 3 años": an age, no count
        # (a count in a part that puts them elsewhere is none with her: "Comigo não. Os
        # meus dois ficaram em Bissau"; an unclear reading, False, is left open)
        return _first_number(" ".join(p for p in _SENTENCE_END.split(f) if not _away(p)))
    return None


def _none_said(f: str) -> bool:
    """The answer says none with her: a negator, a none word, or children put elsewhere."""
    ws = lexicon.word_sets()
    toks = set(tokens(f))
    if toks & (ws.negators | ws.none) or _phrase_in(f, ws.none):
        return True
    return any(_away(p) for p in _SENTENCE_END.split(f))


def _total_then_some(f: str) -> bool:
    """A number then a contrast (`contrasts`: "but", "pero", "mais", "mas") that goes on
    about which are here: the number is all the children she has, not those with her."""
    unmore = lexicon.phrase_regex("not_contrasts").sub(lambda m: " " * len(m.group(0)), f)
    m = lexicon.phrase_regex("contrasts").search(unmore)
    return m is not None and _first_number(f[: m.start()]) is not None
