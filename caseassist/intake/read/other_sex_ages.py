"""An age given to a person of the other sex, introduced with an indefinite article ("a
22-yr-old man" in a note about a girl, "un hombre de 40 años", "un homme (35 ans)", "um
homem de 30 anos" in a note about a woman): that is someone else, never her, so the age
is not hers. Read once the note's sex is settled; where her ages disagreed only because
of such a person, the one left stands."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.titled_others import titled_ages

_AGE = "person.age"
_SEX = "person.gender"
_ORIGIN = "person.country_of_origin"
_UNITS = frozenset(
    ["year", "years", "yr", "yrs", "y", "o", "yo", "old", "ano", "anos", "ans", "an"]
)
_OF = frozenset(
    ["of", "aged", "age", "de", "(", ",", "about", "around", "environ", "unos", "uns", "~"]
)
_SLOTS = 2  # words between the article and the noun or the number ("an older man", "a ~22")


def _ages_of_nouns(toks: list[str], nouns: frozenset[str]) -> set[int]:
    """Ages given to a noun of `nouns` that an indefinite article opens: "a 22 yr old man",
    "un hombre de 22", "un homme ( 22"."""
    found: set[int] = set()
    for i, w in enumerate(toks):
        if w not in function_words().indefinite_articles:
            continue
        span = toks[i + 1 : i + 1 + _SLOTS + 5]
        for j, t in enumerate(span[: _SLOTS + 1]):
            n = to_int(t)
            if n is not None:  # "a 22 yr old man": the number, its unit, then the noun
                rest = span[j + 1 :]
                k = 0
                while k < len(rest) and rest[k] in _UNITS:
                    k += 1
                if k and rest[k : k + 1] and rest[k] in nouns:
                    found.add(n)
                break
            if t in nouns:  # "un hombre de 22", "a man aged about 22"
                rest = span[j + 1 :]
                k = 0
                while k < len(rest) and rest[k] in _OF:
                    k += 1
                if k and rest[k : k + 1] and (n := to_int(rest[k])) is not None:
                    found.add(n)
                break
    return found


def other_sex_ages(
    sentences: list[str], out: Extraction, titled: frozenset[str] = frozenset()
) -> None:
    """Take back the ages of other-sex people from her age: with her sex settled, a clear
    age reading that such a person holds is dropped; the rest settle as usual. So is the
    age of a titled person the note set apart (`titled`) or of the other sex."""
    if _AGE not in out.values and _AGE not in out.conflicts:
        return
    sex = out.values.get(_SEX)
    theirs: set[object] = set(titled_ages(sentences, titled, sex))
    if sex not in ("female", "male"):
        _take_back(out, _AGE, theirs)
        return
    other = _other_sex_nouns(sex)
    for sent in sentences:
        if not other.isdisjoint(toks := tokens(sent)):  # (each age found is given to a noun)
            theirs |= _ages_of_nouns(toks, other)
    if not theirs:
        return
    _take_back(out, _AGE, theirs)


def _origins_of_nouns(toks: list[str], nouns: frozenset[str]) -> set[str]:
    """Countries given to a noun of `nouns` right after it: "the woman from Senegal",
    "un hombre de Honduras", "une femme du Mali" (`origin_of_leads`), or by a demonym
    ("una mujer hondureña")."""
    found: set[str] = set()
    names = lexicon.country_names()
    dem = lexicon.demonyms()
    leads = lexicon.by_language("origin_of_leads")
    for i, w in enumerate(toks[:-1]):
        if w not in nouns:
            continue
        j = i + 1
        if toks[j] in dem:
            found.add(dem[toks[j]])
            continue
        if toks[j] not in leads:
            continue
        j += 1 + (toks[j + 1 : j + 2] != [] and toks[j + 1] in function_words().definite_articles)
        for n in (4, 3, 2, 1):
            key = " ".join(toks[j : j + n])
            if len(toks) >= j + n and key in names:
                found.add(names[key])
                break
    return found


def other_sex_origins(sentences: list[str], out: Extraction) -> None:
    """Take back the origins of other-sex people from her origin when hers disagreed."""
    sex = out.values.get(_SEX)
    if sex not in ("female", "male") or _ORIGIN not in out.conflicts:
        return
    theirs: set[str] = set()
    for sent in sentences:
        theirs |= _origins_of_nouns(tokens(sent), _other_sex_nouns(sex))
    _take_back(out, _ORIGIN, theirs)


@cache
def _other_sex_nouns(sex: str) -> frozenset[str]:
    ws = lexicon.word_sets()
    return frozenset(
        w for w in (ws.gender_male if sex == "female" else ws.gender_female) if " " not in w
    )


def _take_back(out: Extraction, fact: str, theirs: set[object]) -> None:
    """Drop the clear readings of `fact` another person holds; one left settles it."""
    values = {r.value for r in out.readings if r.fact == fact and r.clear}
    if not theirs or not values & theirs:
        return
    rest = values - theirs
    out.values.pop(fact, None)
    if len(rest) == 1:
        out.conflicts.discard(fact)
        out.values[fact] = rest.pop()
