"""Every living language of ISO 639-3, by the code the contract writes (ISO 639-1 where
one exists, else 639-3), with its English reference name.

CLDR, which names languages everywhere else, knows about 640; a survivor may speak one
of the other six thousand (Ngazidja Comorian "zdj", Sãotomense "cri"), and a directory
may list one. Facts, the directory and the display all accept them through here. The
table is `resources/iso639.json`, built by `caseassist.intake.build_iso639`.
"""

from __future__ import annotations

import json
from functools import cache

from caseassist.paths import resources_dir


@cache
def iso639_names() -> dict[str, str]:
    """Code -> English reference name, for every living ISO 639-3 language."""
    with (resources_dir() / "iso639.json").open(encoding="utf-8") as fh:
        return json.load(fh)
