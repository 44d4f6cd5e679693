"""Regenerate `resources/intake/lexicon/regions.json`: the first-level regions of every
country (ISO 3166-2 states, provinces, departments: "Sonora", "Olancho", "Huambo",
"Québec"), folded, each with its country, from pycountry's ISO data.

Only names one country holds, of five letters or more, that are no country's name and
no word the lexicon already uses, are kept: a note's "de Sonora" then tells Mexico, while
"Córdoba" (Argentina, Colombia, Spain) or "Centre" tells nothing. A build-time tool, like
`build_lexicon`: `pip install pycountry; python -m caseassist.intake.build_regions`. The
output is sorted and committed; the app never imports pycountry.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name
from caseassist.paths import resources_dir

_GENERIC = frozenset(
    ["north", "south", "east", "west", "central", "centre", "center", "capital", "nord", "sud"]
    + ["ouest", "norte", "oriental", "occidental", "littoral", "coast", "islands", "western"]
    + ["eastern", "northern", "southern", "district", "federal", "metropolitan", "region"]
)


def regions() -> dict[str, str]:
    import pycountry  # a build-time dependency only

    countries = lexicon.country_names()
    common = {w for key, v in lexicon.words().items() if isinstance(v, list) for w in v}
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        name = fold_name(sub.name.split("[")[0].split("(")[0])
        if len(name) < 5 or name in countries or name in common:
            continue
        if set(name.split()) & _GENERIC:
            continue
        seen.setdefault(name, set()).add(sub.country_code)
    return {name: codes.pop() for name, codes in sorted(seen.items()) if len(codes) == 1}


def main() -> int:
    out = Path(resources_dir()) / "intake" / "lexicon" / "regions.json"
    data = regions()
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"{len(data)} regions -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
