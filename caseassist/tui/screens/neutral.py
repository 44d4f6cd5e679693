"""The neutral view shown by the quick-hide key: nothing about the work, nothing to read."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.screen import Screen


class NeutralScreen(Screen[None]):
    """A plain, empty terminal look. Any key or click leads to the unlock screen."""

    DEFAULT_CSS = """
    NeutralScreen { background: black; color: #808080; }
    NeutralScreen ToastRack { display: none; }
    """

    def __init__(self, shown: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.shown = shown
        """Called once this screen has been drawn (the lock saves and closes only then)."""

    def render(self) -> Text:
        """A prompt and nothing else; no child widget, so the first frame costs least."""
        return Text("$ ")

    def on_mount(self) -> None:
        if self.shown is not None:
            self.call_after_refresh(self.shown)

    def _leave(self) -> bool:
        app = self.app
        if getattr(app, "locking", False) or app.screen is not self:
            return False  # still saving behind this screen: nothing may show yet
        if hasattr(app, "hidden"):
            app.hidden = False
        app.pop_screen()
        return True

    def on_key(self, event: events.Key) -> None:
        event.stop()
        if event.key in ("f12", "ctrl+backslash"):
            return
        gate = getattr(self.app, "gate", None)
        if self._leave() and gate is not None and event.is_printable and event.key != "enter":
            # The first letter of a login typed right away belongs to the account line.
            gate.put_first(events.Key(event.key, event.character))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._leave()
