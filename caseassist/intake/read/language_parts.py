"""A language standing alone as one part of a shorthand line ("American, from Ohio,
English obviously", "Hombre, 45 a., mexicano (Hidalgo), esp.", a chat turn "from here
(US), English", a sentence "Esp."): her language, named with no verb."""

from __future__ import annotations

from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read import language_words as words
from caseassist.intake.read import languages
from caseassist.intake.read.language_clauses import literacy_only
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.roles import _other_subject

_ABBREVIATIONS = lexicon.Words(set(), "language_abbreviations")
"""Shorthand that names only a language: a sentence of its own ("Esp.", "Angl.")."""
_PART_STOPS = frozenset({",", ";", "."})
_FROM = frozenset({"from"})  # "from here (US)"; "de" is also "de 74 años"
_JOINERS = frozenset({"+", "/", "&", "and", "y", "et", "e", "(", ")", "-"})
_ORIGIN_LEADS = lexicon.Words(set(), "origin_of_leads")
"""Words before where someone is from ("from", "de", "du", "da"): a part opening with one
after her origin names a place, not a language."""
_ASIDES = lexicon.Words(set(), "language_asides")
"""Words a shorthand part may add after a language without changing it ("English
obviously", "español, claro", "français bien sûr")."""


def bare_parts(toks: list[str], collected: list[tuple[str, str]]) -> None:
    """Each comma- or dot-separated part of a note's sentence that holds only languages
    (with their weight words) names hers, when a part before it named where she is from
    ("American, from Ohio, English"), or when its first language is no nationality word
    too and the part is the whole sentence ("Esp.") or more than one bare name ("Tigrinya
    + some Arabic"). A single name among other parts may be her people ("Kurdish"), unless
    the next part rates a language ("Portuguese; good Spanish": the list is hers)."""
    labelled = ":" in toks[:8]
    if labelled:
        colon = toks.index(":")
        if fields.fact_of(" ".join(toks[:colon])) is not None:
            return  # a form line ("Nationality: Thai") is read by its label
        toks = toks[colon + 1 :]  # a chat turn's speaker ("Outreach (Jamie): ...")
    dem = lexicon.demonyms()
    countries = _country_words()
    allowed = _allowed()
    ends = [k for k, t in enumerate(toks) if t in _PART_STOPS]
    origin = False
    start = 0
    lone = None  # the language of the part just before, read alone as her people
    for end in [*ends, len(toks)]:
        part = toks[start:end]
        # a part between dots is a sentence of its own ("... (Pacífico). Esp. Sin lesiones");
        # one that is the whole sentence may be a heading's value ("Langue du rapport: Dari")
        whole = (start == 0 or toks[start - 1] == ".") and toks[end : end + 1] in ([], ["."])
        alone = start == 0 and end >= len(toks) - (toks[-1:] == ["."])
        start = end + 1
        if not part:
            continue
        first = _first_language(part, allowed)
        before_lone, lone = lone, None
        if first == 1 and part[0] in _ORIGIN_LEADS.all() and origin:
            continue  # "Du Cameroun, de Douala": a place of hers (a city, a language too)
        if first is None:
            origin = origin or part[0] in _FROM or _names_origin(part, dem, countries)
            continue
        if _other_subject(toks[: start - 1][-8:]):
            return  # "Her husband, Syrian, Arabic and Kurdish"
        if _about_another(toks[: start - 1 - len(part) + first], answer=False):
            continue  # "I speak French and English, not Creole": still the writer
        if literacy_only(toks, start - 1 - len(part) + first):
            continue  # "asked that we speak English with him, not Khmer": not a denial
        if not origin:
            if part[first] in dem and words._before(part, first) is None:
                # "Spanish, 30": her nationality, before any origin is named (not "buen
                # francés", rated: a language)
                origin = True
                lone = _lone(part)
                continue
            abbreviated = len(part) == 1 and part[0] in _ABBREVIATIONS
            if labelled or (alone and not abbreviated):
                continue  # "Client: Igbo"; "Dari" after a heading ("Langue du rapport:")
        items = languages._language_list(part, 0, free=True)
        if before_lone and items and any(w != lw.PLAIN for _c, w in items):
            lw.add(collected, before_lone, lw.PLAIN)  # "Portuguese; good Spanish": a list
        if not origin and not whole and len(items) < 2 and all(w == lw.PLAIN for _c, w in items):
            lone = _lone(part)
            continue  # "Woman, 28, Kurdish, from Syria": her people; "l'anglais, elle..."
        for code, weight in items:
            lw.add(collected, code, weight)


def _lone(part: list[str]) -> str | None:
    """The language a part holds when it is that one name and nothing else ("Portuguese"):
    a language list goes on from it when the next part rates one ("; good Spanish")."""
    hit = _lang_at(part, 0)
    return hit[0] if hit and hit[1] == len(part) else None


def _names_origin(part: list[str], dem: dict[str, str], countries: frozenset[str]) -> bool:
    """A nationality or a country (of up to three words: "Cabo Verde") in the part."""
    for i, t in enumerate(part):
        if t in dem or t in countries:
            return True
        if " ".join(part[i : i + 2]) in countries or " ".join(part[i : i + 3]) in countries:
            return True
    return False


@cache
def _country_words() -> frozenset[str]:
    """Country names as the tokens a part holds (built once: the names table is not)."""
    return frozenset(lexicon.country_names())


@cache
def _allowed() -> frozenset[str]:
    """The words a language part may hold beside languages: its weight words ("only",
    "fluent", "some", "native"), asides and list joiners."""
    lists = (words._ONLY, words._WELL, words._MAJOR, words._ALSO, words._MINOR_PHRASES, _ASIDES)
    weight_words = {t for w in lists for p in w.all() for t in p.split()}
    return frozenset(weight_words) | words._INTENSIFIERS | _JOINERS


def _first_language(part: list[str], allowed: frozenset[str]) -> int | None:
    """The place of the first language when the part holds only languages and the words
    allowed beside them; None otherwise."""
    first = None
    i = 0
    while i < len(part):
        hit = _lang_at(part, i)
        if hit:
            first = i if first is None else first
            i += hit[1]
        elif part[i] in allowed:
            i += 1
        else:
            return None
    return first
