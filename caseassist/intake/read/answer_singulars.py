"""In her own answer a wish said for "we" includes her: "Queremos regresar a México",
"Nous voulons rentrer", "A gente quer voltar" are read as "I want".

Only in an answer (in a note "we" is the writer's service); the forms are data, each
language folder's `[answer_singulars]` table. Someone else's wish ("mis hijos quieren
volver", "ma sœur veut rentrer") has no first person plural and is left as it is."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation


@cache
def _table() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = {
        fold_name(k): fold_name(v) for k, v in lexicon.words().get("answer_singulars", {}).items()
    }
    if not table:
        return None, table
    alts = alternation(table, r"\s+")
    return re.compile(rf"(?<![a-z0-9']){alts}(?![a-z0-9'])"), table


def as_singular(folded: str) -> str:
    """The folded sentence with her "we" wishes in the first person singular."""
    pattern, table = _table()
    if pattern is None:
        return folded
    return pattern.sub(lambda m: table.get(" ".join(m.group(0).split()), m.group(0)), folded)
