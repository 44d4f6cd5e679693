"""A relative clause about another person ("She came with her son, who has a deep cut on
the leg", "Vino con su hijo, que tiene una herida", "avec son fils, qui a une plaie", "com o
filho, que tem uma ferida"): its statement is the person's the clause before ends on.

The clause opens with a `relative_pronouns` word and names no subject of its own before
the statement (none of the survivor's subject words); the clause before it in the
sentence ends on another person (read back as `roles._other_subject` reads a subject).
"""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS, _other_subject
from caseassist.intake.read.segment import tokens


def relative_of_other(groups: list[list[str]], before: list[str]) -> bool:
    """`before` (the clause up to the statement) opens with a relative pronoun taking up
    the other person `groups[-1]` (the clause before, as words) ends on."""
    if not before or not groups or before[0] not in lexicon.by_language("relative_pronouns"):
        return False
    if any(w in _SURVIVOR_SUBJECTS for w in before[1:]):
        return False  # "the nurse, who says she has a cut": her own subject after it
    last = tokens(" ".join(groups[-1]))[-2:]
    # the person is the clause's last word ("avec son fils, qui"), not a word before it
    # ("une dame ..., employée dans une famille privée, qui s'est présentée": the woman)
    return _other_subject(last) and not _other_subject(last[:-1])
