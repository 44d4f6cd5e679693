"""Language codes from what directories and staff actually write.

Real directories name languages ("Spanish (limited)", "Creole", "Farsi",
"Mandarin") as often as they give codes, and staff type names in their own
language ("népalais", "nepalí"). Names come from CLDR through Babel in the
languages caseassist ships (en, es, fr), and colloquial names from
`resources/directory/mappings/language_names.csv`, which a vault can extend
(a Cape Verdean directory's "Creole" is `kea`, not Haitian Creole).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from caseassist.paths import resources_dir

NAME_LOCALES = ("en", "es", "fr")

LANGUAGE_ALIASES: dict[str, str] = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "ara": "ar", "ukr": "uk",
    "tgl": "tl", "fil": "tl", "nep": "ne", "hin": "hi", "urd": "ur", "por": "pt",
    "zho": "zh", "chi": "zh", "rus": "ru", "vie": "vi", "kor": "ko", "hat": "ht",
    "pol": "pl", "slk": "sk", "slo": "sk", "som": "so", "amh": "am", "tir": "ti",
    "swa": "sw", "fas": "fa", "per": "fa", "ben": "bn", "pan": "pa", "tha": "th",
    "ron": "ro", "rum": "ro", "deu": "de", "ger": "de", "ita": "it", "jpn": "ja",
    "cmn": "zh", "pes": "fa", "ell": "el", "gre": "el", "tur": "tr", "heb": "he",
    "iw": "he", "in": "id", "ji": "yi",
}  # fmt: skip
"""ISO 639-2/3 codes that have a two-letter code, so `nep` and `ne` match."""

QUALIFIERS = re.compile(
    r"\((?P<paren>[^)]*)\)|\b(?P<word>limited|some|basic|fluent|conversational|only|"
    r"interpretation|interpreter|available|on request|by phone|staff|spoken|language|"
    r"limitado|básico|limité|courant)\b",
    re.IGNORECASE,
)
SPLIT = re.compile(r"\s*(?:[,;/|]|\band\b|\by\b|\bet\b|&)\s*", re.IGNORECASE)
_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Népalais" and "nepalais" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def normalize_language(code: str) -> str:
    """`ne-NP`, `NE`, `nep` -> `ne` (the primary subtag, two letters where one exists)."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return LANGUAGE_ALIASES.get(primary, primary)


@cache
def _cldr_names(locale: str) -> Mapping[str, str]:
    """Folded language name -> code in one locale (each loaded only when a name needs it)."""
    from babel import Locale

    return {
        fold(name): normalize_language(code)
        for code, name in Locale(locale).languages.items()
        if "_" not in code
    }


@cache
def _colloquial() -> Mapping[str, str]:
    path = resources_dir() / "directory" / "mappings" / "language_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {fold(r["name"]): r["code"].strip() for r in csv.DictReader(fh) if r.get("name")}


@cache
def _known_codes() -> frozenset[str]:
    return frozenset(_cldr_names("en").values()) | frozenset(_colloquial().values())


def language_code(text: str, extra_names: Mapping[str, str] | None = None) -> str | None:
    """One language as a code ("Spanish (limited)" -> "es"), or None when it is not one.

    `extra_names` (folded name -> code) is a vault's own list, looked at first.
    """
    raw = text.strip()
    if not raw:
        return None
    primary = raw.replace("_", "-").split("-")[0]
    if _CODE.match(raw) and len(primary) == 2:
        return normalize_language(raw)  # an ISO 639-1 code (`ne`, `NE`, `ne-NP`)
    key = fold(raw)
    stripped = fold(QUALIFIERS.sub(" ", raw))
    candidates = [c for c in (key, stripped) if c]
    for table in (extra_names or {}, _colloquial()):
        for candidate in candidates:
            if candidate in table:
                return table[candidate]
    if _CODE.match(raw) and len(primary) == 3:
        code = normalize_language(raw)
        if code in LANGUAGE_ALIASES.values() or code in _known_codes():
            return code
    for locale in NAME_LOCALES:
        names = _cldr_names(locale)
        for candidate in candidates:
            if candidate in names:
                return names[candidate]
    return None


def language_codes(
    text: str, extra_names: Mapping[str, str] | None = None
) -> tuple[list[str], list[str]]:
    """A cell that may list several ("English, Spanish and Creole") -> (codes, unknown names)."""
    whole = language_code(text, extra_names)
    if whole:
        return [whole], []
    codes: list[str] = []
    unknown: list[str] = []
    for part in SPLIT.split(
        QUALIFIERS.sub(lambda m: " " if m["paren"] is not None else m[0], text)
    ):
        if not part.strip():
            continue
        code = language_code(part, extra_names)
        if code:
            if code not in codes:
                codes.append(code)
        elif fold(QUALIFIERS.sub(" ", part)):
            unknown.append(part.strip())
    return codes, unknown
