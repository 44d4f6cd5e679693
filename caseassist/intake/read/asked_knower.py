"""In her answer to a safety question, the person she names by a title ("la señora no sabe
dónde estoy", "the lady doesn't know where I am", "madame ne sait pas où je suis") knowing
where she is: the question's context (the people she left) names who that person is, so the
knowing fact is settled; in a note the same title may name a helper, and is not read.

The patterns, the questions and the fact are data (`[asked_knower]` in rules.toml)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.clause_context import condition_after
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import ffold, tokens


@cache
def _table() -> tuple[frozenset[str], str, frozenset[str], tuple[re.Pattern[str], ...]]:
    t = lexicon.rules_data().get("asked_knower", {})
    return (
        frozenset(t.get("questions", ())),
        str(t.get("fact", "")),
        frozenset(t.get("negators", ())),
        tuple(re.compile(p) for p in t.get("patterns", ())),
    )


def _condition_before(folded: str, start: int) -> bool:
    """A condition opens the clause of the match ("Si la señora sabe dónde estoy, ..."):
    hypothetical."""
    clause = re.split(r"[.;:!?,]", folded[:start])[-1]
    return lexicon.phrase_regex("condition_openers").search(clause) is not None


def read_asked_knower(fact_id: str, text: str, out: Extraction) -> None:
    """Settle the knowing fact from a titled person's knowing where she is, in an answer to
    one of the `questions`; nothing when the fact is already read or disagreed on, or the
    answer hedges or sets a condition."""
    questions, fact, negators, patterns = _table()
    if fact_id not in questions or not fact or fact in out.values or fact in out.conflicts:
        return
    folded = lexicon.respell(ffold(text))
    found = {
        "no" if negators & set(tokens(m.group())) else "yes"
        for p in patterns
        for m in p.finditer(folded)
        if not condition_after(folded, folded, m.end()) and not _condition_before(folded, m.start())
    }
    if len(found) == 1 and not _has_hedge(folded):
        out.put(fact, found.pop())
