"""A statement whose second side is only her doubt: the fact's own unsure value.

"La señora no sabe dónde está, pero no está segura", "The boss does not know where she is,
but she is not sure", "Le patron ne sait pas où elle est, mais elle n'en est pas sûre",
"O patrão não sabe onde ela está, mas não tem certeza": the contrast check
(`clean_reading.py`) held the "no" back as unclear, yet what the sentence states is the
fact's unsure value (`[hedged]` of rules.toml: "unsure", "undecided"), as the blind labels
read it, for the facts of `[clean_reading] doubted_sides`. Only a short side (`_SHORT` words at most) that holds a hedge and no other topic:
"but she is not sure whether he saw her at the bus stop" says more than a doubt."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Reading
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

_SHORT = 6


@cache
def _facts() -> frozenset[str]:
    """The facts read so (`[clean_reading] doubted_sides`); the others stay offered."""
    return frozenset(lexicon.words_of_rules("clean_reading", "doubted_sides"))


_SIDE_END = re.compile(r"[,;:.!?]")


def _doubt_after(sentence: str, clause: str) -> bool:
    """Right after the clause, a contrast word opening a short side that is only a doubt."""
    at = sentence.find(clause)
    if at < 0:
        return False
    rest = sentence[at + len(clause) :].lstrip(" ,")
    m = lexicon.phrase_regex("contrasts").match(rest)
    if not m:
        return False
    side = _SIDE_END.split(rest[m.end() :], maxsplit=1)[0]
    words = [t for t in tokens(side) if t[:1].isalnum()]
    if not (0 < len(words) <= _SHORT and _has_hedge(side)):
        return False
    # nothing but the doubt and her: "but she is not sure", never "although her cousin
    # might tell him" (a person and an act of theirs)
    left = tokens(lexicon.hedge_regex().sub(" ", side))
    return all(not t[:1].isalnum() or t in lexicon.by_language("doubt_fillers") for t in left)


def doubted_value(fid: str, value: object, readings: list[Reading]) -> object | None:
    """The fact's unsure value when every clear reading of `value` is followed by a short
    doubt ("..., pero no está segura"), else None."""
    unsure = lexicon.hedged_values().get(fid)
    if unsure is None or value == unsure or fid not in _facts():
        return None
    mine = [r for r in readings if r.value == value and r.clear]
    if not mine or any(not (r.sentence and r.clause) for r in mine):
        return None
    if any(r.value not in (value, unsure) for r in readings if r.clear):
        return None
    return unsure if all(_doubt_after(r.sentence, r.clause) for r in mine) else None


def belief_doubted(fid: str, sentence: str, clause: str, *, clear: bool) -> object | None:
    """A belief of hers with a short doubt after it ("She thinks the boss does not know
    she is here, but she is not sure", "Elle pense que la famille ne sait pas qu'elle est
    ici, mais elle n'en est pas sûre"): the fact's unsure value, when the statement under
    the belief is clear (`clear`: its knower named); else None (offered as before)."""
    unsure = lexicon.hedged_values().get(fid)
    if unsure is None or not clear or fid not in _facts():
        return None
    return unsure if _doubt_after(sentence, clause) else None
