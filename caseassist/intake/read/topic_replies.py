"""A sentence opened by its topic, then a bare answer about it, in running text ("Sobre la
policía, nos dijo que no.", "Quant à la police, elle a dit non.", "As for the police: not
for now."): the topic read as a form line's label and the rest as its value, for the wish
facts only (`[replies] wish_facts`), so a topic's noun never stands for a statement."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.asked import asked_facts
from caseassist.intake.read.segment import tokens

_BREAKS = frozenset([",", ":", "?"])
_MOST_TOPIC_WORDS = 5


@cache
def _wish_facts() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("replies", "wish_facts"))


def topic_reply(sentence: str) -> tuple[str, str] | None:
    """(the reply, the topic) of a folded sentence opened by a `topic_openers` phrase and
    a topic of a few words that asks about a wish fact, then a comma, a colon or a
    question mark; None for any other sentence."""
    opener = lexicon.phrase_regex("topic_openers").match(sentence.lstrip(" -*"))
    toks = tokens(sentence)
    cut = next((i for i, t in enumerate(toks[: _MOST_TOPIC_WORDS + 3]) if t in _BREAKS), None)
    if cut is None or cut + 1 >= len(toks):
        return None
    if opener is None and not _fronted(toks, cut):
        return None
    topic = " ".join(toks[:cut])
    if not _wish_facts() & set(asked_facts(topic, suggested=False)):
        return None
    return " ".join(toks[cut + 1 :]), topic


def _fronted(toks: list[str], cut: int) -> bool:
    """A topic fronted with no opener ("La policía, no la quiere.", "Police, she does not
    want them.", "A polícia, ela não quer."): at most an article and two words before a
    comma, then a bare answer led by a yes or no word or by "she" (not "he": in a note
    about her, often the man who exploited her), so "The police, after two hours,
    refused..." (their act) is never her answer."""
    if toks[cut] != "," or cut > 3:
        return False
    fw = function_words()
    ws = lexicon.word_sets()
    head = toks[1:cut] if toks[0] in fw.definite_articles else toks[:cut]
    first = toks[cut + 1]
    return 0 < len(head) <= 2 and first in ws.yes | ws.no | ws.pronoun_female


def read_topic_replies(pairs: list[tuple[str, str]]) -> dict[str, object]:
    """The wish facts the topics ask about, as their bare replies answer them ("nos dijo
    que no": no; "la trataron mal", "no contact so far": nothing)."""
    from caseassist.intake.read.replies import read_replies  # (replies imports note)

    got = read_replies([(reply, topic, False) for reply, topic in pairs], answer=False)
    return {fid: v for fid, v in got.items() if fid in _wish_facts()}
