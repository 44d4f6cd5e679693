"""Bare replies fronted by their topic in an answer to a joint question: "Work yes. Training
no.", "Trabajar sí, la formación no sé", "Travailler, oui. La formation, je ne sais pas".

Each stretch that opens on a topic of its question group (`[fronted_topics]` of answers.toml:
per fact, the answers word list that names it) and goes straight on to a yes, a no or a
"don't know" answers that topic only. Without this, the first stretch's yes ("Work yes")
was read as the yes to every fact asked beside it, training included."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_kinds import led_by_past
from caseassist.intake.read.answer_words import (
    Clause,
    _data,
    at,
    contrast_at,
    group_facts,
    group_of,
    sentences,
)
from caseassist.intake.read.segment import ffold, tokens

_LEAD = 3  # words that may come before the topic: "the", "as for the", "pour la"
_GAP = 1  # words between the topic and its reply: "Training, I don't know", "work also yes"


class Fronted(NamedTuple):
    fact: str
    reply: bool | None  # None: "I don't know", "maybe"
    first: bool  # the answer's first stretch


@cache
def _topics() -> dict[str, str]:
    """Per fact, the answers word list that names its topic (`[fronted_topics]`)."""
    return dict(_data().get("fronted_topics", {}))


@cache
def _any_yes() -> frozenset[str]:
    """The wishes one fronted yes settles among noes (`[fronted_any_yes]`)."""
    return frozenset(_data().get("fronted_any_yes", {}).get("facts", ()))


def fronted_replies(fact_id: str, text: str) -> list[Fronted]:
    """The topic-fronted bare replies of the answer, for the facts of `fact_id`'s group."""
    group = group_of(fact_id)
    keys = {f: _topics()[f] for f in group_facts(group) if f in _topics()} if group else {}
    if not keys:
        return []
    out: list[Fronted] = []
    for s, sentence in enumerate(sentences(text)):
        for p in range(len(sentence)):
            if p and sentence[p - 1] != "," and not contrast_at(sentence, p - 1):
                continue
            got = _fronted(sentence[p:], keys)
            if got is not None:
                out.append(Fronted(got[0], got[1], s == 0 and p == 0))
    return out


def _fronted(stretch: Clause, keys: dict[str, str]) -> tuple[str, bool | None] | None:
    """(fact, reply) when `stretch` opens on a fact's topic and then replies bare."""
    fw = function_words()
    lead = fw.definite_articles | fw.indefinite_articles | lexicon.word_sets().possessives
    i = 0
    while i < _LEAD and i < len(stretch):
        n = at(stretch, i, "fronted_topic_leads") or (1 if stretch[i] in lead else 0)
        if not n:
            break
        i += n
    for fact, key in keys.items():
        n = at(stretch, i, key)
        if not n:
            continue
        for j in range(i + n, min(i + n + _GAP, len(stretch) - 1) + 1):
            reply = _reply(stretch[j + 1 :] if stretch[j] == "," else stretch[j:])
            if reply is not _NONE:
                return fact, reply  # type: ignore[return-value]
        return None
    return None


_NONE = object()


def _reply(rest: Clause) -> object:
    """True, False or None (unsure) for a bare reply that opens `rest`, else `_NONE`."""
    if not rest:
        return _NONE
    ws = lexicon.word_sets()
    joined = " ".join(t for t in rest if t != ",")
    for phrases, value in ((ws.dont_know, None), (ws.hedges, None)):
        if any(joined == p or joined.startswith(p + " ") for p in phrases):
            return value
    first2 = " ".join(rest[:2])
    if first2 in ws.no and first2 not in ws.yes:
        return False
    if rest[0] in ws.yes and rest[0] not in ws.no:
        return True
    if rest[0] in ws.no:
        return False
    return _NONE


def fronted_yes_no(fact_id: str, text: str, yn: bool | None) -> bool | None:
    """The asked fact's yes or no as the fronted replies give it: its own topic's reply
    ("Work yes. Training no." to training: no; "Training, I don't know": none), else none
    when the answer opens on another topic's reply ("Work yes." to training), else `yn`."""
    fronted = fronted_replies(fact_id, text)
    replies = [r.reply for r in fronted if r.fact == fact_id]
    mine = set(replies)
    if len(mine) > 1 and replies[0] is True and fact_id in _any_yes():
        return True  # "Ma sœur oui... Mes parents non": someone she wants to call
    if mine:
        return mine.pop() if len(mine) == 1 else None
    if any(r.first for r in fronted):
        return None
    return None if yn is not None and led_by_past(tokens(ffold(text))) else yn


_PAUSE = re.compile(r"(?<=\w)(?:\.{3}|\u2026)\s+(\w+)")


def paused_reply(text: str) -> str:
    """Three dots between a topic and her bare reply ("Volver... no.", "Rentrer... non",
    "Voltar... não", "Go back... no"): a pause inside one sentence, written as a comma, so
    the topic is read with its reply; dots before anything else stay a sentence's end."""
    if "..." not in text and "\u2026" not in text:
        return text
    ws = lexicon.word_sets()
    replies = ws.yes | ws.no

    def comma(m: re.Match[str]) -> str:
        word = m.group(1)
        return f", {word}" if ffold(word) in replies else m.group(0)

    return _PAUSE.sub(comma, text)
