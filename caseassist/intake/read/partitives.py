"""A person picked out of a group, and the marks of another person: "another of the
workers", "one of the women", "un autre des ouvriers", "um dos colegas" (`partitive_links`
after an `other_person_marks` or `partitive_ones` word) introduce someone else, not her
(split from `roles.py`, stop 43)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.people_words import SURVIVOR_SUBJECTS, child_words, gender_noun_words


@cache
def other_marks() -> frozenset[str]:
    """Words that make the person noun after them someone else (`other_person_marks`:
    "the other woman", "la otra mujer", "l'autre femme"; `ordinal_person_marks`: "the second
    woman", "a segunda")."""
    return lexicon.by_language("other_person_marks") | lexicon.by_language("ordinal_person_marks")


def past_partitive(toks: list[str], j: int) -> int:
    """Where the person a mark of another describes stands: `j`, or past a partitive
    that opens there ("otro de los trabajadores", "another of the workers", "un autre des
    ouvriers", "outro dos colegas": `partitive_links`)."""
    for link in _partitive_links():
        if tuple(toks[j : j + len(link)]) == link:
            return j + len(link)
    return j


def picked_from(toks: list[str], i: int) -> bool:
    """`toks[i]` names the people a mark of another or a "one" picks one person from
    ("another of the workers", "un autre des ouvriers", "one of the women", "una de las
    chicas", "l'un des hommes", "um dos colegas": `partitive_links` after an
    `other_person_marks` or `partitive_ones` word): that person, not her."""
    e = i - 1 if i > 1 and toks[i - 1] in lexicon.word_sets().possessives else i
    if not e or toks[e - 1] not in _link_ends() or not people_word(toks[i]):
        return False  # ("one of her colleagues", "uno de sus compañeros")
    return any(toks[j - 1] in _pickers() for j in _link_starts(toks, e))


def _link_starts(toks: list[str], e: int) -> Iterator[int]:
    """Where each partitive that ends right before `e` starts, when a word stands before it
    (the one test of a partitive behind `picked_from`, `marked_as_other` and
    `partitive_before`)."""
    for link in _partitive_links():
        j = e - len(link)
        if j > 0 and tuple(toks[j:e]) == link:
            yield j


@cache
def _link_ends() -> frozenset[str]:
    return frozenset(link[-1] for link in _partitive_links())


@cache
def _pickers() -> frozenset[str]:
    return other_marks() | lexicon.by_language("partitive_ones")


def people_word(w: str, *, bodies: bool = True) -> bool:
    """A word for people, or one person, in the lexicon (a plural read by its singular:
    "workers", "trabajadores", "ouvrières", "mulheres"); `bodies`: `other_people` too, where
    an agency is listed beside a sister ("otras agencias" after a mark is no person)."""
    forms = {w, w[:-1], w[:-2]} if w.endswith("s") else {w}
    return not forms.isdisjoint(_people_forms(bodies))


@cache
def _people_forms(bodies: bool) -> frozenset[str]:
    ws = lexicon.word_sets()
    return frozenset(
        (ws.other_people if bodies else frozenset())
        | gender_noun_words()
        | child_words()
        | lexicon.by_language("person_nouns")
        | lexicon.by_language("numbered_person_nouns")
        | frozenset(SURVIVOR_SUBJECTS)
    )


@cache
def _partitive_links() -> tuple[tuple[str, ...], ...]:
    links = {tuple(w.split()) for w in lexicon.by_language("partitive_links")}
    return tuple(sorted(links, key=len, reverse=True))


def marked_as_other(toks: list[str], i: int) -> bool:
    """The word for a person at `i` is marked as someone else: a mark of another right
    before it ("another worker", "la otra mujer", "the second woman") or before the
    partitive that leads to it ("another of the workers", "otro de los trabajadores", "un
    autre des ouvriers", "outro dos colegas"). The one test every reader of whose a
    person, name, age, sex or origin is asks (roles, gender, topics, the demonym heads)."""
    if i <= 0:
        return False
    marks = other_marks()
    return toks[i - 1] in marks or any(toks[j - 1] in marks for j in _link_starts(toks, i))


def mark_reach(toks: list[str], k: int) -> int:
    """Where the person a mark of another at `k` describes stands (past a partitive), or
    `k` when no mark stands there."""
    return past_partitive(toks, k + 1) if toks[k] in other_marks() else k


def person_noun(w: str) -> bool:
    """A word for a person (`person_nouns`: "worker", "trabajadora"; a gender noun: "woman",
    "mujer"), in the singular or plural ("workers", "trabajadores", "femmes", "women")."""
    nouns = _person_noun_words()
    if w in nouns:
        return True
    forms = (w[:-1], w[:-2], w[:-3] + "man" if w.endswith("men") else "")
    return any(len(f) > 2 and f in nouns for f in forms)


@cache
def _person_noun_words() -> frozenset[str]:
    return lexicon.by_language("person_nouns") | gender_noun_words()


def partitive_before(toks: list[str], k: int) -> bool:
    """A partitive ends right before `k` ("one of the other", "un des autres")."""
    return any(True for _ in _link_starts(toks, k))
