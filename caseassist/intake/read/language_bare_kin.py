"""A relative named bare as the subject of a language verb: "Mother speaks only Arabic",
"Madre habla solo árabe", "Mère : ne parle que l'arabe", "Pai fala farsi".

A note in shorthand drops the possessive ("Mum speaks Albanian only" for "her mum"), so
the kin noun alone opening the clause, right before the verb (or before the colon of a
line it labels), is her relative, never her. The person words are each folder's
`language_female_people` and `language_male_people`; what may stand between the noun and
the verb, `language_verb_leads` ("only", "ne", "solo", "só"). "Mother of two, speaks
Tigrinya" describes her: the noun does not stand alone before the verb."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.language_words import _SPOKEN_VERBS

_FEMALE = lexicon.Words(set(), "language_female_people")
_MALE = lexicon.Words(set(), "language_male_people")
_LEADS = lexicon.Words(set(), "language_verb_leads")
_MEMBERS = lexicon.Words(set(), "language_group_members")
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":", ","})
_BEFORE_LANGUAGE = frozenset({"que", "l'", "le", "la", "el", "o", "a", "the", "de", "d'"})
"""Words a verb's list opens with ("ne parle que l'arabe"): read up to the language."""


def is_kin(words: list[str]) -> bool:
    """`words` are a relative's noun alone ("mother", "grand mere")."""
    phrase = " ".join(words)
    if not words or len(words) > 2 or phrase in lexicon.word_sets().possessives:
        return False  # "son français est bon": the French "son", no English son
    return phrase in _FEMALE.all() or phrase in _MALE.all()


def label_head(label: list[str]) -> list[str]:
    """A label's words after the last stop before it ("Speaks Tigrinya. Husband")."""
    return label[max([k + 1 for k, t in enumerate(label) if t in _SENTENCE_ENDS] or [0]) :]


def bare_kin_subject(before: list[str], cut: int, clause: list[str]) -> bool:
    """The words before a language verb (`before`, its clause from `cut`, `clause`) open on
    a relative named with no determiner: that relative's language."""
    leads = _LEADS.all()
    words = [t for t in clause if t not in leads]
    while words[1:] and (words[-1] in _SPOKEN_VERBS or words[-1] in _BEFORE_LANGUAGE):
        words = words[:-1]  # "Mum speaks Albanian only": read again by the level after it
    words = [t for t in words if t not in leads]
    if not words and cut >= 2 and before[cut - 1] == ":":
        # "Mère : ne parle que l'arabe": a line the relative labels
        words = label_head(before[: cut - 1])
    return is_kin(words)


def group_member_subject(clause: list[str]) -> bool:
    """The words before a language verb are only one of a group just named
    (`language_group_members`: "Two other crew were found; one speaks only Cebuano", "el
    otro solo habla árabe", "l'un d'eux ne parle que le cebuano", "um deles só fala
    bengali"): that person's. She is never written as "one" or "the other"."""
    leads = _LEADS.all()
    words = [t for t in clause if t not in leads and t not in _SPOKEN_VERBS]
    if not words or len(words) > 4:
        return False
    return " ".join(words) in _MEMBERS.all()
