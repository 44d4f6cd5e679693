"""One count table with its small cells suppressed, and what every report section
shares in building one: week labels, headings, rows grouped under a threshold."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

from caseassist.i18n import _
from caseassist.reports.report import COUNT, Table
from caseassist.reports.suppression import SuppressedTable, suppress


def iso_week(day: dt.date) -> str:
    """ "2026-W05": the only way a date of a case leaves a report."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def few_mark(threshold: int) -> str:
    """Shown instead of a median computed from fewer than `threshold` values."""
    return f"n<{threshold}"


def count_table(
    key: str,
    title: str,
    row_header: str,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    counts: list[list[int]],
    threshold: int,
    *,
    row_totals: bool = True,
    note: str = "",
    shown: SuppressedTable | None = None,
) -> Table:
    """A table as a supervisor may see it; `shown` when it was suppressed with others
    (`suppress_linked`)."""
    if shown is None:
        shown = suppress(
            counts,
            threshold=threshold,
            row_totals=row_totals,
            col_totals=True,
            n_cols=len(col_labels),
        )
    return Table(
        key=key,
        title=_(title),
        row_header=_(row_header),
        row_labels=tuple(row_labels),
        col_labels=tuple(col_labels),
        cells=shown.cells,
        row_totals=shown.row_totals,
        col_totals=shown.col_totals,
        grand_total=shown.grand_total,
        kind=COUNT,
        note=note,
    )


def heading(text: str) -> str:
    """A label as a column heading: its first letter upper case ("long-term" -> "Long-term")."""
    return text[:1].upper() + text[1:]


def grouped(totals: Counter, threshold: int, *, other_keys: Iterable = ()) -> tuple[list, bool]:
    """Keys whose total reaches the threshold (largest first), and whether others exist."""
    skip = set(other_keys)
    keep = [k for k, n in totals.items() if n >= threshold and k not in skip and k is not None]
    keep.sort(key=lambda k: (-totals[k], str(k)))
    kept = set(keep)
    has_other = any(n > 0 for k, n in totals.items() if k not in kept and k is not None)
    return keep, has_other
