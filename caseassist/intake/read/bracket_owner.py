"""Whose a subject-less clause is when a bracket or a form label stands between it and the
person it goes on with.

Why: a bracket with commas inside ("Les trois autres ouvriers (sénégalais, 19 à 30 ans,
parlent wolof) sont hébergés par un cousin") is cut into clauses at its commas, so the
verb after it lost its subject and was read as hers; a form label naming other people
("Outros filhos: 1 (menina de 5 anos, fica com a avó)") is dropped before its value is
read, so where the child stays was read as where she sleeps."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import tokens

_MAX_GROUP = 5


def other_group(group: list[str]) -> bool:
    """A short noun group that is only other people ("les trois autres ouvriers", "the
    other two workers", "los otros trabajadores", "os colegas dele"): it opens on an
    article, a possessive or a count and its nearest person word is someone else."""
    if not group or len(group) > _MAX_GROUP or not _other_subject(group):
        return False
    first = group[0]
    return first.isdigit() or first in _openers()


@cache
def _openers() -> frozenset[str]:
    return lexicon.by_language("subject_leads") | lexicon.word_sets().possessives


def label_of_others(sentence_before: str) -> bool:
    """The clause stands in the value of a form label naming other people ("Outros filhos:",
    "Other children:", "Autres enfants :", "Otros hijos:") and what the value says first is
    not that there are none ("Enfants : aucun, dort chez une amie" is hers)."""
    if ":" not in sentence_before:
        return False
    head, value = sentence_before.rsplit(":", 1)
    label = tokens(head.rsplit(",", 1)[-1])
    if not label or len(label) > 3 or not _other_subject(label):
        return False
    lead = [t for t in tokens(value.split(",", 1)[0]) if t.isalnum()][:2]
    return bool(lead) and lead[0] not in lexicon.by_language("child_none_words") and not _has(lead)


def _has(lead: list[str]) -> bool:
    """The value opens on her having someone ("Family: has a daughter in Manila and wants to
    talk to her", "Familia: tiene una hija...", "Famille : a une fille...", "Família: tem
    dois filhos..."): a verb with no subject then an article or a count, so she is its
    subject and the label only its topic (`label_having_verbs`)."""
    if len(lead) < 2 or lead[0] not in lexicon.by_language("label_having_verbs"):
        return False
    second = lead[1]
    return (
        second.isdigit()
        or second in function_words().indefinite_articles
        or (second in lexicon.by_language("label_having_counts"))
    )
