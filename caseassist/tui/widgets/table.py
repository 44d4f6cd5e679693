"""Textual's DataTable, never drawn at the column widths it had before its rows were measured."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import DataTable


class MeasuredTable(DataTable):
    """Every table of the app. Textual (8.x) measures a table's columns when the table is
    next idle after rows come in, and keeps the rows it drew before that in a render cache
    whose key holds no column width; when a frame fell between the two, the table stayed
    drawn at the old widths ("Lega", "declin", "Mar 2" under headers cut to their own
    width) until something else cleared the cache."""

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        if old.width != new.width:  # the columns were measured again
            self.notify_style_update()  # (clears the render caches and repaints)
