"""Titles in a note ("Mme K.", "Sr. Pérez", "Mr. A."): which name the person the note is
about and which name someone else (a speaker, a sender, another person's name), so that
only hers cast a gender vote; a parent's noun used as a religious title ("Father X").
Split from `gender` to keep each module short."""

from __future__ import annotations

from dataclasses import fields
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import number_words
from caseassist.intake.read.name_set_off import staff_named
from caseassist.intake.read.people_counts import referred
from caseassist.intake.read.roles import _gender_noun_words, _other_people

_TITLES = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "mme": "female",
    "mlle": "female",
    "sra": "female",
    "srta": "female",
    "sr": "male",  # "Sr. Pérez", "Sr. Silva" (es, pt)
    "don": "male",  # "don Aurelio" ("doña" folds to "dona", in pt also an owner)
}


_SENDER_LABELS = frozenset(
    ["from", "by", "de", "par", "por", "signed", "contact", "contacto", "sender", "cc", "to"]
)


def _title_of_other(toks: list[str], i: int, others_here: bool) -> bool:
    """A title may name someone else only when another person is named before it or set
    beside its name ("her boss Mr. Lee", "Mrs. Lee, the employer,", "Mr. Lee (patrón)"):
    one that opens the sentence's people ("el Sr. Ramiro ya no necesita albergue, se
    queda con su hermano") names the person the note is about."""
    before = toks[: i - 1] if toks[i - 1 : i] == [","] else toks[:i]
    if staff_named(before):
        return True  # "avec l'interprète, Mme Sylvie Ndiaye", "the nurse, Mrs. Lee"
    if not others_here:
        return False
    if _mentions_other(toks[:i]) and not referred(toks[:i]):
        return True
    aside = next((j for j in range(i + 1, min(i + 5, len(toks))) if toks[j] in (",", "(")), None)
    return aside is not None and _mentions_other(toks[aside + 1 : aside + 4])


def _speakers_title(toks: list[str], i: int) -> bool:
    """A title that names who speaks or writes, not the person described: in a speaker's
    label ("CONSULATE (Mr. Bhandari): ..."), in brackets after a word for no person
    ("the consulate (Mr. B.)"), after a sign-off ("Regards, Ms. Lee", `closing_words`)
    or after a sender's label ("From: Ms. Lee")."""
    if ":" in toks[i + 1 : i + 5] and (i == 0 or toks[i - 1] in ("(", ":")):
        return True
    closing = lexicon.by_language("closing_words")
    if any(w in closing for w in toks[max(0, i - 3) : i]):
        return True  # "Kind regards, Ms. Jane Doe": who signs
    if i > 1 and toks[i - 1] == "(" and toks[i - 2] not in _people_words():
        return True
    if ":" in toks[:i]:
        label = toks[: len(toks[:i]) - toks[:i][::-1].index(":") - 1]
        return bool(label) and (label[-1] in _SENDER_LABELS or label[-1] in _other_people())
    return False


@cache
def _people_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return (
        frozenset(w.split()[-1] for w in ws.gender_female | ws.gender_male)
        | lexicon.by_language("name_roles")
        | frozenset(["person", "persona", "personne", "pessoa"])
    )


def _mentions_other(toks: list[str]) -> bool:
    others = _other_people()
    nouns = _gender_noun_words()
    return any(t in others and t not in nouns for t in toks)


def _clergy_title(toks: list[str], i: int, hit: str) -> bool:
    """A parent's noun that is also a religious title (`title_kin`: "Father", "padre",
    "père") before a name is a priest or a nun who wrote or called, never the person
    described: its next word is a name, not a function word, number or punctuation
    ("Father of two, 35" and "father and son" still describe him)."""
    if hit not in lexicon.by_language("title_kin") or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.isalpha() and nxt not in _not_a_name()


@cache
def _not_a_name() -> frozenset[str]:
    """Words after a parent's noun that are no name: function words of every kind, "of"
    and "de", numbers, the words that describe people, a copula or a saying verb."""
    fw, ws = function_words(), lexicon.word_sets()
    words = frozenset().union(*(getattr(fw, f.name) for f in fields(fw)))
    return (
        words
        | ws.negators
        | frozenset(number_words())
        | _people_words()
        | ws.pronoun_female
        | ws.pronoun_male
        | _other_people()
        | lexicon.by_language("title_kin_followers")
    )
