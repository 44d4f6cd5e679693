"""Textual's DataTable, never drawn at the column widths it had before its rows were measured."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

from caseassist.tui.text import when

_CONSOLE = Console(width=1000)
"""Only to measure text for wrapping (`Text.wrap` asks a console); it never prints."""


class MeasuredTable(DataTable):
    """Every table of the app. Textual (8.x) measures a table's columns when the table is
    next idle after rows come in, and keeps the rows it drew before that in a render cache
    whose key holds no column width; when a frame fell between the two, the table stayed
    drawn at the old widths ("Lega", "declin", "Mar 2" under headers cut to their own
    width) until something else cleared the cache.

    Clearing when the measured width changed was not enough: a list that reloads on
    returning to its screen gets the same rows again, measures the same total width, and
    the frame drawn in between (columns at their headers' widths: `AFX-  Rahe  1  Oct 4,`)
    stayed. So the caches go whenever a measurement changes any column's width.
    """

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        before = self._widths()
        super()._update_dimensions(new_rows)
        if self._widths() != before:  # rows drawn meanwhile were drawn at other widths
            self.notify_style_update()  # (clears the render caches and repaints)

    def _widths(self) -> list[int]:
        return [column.get_render_width(self) for column in self.columns.values()]

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        if old.width != new.width:  # a cell update measured a column again
            self.notify_style_update()


@dataclass(frozen=True)
class Column:
    """A column of a `FittedTable`: `give_way` above 0 lets it go when the table is too
    narrow (the highest first); `date` cells are dates or times, drawn by `when`."""

    label: str
    give_way: int = 0
    date: bool = False
    wrap: bool = False
    """When the table is still too wide once every column that may go has gone, this
    column's cells wrap to the width left (the History tab's change read "enregistré
    (visible dans" and stopped)."""


Row = tuple[str | None, Sequence[object]]
"""A row key and its cells, one per column (a date column's cell: a date, time or None)."""

CELL_PADDING = 2  # DataTable's cell_padding of 1 on each side


def fit(columns: Sequence[Column], rows: Sequence[Row], width: int) -> tuple[list[int], str]:
    """Which columns to draw and the date style, so that no cell is cut in `width` cells:
    as many columns as fit (those that give way go first, the highest first), each set
    tried with medium dates and then short ones. A date is never cut while a column may
    still give way; when nothing more may go, the narrowest drawing is returned."""
    styles = ("medium", "short") if any(c.date for c in columns) else ("medium",)

    def need(kept: list[int], style: str) -> int:
        total = 0
        for i in kept:
            cells = [_cell(columns[i], row[1][i], style) for row in rows]
            total += max([cell_len(columns[i].label), *(_len(c) for c in cells)]) + CELL_PADDING
        return total

    kept = list(range(len(columns)))
    order = sorted(
        (i for i, c in enumerate(columns) if c.give_way > 0), key=lambda i: -columns[i].give_way
    )
    while True:
        for style in styles:
            if need(kept, style) <= width:
                return kept, style
        if not order:
            return kept, styles[-1]
        kept.remove(order.pop(0))


def _cell(column: Column, value: object, style: str) -> object:
    if column.date and (value is None or isinstance(value, dt.date)):
        return when(value, style)
    return value


def _wrap_widths(
    columns: Sequence[Column], rows: Sequence[Row], kept: list[int], style: str, width: int
) -> dict[int, int]:
    """{position among the kept columns: width} for the columns to wrap when the kept ones
    are still too wide: the room the others leave, shared as their own widths are."""
    widths = [
        max([cell_len(columns[i].label), *(_len(_cell(columns[i], r[1][i], style)) for r in rows)])
        + CELL_PADDING
        for i in kept
    ]
    wraps = [n for n, i in enumerate(kept) if columns[i].wrap]
    if sum(widths) <= width or not wraps:
        return {}
    room = width - sum(w for n, w in enumerate(widths) if n not in wraps)
    natural = sum(widths[n] for n in wraps)
    shares = {n: room * widths[n] // natural - CELL_PADDING for n in wraps}
    return shares if all(w >= 10 for w in shares.values()) else {}


def _wrapped(cell: object, width: int) -> Text:
    """A cell's text broken into lines of at most `width` cells (its style kept)."""
    text = cell.copy() if isinstance(cell, Text) else Text(str(cell))
    lines = text.wrap(_CONSOLE, width)
    return Text("\n").join(lines)


def _len(cell: object) -> int:
    return cell.cell_len if isinstance(cell, Text) else cell_len(str(cell))


class FittedTable(MeasuredTable):
    """A table that fits its width: dates short rather than cut, and the columns that may
    give way gone rather than any cell cut (a date read "Dec 3, 202" at 80 columns).
    Fitted again when its width changes."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._columns: list[Column] = []
        self._rows: list[Row] = []
        self._fitted_width = -1
        self.shown_columns: list[str] = []
        """The labels drawn at the last fit (tests, and whoever reads the table)."""

    def fill(self, columns: Sequence[Column], rows: Sequence[Row]) -> None:
        """Replace columns and rows; drawn as `fit` allows at the current width."""
        self._columns, self._rows = list(columns), list(rows)
        self._draw()

    def _available(self) -> int:
        width = self.size.width or self.app.size.width
        height = self.size.height or self.app.size.height
        scrolls = len(self._rows) + 1 > height  # a vertical scrollbar takes 2 cells
        return max(0, width - (2 if scrolls else 0))

    def _draw(self) -> None:
        width = self._available()
        self._fitted_width = width
        kept, style = fit(self._columns, self._rows, width)
        wrap_at = _wrap_widths(self._columns, self._rows, kept, style, width)
        row = self.cursor_row
        self.clear(columns=True)
        self.add_columns(*[self._columns[i].label for i in kept])
        self.shown_columns = [self._columns[i].label for i in kept]
        for key, cells in self._rows:
            drawn = [_cell(self._columns[i], cells[i], style) for i in kept]
            if not wrap_at:
                self.add_row(*drawn, key=key)
                continue
            for index, at in wrap_at.items():
                drawn[index] = _wrapped(drawn[index], at)
            self.add_row(*drawn, key=key, height=None)
        if self._rows and row:
            self.move_cursor(row=min(row, len(self._rows) - 1))

    def on_resize(self) -> None:
        if self._columns and self._available() != self._fitted_width:
            self._draw()
