"""A report: named aggregate tables of display strings, as a dict (JSON) or CSV.

Every cell is already what a reader may see: suppressed counts are "<11" or
"*", medians carry their unit. Nothing in here refers to one person.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from caseassist.i18n import _

COUNT = "count"
MEDIAN = "median"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    """Keep a spreadsheet from reading a label as a formula (CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


@dataclass(frozen=True)
class Table:
    """One aggregate table.

    `key` is a stable identifier (not translated); `title`, `row_labels`,
    `col_labels` are shown to people (translated). `cells[r][c]` is a display
    string. `row_totals` has one entry per row and `col_totals` one per column
    when the table is summed that way; `grand_total` when both are.
    `kind` is `COUNT` (suppressed counts) or `MEDIAN` (no totals).
    """

    key: str
    title: str
    row_header: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    row_totals: tuple[str, ...] | None = None
    col_totals: tuple[str, ...] | None = None
    grand_total: str | None = None
    kind: str = COUNT
    note: str = ""

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "kind": self.kind,
            "row_header": self.row_header,
            "row_labels": list(self.row_labels),
            "col_labels": list(self.col_labels),
            "cells": [list(row) for row in self.cells],
            "row_totals": list(self.row_totals) if self.row_totals is not None else None,
            "col_totals": list(self.col_totals) if self.col_totals is not None else None,
            "grand_total": self.grand_total,
            "note": self.note,
        }

    def csv_rows(self) -> list[list[str]]:
        total = _("Total")
        header = [self.row_header, *self.col_labels]
        if self.row_totals is not None:
            header.append(total)
        rows = [[self.title], header]
        for r, label in enumerate(self.row_labels):
            line = [label, *self.cells[r]]
            if self.row_totals is not None:
                line.append(self.row_totals[r])
            rows.append(line)
        if self.col_totals is not None:
            line = [total, *self.col_totals]
            if self.row_totals is not None:
                line.append(self.grand_total or "")
            rows.append(line)
        if self.note:
            rows.append([self.note])
        return [[_safe(v) for v in line] for line in rows]


@dataclass(frozen=True)
class Report:
    """Every table of one report, in display order."""

    tables: tuple[Table, ...]
    threshold: int
    period_start: str | None = None
    period_end: str | None = None
    as_of_week: str = ""
    legend: dict[str, str] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def to_dict(self) -> dict:
        return {
            "threshold": self.threshold,
            "period": {"start": self.period_start, "end": self.period_end},
            "as_of_week": self.as_of_week,
            "legend": dict(self.legend),
            "tables": [t.to_dict() for t in self.tables],
        }

    def to_csv(self) -> str:
        """Plain aggregate tables: title row, header row, data rows, totals, blank line."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        for t in self.tables:
            writer.writerows(t.csv_rows())
            writer.writerow([])
        if self.legend:
            writer.writerow([_safe(_("Legend"))])
            for mark, meaning in self.legend.items():
                writer.writerow([_safe(mark), _safe(meaning)])
        return buf.getvalue()
