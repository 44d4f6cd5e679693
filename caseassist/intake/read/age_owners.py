"""Whose age a sentence gives when it is the survivor's own words (an answer, her turn of
a transcript): there "she's seventeen" / "il a cinq ans" is someone else."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.phrase_heads import owned_noun_age
from caseassist.intake.read.roles import _gender_noun_words, _other_people
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
    if not noun_after and lead[-1] == "the":
        return True  # "the 5-year-old has a fever": someone the note spoke of before
    return not noun_after and lead[-1] in ("a", "an") and len(lead) > 1 and lead[-2] in _HAVE_A


_OBJECT_GAP = frozenset([",", "de", "of", "(", "aged", "age"])


def age_of_object(lead: list[str]) -> bool:
    """An age right after the object of "has a / with a / tiene una / avec un / tem um"
    (`age_object_leads`) is that person's, whatever the noun ("has a daugter 3 yo", "llegó
    con una prima de 19 años", "avec un cousin, 22 ans") but one for her ("spoke with a
    female, 39", "con una joven de 18"), and so is one after a
    determiner standing for a person ("la de 5 años", "celle de 5 ans", "o de 5 anos")."""
    if len(lead) >= 2 and lead[-1] == "de" and lead[-2] in _PERSON_DETERMINERS:
        return True
    if owned_noun_age(lead):
        return True  # "mon grand de 14 ans", "mi mayor de 15": whom she has, not her
    words = [w for w in lead[-5:] if w not in _OBJECT_GAP]
    if len(words) < 3 or words[-2] not in _object_determiners():
        return False  # no "a / una / un / um" right before the noun: one set test
    if words[-1] in _gender_noun_words() or words[-1] in _person_nouns():
        return False  # "spoke with a female, 39", "hablamos con una joven de 18": her
    lead_phrase = " ".join(words[-3:-1])
    return lexicon.phrase_regex("age_object_leads").fullmatch(lead_phrase) is not None


@cache
def _object_determiners() -> frozenset[str]:
    """The last words of the `age_object_leads` ("has a": "a", "con una": "una")."""
    return frozenset(p.split()[-1] for p in lexicon.by_language("age_object_leads"))


@cache
def _person_nouns() -> frozenset[str]:
    """Words for the person described ("client", "usuaria", "patiente"): her, not another."""
    ws = ("person_nouns", "survivor_subjects", "name_roles")
    return frozenset().union(*(lexicon.by_language(k) for k in ws))


_PERSON_DETERMINERS = frozenset(["el", "la", "los", "las", "celle", "celui", "o", "os", "as"])
"""Before "de N años / ans / anos", a determiner with no noun: "the one aged N"."""


def _past_age(before: str) -> bool:
    """A "when" or "at the age of" (`age_past_cues`) in the few words before the number:
    her age at something past ("when she was 15", "cuando tenía 15 años")."""
    toks = tokens(before)
    if lexicon.phrase_regex("age_past_cues").search(" ".join(toks[-5:])):
        return True
    return _at_an_event(toks)


_EVENT_REACH = 6
"""How many words an arrival may stand before the link ("llegó a España con")."""


def _at_an_event(toks: list[str]) -> bool:
    """A link right before the number (`age_event_links`: "con", "at", "à", "com") after
    an arrival, a leaving or a start in its clause (`age_event_verbs`: "Llegó a España con
    16 años", "she came to the UK at 16", "arrivée en France à 16 ans", "chegou a Portugal
    com 16 anos"): her age then."""
    links = lexicon.by_language("age_event_links")
    tail = " ".join(toks[-2:])
    if not (toks and toks[-1] in links) and tail not in links:
        return False
    k = len(toks) - (1 if toks[-1] in links else 2)
    near = toks[max(0, k - _EVENT_REACH) : k]
    cut = max((i + 1 for i, w in enumerate(near) if w in (",", ";", ":", "(")), default=0)
    return bool(lexicon.phrase_regex("age_event_verbs").search(" ".join(near[cut:])))


def after_her(lead: list[str]) -> bool:
    """A pronoun of hers or his comes before ("She came with a little boy, 4"): a young
    child brought in beside the survivor, so the age after it is the child's."""
    ws = lexicon.word_sets()
    return not (ws.pronoun_female | ws.pronoun_male).isdisjoint(lead)
