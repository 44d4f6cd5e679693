"""An age written short at the end of a descriptor part ("26a", "34 a.", "19yo", "m17"):
the part describes the person, so a demonym beside it names where she is from."""

from __future__ import annotations

import re

_SHORT_AGE = re.compile(
    r"^(?:[1-9]\d?(?:a|an|ans|yo|y|yrs|anos|j|f|m)|[fm][1-9]\d)$"
)  # "26a", "28f", "m17"


def short_age(part: list[str]) -> bool:
    """A part that ends in an age written short: "26a", "34 a.", "19yo"."""
    p = part[:-1] if part[-1:] == ["."] else part
    if not p or not p[-1][:1].isalnum():
        return False
    if p[-1][0].isdigit() or _SHORT_AGE.match(p[-1]):
        return _SHORT_AGE.match(p[-1]) is not None
    return len(p) >= 2 and p[-2].isdigit() and _SHORT_AGE.match(p[-2] + p[-1]) is not None
