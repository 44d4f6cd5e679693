"""F1: what the keys do here and everywhere, and a few words about the screen below."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseModal
from caseassist.tui.widgets.footer import KeyFooter


class HelpScreen(BaseModal[None]):
    """Lists the bindings of the screen it was opened over, translated, and its help text."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .help-title { text-style: bold; }
    """
    BINDINGS = [Binding("escape,f1,q", "close", N_("Close"), id="close-help")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(_("Help"), classes="help-title", markup=False)
            with VerticalScroll():
                yield Static(self._text(), id="help-text")
        yield KeyFooter()

    def _text(self) -> Text:
        out = Text()
        about = self.under.help_about() if hasattr(self.under, "help_about") else ""
        about = about or getattr(self.under, "HELP", "")
        if about:
            out.append(_(about) + "\n\n")
        out.append(_("Keys on this screen") + "\n", style="bold")
        seen: set[str] = set()
        for node, title in ((self.under, None), (self.app, _("Keys everywhere"))):
            if title:
                out.append("\n" + title + "\n", style="bold")
            for _key, binding in node._bindings:
                if not binding.id or not binding.description or binding.action in seen:
                    continue
                if node.check_action(binding.action, ()) is False:
                    continue  # not for this account or not here: it would do nothing
                seen.add(binding.action)
                out.append(f"  {self.app.get_key_display(binding):<12} {binding.description}\n")
        out.append(
            "\n"
            + _(
                "F12 hides everything at once and locks; the screen locks by itself after a "
                "few minutes without use. Ctrl+P opens the command palette (themes, including "
                "high contrast)."
            )
            + "\n"
        )
        return out

    def action_close(self) -> None:
        self.dismiss(None)
