"""Where a person is from when a note tells only the journey ("came from Romania in
January", "arrivé du Maroc il y a un an", "veio de Angola") or writes the country as a
code in the slot an origin takes ("34F, GT, K'iche'", "from NP", "from here (US)").

Both are weaker than an origin said outright: a journey may start in a country she
only passed through, so it is applied only when one of her languages is at home there
and almost nowhere else (CLDR's territory data: Romanian in Romania, K'iche' in
Guatemala; never Spanish or Arabic, spoken in twenty countries), else offered. A code
is read only in upper case in the original text, never one that is also a US state or
a common abbreviation (`country_code_not`). Used only when nothing else states an
origin."""

from __future__ import annotations

import json
import re
from functools import cache

from babel.core import get_global

from caseassist.intake import lexicon
from caseassist.intake.read.countries import (
    _ES_DE_PREV,
    _NOT_ORIGIN_VERBS,
    _ORIGIN_ARTICLES,
    _ORIGIN_TRIGGERS,
    _country_at,
)
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge, _other_subject
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.text import strip_accents
from caseassist.paths import resources_dir

_FROM_WORDS = frozenset(["from", "de", "del", "desde", "du", "des", "d", "da", "do", "das", "dos"])
_ARTICLES = frozenset(["the", "la", "el", "le", "l", "a", "o", "les", "los", "os", "as"])
_CODE_ALIASES = {"tl": "fil"}  # the codes this project uses where CLDR's territory data has another
_AT_HOME_IN_AT_MOST = 3  # a language official (or spoken by a fifth) in more says nothing


@cache
def _home_countries(language: str) -> frozenset[str]:
    """The countries where a language is official or spoken by a fifth of the people."""
    code = _CODE_ALIASES.get(language, language)
    return frozenset(
        t
        for t, langs in get_global("territory_languages").items()
        if code in langs
        and (langs[code].get("official_status") or langs[code].get("population_percent", 0) >= 20)
    )


def _spoken_in(language: str, country: str) -> bool:
    code = _CODE_ALIASES.get(language, language)
    return code in get_global("territory_languages").get(country, {})


def language_points_to(languages: list[str], country: str) -> bool:
    """One of her languages belongs to that country and to few others ("Romanian" to
    Romania, "Haitian Creole" to Haiti, "Mam" to Guatemala)."""
    return any(
        _spoken_in(lang, country) and len(_home_countries(lang)) <= _AT_HOME_IN_AT_MOST
        for lang in languages
    )


def journey_countries(sentences: list[str]) -> set[str]:
    """The countries a note says the person came, was brought or fled from: a journey verb,
    a "from" word within three words of it, an article, a country."""
    verbs = lexicon.phrase_regex("journey_verbs")
    found: set[str] = set()
    for sent in sentences:
        for m in verbs.finditer(sent):
            after = tokens(sent[m.end() :])[:9]
            k = next((j for j, w in enumerate(after[:4]) if w in _FROM_WORDS), None)
            if k is None or any(not w[:1].isalnum() for w in after[:k]):
                continue  # "came, from what we know": no journey from a place
            k += 1 + (k + 1 < len(after) and after[k + 1] in _ARTICLES)
            hit = _country_at(after, k) if k < len(after) else None
            if hit:
                found.add(hit[0])
    return found


@cache
def _code_slot() -> re.Pattern[str]:
    labels = sorted(lexicon.by_language("country_code_labels"), key=len, reverse=True)
    lead = "|".join(re.escape(w) for w in labels)
    nouns = sorted(lexicon.by_language("country_code_nouns"), key=len, reverse=True)
    after = "|".join(re.escape(w) for w in nouns) or "(?!)"
    # "from NP", "Nationality: GT", "from here (US)"; or a comma part right after a
    # shorthand sex and age ("34F, GT,", "F 22, NP,"); or before "national" ("VN national")
    return re.compile(
        rf"(?:\b(?i:{lead})\b\.?\s*[:\-]?\s*(?:(?i:here|there|aqui|ici)\s*)?\(?"
        r"|\b(?:\d{1,2}\s?[FMfm]|[FMfm]\s?\d{1,2}|[FMHfmh]\s*,\s*\d{1,2})\s*,\s*"
        rf"|(?<![\w-])(?=[A-Z]{{2}}\s+(?i:{after})\b))"
        r"([A-Z]{2})(?![A-Za-z'])"
    )


def coded_countries(text: str) -> set[str]:
    """The countries a note writes as a two-letter code where an origin goes, in upper case."""
    refused = lexicon.by_language("country_code_not")
    found: set[str] = set()
    plain = strip_accents(text)
    for m in _code_slot().finditer(plain):  # "Nationalité : CM"
        code = m.group(1)
        line = plain[plain.rfind("\n", 0, m.start(1)) + 1 : m.start(1)]
        if _other_subject(tokens(ffold(line))[-10:]):
            continue  # "Her boss is a US national": his, not hers
        if code.lower() not in refused and code in get_global("territory_languages"):
            found.add(code)
    return found


