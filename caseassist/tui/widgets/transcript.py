"""The intake transcript: questions, answers and settled facts, like a chat. All text literal.

A `RichLog` rather than one widget per line: appending stays cheap however long
the conversation grows (a 200-turn intake redraws only the new lines).
"""

from __future__ import annotations

from rich.padding import Padding
from rich.text import Text
from textual.widgets import RichLog

from caseassist.tui.text import visible


class Transcript(RichLog):
    """Append-only; scrolls to the newest line. Nothing written here is parsed as markup."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; background: $surface; border: none; }
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

    def _add(self, text: str, kind: str, indent: int = 0) -> None:
        self.lines_written.append((kind, text))
        if kind == "question":
            self.write(Text(""))
        line = Text(visible(text), style=self.STYLES[kind])
        self.write(Padding(line, (0, 0, 0, indent)) if indent else line)

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
