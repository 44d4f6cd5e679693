"""Her wish put off in reply to someone else's proposal: the fact's undecided value.

"Yo le dije que fuera a la policía pero ella dice que no sabe todavía, lo va a pensar",
"La tía quiere que ponga la denuncia hoy mismo; la paciente dice que todavía no lo ha
decidido", "We suggested a police report. She will think about it.", "Je lui ai proposé de
porter plainte, elle va y réfléchir", "Sugerimos fazer queixa; ela vai pensar": the
proposal is someone else's (no reading of hers), and the deferral names no act of its own,
so no statement rule reads it. Here a clause that is only a deferral (`deferrals` or
`undecided_cues`, then at most `_TAIL` words: "todavía", "it", "first") in the sentence
of someone else's proposal (`proposal_words`, with a topic word of the fact) or opening
on the fact's topic or the one after it gives the fact its undecided value (`[hedged]`), for the facts
of `[statements] deferred_after`, when nothing else in those sentences reads the fact."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.put_off import later_maybe
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens

_TAIL = 2
_OPENING = 3


@cache
def _deferral() -> re.Pattern[str]:
    """A deferral or a decision not made, then at most `_TAIL` words to the clause's end."""
    cues = "|".join(lexicon.phrase_regex(k).pattern for k in ("deferrals", "undecided_cues"))
    return re.compile(rf"(?:{cues})(?:\s+[a-z']+){{0,{_TAIL}}}\W*$")


@cache
def _proposal() -> re.Pattern[str]:
    return lexicon.phrase_regex("proposal_words")


@cache
def _topics() -> dict[str, tuple[frozenset[str], ...]]:
    about = lexicon.words_of_rules("questions", "about")
    return {
        fid: tuple(frozenset(c.split()) for c in about.get(fid, ()))
        for fid in lexicon.words_of_rules("statements", "deferred_after")
    }


def _proposes(fid: str, sentence: str, *, own: bool) -> bool:
    """Someone else's proposal naming the fact, or (in the deferral's `own` sentence) the
    fact named as its topic in its first `_OPENING` words ("Polícia não sabe ainda, vai
    pensar", "Police - she will think about it")."""
    words = tokens(sentence)
    if not any(t <= set(words) for t in _topics()[fid]):
        return False
    opening = set(words[:_OPENING])
    if own and any(t <= opening for t in _topics()[fid]):
        return True
    return _proposal().search(sentence) is not None


@cache
def _parts() -> re.Pattern[str]:
    """Where a deferral's clause ends: a mark or a contrast word (`contrasts`), not an "and"
    word, since French "y" is no "and" ("elle va y réfléchir")."""
    return re.compile(rf"[,;:()]|{lexicon.phrase_regex('contrasts').pattern}")


def _deferred(sentence: str) -> bool:
    """A part that is only a deferral; "maybe later" (`later_maybes`) is offered elsewhere."""
    if later_maybe().search(sentence):
        return False
    return any(_deferral().search(c) for c in _parts().split(sentence))


def deferred_wishes(sentences: list[str], out: Extraction) -> None:
    """Put each `deferred_after` fact's undecided value when a deferral answers a proposal."""
    unsure = lexicon.hedged_values()
    for fid in _topics():
        if fid in out.values or fid in out.conflicts or fid not in unsure:
            continue
        read_in = {r.sentence for r in out.readings if r.fact == fid}
        for k, s in enumerate(sentences):
            if not _deferred(s):
                continue
            around = sentences[max(k - 1, 0) : k + 1]
            if any(a in read_in for a in around):
                continue
            if any(_proposes(fid, a, own=a is s) for a in around):
                where, out.where = out.where, (s, None)
                out.put(fid, unsure[fid])
                out.where = where
                break
