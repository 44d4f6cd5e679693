"""A horizontal bar chart in plain characters, for a column of counts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from caseassist.tui.text import literal


def as_count(cell: str) -> int | None:
    """A displayed count ("12", "1,234") as a number; None for suppressed or empty cells."""
    digits = cell.replace(",", "").replace("\u202f", "").replace("\xa0", "").replace(".", "")
    return int(digits) if digits.isdigit() else None


def small_bound(cell: str) -> int | None:
    """The most a small-count cell ("<11") can hold (10); None for any other cell."""
    top = as_count(cell[1:]) if cell.startswith("<") else None
    return top - 1 if top else None


class BarChart(Static):
    """Labels, bars scaled to the largest shown value, and the cell as shown.

    A suppressed cell is never drawn as a short or empty bar, which reads as "few" or
    "none": the largest caseload, hidden ("*") so that a small one beside it cannot be
    worked out, was drawn as an empty bar. "<11" is drawn in light shade up to where 10
    would reach (it holds 1 to 10); "*" and "-" (size hidden or withheld) in light shade
    across the whole width, with their mark, explained by the report's legend.
    """

    DEFAULT_CSS = "BarChart { height: auto; padding: 0 1 1 1; }"
    FULL, HIDDEN = "█", "░"

    def __init__(self, labels: Sequence[str], cells: Sequence[str], *, width: int = 30, **kw):
        super().__init__(**kw)
        self.labels = list(labels)
        self.cells = list(cells)
        self.bar_width = width

    def on_mount(self) -> None:
        self.update(self.render_chart())

    def render_chart(self) -> Text:
        values = [as_count(c) for c in self.cells]
        bounds = [small_bound(c) for c in self.cells]
        top = max((v for v in values + bounds if v is not None), default=0) or 1
        pad = max((len(label) for label in self.labels), default=0)
        out = Text()
        for label, cell, value, bound in zip(self.labels, self.cells, values, bounds, strict=True):
            out.append(literal(label.ljust(pad) + " "))
            if value is not None:
                out.append(self.FULL * round(self.bar_width * value / top), style="bold")
            else:
                shaded = self.bar_width if bound is None else round(self.bar_width * bound / top)
                out.append(self.HIDDEN * max(shaded, 1), style="dim")
            out.append(literal(" " + cell))
            out.append("\n")
        return out