_MOVES = frozenset(["venue", "venu", "vient", "viene", "vienen", "je"])


@cache
def _regions() -> dict[str, str]:
    """Folded first-level region name -> its country (`build_regions.py`: names one
    country holds only)."""
    path = resources_dir() / "intake" / "lexicon" / "regions.json"
    return json.loads(path.read_text(encoding="utf-8"))


def region_names() -> frozenset[str]:
    """Every first-level region name the data holds, folded ("sinaloa", "oaxaca")."""
    return frozenset(_regions())


def _region_at(toks: list[str], i: int) -> str | None:
    regions = _regions()
    for n in (3, 2, 1):
        key = " ".join(toks[i : i + n])
        if len(toks[i : i + n]) == n and key in regions:
            return regions[key]
    return None


def region_countries(sentences: list[str], marked: dict[str, str]) -> set[str]:
    """The countries of the regions a note names where an origin goes ("una joven de 18,
    de Sonora", "natural do Huambo", "née au Québec", "from Chiapas"): never after a
    journey verb, another person, or in a hedged sentence. `marked`: the region codes
    the note writes as codes, folded (`_marked_codes`)."""
    found: set[str] = set()
    for sent in sentences:
        if _has_hedge(sent):
            continue
        toks = tokens(sent)
        starts = [
            k + 1
            for k, t in enumerate(toks[1:], 1)
            if t in ("de", "du", "da", "do") and toks[k - 1] in _ES_DE_PREV
        ]
        for m in _ORIGIN_TRIGGERS.pattern.finditer(sent):
            before = tokens(sent[: m.start()])
            if before and before[-1] in _NOT_ORIGIN_VERBS or m.group().split()[0] in _MOVES:
                continue  # "venue du Kasaï" inside the country: a journey, not an origin
            starts.append(len(tokens(sent[: m.end()])))
        for k in starts:
            if _other_subject(toks[max(0, k - 10) : k]):
                continue
            k += k < len(toks) and toks[k] in (":", "-", ".")
            k += k < len(toks) and toks[k] in _ORIGIN_ARTICLES
            code = _region_at(toks, k) if k < len(toks) else None
            if code or (code := _region_after_place(toks, k, marked)):
                found.add(code)
    return found


_PLACE_WIDTH = 4


def _region_after_place(toks: list[str], k: int, marked: dict[str, str]) -> str | None:
    """The region a place unknown to the data is said to be in, a few words on ("de
    Comitán, Chiapas", "natural de Codó, no Maranhão", "de la Sierra Norte de Puebla"):
    after a comma, a slash or a `region_links` word ("in", "en", "no", "de"), an article
    perhaps between; or a region code `marked` in the sentence ("de Recife/PE")."""
    links = lexicon.by_language("region_links")
    for j in range(k + 1, min(len(toks), k + 1 + _PLACE_WIDTH)):
        if toks[j - 1] in _PLACE_STOPS:
            return None
        if toks[j] in marked:
            return marked[toks[j]]
        if toks[j - 1] in (",", "/", "(") or toks[j - 1] in links:
            at = j + (toks[j] in _ORIGIN_ARTICLES)
            if at < len(toks) and (code := _region_at(toks, at)):
                return code
    return None


_CODE_MARK = re.compile(r"[/(-] ?([A-Z]{2})\b")


def _marked_codes(text: str) -> dict[str, str]:
    """Region codes (`region_codes`: "PE", "MA") written in capitals right after a slash,
    a dash or a bracket ("Recife/PE", "Caxias (MA)", "Belém-PA"), folded -> country: as
    plain words ("pe", "se", "to") they are other words of the languages."""
    table = lexicon.words().get("region_codes", {})
    if not ("/" in text or "(" in text or "-" in text):
        return {}
    return {m[1].lower(): table[m[1]] for m in _CODE_MARK.finditer(text) if m[1] in table}


_PLACE_STOPS = frozenset([".", ";", ":", ")", "!", "?"])


def journey_origin(text: str, sentences: list[str], out: Extraction) -> None:
    """Where they are from by a code or a journey, when nothing else says it: one code
    is applied; one journey's country is applied when her language points to it, else
    offered."""
    if "person.country_of_origin" in out.values or "person.country_of_origin" in out.conflicts:
        return
    coded = coded_countries(text) or region_countries(sentences, _marked_codes(text))
    if len(coded) == 1:
        out.weak("person.country_of_origin", coded.pop())  # "34F, GT,", "de Sonora"
        return
    journeys = journey_countries(sentences)
    if len(journeys) != 1:
        return
    country = journeys.pop()
    langs = [
        *(
            [out.values["person.preferred_language"]]
            if "person.preferred_language" in out.values
            else []
        ),
        *out.values.get("person.other_languages", []),
    ]
    if language_points_to([str(x) for x in langs], country):
        out.weak("person.country_of_origin", country)
    else:
        out.maybe("person.country_of_origin", country)
