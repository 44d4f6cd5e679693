"""A service for one community or nationality, read from its own words.

"Kapwa Filipino Workers Desk", "Ukrainian Community Hub", "Comunidad de
mujeres mexicanas": such a service was suggested to a Nigerian woman as if it
fitted. Who a service is for is read from its name, eligibility and description
by data (`resources/directory/mappings/communities.csv`: each country's
demonyms in en/es/fr/pt; `community_cues.csv`: the words that make a demonym
name a community, "community", "workers", "comunidad de"), never from a bare
language word ("interpreters for Arabic and Ukrainian" names no community).
Like every restriction read from words it never excludes: it ranks the service
after those that surely fit and says what to check (`fit.py`, `reasons.py`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from caseassist.directory.model import Service
from caseassist.paths import resources_dir

_MAPPINGS = resources_dir() / "directory" / "mappings"


@dataclass(frozen=True, slots=True)
class Community:
    """The country a service is for (ISO 3166-1 alpha-2), and the words it was read from."""

    country: str
    source: str


def fold(text: str) -> str:
    """Lower case without accents, so "Nigérian" and "nigerian" are one word."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rows(name: str) -> list[dict[str, str]]:
    with (_MAPPINGS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@dataclass(frozen=True, slots=True)
class _Words:
    """The data, as sets of folded words: demonym forms (one or two words) by country,
    and the cue words after, before and between."""

    forms: dict[str, str]
    firsts: frozenset[str]  # the first word of each two-word form ("sri" of "sri lankan")
    after: frozenset[str]
    before: frozenset[str]
    between: frozenset[str]


@cache
def _words() -> _Words:
    forms: dict[str, str] = {}
    for row in _rows("communities.csv"):
        for word in row["demonyms"].split(";"):
            word = " ".join(fold(word).split())
            for form in (word, word + "s", word + "es"):
                forms.setdefault(form, row["country"].strip().upper())
    cues = {
        r["position"]: frozenset(fold(w.strip()) for w in r["words"].split(";"))
        for r in _rows("community_cues.csv")
    }
    firsts = frozenset(f.split()[0] for f in forms if " " in f)
    return _Words(forms, firsts, cues["after"], cues["before"], cues["between"])


_WORD = re.compile(r"\w+")


def _named(words: list[str], data: _Words) -> Iterator[tuple[str, int, int]]:
    """(country, first word, last word + 1) of each demonym a cue makes a community: a
    cue word right after it, or one before it past at most two small words."""
    forms = data.forms
    for i, word in enumerate(words):
        two = f"{word} {words[i + 1]}" if word in data.firsts and i + 1 < len(words) else ""
        if two in forms:
            country, end = forms[two], i + 2
        elif word in forms:
            country, end = forms[word], i + 1
        else:
            continue
        if end < len(words) and words[end] in data.after:
            yield country, i, end + 1
            continue
        j = i - 1
        while j >= 0 and i - j <= 2 and words[j] in data.between:
            j -= 1
        if j >= 0 and words[j] in data.before:
            yield country, j, end


@lru_cache(maxsize=8192)
def _read(texts: tuple[str, ...]) -> tuple[Community, ...]:
    data = _words()
    found: dict[str, Community] = {}
    for text in texts:
        text = " ".join(text.split())
        folded = fold(text)
        spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
        words = [folded[a:b] for a, b in spans]
        for country, first, last in _named(words, data):
            where = (spans[first][0], spans[last - 1][1])
            found.setdefault(country, Community(country, _around(text, folded, where)))
    return tuple(found.values())


SHOWN = 80
"""A long description is quoted only around the words that name the community."""


def _around(text: str, folded: str, where: tuple[int, int]) -> str:
    if len(text) <= SHOWN or len(folded) != len(text):
        return text
    start = max(0, where[0] - (SHOWN - (where[1] - where[0])) // 2)
    part = text[start : start + SHOWN].strip()
    return ("…" if start else "") + part + ("…" if start + SHOWN < len(text) else "")


def communities(svc: Service) -> tuple[Community, ...]:
    """The communities the service says it is for, in its name, eligibility or description."""
    texts = (svc.name, svc.eligibility_description, svc.description)
    return _read(tuple(t for t in texts if t))
