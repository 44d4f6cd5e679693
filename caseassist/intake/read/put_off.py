"""A decision put off: the fact's undecided value, applied or offered.

"Does not want the police, she wants to think first" puts the decision off (`deferrals`):
the fact's own undecided value (`[hedged]` of rules.toml). A later maybe alone ("no por
ahora, a lo mejor más adelante", `later_maybes`) may be a no for now: undecided only
offered; with a deferral beside it ("maybe later, not tonight, she has to think") it is
applied. The put-off may open the next sentence, cut from this one at a semicolon or a
full stop ("No quiere ir a la policía esta noche; quizás más adelante, tiene que
pensarlo"): a later maybe opening it, or a deferral opening it with at most two words
after ("Maybe later, she needs to think about it"), never a deferral that goes on about
something else ("She needs time to find a job"), and never applied when it names its own
topic first ("A course maybe later": offered at most). A later maybe is also composed: a maybe
word and, at most two words on, a time to come (`maybe_words` + `later_leads`: "perhaps
once she feels stronger", "quizá cuando se sienta mejor", "peut-être quand elle ira
mieux", "pode ser que mais tarde")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.segment import tokens

_OPENING = 24  # how far into the next sentence the put-off may start
_AFTER = 2  # words a deferral opening the next sentence may have after it ("about it")


@cache
def later_maybe() -> re.Pattern[str]:
    """A later maybe, listed (`later_maybes`) or composed (`maybe_words`, then at most two
    words, then `later_leads`)."""
    listed = lexicon.phrase_regex("later_maybes").pattern
    maybe = lexicon.phrase_regex("maybe_words").pattern
    later = lexicon.phrase_regex("later_leads").pattern
    return re.compile(rf"{listed}|{maybe}(?:\s+\S+){{0,2}}?\s+{later}")


def _own_topic(tail: str) -> bool:
    """The put-off sentence names its own topic before the maybe or deferral, a noun phrase
    opened by an article or possessive ("A course maybe later", "Un curso, quizás más
    adelante", "La formation, peut-être plus tard"): what it puts off may be another fact."""
    m = later_maybe().search(tail) or lexicon.phrase_regex("deferrals").search(tail)
    fw = function_words()
    marks = fw.definite_articles | fw.indefinite_articles | fw.third_possessives
    return m is not None and not marks.isdisjoint(tokens(tail[: m.start()]))


def _tail(clause_text: object) -> str:
    """The next sentence when it is only a put-off decision, else ""."""
    if not isinstance(clause_text, OriginalClause) or not clause_text.originals.folded:
        return ""
    folded, k = clause_text.originals.folded, clause_text.sentence_index + 1
    if k >= len(folded):
        return ""
    return folded[k] if only_put_off(folded[k]) else ""


@lru_cache(maxsize=1024)
def only_put_off(nxt: str) -> bool:
    """`_tail` of one folded sentence (kept per sentence: each match of a rule in the
    sentence before asks again)."""
    later = later_maybe().search(nxt)
    if later and later.start() <= _OPENING:
        return True
    m = lexicon.phrase_regex("deferrals").search(nxt)
    rest = nxt[m.end() :].strip(" .!;") if m else ""
    return bool(m and m.start() <= _OPENING and len(rest.split()) <= _AFTER)


@lru_cache(maxsize=1024)
def _put_off_marks(said: str) -> tuple[bool, bool]:
    """(a deferral outside its later maybes, a later maybe) in a folded sentence (kept per
    sentence, which every rule matching in it reads again). A `not_hedges` phrase is no
    deferral: "todavía no sabe dónde está" says who does not know, not a decision put off."""
    said = lexicon.phrase_regex("not_hedges").sub(" ", said)
    later = later_maybe()
    put = lexicon.phrase_regex("deferrals").search(later.sub(" ", said)) is not None
    return put, later.search(said) is not None


def put_off(
    fid: str, clause_text: object, sent: str, value: object = None
) -> tuple[object, bool] | None:
    """(the fact's undecided value, whether clear) when its sentence, or a tail after it,
    puts the decision off; None when it does not or the fact has no undecided value. A
    yes-or-no wish of `[statements] put_off_offers` has none: its value put off ("would
    like to call them; she prefers to wait", "quiere trabajar, pero lo va a pensar") is
    offered, never applied."""
    unsure = lexicon.hedged_values().get(fid)
    if unsure is None and fid not in lexicon.words_of_rules("statements", "put_off_offers"):
        return None
    tail = _tail(clause_text)
    if tail and _own_topic(tail):  # "A course maybe later": that topic's put-off, maybe hers
        if (own := put_off(fid, None, sent, value)) is not None:
            return own  # (the sentence's own put-off stays as it is)
        found = put_off(fid, None, tail, value)
        return (found[0], False) if found else None
    said = f"{sent} ; {tail}" if tail else sent
    put, later = _put_off_marks(said)
    if unsure is None:
        return (value, False) if put or later else None
    if put:
        return unsure, True
    return (unsure, False) if later else None


def no_for_now(folded: str) -> bool:
    """A no for now (`not_now`) and a time to come or a deferral after it ("Not now, we'll
    see later", "Ahora no, luego vemos", "Pas maintenant, je dois réfléchir"): the decision
    is put off, so its undecided value (or the no) is only offered."""
    joined = " ".join(tokens(folded))
    now = lexicon.phrase_regex("not_now").search(joined)
    if now is None:
        return False
    rest = joined[now.start() :]
    return any(lexicon.phrase_regex(k).search(rest) for k in ("later_leads", "deferrals"))
