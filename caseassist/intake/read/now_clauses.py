"""A state told, then replaced in the same sentence by a clause that says "now".

Why: a referrer often tells where she was and where she is in one breath ("il dormait dans
sa voiture depuis 2 semaines, maintenant il est chez un ami", "dormía en el coche de una
amiga, ahora está en casa de esa amiga"): the first clause reads as one value, the second
as the other, and the two clear readings cancel out. A reading whose clause is followed in
its own sentence by a clause opening with a `supersedes` word ("now", "ahora",
"maintenant", "agora"; "for now" is none) is a past state: in a conflict it no longer
counts, and the readings left may agree."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Reading


@cache
def _now_opening() -> re.Pattern[str]:
    """A clause break, then within two words a `supersedes` word."""
    now = lexicon.phrase_regex("supersedes").pattern
    return re.compile(rf"[,;:]\s*(?:[a-z']+\s+){{0,2}}?{now}")


def replaced_later(reading: Reading) -> bool:
    """The reading's clause is followed in its sentence by a clause opening with "now"."""
    sent, clause = reading.sentence, reading.clause
    if not sent or not clause or (at := sent.find(clause)) < 0:
        return False
    after = lexicon.phrase_regex("for_nows").sub(" ", sent[at + len(clause) :])
    return _now_opening().search(after) is not None


def settled_by_now(readings: list[Reading]) -> object | None:
    """The one value the clear readings give once those replaced later in their own
    sentence are set aside (None: still none or several)."""
    left = {r.value for r in readings if r.clear and not replaced_later(r)}
    return next(iter(left)) if len(left) == 1 else None


def _names_tonight(reading: Reading) -> bool:
    """The reading's clause (its sentence when it has none) holds a `tonight_words` word."""
    return bool(
        lexicon.phrase_regex("tonight_words").search(reading.clause or reading.sentence or "")
    )


def tonight_outweighs(fid: str, value: object, readings: list[Reading]) -> bool:
    """For a `[clean_reading] tonight_settles` fact, `value` is the only one a clear
    reading names tonight for, and every reading of another value is a sentence's that
    names no time ("está hospedada em casa da Dona Filomena ... precisa de outro sítio
    para dormir hoje", "is staying with her aunt. She needs a bed tonight"): the place
    told without a time is not tonight's, the need for tonight holds."""
    if fid not in lexicon.words_of_rules("clean_reading", "tonight_settles"):
        return False
    timed = {r.value for r in readings if r.fact == fid and r.clear and _names_tonight(r)}
    if timed != {value}:
        return False
    others = [r for r in readings if r.fact == fid and r.value != value]
    return all(r.sentence and not _names_tonight(r) for r in others)
