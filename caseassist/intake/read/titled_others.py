"""Titled people the note sets apart from her: a title and a name introduced with a role
or a relation ("brought by a coworker from the salon, Mr. Minh", "Mme Brossard,
l'enquêtrice", "su vecina, la Sra. Ruiz", "o colega, o Sr. Costa") is someone else
wherever the note names that person again ("Mr. Minh went home"): the title casts no sex
vote for her. An age set right after a titled name ("Mr. Minh, who is 45", "Mme Tshala,
30 ans", "la Sra. Ruiz, que tiene 60 años") is that person's when the note set the person
apart, or when the title is of the other sex than hers: it never competes with hers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int
from caseassist.intake.read.gender_titles import _TITLES
from caseassist.intake.read.people_counts import referred
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.titled_people import titled_other

_PART_ENDS = frozenset([",", "(", ":", ";", "."])
_SET_OFF = frozenset([",", "(", "-", "\u2013"])


@cache
def _title_search() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_TITLES)) + r")\b")


@cache
def _roles() -> frozenset[str]:
    """Words that introduce another person: a relation or a role (`other_people` less the
    gender nouns, `role_heads`, one-word `staff_titles`, `apposed_roles`)."""
    ws = lexicon.word_sets()
    nouns = ws.gender_female | ws.gender_male | ws.gender_nonbinary
    staff = frozenset(w for w in lexicon.by_language("staff_titles") if " " not in w)
    return (
        (ws.other_people - nouns)
        | lexicon.by_language("role_heads")
        | staff
        | lexicon.by_language("apposed_roles")
    ) - lexicon.by_language("name_roles")


@cache
def _determiners() -> frozenset[str]:
    fw = function_words()
    return (
        fw.definite_articles
        | fw.indefinite_articles
        | fw.third_possessives
        | lexicon.word_sets().possessives
    )


@cache
def _links() -> tuple[tuple[str, ...], ...]:
    """Words between a titled name and its age ("who is", "qui a", "que tiene")."""
    return tuple(tuple(p.split()) for p in lexicon.by_language("titled_age_links"))


def name_after(toks: list[str], t: int) -> int | None:
    """Where the name after the title at `t` stands ("mr . minh"), or None."""
    j = t + 1 + (toks[t + 1 : t + 2] == ["."])
    if j < len(toks) and toks[j].isalpha() and len(toks[j]) > 1 and toks[j] not in _determiners():
        return j
    return None


def _role_in(part: list[str]) -> bool:
    """A role word stands in `part` as a noun: after a determiner (one word may stand
    between: "a young coworker") or opening the part."""
    det = _determiners()
    return any(
        w in _roles() and (i == 0 or part[i - 1] in det or (i > 1 and part[i - 2] in det))
        for i, w in enumerate(part)
    )


def _set_apart(toks: list[str], t: int, n: int) -> bool:
    """The titled name at `t` (name at `n`) is introduced with a role or a relation."""
    k = n + 1
    if k < len(toks) and toks[k] in _SET_OFF:
        rest = [w for w in toks[k + 1 : k + 4] if w not in _determiners()]
        if rest and rest[0] in _roles():
            return True  # "Mme Brossard, l'enquêtrice qui suit son dossier"
    k = t - 1
    if k >= 0 and toks[k] in function_words().definite_articles:
        k -= 1  # "su vecina, la Sra. Ruiz"
    if k >= 0 and toks[k] == ",":
        j = k - 1
        while j >= 0 and toks[j] not in _PART_ENDS:
            j -= 1
        part = toks[j + 1 : k]
        if _role_in(part) and lexicon.by_language("name_roles").isdisjoint(part):
            return True  # "brought by a coworker from the salon where they work, Mr. Minh"
    return titled_other(toks[: n + 1]) is True  # "her boss Mr. Lee", "chez Mme D."


def titled_others(sentences: list[str], name_words: frozenset[str]) -> frozenset[str]:
    """The names (the word after the title) of the titled people the note sets apart
    from her; never one named right after a referral verb ("we refer Ms. Osei") or one of
    her name's words."""
    found: set[str] = set()
    hers: set[str] = set(name_words)
    for toks, t, n in _titled_names(sentences):
        if referred(toks[:t]):
            hers.add(toks[n])
        elif _set_apart(toks, t, n):
            found.add(toks[n])
    return frozenset(found - hers)


def _titled_names(sentences: list[str]) -> Iterator[tuple[list[str], int, int]]:
    """Each title followed by a name: (the sentence's tokens, the title's index, the name's).
    The note's sentences joined are searched first: most notes hold no title at all, and a
    title (a whole word) in one sentence is one in the sentences joined."""
    if not _title_search().search("\n".join(sentences)):
        return
    for sent in sentences:
        if not _title_search().search(sent):
            continue
        toks = tokens(sent)
        for t, w in enumerate(toks):
            if w in _TITLES and (n := name_after(toks, t)) is not None:
                yield toks, t, n


def titled_ages(sentences: list[str], others: frozenset[str], sex: object) -> set[int]:
    """Ages set right after a titled name that is someone else's: a name the note set
    apart (`others`) or a title of the other sex than hers (`sex`)."""
    found: set[int] = set()
    for toks, t, n in _titled_names(sentences):
        other_sex = sex in ("female", "male") and _TITLES[toks[t]] != sex
        if toks[n] not in others and not other_sex:
            continue
        age = _age_after(toks, n + 1)
        if age is not None:
            found.add(age)
    return found


def _age_after(toks: list[str], k: int) -> int | None:
    """The age right after a titled name ending before `k`: a set-off mark, a link word
    at most, the number ("Mr. Minh, who is 45", "Mme Tshala, 30 ans")."""
    if k < len(toks) and toks[k].isalpha() and toks[k] not in _determiners():
        k += 1  # a surname: "Mme Awa Ndiaye, 31 ans"
    if k >= len(toks) or toks[k] not in _SET_OFF:
        return None
    k += 1
    for link in _links():
        if tuple(toks[k : k + len(link)]) == link:
            k += len(link)
            break
    n = to_int(toks[k]) if k < len(toks) else None
    return n if n is not None and 12 <= n <= 110 else None
