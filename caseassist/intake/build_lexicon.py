"""Regenerate `resources/intake/lexicon/cldr_names.json` from Babel's CLDR data.

Language and country names come from CLDR in several locales (and each
language's own name for itself), so extraction recognises "Nepali", "nepalí",
"népalais" and "नेपाली" alike without hand-written lists. Run after a Babel
upgrade: `python -m caseassist.intake.build_lexicon`. The output is sorted and
committed, so the app needs no CLDR walk at start-up and the test suite can
check the file is current.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

from caseassist.intake.text import fold_name
from caseassist.paths import resources_dir

PRIMARY = ("en", "es", "fr")
"""Locales whose names win a clash: the languages notes are written in."""
SECONDARY = ("pt", "it", "de", "nl", "ca")
NOT_LANGUAGES = frozenset({"und", "zxx", "mul", "mis"})
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


def _stop_words() -> frozenset[str]:
    with (resources_dir() / "intake" / "lexicon" / "words.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return frozenset(fold_name(w) for w in data["not_language_names"])


def build() -> dict[str, object]:
    stop = _stop_words()
    en = Locale.parse("en")
    lang_codes = sorted(
        c for c in en.languages if "_" not in c and c not in NOT_LANGUAGES and c.isalpha()
    )
    variants = sorted(c for c in en.languages if "_" in c and c.split("_")[0] in lang_codes)
    countries = sorted(
        c for c in en.territories if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES
    )
    available = set(locale_identifiers())

    def collect(table: str, codes: list[str], locales: tuple[str, ...]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for loc in locales:
            names = getattr(Locale.parse(loc), table)
            for code in codes:
                name = names.get(code)
                if name:
                    key = fold_name(name)
                    if len(key) >= 4 and key not in stop:
                        out.setdefault(key, set()).add(code.replace("_", "-"))
        return out

    def merge(first: dict[str, set[str]], then: dict[str, set[str]]) -> dict[str, str]:
        result = {k: next(iter(v)) for k, v in first.items() if len(v) == 1}
        for k, v in then.items():
            if k not in first and len(v) == 1:
                result[k] = next(iter(v))
        return dict(sorted(result.items()))

    lang_primary = collect("languages", lang_codes + variants, PRIMARY)
    lang_more = collect("languages", lang_codes, SECONDARY)
    for code in lang_codes:  # each language's name for itself ("nepali" in Devanagari, "kreyol")
        if code in available:
            try:
                own = Locale.parse(code).languages.get(code)
            except (ValueError, UnknownLocaleError):
                own = None
            if own:
                key = fold_name(own)
                if len(key) >= 3 and key not in stop:
                    lang_more.setdefault(key, set()).add(code)
    languages = merge(lang_primary, lang_more)
    territories = merge(
        collect("territories", countries, PRIMARY), collect("territories", countries, SECONDARY)
    )
    return {
        "_source": "Babel CLDR; regenerate with python -m caseassist.intake.build_lexicon",
        "language_codes": lang_codes,
        "country_codes": countries,
        "languages": languages,
        "territories": territories,
    }


def target() -> Path:
    return resources_dir() / "intake" / "lexicon" / "cldr_names.json"


def render(data: dict[str, object]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    target().write_text(render(build()), encoding="utf-8")
    print(target(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
