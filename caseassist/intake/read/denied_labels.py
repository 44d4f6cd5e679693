"""A form label of a described fact with a plain "none" after it ("Injuries: none",
"Lesiones: ninguna", "Blessures : aucune", "Ferimentos: nenhum"), or a denial ("Injuries:
denies", "Lesiones: niega", "Blessures : nie", "Ferimentos: nega", `label_denials`).

It is "No injuries." said as a form: it denies what the describing rule suggests (an
injury suggests an urgent medical need; none is no urgent need), as the blind labels
read it; a denial is "denies injuries" said as a form, which the statement rules read as
none too. An observation or a report ("none visible", "no refiere", "client reports none")
is not a plain none and says nothing; the label's own text fact records nothing."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import field_tables, fields, lexicon, statement_rules
from caseassist.intake.facts import FACTS


@cache
def _described_by() -> dict[str, tuple[str, ...]]:
    """text fact -> the facts of the rules that describe it and suggest a yes."""
    out: dict[str, list[str]] = {}
    for rule in statement_rules.rules():
        if rule.describe and rule.value is True and rule.fact not in out.get(rule.describe, []):
            out.setdefault(rule.describe, []).append(rule.fact)
    return {k: tuple(v) for k, v in out.items()}


def denied_by_labels(text: str) -> list[str]:
    """The facts a plain "none" after a described fact's label denies, in text order."""
    if ":" not in text:
        return []
    none = field_tables.tables().values.get("none", frozenset()) | lexicon.by_language(
        "label_denials"
    )
    out: list[str] = []
    for label, value in fields._form_lines(text):
        fact = fields.fact_of(label)
        if fact is None or FACTS[fact].type != "text":
            continue
        if " ".join(field_tables.value_words(value)) in none:
            out += [f for f in _described_by().get(fact, ()) if f not in out]
    return out


def labelled_none(text: str) -> frozenset[str]:
    """The text facts whose form label says none first ("Blessures : aucune visible. Douleur
    au dos.", "Injuries: none reported. Declined EMS."): what follows is about that none, so
    a pain or an injury the note's statements describe is not recorded as one of them."""
    if ":" not in text:
        return frozenset()
    out: set[str] = set()
    for label, value in fields._form_lines(text):
        fact = fields.fact_of(label)
        if fact is None or FACTS[fact].type != "text":
            continue
        first = field_tables.value_words(re.split(r"[.;,]\s", value, maxsplit=1)[0])
        if first and len(first) <= 3 and field_tables.value_kind(first[:1], "no", "none"):
            out.add(fact)
    return frozenset(out)
