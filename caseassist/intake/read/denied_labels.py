"""A form label of a described fact with a plain "none" after it ("Injuries: none",
"Lesiones: ninguna", "Blessures : aucune", "Ferimentos: nenhum"), or a denial ("Injuries:
denies", "Lesiones: niega", "Blessures : nie", "Ferimentos: nega", `label_denials`).

It is "No injuries." said as a form: it denies what the describing rule suggests (an
injury suggests an urgent medical need; none is no urgent need), as the blind labels
read it; a denial is "denies injuries" said as a form, which the statement rules read as
none too. A none said as seen or as told (`label_none_tails`: "Injuries: none observed",
"none visible", "none reported", "Lesiones: no refiere", "no visibles", "Blessures : aucune
constatée", "Ferimentos: não") is the same none, as the s36 labelling rule reads "no visible
injuries"; one not known or not examined yet ("none known", "not examined") says nothing.
The label's own text fact records nothing. Each denial is read with its line as its
clause, so a health problem of hers named elsewhere makes it only offered
(`[readings.offered_beside_facts]`)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import field_tables, fields, lexicon, statement_rules
from caseassist.intake.facts import FACTS
from caseassist.intake.read.result import Extraction
from caseassist.intake.text import fold


@cache
def _described_by() -> dict[str, tuple[str, ...]]:
    """text fact -> the facts of the rules that describe it and suggest a yes."""
    out: dict[str, list[str]] = {}
    for rule in statement_rules.rules():
        if rule.describe and rule.value is True and rule.fact not in out.get(rule.describe, []):
            out.setdefault(rule.describe, []).append(rule.fact)
    return {k: tuple(v) for k, v in out.items()}


_SEEN_NONE = 3  # words of a none said as seen or told ("none visible", "no refiere")


def seen_none(value: str) -> bool:
    """A value whose first part is a no or none word and then only `label_none_tails`
    ("none observed", "no visibles", "aucune constatée", "não")."""
    first = field_tables.value_words(
        re.split(r"[.;,]\s|\s[-\u2013\u2014]+\s", value, maxsplit=1)[0]
    )
    if not first or len(first) > _SEEN_NONE:
        return False
    if not field_tables.value_kind(first[:1], "no", "none"):
        return False
    if lexicon.phrase_regex("exam_pending").search(fold(value)):
        return False  # "none visible, not examined yet": nothing seen, nothing looked at
    return all(w in lexicon.by_language("label_none_tails") for w in first[1:])


def denied_by_labels(text: str) -> list[tuple[str, str]]:
    """The facts a plain "none" after a described fact's label denies, in text order, each
    with its line (folded: the clause its reading is judged by)."""
    if ":" not in text:
        return []
    none = field_tables.tables().values.get("none", frozenset()) | lexicon.by_language(
        "label_denials"
    )
    out: list[tuple[str, str]] = []
    for label, value in fields._form_lines(text):
        fact = fields.fact_of(label)
        if fact is None or FACTS[fact].type != "text":
            continue
        if " ".join(field_tables.value_words(value)) in none or seen_none(value):
            line = fold(f"{label}: {value}")
            out += [(f, line) for f in _described_by().get(fact, ()) if f not in dict(out)]
    return out


def drop_denied_headings(out: Extraction, denied: list[tuple[str, str]]) -> None:
    """A denied label's noun read alone as a heading ("lesiones" of "Lesiones: ninguna ·
    Declaración: sí" on one line, which reads as no form line) suggests no injury: its
    offered reading is taken back, so it puts the denial in no doubt."""
    for fid, line in denied:
        heading = line.split(":", 1)[0].strip()
        kept = [
            r
            for r in out.readings
            if not (r.fact == fid and not r.clear and (r.clause or "").strip() == heading)
        ]
        if len(kept) == len(out.readings):
            continue
        out.readings = kept
        if not any(r.fact == fid and not r.clear for r in kept):
            out.possible.pop(fid, None)


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
