"""The intake transcript: questions, answers and settled facts, like a chat. All text literal."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from caseassist.tui.text import literal


class Transcript(VerticalScroll):
    """Append-only; scrolls to the newest line."""

    DEFAULT_CSS = """
    Transcript { height: 1fr; padding: 0 1; }
    Transcript .t-question { color: $primary; text-style: bold; margin-top: 1; }
    Transcript .t-answer { padding-left: 4; }
    Transcript .t-settled { color: $success; padding-left: 4; }
    Transcript .t-system { color: $text-muted; text-style: italic; }
    Transcript .t-need { color: $warning; padding-left: 2; }
    """

    can_focus = True

    def _add(self, text: str, kind: str) -> None:
        self.mount(Static(literal(text), classes=f"t-{kind}"))
        self.scroll_end(animate=False)

    def question(self, text: str) -> None:
        self._add(text, "question")

    def answer(self, text: str) -> None:
        self._add("› " + text, "answer")

    def settled(self, text: str) -> None:
        self._add("✓ " + text, "settled")

    def need(self, text: str) -> None:
        self._add("! " + text, "need")

    def system(self, text: str) -> None:
        self._add(text, "system")
