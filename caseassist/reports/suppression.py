"""Small-cell suppression for count tables.

Primary suppression: a count from 1 to `threshold - 1` (default 1..10) is shown
as "<11" (the threshold). Zero is shown as 0: an empty cell is a fact about the
service, not about a person, and hiding zeros would make tables unreadable.

Complementary suppression: a table with row and/or column totals is a set of
*lines* (each row with its row total, each column with its column total, and,
when both exist, the row of column totals and the column of row totals, both
ending in the grand total). In every line, a hidden value must not be
recoverable from the line's total and its displayed cells. A reader is assumed
to know that a "<11" cell holds 1..10 and that a complementary cell ("*") holds
a count of at least the threshold (it is always picked among displayed,
non-zero cells). A line is safe when no hidden value in it is pinned to a
single number by those bounds and the line's sum; a line with exactly one
hidden value and a displayed total is never safe. An unsafe line gets its
smallest non-zero displayed cell hidden too ("*"), or, when it has none left,
its total; this repeats across rows and columns until nothing changes. Totals
that are themselves 1..10 are primary-suppressed like any other count.

The check is per line, which is what a spreadsheet reader can do by hand. It
does not solve the whole table as one linear system; see docs/reports.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

DEFAULT_THRESHOLD = 11
HIDDEN_MARK = "*"
WITHHELD_MARK = "-"
"""A total withheld without any claim about its size: the last resort for a line whose
every value is already hidden and small (say ten weeks of one case each), where "<11"
on the total would still pin each cell to 1."""

PRIMARY = "primary"
COMPLEMENTARY = "complementary"
WITHHELD = "withheld"

_INF = float("inf")

Pos = tuple[int, int]


def small_mark(threshold: int = DEFAULT_THRESHOLD) -> str:
    """How a count from 1 to threshold - 1 is shown: "<11"."""
    return f"<{threshold}"


def check_threshold(threshold: int) -> int:
    if not isinstance(threshold, int) or threshold < 3:
        raise ValueError(
            f"suppression threshold must be an integer of at least 3, not {threshold!r}"
        )
    return threshold


@dataclass(frozen=True)
class SuppressedTable:
    """A count table as it may be shown: every value is a string.

    `hidden` maps a position of the augmented matrix to why it is hidden
    (`PRIMARY` or `COMPLEMENTARY`). Rows `0..R-1` and columns `0..C-1` are the
    cells, column `C` holds row totals, row `R` column totals, `(R, C)` the
    grand total. `residual` lists lines (as `("row", i)` / `("col", j)`) that
    stayed recoverable because nothing was left to hide (should be empty).
    """

    cells: tuple[tuple[str, ...], ...]
    row_totals: tuple[str, ...] | None
    col_totals: tuple[str, ...] | None
    grand_total: str | None
    hidden: dict[Pos, str] = field(default_factory=dict)
    residual: tuple[tuple[str, int], ...] = ()


def _lines(n_rows: int, n_cols: int, row_totals: bool, col_totals: bool):
    """Every line as (name, cell positions, total position)."""
    out: list[tuple[tuple[str, int], list[Pos], Pos]] = []
    if row_totals:
        for r in range(n_rows):
            out.append((("row", r), [(r, c) for c in range(n_cols)], (r, n_cols)))
    if col_totals:
        for c in range(n_cols):
            out.append((("col", c), [(r, c) for r in range(n_rows)], (n_rows, c)))
    if row_totals and col_totals:
        out.append((("row", n_rows), [(n_rows, c) for c in range(n_cols)], (n_rows, n_cols)))
        out.append((("col", n_cols), [(r, n_cols) for r in range(n_rows)], (n_rows, n_cols)))
    return out


def _pinned(terms: list[tuple[int, float, float]], b: float) -> bool:
    """Whether Σ a_i·x_i = b with x_i in [lo_i, hi_i] fixes some x_i to one value."""
    for i, (a, lo, hi) in enumerate(terms):
        rest_min = 0.0
        rest_max = 0.0
        for j, (aj, loj, hij) in enumerate(terms):
            if j == i:
                continue
            if aj > 0:
                rest_min += loj
                rest_max += hij
            else:
                rest_min -= hij
                rest_max -= loj
        if a > 0:
            low, high = b - rest_max, b - rest_min
        else:
            low, high = rest_min - b, rest_max - b
        low, high = max(low, lo), min(high, hi)
        if low == high and low != _INF:
            return True
    return False


def suppress(
    cells: list[list[int]],
    *,
    threshold: int = DEFAULT_THRESHOLD,
    row_totals: bool = True,
    col_totals: bool = True,
    n_cols: int | None = None,
    forced: Iterable[Pos] = (),
) -> SuppressedTable:
    """Suppress a table of counts (`cells[r][c]`), computing its totals.

    Returns the strings to display. Pass `row_totals=False` for a table whose
    rows are not summed (a one-column table keeps its column total). `n_cols`
    gives the width of a table that has no rows. `forced` positions are hidden
    before the lines are checked (`suppress_linked`: a total another table hides).
    """
    check_threshold(threshold)
    n_rows = len(cells)
    if n_cols is None:
        n_cols = len(cells[0]) if cells else 0
    if any(len(row) != n_cols for row in cells):
        raise ValueError("every row of a table must have the same number of cells")
    if any(v < 0 for row in cells for v in row):
        raise ValueError("counts must not be negative")
    value: dict[Pos, int] = {}
    for r, row in enumerate(cells):
        for c, v in enumerate(row):
            value[(r, c)] = int(v)
    if row_totals:
        for r, row in enumerate(cells):
            value[(r, n_cols)] = sum(row)
    if col_totals:
        for c in range(n_cols):
            value[(n_rows, c)] = sum(row[c] for row in cells)
    if row_totals and col_totals:
        value[(n_rows, n_cols)] = sum(map(sum, cells))

    hidden: dict[Pos, str] = {p: PRIMARY for p, v in value.items() if 0 < v < threshold}
    for p in forced:
        if p in value and value[p] > 0:
            hidden.setdefault(p, COMPLEMENTARY)
    lines = _lines(n_rows, n_cols, row_totals, col_totals)
    entries_of = [[*line_cells, total] for _name, line_cells, total in lines]
    member: dict[Pos, list[int]] = {}
    for i, entries in enumerate(entries_of):
        for p in entries:
            member.setdefault(p, []).append(i)

    def opens_new_line(p: Pos, line: int) -> bool:
        """Hiding p would leave another line of p with a single hidden value."""
        return any(
            i != line and not any(q in hidden for q in entries_of[i]) for i in member.get(p, ())
        )

    def bounds(p: Pos) -> tuple[float, float]:
        kind = hidden[p]
        if kind == WITHHELD:
            return (0.0, _INF)
        return (1.0, threshold - 1.0) if kind == PRIMARY else (float(threshold), _INF)

    def unsafe(line_cells: list[Pos], total: Pos) -> bool:
        shown_sum = 0
        terms: list[tuple[int, float, float]] = []
        for p in line_cells:
            if p in hidden:
                terms.append((1, *bounds(p)))
            else:
                shown_sum += value[p]
        if not terms and total not in hidden:
            return False
        if total in hidden:
            terms.append((-1, *bounds(total)))
            b = -shown_sum
        else:
            b = value[total] - shown_sum
        return _pinned(terms, b)

    residual: set[tuple[str, int]] = set()
    changed = True
    while changed:
        changed = False
        residual.clear()
        for index, (name, line_cells, total) in enumerate(lines):
            while unsafe(line_cells, total):
                candidates = [p for p in line_cells if p not in hidden and value[p] > 0]
                if candidates:
                    pick = min(
                        candidates,
                        key=lambda p: (opens_new_line(p, index), value[p], p),
                    )
                elif total not in hidden:
                    pick = total
                elif hidden[total] != WITHHELD:
                    hidden[total] = WITHHELD  # claim nothing about it: nothing else is left
                    changed = True
                    continue
                else:
                    residual.add(name)
                    break
                hidden[pick] = COMPLEMENTARY
                changed = True

    small = small_mark(threshold)

    def show(p: Pos) -> str:
        kind = hidden.get(p)
        if kind is None:
            return str(value[p])
        if kind == WITHHELD:
            return WITHHELD_MARK
        return small if kind == PRIMARY else HIDDEN_MARK

    return SuppressedTable(
        cells=tuple(tuple(show((r, c)) for c in range(n_cols)) for r in range(n_rows)),
        row_totals=tuple(show((r, n_cols)) for r in range(n_rows)) if row_totals else None,
        col_totals=tuple(show((n_rows, c)) for c in range(n_cols)) if col_totals else None,
        grand_total=show((n_rows, n_cols)) if row_totals and col_totals else None,
        hidden=hidden,
        residual=tuple(sorted(residual)),
    )


@dataclass(frozen=True)
class Linked:
    """One table of a set suppressed together: its counts, width and whether rows are summed."""

    cells: list[list[int]]
    n_cols: int
    row_totals: bool = True

    def row_total(self, r: int) -> Pos:
        return (r, self.n_cols)

    def col_total(self, c: int) -> Pos:
        return (len(self.cells), c)

    def grand_total(self) -> Pos:
        return (len(self.cells), self.n_cols)


def suppress_linked(
    tables: list[Linked],
    same: list[list[tuple[int, Pos]]],
    *,
    threshold: int = DEFAULT_THRESHOLD,
) -> list[SuppressedTable]:
    """Suppress tables that show the same numbers (the same needs by horizon and by status,
    the same cases by age and by caseworker) together.

    `same` lists groups of (table index, position) holding one number. A total one table
    hides and another shows would undo the first table's suppression (a category's total
    shown beside its status counts recovers the cell its horizon table hid, and with it a
    small cell). A value hidden in any table of its group is hidden in all of them, and
    each table's lines are made safe again, until nothing changes.
    """
    forced: list[set[Pos]] = [set() for _t in tables]
    while True:
        shown = [
            suppress(
                t.cells,
                threshold=threshold,
                row_totals=t.row_totals,
                n_cols=t.n_cols,
                forced=forced[i],
            )
            for i, t in enumerate(tables)
        ]
        changed = False
        for group in same:
            if any(p in shown[i].hidden for i, p in group):
                for i, p in group:
                    if p not in shown[i].hidden and p not in forced[i]:
                        forced[i].add(p)
                        changed = True
        if not changed:
            return shown
