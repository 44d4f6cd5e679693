"""A field drawn as text in the first frame and replaced by its real widget right after.

Some of Textual's widgets are costly to build: a `Select` brings an option list
and an overlay, and on the unlock screen it cost about a third of the time from
the app's start to its first frame. `Deferred` paints what the real widget
would show (its value, framed the same way) with the first frame, then mounts
the real widget in its place once that frame is on the screen. The form looks
the same from the first frame on; only the picker's menu arrives a moment later.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widget import Widget


class Deferred(Widget):
    """Shows `label` with a closed-menu arrow; becomes `build()` after the first refresh."""

    DEFAULT_CSS = """
    Deferred {
        border: tall $border-blurred;
        background: $surface;
        color: $foreground;
        width: 1fr;
        height: 3;
        padding: 0 2;
    }
    """

    def __init__(
        self,
        label: str,
        build: Callable[[], Widget],
        *,
        id: str | None = None,  # noqa: A002 - the name Textual's widgets take
    ) -> None:
        super().__init__(id=id)
        self.label = label
        self.build = build
        self._armed = False

    def render(self) -> Text:
        width = max(self.content_size.width, len(self.label) + 2)
        return Text(self.label.ljust(width - 2)) + Text(" ▼", style="dim")

    def on_mount(self) -> None:
        if self.screen.is_current:
            self.arm()

    def arm(self) -> None:
        """Build the real widget once the screen has painted (its screen calls this on
        `ScreenResume`: a screen that is not current yet paints nothing, and Textual runs
        its after-refresh callbacks at once)."""
        if not self._armed:
            self._armed = True
            self.call_after_refresh(self._replace)

    async def _replace(self) -> None:
        if not self.is_attached or self.parent is None:
            return  # the form was rebuilt meanwhile: its own placeholder does this
        widget = self.build()
        await self.parent.mount(widget, before=self)
        await self.remove()
