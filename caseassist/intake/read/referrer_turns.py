"""A transcript speaker who calls for someone else: a friend, a cousin, a neighbour.

"Visitor: i am asking for my friend, she is from Kenya ... i am 30 and i have my own
papers", "LIG: Estou a ligar por causa da minha prima. Ela esteve três anos ... Eu tenho
40 anos", "Appelant : J'appelle pour une collègue. Moi c'est Karim". Whatever its label
("Visitor", "LIG", "Appelant"), its first turn names the person it calls about with a
word for a relative, friend or colleague (`calling_for`) after a possessive of the first
person, or after "for / about" (`calling_about`) and an article in a turn that speaks in
the first person; and its turns speak of her in the third person (at least twice). Such a speaker's "I" is the speaker's own, never the survivor's: its
first-person clauses are blanked as a staff member's are (`speakers.py`).
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold, tokens

_MIN_THIRD = 2  # turns that speak of her as "she / he / ela" before the caller is a referrer


@cache
def _relations() -> frozenset[str]:
    return lexicon.by_language("calling_for")


def _someone(toks: list[str]) -> frozenset[str]:
    """The person words a caller calls for after an article ("por uma moça"), in a turn
    where the caller also gives her own name (`caller_names_self`: "meu nome é Dalva");
    none otherwise: "j'appelle pour une jeune ... Je ne sais pas" keeps her doubt hers."""
    if (
        lexicon.phrase_regex("caller_names_self").search(" ".join(t.rstrip("'") for t in toks))
        is None
    ):
        return frozenset()
    return lexicon.by_language("calling_for_someone")


@cache
def _my() -> frozenset[str]:
    return lexicon.by_language("first_person_possessives")


@cache
def _about() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """("for / about" phrases, articles, first-person words): "calling for a colleague"."""
    return (
        lexicon.by_language("calling_about"),
        lexicon.by_language("indefinite_articles"),
        frozenset(t for w in lexicon.by_language("first_person_words") for t in tokens(w)),
    )


@cache
def _third() -> frozenset[str]:
    ws = lexicon.word_sets()
    return ws.pronoun_female | ws.pronoun_male | lexicon.by_language("line_label_female")


def _calls_for(toks: list[str]) -> bool:
    """'my friend', 'minha prima', 'mi hermana', 'ma cousine': a relative or friend of
    the speaker's (an article may stand between: 'da minha prima'); or, in a turn in the
    first person, 'for a colleague', 'pour une collègue', 'por una amiga', 'por uma moça'."""
    if any(
        t in _my() and k + 1 < len(toks) and toks[k + 1] in _relations() for k, t in enumerate(toks)
    ):
        return True
    about, articles, first = _about()
    if first.isdisjoint(toks):
        return False
    for k in range(len(toks)):
        for width in (1, 2, 3, 4):
            if " ".join(toks[k : k + width]) in about:
                j = k + width
                if (
                    j < len(toks)
                    and toks[j] in articles
                    and toks[j + 1 : j + 2]
                    and (toks[j + 1] in _relations() or toks[j + 1] in _someone(toks))
                ):
                    return True
    return False


def referrer_labels(turns: list[tuple[str, str]]) -> frozenset[str]:
    """The labels (folded) of speakers who call for someone else, given a transcript's
    turns in order as (label, value). (The first turns are read first: a transcript with
    no "my friend" there costs one look per speaker.)"""
    first: dict[str, str] = {}
    for label, value in turns:
        first.setdefault(ffold(label).strip(), value)
    callers = {key for key, value in first.items() if _calls_for(tokens(ffold(value)))}
    if not callers:
        return frozenset()
    third: dict[str, int] = {}
    for label, value in turns:
        key = ffold(label).strip()
        if key in callers and not _third().isdisjoint(tokens(ffold(value))):
            third[key] = third.get(key, 0) + 1
    return frozenset(key for key in callers if third.get(key, 0) >= _MIN_THIRD)
