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
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rows(name: str) -> list[dict[str, str]]:
    with (_MAPPINGS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _reader() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every community, and each demonym form's country."""
    forms: dict[str, str] = {}
    for row in _rows("communities.csv"):
        for word in row["demonyms"].split(";"):
            word = fold(word.strip())
            for form in (word, word + "s", word + "es"):
                forms.setdefault(form, row["country"].strip().upper())
    cues = {
        r["position"]: [fold(w.strip()) for w in r["words"].split(";")]
        for r in _rows("community_cues.csv")
    }
    dem = _alternatives(list(forms))
    after, before, between = (_alternatives(cues[k]) for k in ("after", "before", "between"))
    pattern = (
        rf"\b(?P<a>{dem})[\s-]+(?:{after})\b"
        rf"|\b(?:{before})\s+(?:(?:{between})\s+){{0,2}}(?P<b>{dem})\b"
    )
    return re.compile(pattern), forms


@lru_cache(maxsize=8192)
def _read(texts: tuple[str, ...]) -> tuple[Community, ...]:
    pattern, forms = _reader()
    found: dict[str, Community] = {}
    for text in texts:
        text = " ".join(text.split())
        folded = fold(text)
        for m in pattern.finditer(folded):
            country = forms[m.group("a") or m.group("b")]
            found.setdefault(country, Community(country, _around(text, folded, m)))
    return tuple(found.values())


SHOWN = 80
"""A long description is quoted only around the words that name the community."""


def _around(text: str, folded: str, m: re.Match[str]) -> str:
    if len(text) <= SHOWN or len(folded) != len(text):
        return text
    start = max(0, m.start() - (SHOWN - (m.end() - m.start())) // 2)
    part = text[start : start + SHOWN].strip()
    return ("…" if start else "") + part + ("…" if start + SHOWN < len(text) else "")


def communities(svc: Service) -> tuple[Community, ...]:
    """The communities the service says it is for, in its name, eligibility or description."""
    texts = (svc.name, svc.eligibility_description, svc.description)
    return _read(tuple(t for t in texts if t))
