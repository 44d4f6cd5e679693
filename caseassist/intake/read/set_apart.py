"""What may stand between another person set apart at a sentence's start and the verb
that person is the subject of: "Her sister, who also works there, wants to go home";
"Su cuñado, que trabaja allí también, quiere volver"; "O irmão dele, de 17 anos, que
também foi resgatado, quer voltar". Each part between only describes the person, so
the verb after them is the person's, not the survivor's (read/topics.py).

The words are the lexicon's: `relative_pronouns` (who / que / qui), `subject_leads`,
`aside_leads` (a part opening with "still" / "toujours": where the person still is),
`postposed_owners` (a possessive after its noun: "o irmão dele", "la hermana de ella"
is read as its last words). The part may open on a short telling lead ("Me contó que su
hermana, que ..., está embarazada": `past_telling`) or end on the person's age ("su nieta
de 6 años, que ...": `before_age`); the person is read past the one and before the other."""

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


def past_telling(group: list[str]) -> list[str]:
    """The words after a short telling lead opening the part (`reported_speech`: "Me contó
    que su hermana", "She told us her sister", "Elle a dit que sa sœur", "Disse que a irmã
    dela"): the person told of opens the reported sentence as at a sentence's start."""
    said = lexicon.phrase_regex("reported_speech").search(" ".join(group))
    if said is None:
        return group
    lead, rest = " ".join(group)[: said.start()].split(), " ".join(group)[said.end() :].split()
    return rest if rest and len(lead) <= _TELLING_LEAD_WORDS else group


_TELLING_LEAD_WORDS = 3
"""Who tells, before the telling verb: "she", "la usuaria", "the client's friend"."""


def before_age(group: list[str]) -> list[str]:
    """A person's words before the age that describes them in the same part ("su nieta de 6
    años", "her son aged 8", "o filho de 3 anos": `titled_age_links`): the person, as "her
    son, 8," is read."""
    k = next((i for i, w in enumerate(group) if w.isdigit()), -1)
    if k < 2 or len(group) - k > 2:
        return group
    return group[: k - 1] if group[k - 1] in lexicon.by_language("titled_age_links") else group
