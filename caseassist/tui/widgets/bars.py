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


class BarChart(Static):
    """Labels, bars scaled to the largest value, and the cell as shown (suppressed stays "<11")."""

    DEFAULT_CSS = "BarChart { height: auto; padding: 0 1 1 1; }"

    def __init__(self, labels: Sequence[str], cells: Sequence[str], *, width: int = 30, **kw):
        super().__init__(**kw)
        self.labels = list(labels)
        self.cells = list(cells)
        self.bar_width = width

    def on_mount(self) -> None:
        self.update(self.render_chart())

    def render_chart(self) -> Text:
        values = [as_count(c) for c in self.cells]
        top = max((v for v in values if v is not None), default=0) or 1
        pad = max((len(label) for label in self.labels), default=0)
        out = Text()
        for label, cell, value in zip(self.labels, self.cells, values, strict=True):
            out.append(literal(label.ljust(pad) + " "))
            if value is None:
                out.append(literal("░ " + cell, "dim"))
            else:
                n = round(self.bar_width * value / top)
                out.append("█" * n, style="bold")
                out.append(literal(" " + cell))
            out.append("\n")
        return out
