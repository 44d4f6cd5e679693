"""A wish carried over "and" to the verbs after it.

"voudrait trouver un travail et suivre une formation" states two wishes, the second
without its wish word; each part after the "and" is read again with the wish before it
("voudrait suivre une formation"), with the words just before the wish, so that "does not
want to" stays negated. A part with a subject of its own ("... and the police said") is
not carried."""

from __future__ import annotations

from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS, _other_subject
from caseassist.intake.read.segment import _LOOSE_SPLIT, _WISH, clauses, tokens


def carried_wishes(sent: str) -> list[str]:
    """A wish carried over "and" to the verbs after it: "voudrait trouver un travail et
    suivre une formation" -> "voudrait suivre une formation" (with the words just before
    the wish, so that "does not want to" stays negated)."""
    out: list[str] = []
    for part in _LOOSE_SPLIT.split(sent):
        subs = clauses(part) if part else []
        wish = ""
        for sub in subs:
            m = _WISH.search(sub)
            if m:
                wish = " ".join([*tokens(sub[: m.start()])[-3:], m.group(0)])
            elif (
                wish
                and tokens(sub)[:1]
                and tokens(sub)[0] not in _SURVIVOR_SUBJECTS
                and not _other_subject(tokens(sub)[:2])  # "... and the police said"
            ):
                out.append(f"{wish} {sub}")
    return out
