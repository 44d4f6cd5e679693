"""The neutral view shown by the quick-hide key: nothing about the work, nothing to read."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static


class NeutralScreen(Screen[None]):
    """A plain, empty terminal look. Any key or click leads to the unlock screen."""

    DEFAULT_CSS = """
    NeutralScreen { background: black; color: $text-muted; }
    NeutralScreen #blank { width: 1fr; height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Static("$ ", id="blank", markup=False)

    def _leave(self) -> None:
        self.app.pop_screen()

    def on_key(self, event: events.Key) -> None:
        event.stop()
        if event.key in ("f12", "ctrl+backslash"):
            return
        self._leave()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._leave()
