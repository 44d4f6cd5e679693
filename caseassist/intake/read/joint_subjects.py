"""A subject that joins the survivor to other people ("she and the children", "elle et les
enfants", "ella y sus hijos", "ela e os filhos"): what it states is hers too.

Reading back from a statement, the nearest person word is taken as its subject, so "Ce
soir, elle et les enfants n'ont pas d'endroit où dormir" was read as the children's. A
person word with a `subject_joiners` word ("and", "y", "et", "e") a few words before it
(only determiners, possessives, numbers and small words between: `joint_fillers`), and
the survivor's own subject word right before that joiner, names her among the subject.
"""

from __future__ import annotations

from caseassist.intake import lexicon

_MAX_BETWEEN = 3


def joined_with_survivor(toks: list[str], i: int, survivors: object) -> bool:
    """`toks[i]`, a person word, is joined by a joiner to a survivor subject before it."""
    joiners = lexicon.by_language("subject_joiners")
    fillers = lexicon.by_language("joint_fillers")
    j = i - 1
    while j >= 0 and i - j <= _MAX_BETWEEN and toks[j] not in joiners:
        if toks[j] not in fillers and not toks[j].isdigit():
            return False
        j -= 1
    return j >= 1 and toks[j] in joiners and toks[j - 1] in survivors
