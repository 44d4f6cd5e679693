"""What may stand between another person set apart at a sentence's start and the verb
that person is the subject of: "Her sister, who also works there, wants to go home";
"Su cuñado, que trabaja allí también, quiere volver"; "O irmão dele, de 17 anos, que
também foi resgatado, quer voltar". Each part between only describes the person, so
the verb after them is the person's, not the survivor's (read/topics.py).

The words are the lexicon's: `relative_pronouns` (who / que / qui), `subject_leads`,
`aside_leads` (a part opening with "still" / "toujours": where the person still is),
`postposed_owners` (a possessive after its noun: "o irmão dele", "la hermana de ella"
is read as its last words)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_DESCRIPTION_WORDS = 6
"""A description by leads or a number is short ("the older man", "17", "de 40 ans")."""
_RELATIVE_WORDS = 12
"""A relative clause may run longer ("who also works on the farm with her")."""


@cache
def _relatives() -> frozenset[str]:
    return lexicon.by_language("relative_pronouns")


@cache
def _aside_leads() -> frozenset[str]:
    return lexicon.by_language("aside_leads")


@cache
def _postposed_owners() -> frozenset[str]:
    return lexicon.by_language("postposed_owners")


def describes_before_verb(group: list[str], leads: frozenset[str]) -> bool:
    """A comma-set part that only describes the person before it: opened by a lead or
    a number ("the older man", "12"), an age ("de 17 anos", "aged 40"), or a relative
    clause ("who also works there", "who she lives with": the clause closes before the
    verb, so the person stays its subject; a subject of her own after it, "she wants",
    is read before this is asked)."""
    if not group:
        return False
    if len(group) <= _DESCRIPTION_WORDS and (group[0] in leads or group[0].isdigit()):
        return True
    if len(group) <= _DESCRIPTION_WORDS and group[0] in _aside_leads():
        return True  # "sa sœur, toujours à l'exploitation, est en danger": where she still is
    if len(group) <= 4 and any(t.isdigit() for t in group[:3]):
        return True  # "de 17 anos", "aged 40", "âgé de 20 ans"
    return group[0] in _relatives() and len(group) <= _RELATIVE_WORDS


def owner_after(group: list[str], others: frozenset[str]) -> bool:
    """A person word owned by a possessive after it ("o irmão dele", "a filha dela"):
    another person, as "his brother" is."""
    return 2 <= len(group) <= 4 and group[-1] in _postposed_owners() and group[-2] in others
