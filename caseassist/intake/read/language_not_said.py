"""A language verb whose clause does not state that she speaks or prefers it: said of a
group (`language_groups`), or under a condition or an open question ("if she prefers
Arabic, we will call an interpreter", "pour savoir si elle préfère l'arabe ou le
français", "se ela preferir falar em inglês"). A condition or a question names a language
she may or may not have: reading it as hers would be a wrong value, so it is left out."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.language_groups import a_group_speaking, her_subjects, many


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The condition leads, her subject words, and the verbs that need no subject."""
    return (
        frozenset(lexicon.by_language("language_condition_leads")),
        her_subjects(),
        frozenset(lexicon.by_language("language_condition_verbs")),
    )


@cache
def _concessions() -> frozenset[str]:
    """`language_concessive_leads` ("même si", "even if"): a lead that is no condition."""
    return frozenset(lexicon.by_language("language_concessive_leads"))


@cache
def _open_questions() -> frozenset[str]:
    """Two-word `not_conditions` that ask ("saber si", "know if", "voir si") or pretend
    ("as if"), not the concessions: the language after them is not said to be hers."""
    said = {p for p in lexicon.by_language("not_conditions") if p.count(" ") == 1}
    return frozenset(said - _concessions())


def under_condition(clause: list[str], trigger: str) -> bool:
    """The language verb `trigger` (its clause's words before it: `clause`) comes right
    after a condition or "whether" lead ("if", "si", "se", "whether"), with at most her
    subject and a verb of `language_condition_verbs` between ("si elle préfère", "si
    prefiere hablar"); a bare "si" / "se" right before another verb is also a yes or a
    pronoun ("sí habla", "se expressa"), so it needs her subject."""
    leads, her, bare = _words()
    k, verb = len(clause), trigger.split()[0] in bare
    while k and len(clause) - k < 3 and (clause[k - 1] in her or clause[k - 1] in bare):
        verb = verb or clause[k - 1] in bare  # "si prefiere hablar", "se ela preferir falar"
        k -= 1
    if not k or clause[k - 1] not in leads:
        return False
    if " ".join(clause[max(0, k - 2) : k]) in _concessions():
        return False  # "même si elle parle aussi le portugais", "even if": no condition
    if " ".join(clause[max(0, k - 2) : k]) in _open_questions():
        return True  # "para saber si habla portugués": an open question, whoever speaks
    return verb or (k < len(clause) and clause[k] in her)


def not_said_hers(clause: list[str], trigger: str) -> bool:
    """Said of a group, or only under a condition or an open question."""
    return a_group_speaking(clause, trigger) or under_condition(clause, trigger)


def no_helper(clause: list[str], trigger: str) -> bool:
    """Not a helper speaking her language in place of an interpreter: many people in
    general, or a condition ("si prefiere..., la atiende Ana sin intérprete")."""
    return many(clause) or under_condition(clause, trigger)
