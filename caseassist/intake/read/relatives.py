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
    group = _less_aside(tokens(" ".join(groups[-1])))
    last = group[-2:]
    # the person is the clause's last word ("avec son fils, qui"), not a word before it
    # ("une dame ..., employée dans une famille privée, qui s'est présentée": the woman)
    if _other_subject(last) and not _other_subject(last[:-1]):
        return True
    # a name set off after that person ("veio com outro rapaz, Jean-Baptiste (24), que quer
    # voltar", "with a co-worker, Ana, who wants"): the clause before the name ends on them
    before_name = tokens(" ".join(groups[-2]))[-2:] if len(groups) > 1 else []
    return (
        0 < len(group) <= _NAME_WORDS
        and all(w.isalpha() for w in group)
        and _other_subject(before_name)
        and not _other_subject(before_name[:-1])
    )


_NAME_WORDS = 3
"""Words a name set off between commas may hold ("Jean Baptiste", "Maria da Luz")."""


def _less_aside(words: list[str]) -> list[str]:
    """The words less a closing bracketed aside ("jean baptiste ( 24 )": an age)."""
    if words[-1:] == [")"] and "(" in words:
        return words[: len(words) - 1 - words[::-1].index("(")]
    return words
