"""A wish carried over "and" to the verbs after it.

"voudrait trouver un travail et suivre une formation" states two wishes, the second
without its wish word; each part after the "and" is read again with the wish before it
("voudrait suivre une formation"), with the words just before the wish, so that "does not
want to" stays negated. A part with a subject of its own ("... and the police said") is
not carried. A part that repeats the wish's last word ("the wish to go home and to call
her family") does not say it twice; where "and" is no clause break (Portuguese "e",
folded alike with "é"), a joiner after the wish (`wish_joiners`: "e de") opens a part."""

from __future__ import annotations

from caseassist.intake import lexicon
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
                joined = lexicon.phrase_regex("wish_joiners").search(sub, m.end())
                if joined:  # "o desejo de regressar e de contactar a família"
                    out.append(f"{wish} {sub[joined.end() :].strip()}")
            elif (
                wish
                and tokens(sub)[:1]
                and tokens(sub)[0] not in _SURVIVOR_SUBJECTS
                and not _other_subject(tokens(sub)[:2])  # "... and the police said"
            ):
                head, _, rest = sub.strip().partition(" ")
                again = rest and head == tokens(wish)[-1]  # "the wish to ... and to call"
                out.append(f"{wish} {rest if again else sub}")
    return out
