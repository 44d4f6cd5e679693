"""Regenerate `resources/iso639.json`: every living language of ISO 639-3
(individual languages and macrolanguages), keyed as the contract writes a language
(ISO 639-1 where one exists, else 639-3), with its English reference name.

CLDR, which the rest of the lexicon comes from, names about 640 languages; a survivor may
speak one of the other six thousand (`caseassist.language_codes`). A build-time tool like
`build_regions`: `pip install pycountry; python -m caseassist.intake.build_iso639`. The output is sorted and committed; the app never
imports pycountry.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caseassist.paths import resources_dir


def build() -> dict[str, str]:
    import pycountry  # a build-time dependency only

    out: dict[str, str] = {}
    for lang in pycountry.languages:
        if getattr(lang, "type", None) != "L":  # living; not extinct, ancient or historical
            continue
        code = getattr(lang, "alpha_2", None) or lang.alpha_3
        out[code] = lang.name
    return dict(sorted(out.items()))


def target() -> Path:
    return resources_dir() / "iso639.json"


def main() -> int:
    data = build()
    target().write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(data)} languages to {target()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
