"""Textual's DataTable, never drawn at the column widths it had before its rows were measured."""

from __future__ import annotations

from collections.abc import Iterable

from textual.geometry import Size
from textual.widgets import DataTable
from textual.widgets.data_table import RowKey


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
