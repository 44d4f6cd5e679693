"""Whose document a sentence names, read from the words around the document word: a
relative named first after a dative mark ("A su prima le quitaron el pasaporte"), people
in general ("employers often keep workers' passports"), a group or the others after "of"
("the passports of nine workers", "les passeports des autres"), another person after "of"
("le passeport de sa collègue") or a possessive before it ("Rosa's own passport", "the
other girls' passports"); her own name or a noun for her as the possessor is hers.

Why apart: `document_frames.py` reads who holds a document; whose it is comes first and
is looked up here, with the frame's words (`document_words.py`)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.document_words import HERS, OTHER, Frame, starts
from caseassist.intake.text import fold_name

_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "-", "!", "?"})


def dative_other(fr: Frame, toks: list[str]) -> bool:
    """A relative named first after a dative mark (`dative_marks`: "A su prima le quitaron
    el pasaporte", "À sa sœur, on a pris le passeport"): the document taken is theirs."""
    k = starts(toks, 0, fr.dative_marks)
    return bool(k) and starts(toks, k + starts(toks, k, fr.determiners), fr.relations) > 0


def generic_remark(fr: Frame, toks: list[str], start: int, end: int) -> bool:
    """A document with no possessor of its own in a remark on people in general
    (`generic_marks`: "employers often keep workers' passports", "muchos empleadores
    retienen pasaportes", "les employeurs gardent souvent les passeports")."""
    if not any(starts(toks, k, fr.generic_marks) for k in range(len(toks))):
        return False
    near = toks[max(0, start - 2) : start] + toks[end : end + 1]
    if any(t in fr.possessors for t in near):
        return False  # "often kept her passport": hers; "a menudo le quitaba": from her
    return not any(starts(toks, k, fr.from_her) for k in range(max(0, start - 4), start))


_GROUP_REACH = 3  # words between "of" and the group's noun ("of the nine other workers")


def group_owned(toks: list[str], end: int) -> bool:
    """The document's owner follows it as a group (`group_documents` after `complement_of`:
    "the passports of nine workers", "os passaportes de seis trabalhadores"): whether hers is
    among them the frame cannot say (the statement rule only offers it); or as the others
    (`other_owners`: "les passeports des autres", "los pasaportes de los demás", "os
    passaportes de todos os outros"): not hers."""
    if end >= len(toks) or toks[end] not in lexicon.by_language("complement_of"):
        return False
    groups = lexicon.by_language("group_documents") | lexicon.by_language("other_owners")
    return any(t in groups for t in toks[end + 1 : end + 2 + _GROUP_REACH])


def owner_after(fr: Frame, toks: list[str], end: int) -> bool:
    """Another person named as the owner right after the document, past "of" and a
    determiner ("el pasaporte de su compañera", "le passeport de sa collègue", "o passaporte
    da colega", "the passport of her friend"): a relation, a co-worker or someone from that
    life (`other_holders`, `exploiters`); not hers."""
    if end >= len(toks) or toks[end] not in lexicon.by_language("complement_of"):
        return False
    k = end + 1
    while k < len(toks) and (n := starts(toks, k, fr.determiners)):
        k += n
    return (
        k < len(toks) and (starts(toks, k, fr.holders[OTHER]) or starts(toks, k, fr.relations)) > 0
    )


_OWNER_REACH = 3  # the possessive mark and up to two words before the noun ("Rosa's own old")


def her_possessors(name: object, fr: Frame) -> frozenset[str]:
    """The words that name her as a possessor: each word of her name, and the nouns for
    her (`survivor_nouns`: "the client's passport")."""
    words = re.findall(r"[a-z]{2,}", fold_name(str(name))) if name else []
    return frozenset(words) | {p[0] for p in fr.holders[HERS].all if len(p) == 1}


def possessor_before(toks: list[str], start: int) -> tuple[int, str] | None:
    """A possessive before the document, past up to two words of its phrase ("the mum's
    passport", "Rosa's own passport", "the other girls' passports"): where the possessor's
    word is and the word; None when the clause has none."""
    for k in range(start - 1, max(-1, start - 1 - _OWNER_REACH), -1):
        t = toks[k]
        if t in _BREAKS:
            return None
        if t == "s" and k > 0 and len(toks[k - 1]) > 1 and toks[k - 1].endswith("'"):
            return k - 1, toks[k - 1][:-1]
        if len(t) > 2 and t.endswith("s'"):
            return k, t[:-1]
    return None
