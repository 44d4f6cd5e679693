"""Small cues the children reader weighs: a child brought along ("came in with a baby"),
a having denied ("no tiene hijos", not "can not keep the child"), a child's age right after
a bare child word ("daughter, 10, with him")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import number_words
from caseassist.intake.read.child_words import _CHILD_MODIFIERS, _GENERIC_CHILD
from caseassist.intake.read.segment import tokens

_ARRIVED = re.compile(
    r"\b(?:came|arrived|traveling|travelling|llego|llega|vino|viaja|llegue|vine|arrivee?|"
    r"venue?|chegou|veio|vim|presented|presento|presenta|presentee?|apresentou)\b"
)

_PAUSES = frozenset([",", ";", ":", "(", "-"])


def brought_along(text: str) -> bool:
    """A child brought along: "with a" right before a child word, after a pause or within
    three words of a coming verb ("Chegou sozinha, com um bebê de 8 meses", "came in with
    an infant"); not "worked for a family with a baby" (the child of the noun before)."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    for m in lexicon.phrase_regex("child_brought_leads").finditer(text):
        if not _child_next(tokens(text[m.end() :])[:3], kids):
            continue
        lead = tokens(text[: m.start()])
        if not lead or lead[-1] in _PAUSES or any(_ARRIVED.fullmatch(w) for w in lead[-3:]):
            return True
    return False


def _child_next(toks: list[str], kids: frozenset[str]) -> bool:
    """A child word first, past modifiers ("a baby", "a little girl", "un bebé")."""
    for t in toks:
        if t in kids:
            return True
        if t not in _CHILD_MODIFIERS:
            return False
    return False


def denied_having(before: list[str], negators: frozenset[str]) -> bool:
    """A negator that denies having the children: only having words (`possess_verbs`)
    between it and the child word ("does not have children", "no tiene hijos", "n'a pas
    d'enfants"), or another person joined to them ("no wife or kids with him"); not
    another verb ("we can not keep the child overnight")."""
    last = max((k for k, b in enumerate(before) if b in negators), default=-1)
    if last < 0:
        return False
    having = _having()
    people = lexicon.word_sets().other_people  # "no wife or kids with him"
    return all(b in having or b in negators or b in people for b in before[last + 1 : -1])


@cache
def _having() -> frozenset[str]:
    return lexicon.by_language("possess_verbs") | lexicon.by_language("child_having")


def age_after(toks: list[str], k: int) -> bool:
    """A child's age right after a bare child word ("daughter, 10,", "hijo (6)")."""
    rest = [t for t in toks[k : k + 3] if t not in (",", "(")]
    return bool(rest) and rest[0].isdigit() and int(rest[0]) < 18


def living_with_hers(text: str) -> str:
    """The text with each living verb (`away_cues`, "lives with", "vive con", "vit avec",
    "mora com") blanked where her own children follow it ("Vive con sus dos hijos
    menores", "lives with her two kids"): there it says they are with her, not away."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    nums = frozenset(number_words())
    pat = lexicon.phrase_regex("away_cues", r"lives? with")
    for m in reversed(list(pat.finditer(text))):
        after = tokens(text[m.end() :])[:4]
        if not after or after[0] not in ws.possessives:
            continue
        rest = [w for w in after[1:] if not (w.isdigit() or w in nums or w in _CHILD_MODIFIERS)]
        if rest[:1] and rest[0] in kids:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def none_with(text: str, with_pronoun: re.Pattern[str]) -> bool:
    """ "None of them is with her" (`child_none_with`, then a with-pronoun: "none of them
    are with him here", "ninguno de ellos está con ella", "aucun d'eux n'est avec elle",
    "nenhum deles está com ela"): the children named are all elsewhere, whatever other
    "with her" the sentence has ("in Guatemala with her [his wife]"). Not "with their
    father": then they may be with her."""
    for m in lexicon.phrase_regex("child_none_with").finditer(text):
        if with_pronoun.match(text, m.end() + 1):
            return True
    return False


def disowned(text: str) -> bool:
    """A child said not to be hers (`parent_denials`, then a possessive or a name's and a
    child word: "he is not Ioana's child", "no es su hijo", "ce n'est pas son
    petit-fils", "não é filho dela"): the child the sentence names is someone else's."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    for m in lexicon.phrase_regex("parent_denials").finditer(text):
        for t in tokens(text[m.end() :])[:5]:
            if t in kids:
                return True
            named = t.endswith("'")  # "ioana' s": a name's
            if not (named or t in ws.possessives or t in _CHILD_MODIFIERS or t in ("s", "-")):
                break
    return False


@cache
def _age_joins() -> frozenset[str]:
    """What joins the ages of a list: "and" in each language, a comma, "&", "+"."""
    return function_words().and_words | frozenset({",", "&", "+"})


@cache
def _age_leads() -> frozenset[str]:
    """What may open the list after the child word: a comma, a bracket, `age_list_leads`."""
    return lexicon.by_language("age_list_leads") | frozenset({",", "("})


def ages_listed(toks: list[str], i: int) -> int:
    """How many ages a list right after the child word at `i` gives ("kids, 9 and 12",
    "children, aged 6 and 9", "enfants (3 et 5 ans)", "hijos de 4 y 7 años"): 0 unless
    two or more, all under 18. Up to two leads may open it (", aged")."""
    nums = number_words()
    k = i + 1
    while k < len(toks) and k <= i + 2 and toks[k] in _age_leads():
        k += 1
    ages: list[int] = []
    while k < len(toks):
        t = toks[k]
        value = int(t) if t.isdigit() else nums.get(t)
        if value is None:
            break
        ages.append(value)
        k += 1
        if k < len(toks) and toks[k] in _age_joins():
            k += 1
    return len(ages) if len(ages) >= 2 and all(0 <= a < 18 for a in ages) else 0


def cared_for(toks: list[str], i: int) -> bool:
    """A care verb in the five words before the child word ("minding the family's three
    small children", "la garde des enfants", "cuidava das crianças da patroa")."""
    care = lexicon.phrase_regex("child_care_verbs")
    return care.search(" ".join(toks[max(0, i - 5) : i])) is not None


def company_ended(sent_folded: str) -> bool:
    """A past verb of being with them (`past_company`: "lived with", "vivait avec",
    "morava com") and, after it, the end of that time (`company_ended`: "until", "hasta
    que", "jusqu'à", "até"): children she was with and is no longer."""
    past = lexicon.phrase_regex("past_company").search(sent_folded)
    return bool(past) and bool(
        lexicon.phrase_regex("company_ended").search(sent_folded, past.end())
    )


_AND_MARKS = frozenset(["&", "+"])


def restated(toks: list[str], i: int, j: int) -> bool:
    """A child word set off by a comma and an indefinite article after one child named
    (`child_restating_nouns`: "a son with her, a boy of 3", "un hijo con ella, un niño
    de 3 años"): the same child described again, not a second one; never in a list that
    goes on with "and" and another child ("una hija, un niño de 3 y un bebé")."""
    fw = function_words()
    if j < 1 or toks[j] not in fw.indefinite_articles or toks[j - 1] != ",":
        return False
    if toks[i] not in lexicon.by_language("child_restating_nouns"):
        return False
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    joins = fw.and_words | _AND_MARKS
    rest = toks[i + 1 :]
    return not any(
        t in joins and not kids.isdisjoint(rest[k + 1 : k + 4]) for k, t in enumerate(rest)
    )


def _counted_generic(sent_folded: str) -> bool:
    """A count written as a figure or "one" before a word for any child ("has 1 kid with
    her, a toddler", "1 enfant avec elle, un petit de 3 ans", "1 criança com ela, um menino
    de 2 anos"): the total; the child words after it say who that one is."""
    toks = tokens(sent_folded)
    return any(
        w in _GENERIC_CHILD and i > 0 and (toks[i - 1].isdigit() or toks[i - 1] == "one")
        for i, w in enumerate(toks)
    )


def _names_counted(toks: list[str], i: int, j: int, counted: bool) -> bool:
    """A child word that only names one of the children already counted: right after
    another child word ("veio com a filha bebê": the daughter is the baby), or with a
    definite article after a number in the same sentence ("tiene a sus 3 hijos con ella,
    Kevin, la niña de kínder y el bebé", "with her two kids, the baby and a boy of 6")."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    if i > 0 and toks[i - 1] in kids:
        return True
    return counted and j >= 0 and toks[j] in function_words().definite_articles
