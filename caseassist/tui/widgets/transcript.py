"""The intake transcript: questions, answers and settled facts, like a chat. All text literal.

A `RichLog` rather than one widget per line: appending stays cheap however long
the conversation grows (a 200-turn intake redraws only the new lines).

A `RichLog` wraps a line once, at the width it has when the line is written. The
facts of the referral note, written first, were cut at their ends once the
conversation grew a scrollbar (two columns narrower), or the terminal narrowed. So
the scrollbar's columns are always kept (`scrollbar-gutter: stable`), and a change
of width writes every line again at the new width.
"""

from __future__ import annotations

from rich.padding import Padding
from rich.text import Text
from textual import events
from textual.widgets import RichLog

from caseassist.tui.text import visible


class Transcript(RichLog):
    """Append-only; scrolls to the newest line. Nothing written here is parsed as markup."""

    DEFAULT_CSS = """
    Transcript {
        height: 1fr; padding: 0 1; background: $surface; border: none;
        scrollbar-gutter: stable;
    }
    """

    STYLES = {
        "question": "bold",
        "answer": "",
        "settled": "green",
        "need": "bold yellow",
        "system": "italic dim",
    }

    def __init__(self, **kwargs) -> None:
        super().__init__(
            markup=False, highlight=False, wrap=True, auto_scroll=True, min_width=20, **kwargs
        )
        self.lines_written: list[tuple[str, str]] = []
        """(kind, text) of every line, for tests and for a screen reader to come."""
        self._indents: list[int] = []
        self._wrapped_at = 0
        """The width the lines were last wrapped at (0: not yet known)."""

    def _add(self, text: str, kind: str, indent: int = 0) -> None:
        self.lines_written.append((kind, text))
        self._indents.append(indent)
        self._render(kind, text, indent)

    def _render(self, kind: str, text: str, indent: int) -> None:
        if kind == "question":
            self.write(Text(""))
        line = Text(visible(text), style=self.STYLES[kind])
        self.write(Padding(line, (0, 0, 0, indent)) if indent else line)

    def on_resize(self, event: events.Resize) -> None:
        """A new width: every line again, wrapped at it (none cut at its end)."""
        width = self.scrollable_content_region.width
        if self._wrapped_at and width != self._wrapped_at and self.lines_written:
            self.clear()
            for (kind, text), indent in zip(self.lines_written, self._indents, strict=True):
                self._render(kind, text, indent)
        self._wrapped_at = width

    def question(self, text: str) -> None:
        self._add(text, "question")

    def answer(self, text: str) -> None:
        self._add("› " + text, "answer", 4)

    def settled(self, text: str) -> None:
        self._add("✓ " + text, "settled", 4)

    def need(self, text: str) -> None:
        self._add("! " + text, "need", 2)

    def system(self, text: str) -> None:
        self._add(text, "system")
