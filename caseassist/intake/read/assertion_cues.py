"""Negation and hedge cues: whether a clause's words negate a match (`_negated`, NegEx's
forward scope with its terminators) and what assertion status its cues give
(`assertion_status`: hedged, a belief, the writer's own ignorance). Moved out of roles.py,
which says whose statement it is."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.listed_negation import negates_list
from caseassist.intake.read.segment import tokens
from caseassist.intake.trie import alternation


@lru_cache(maxsize=1024)
def _has_hedge(folded: str) -> bool:
    """A hedge in the (folded) text, past the phrases whose hedge word says only that
    something else is not known (`not_hedges`: "DOB unknown")."""
    if lexicon.hedge_regex().search(folded) is None:
        return False
    return lexicon.hedge_regex().search(_not_hedges().sub(" ", folded)) is not None


@cache
def _not_hedges() -> re.Pattern[str]:
    # (and a hedge word that is something else: the month in "arrived in May")
    phrases = alternation(
        lexicon.by_language("not_hedges") | lexicon.by_language("hedge_lookalikes"), r"\s+"
    )
    return re.compile(rf"\b(?:{phrases})(?![a-z0-9])" if phrases else r"(?!)")


@cache
def _asks_ahead() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A question the writer has still to ask (`planned_asks` then, three words on at most,
    a `whether` word: "we will ask her tomorrow whether", "le preguntaremos mañana si", "nous
    lui demanderons si", "vamos perguntar-lhe amanhã se"), and a request told as a question
    (`ask_openers`, four words on at most, a `request_modals` word and a `request_helps`
    word: "asked whether someone could help him", "preguntó si alguien podía ayudarla",
    "a demandé si on pouvait l'aider", "perguntou se alguém podia ajudá-la"): the first
    says nothing of her, the second is her request, no doubt."""

    def alt(key: str) -> str:
        return alternation(lexicon.by_language(key), r"\s+") or "(?!)"

    gap = r"(?:\s+[a-z']+){0,%d}?\s+"
    ahead = rf"\b(?:{alt('planned_asks')}){gap % 3}(?:{alt('ask_whether')})(?![a-z0-9])"
    ask = rf"\b(?:{alt('ask_openers')}){gap % 4}(?:{alt('request_modals')})\s+"
    return re.compile(ahead), re.compile(rf"{ask}(?:{alt('request_helps')})(?![a-z0-9])")


def requested(folded: str) -> re.Match[str] | None:
    """A request told as a question in the folded text (`_asks_ahead`), or None."""
    return _asks_ahead()[1].search(folded)


HEDGED = "hedged"
BELIEF = "belief"
WRITER_UNKNOWN = "writer_unknown"


@lru_cache(maxsize=1024)
def assertion_status(folded: str, *, writer: bool = False) -> str:
    """The assertion status a clause's cues give its statements ("" when affirmed).

    WRITER_UNKNOWN: in a note, the writer's own ignorance ("no sé si quiere denunciar"),
    which says nothing of the survivor; BELIEF: only an opinion cue ("believes the boss
    does not know"), whose value is offered as it is; HEDGED: any other hedge, which
    sets a fact's own unsure value or offers the value."""
    unknown = lexicon.phrase_regex("writer_unknowns")  # not "a perguntar por ele" (`asking_after`)
    if writer and (
        (unknown.search(folded) and unknown.search(_asked_of_her(folded)))
        or _asks_ahead()[0].search(folded)
    ):
        return WRITER_UNKNOWN  # (and a question still to ask: "preguntaremos mañana si...")
    if not _has_hedge(folded):
        return ""
    leave = _asks_ahead()[1].sub(" ", lexicon.phrase_regex("leave_asks").sub(" ", folded))
    if not _has_hedge(lexicon.phrase_regex("leave_given").sub(" ", leave)):
        return ""  # "asked if she could call her mother": her request; its "if" asks leave;
        # "agreed that we may share her file": the "may" is the leave she gave
    if not _has_hedge(lexicon.phrase_regex("beliefs").sub(" ", folded)):
        return BELIEF
    return HEDGED


def _asked_of_her(folded: str) -> str:
    """The clause less what asks of a person and is no question the writer has still to put:
    someone asking after her (`asking_after`: "a perguntar por ele") and her wish to be asked
    (`asked_wishes`: "wants to be asked before we share", "would like to be asked first")."""
    folded = lexicon.phrase_regex("asking_after").sub(" ", folded)
    return lexicon.phrase_regex("asked_wishes").sub(" ", folded)


# A negator that is a verb ("elle nie" = she denies) negates only after its subject: the same
# word elsewhere is a noun ("tiene NIE y permiso de trabajo", the Spanish foreigner's number).
_VERB_NEGATORS = frozenset(["nie"])
_VERB_SUBJECTS = frozenset(["elle", "il", "elles", "ils", "qui", "on", "ne", "n'"])
# ...or opening a note's sentence with no subject, before what only the verb takes: "Nie être
# enceinte", "Nie avoir été frappée", "Nie tout problème de santé" (a noun "NIE" takes none)
_VERB_AFTER_NIE = frozenset(["etre", "avoir", "tout", "toute", "tous", "toutes", "prendre"])


_SCOPE_ENDS = frozenset([".", "!", "?", ";"])


@lru_cache(maxsize=4096)  # (pure: a clause asks again for each rule matching there)
def _negated(folded: str, start: int, end: int | None) -> bool:
    neg = lexicon.word_sets().negators
    head = tokens(folded[:start])
    ends = [k for k, t in enumerate(head) if t in _SCOPE_ENDS]
    head = head[ends[-1] + 1 :] if ends else head  # "cannot return. Needs a bed": a new sentence
    short = [t for t in head[-3:] if t != "/"][-2:]  # a clause drops the slash of "s/", "w/o"
    if short == ["w", "o"] or (short[-1:] == ["s"] and not short[0].endswith("'")):
        return True  # shorthand for sin / sem / without: "s/ lesões", not "the client's"
    seq = head[-4:] + (tokens(folded[start:end]) if end is not None else [])
    first = min(len(head), 4) - 3  # seq[first:] are the three words before and the match
    objects = lexicon.by_language("object_negators")
    lookalikes = lexicon.by_language("negator_lookalikes")
    before = len(head[-4:])
    ands = function_words().and_words
    for i in range(max(first, 0), len(seq)):
        t = seq[i]
        if t in neg or t.rstrip("'") in neg:
            opens = i == 0 and len(head) <= 4 and seq[1:2] and seq[1] in _VERB_AFTER_NIE
            if t in _VERB_NEGATORS and (i == 0 or seq[i - 1] not in _VERB_SUBJECTS) and not opens:
                continue
            if i + 1 < len(seq) and f"{t} {seq[i + 1]}" in lookalikes:
                continue  # Portuguese "no momento", "no abrigo": "in the", no negator
            if t in objects and 0 < i < before and seq[i - 1].isalpha() and seq[i - 1] not in neg:
                continue  # "antes de decidir nada me gustaría...": the object of the verb before
            if i < before and not ands.isdisjoint(seq[i + 2 : before]):
                continue  # "ferida que não fecha e precisa de tratamento": the verb before "e"
                # (never the word right after: "não é urgente" folds "é" to "e")
            return True
    return negates_list(head)  # "no c/o pain or fever": the negator opens the list


# A negator that is a pronoun ("nada", "nothing") after a verb is that verb's object: it
# negates nothing after it ("Antes de decidir nada me gustaría hablar con un abogado").


_CLEAR_YES = lexicon.Words(set(), "clear_yes")  # "yes", "si", "oui", "sim" (data)
