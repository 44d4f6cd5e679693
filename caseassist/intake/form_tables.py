"""A form table: a header row of labels, then rows of values (see docs/intake.md).

"Name | Age | Nationality | Language" then "Amina T. | 24 | Eritrean | Tigrinya" (cells
split by "|" or tabs; a Markdown rule row "|---|---|" is skipped). The survivor's row
(the first, or the one marked as hers by a role word: "client", "usuaria") is written
as form lines, "Age: 24", each read as any form line is; the other rows (her
children's, someone else's: a row naming another person) are dropped, so their ages,
names and languages are never hers."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.text import fold_name

_CELLS = re.compile(r"\s*(?:\||\t)\s*")
_RULE_ROW = re.compile(r"^[\s|:\-+=\t]*$")


def _cells(line: str) -> list[str]:
    """A row's cells, without the outer pipes of a Markdown row."""
    return _CELLS.split(line.strip().strip("|").strip())


@cache
def _name_labels() -> frozenset[str]:
    return lexicon.by_language("name_labels")


@cache
def _row_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that mark her row, words that mark another person's row)."""
    ws = lexicon.word_sets()
    others = ws.other_people | ws.child_singular | ws.child_plural
    return lexicon.by_language("name_roles"), frozenset(w for w in others if " " not in w)


def _is_label(cell: str) -> bool:
    folded = fold_name(cell)
    return fields.fact_of(cell) is not None or folded in _name_labels()


def _header(cells: list[str]) -> bool:
    """Two or more cells, at least two of them known labels, every one short."""
    if len(cells) < 2 or any(len(c.split()) > 4 for c in cells):
        return False
    return sum(1 for c in cells if _is_label(c)) >= 2


def _owner(row: list[str]) -> str:
    """ "her" for a row a role word marks as hers, "other" for one naming someone else."""
    hers, others = _row_words()
    words = {w for c in row for w in re.findall(r"[a-z]+", fold_name(c))}
    if words & hers:
        return "her"
    return "other" if words & others else ""


def as_form_lines(text: str) -> str:
    """`text` with each form table written as the survivor's form lines ("Age: 24")."""
    if "|" not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _cells(lines[i]) if ("|" in lines[i] or "\t" in lines[i]) else []
        if not _header(head):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines) and ("|" in lines[j] or "\t" in lines[j]):
            if not _RULE_ROW.match(lines[j]):
                cells = _cells(lines[j])
                if abs(len(cells) - len(head)) > 1 or _header(cells):
                    break
                rows.append(cells)
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        marked = [r for r in rows if _owner(r) == "her"]
        hers = marked[0] if marked else next((r for r in rows if _owner(r) != "other"), None)
        if hers is not None:
            out += [
                f"{label}: {value}"
                for label, value in zip(head, hers, strict=False)
                if value.strip()
            ]
        out.append("")  # (the table's end: its last value never runs on into the next line)
        i = j
    return "\n".join(out)
