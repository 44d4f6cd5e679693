"""Whose age a sentence gives when it is the survivor's own words (an answer, her turn of
a transcript): there "she's seventeen" / "il a cinq ans" is someone else."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.roles import _other_people
from caseassist.intake.read.segment import tokens

_FIRST_PERSON = frozenset(["i", "im", "yo", "tengo", "je", "j'", "eu", "tenho", "me", "moi"])


def _third_person_before(before: str) -> bool:
    """In an answer, an age after "he / she / il / elle / ela" (nearest person word) is
    someone else's: "my son is here, he's fourteen", "elle a deux ans"; not when an
    interpreter relays the answer ("He says he's nineteen", `relay_cues`)."""
    ws = lexicon.word_sets()
    if lexicon.phrase_regex("relay_cues").search(before):
        return False
    for w in reversed(tokens(before)[-6:]):
        if w in _FIRST_PERSON:
            return False
        if w in ws.pronoun_female or w in ws.pronoun_male or w in _other_people():
            return True
    return False


_HAVE_A = frozenset(["has", "have", "had", "with", "w"])


def _child_by_age(lead: list[str], unit: str) -> bool:
    """ "N-year-old" used as a noun is a child: after a possessive ("her 3-year-old") or
    after "has a / with a" with no noun of its own ("she has a 3-year-old")."""
    words = unit.split()
    if len(words) < 2 or words[1] != "old" or not lead:
        return False
    if lead[-1] in lexicon.word_sets().possessives:
        return True
    ws = lexicon.word_sets()
    nouns = ws.gender_female | ws.gender_male | ws.child_singular | ws.child_plural
    # "a 25 year old woman": the noun it describes
    noun_after = len(words) > 2 and (words[2] in nouns or words[2] in _other_people())
    return not noun_after and lead[-1] in ("a", "an") and len(lead) > 1 and lead[-2] in _HAVE_A
