"""Where a person is from when the note says it only in passing: the country of the
embassy or consulate that refers them (its own national), or the one they would go
back to."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import _with_data, tokens

_MISSIONS = lexicon.Lazy(
    lambda: _with_data(
        r"\b(?:embassy|consulate|consular|embajada|consulado|consular|ambassade|consulat|"
        r"embaixada|consulado geral|emb|cons)\b",
        "mission_words",
    )
)


def _writers_plan(sent: str) -> bool:
    """The writer is the sentence's "I" or "we" (`writer_words`, `writer_we_subjects`:
    "Nous contacterons l'ambassade de Roumanie", "We will call the consulate"): a step
    the writer takes, which may be towards a country she passed through, not a mission
    that refers its own national."""
    mine = lexicon.by_language("writer_words") | lexicon.by_language("writer_we_subjects")
    return not mine.isdisjoint(tokens(sent))


def referrer_origin(sentences: list[str], *, plans: bool = False) -> str | None:
    """The country whose embassy or consulate refers the person ("The Embassy of
    Ethiopia refers Ms. T.", "consulado hondureno ... connacional", "Cuban consulate"):
    a mission refers its own nationals, so it is their origin unless the note says
    another. One country only; None when the note names no mission."""
    names = lexicon.country_names()
    dem = lexicon.demonyms()
    found: set[str] = set()
    for sent in sentences:
        for m in _MISSIONS.finditer(sent):
            if not plans and _writers_plan(sent):
                break  # (tokenised only where a mission is named)
            after = tokens(sent[m.end() :])[:5]
            before = tokens(sent[: m.start()])[-1:]
            if after[:1] and after[0] in ("of", "de", "du", "d'", "da", "do", "des", "general"):
                k = 1 + (after[1:2] == ["la"] or after[1:2] == ["l'"] or after[1:2] == ["el"])
                hit = _country_at(after, k)
                if hit:
                    found.add(hit[0])
            if after[:1] and after[0] in dem:
                found.add(dem[after[0]])  # "consulado hondureno"
            if before and before[0] in dem:
                found.add(dem[before[0]])  # "Cuban consulate"
            if before and before[0] in names:
                found.add(names[before[0]])  # "Mexico consulate"
    return found.pop() if len(found) == 1 else None


_TO_WORDS = frozenset(
    [
        "to",
        "a",
        "al",
        "au",
        "aux",
        "en",
        "in",
        "para",
        "pra",
        "pro",
        "no",
        "na",
        "home",
        "back",
        "the",
        "el",
        "la",
        "le",
        "o",
    ]
)


def return_origin(sentences: list[str]) -> str | None:
    """The one country a note says they would (or would not) go back to ("wants to go
    back to Nepal", "no quiere regresar a Honduras", "veut rentrer au Pakistan"): going
    back is going home, whatever they wish. None when no country or several."""
    verbs = lexicon.phrase_regex("return_verbs")
    found: set[str] = set()
    for sent in sentences:
        for m in verbs.finditer(sent):
            after = tokens(sent[m.end() :])[:5]
            k = 0
            while k < len(after) and after[k] in _TO_WORDS:
                k += 1
            hit = _country_at(after, k) if 0 < k < len(after) else None
            if hit:
                found.add(hit[0])
    return found.pop() if len(found) == 1 else None


def passing_origin(sentences: list[str], out: Extraction, *, answer: bool) -> None:
    """Where they are from when nothing else says it: the referring mission's country
    (in a note), else the country they would go back to; a mission the writer means to
    contact only offers its country."""
    # one search of the whole note first: most notes name no mission, and a mission named
    # in a sentence is named in the sentences joined (its words are whole words either way)
    named = not answer and _MISSIONS.search("\n".join(sentences)) is not None
    origin = (referrer_origin(sentences) if named else None) or return_origin(sentences)
    if origin:
        out.weak("person.country_of_origin", origin)
    elif named and (planned := referrer_origin(sentences, plans=True)):
        out.maybe("person.country_of_origin", planned)  # the writer's step: offered
