"""The neutral view shown by the quick-hide key: nothing about the work, nothing to read."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual._time import get_time  # the clock of `Message.time`
from textual.screen import Screen


class NeutralScreen(Screen[None]):
    """A plain, empty terminal look. Any key or click leads to the unlock screen (the key
    itself is not typed there)."""

    DEFAULT_CSS = """
    NeutralScreen { background: black; color: #808080; }
    NeutralScreen ToastRack { display: none; }
    """

    def __init__(self, shown: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.shown = shown
        """Called once this screen has been drawn (the lock saves and closes only then)."""
        self.drawn_at: float | None = None
        """When this screen was first drawn (Textual's `Message.time` clock)."""

    def render(self) -> Text:
        """A prompt and nothing else; no child widget, so the first frame costs least."""
        return Text("$ ")

    def on_mount(self) -> None:
        self.call_after_refresh(self._drawn)
        if self.shown is not None:
            self.call_after_refresh(self.shown)

    def _drawn(self) -> None:
        self.drawn_at = get_time()

    def _leave(self) -> bool:
        app = self.app
        if getattr(app, "locking", False) or app.screen is not self:
            return False  # still saving behind this screen: nothing may show yet
        if hasattr(app, "hidden"):
            app.hidden = False
        app.pop_screen()
        return True

    def on_key(self, event: events.Key) -> None:
        """A key pressed at the blank screen only shows the unlock form: typed into its
        account line, it landed in a field no one had seen (a stray letter before the
        account name, an unlock that failed). A login typed straight on after F12, before
        the blank screen was even drawn, goes on to the form as typed."""
        event.stop()
        if event.key in ("f12", "ctrl+backslash"):
            return
        gate = getattr(self.app, "gate", None)
        typed_on = self.drawn_at is None or event.time < self.drawn_at
        if (
            self._leave()
            and typed_on
            and gate is not None
            and event.is_printable
            and event.key != "enter"
        ):
            gate.put_first(events.Key(event.key, event.character))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._leave()
