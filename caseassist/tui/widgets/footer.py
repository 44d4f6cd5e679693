"""The key map at the bottom: every shown key of the screen, wrapped onto as many lines as needed.

Textual's own footer is one line that scrolls sideways (at 80 columns most keys
were cut off) and fills in only once the screen has announced its bindings (it
showed "F12 Hide" alone for a moment after each screen change). This one reads
the screen's active bindings when it is drawn, puts F12 and F1 first, never
splits a key from its words, and grows a line rather than hiding a key.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget

from caseassist.i18n import N_, _

FIRST = ("quick_hide", "help")
GAP = "  "

TEXTUAL_WORDS = {"Dismiss menu": N_("Close")}
"""Textual's own widgets bind keys with English words (a Select's open list: "Esc Dismiss
menu"); the footer shows ours, in the UI language, instead."""


def words_for(binding: Binding) -> str:
    """A key's words in the UI language, whichever widget bound it.

    Our screens translate their own bindings when built (`translate_node_bindings`); a
    Textual widget's bindings are its own English, so they are looked up here.
    """
    text = binding.description
    return _(TEXTUAL_WORDS[text]) if text in TEXTUAL_WORDS else text


class KeyFooter(Widget):
    """One entry per action ("F12 Hide"), in the screen's order, F12 and F1 first."""

    DEFAULT_CSS = """
    KeyFooter { dock: bottom; height: auto; max-height: 4; background: $panel; padding: 0 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, int, Binding, object]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen) -> None:
        self.refresh(layout=True)

    def entries(self) -> list[tuple[str, str, Binding, object, bool]]:
        """(key shown, words, binding, node, enabled) for each action shown here."""
        seen: set[str] = set()
        out: list[tuple[str, str, Binding, object, bool]] = []
        try:
            active = self.screen.active_bindings
        except Exception:  # noqa: BLE001 - not attached yet
            return out
        for node, binding, enabled, _tooltip in active.values():
            if not binding.show or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            out.append(
                (self.app.get_key_display(binding), words_for(binding), binding, node, enabled)
            )
        if "quick_hide" not in seen:  # modal screens do not list the app's keys
            hide = Binding("f12", "app.quick_hide", _("Hide"), key_display="F12")
            out.insert(0, ("F12", _("Hide"), hide, self.app, True))

        screen_order = [b.action for _key, b in self.screen._bindings]

        def rank(entry) -> tuple[int, int]:
            """F12, F1, then the screen's keys in the order it lists them, then the rest."""
            action = entry[2].action.removeprefix("app.")
            if action in FIRST:
                return (FIRST.index(action), 0)
            if entry[3] is self.screen and entry[2].action in screen_order:
                return (len(FIRST), screen_order.index(entry[2].action))
            return (len(FIRST) + (2 if entry[3] is self.app else 1), 0)

        return sorted(out, key=rank)

    def _lines(self, width: int) -> list[Text]:
        lines: list[Text] = [Text()]
        self._spans = []
        for key, words, binding, node, enabled in self.entries():
            piece = Text()
            piece.append(key, style="bold" if enabled else "dim")
            piece.append(" " + words, style="" if enabled else "dim")
            line = lines[-1]
            needed = len(piece) + (len(GAP) if line.plain else 0)
            if line.plain and line.cell_len + needed > width:
                lines.append(Text())
                line = lines[-1]
            if line.plain:
                line.append(GAP)
            start = line.cell_len
            line.append_text(piece)
            self._spans.append((len(lines) - 1, start, line.cell_len, binding, node))
        return lines

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(self._lines(max(1, width)))

    def render(self) -> Text:
        return Text("\n").join(self._lines(max(1, self.content_size.width)))

    async def on_click(self, event: events.Click) -> None:
        for row, start, end, binding, node in self._spans:
            if row == event.y and start <= event.x - 1 < end:  # padding of one column
                event.stop()
                await self.app.run_action(binding.action, node)  # type: ignore[arg-type]
                return
