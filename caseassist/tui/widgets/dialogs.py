"""Small modal dialogs that return typed results (`dismiss(value)`); they call no service."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual._time import get_time  # the clock of `Message.time`
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseModal
from caseassist.tui.text import literal
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.tick_box import TickBox

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 80%; max-width: 100; height: auto; max-height: 90%;
    border: thick $primary; background: $surface; padding: 1 2;
}}
{name} .dialog-title {{ text-style: bold; margin-bottom: 1; }}
"""


class TextPrompt(BaseModal[str | None]):
    """Ask for one line (or several, `multiline=True`); Esc cancels."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="TextPrompt")
        + """
    TextPrompt TextArea { height: 8; }
    """
    )
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="cancel"),
        Binding("ctrl+s", "save", N_("Save"), id="save", priority=True),
    ]

    def __init__(self, title: str, *, multiline: bool = False, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.multiline = multiline
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if self.multiline:
                yield TextArea(self.value, id="text", soft_wrap=True)
                yield Static(_("Ctrl+S saves, Esc cancels."), markup=False)
            else:
                yield Input(self.value, id="text")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#text").focus()

    @on(Input.Submitted)
    def action_save(self) -> None:
        widget = self.query_one("#text")
        text = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
        self.dismiss(text if text.strip() else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceList(OptionList):
    """An option list that a click read before it was drawn does not pick from.

    A double click on one dialog's option used to land its second click on the
    dialog opened by the first (a closing reason chosen by no one); keys typed
    ahead still count, since each moves the highlight the person can see.
    """

    drawn_at: float | None = None
    """When the list was first drawn (Textual's `Message.time` clock)."""

    def on_mount(self) -> None:
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        self.drawn_at = get_time()

    def _on_click(self, event) -> None:
        """Textual runs each class's handler in turn; `prevent_default` skips OptionList's."""
        read_at = getattr(self.app, "input_at", 0.0)
        if self.drawn_at is None or read_at < self.drawn_at:
            event.prevent_default()
            event.stop()


class Choice(BaseModal[str | None]):
    """Pick one of a few options (value, label); Esc cancels.

    The first option is highlighted, so Enter takes it: make it the safe one, or confirm
    what was picked (a case's closing reason), naming it.
    """

    DEFAULT_CSS = DIALOG_CSS.format(name="Choice")
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"), id="cancel")]

    def __init__(self, title: str, options: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield ChoiceList(*[Option(literal(label), id=value) for value, label in self.options])
        yield KeyFooter()

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Confirm(BaseModal[bool]):
    """Text to read, then a yes or no; the safe answer (no) is highlighted, so Enter alone
    changes nothing. Esc and n answer no, y answers yes."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="Confirm")
        + """
    Confirm VerticalScroll { height: auto; max-height: 14; margin-bottom: 1; }
    Confirm OptionList { height: auto; }
    """
    )
    BINDINGS = [
        Binding("escape,n", "answer(False)", N_("No"), id="no"),
        Binding("y", "answer(True)", N_("Yes"), id="yes"),
    ]

    def __init__(self, title: str, body: str, *, yes: str, no: str) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.labels = (no, yes)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            with VerticalScroll():
                yield Static(literal(self.body), id="body")
            no, yes = self.labels
            yield ChoiceList(Option(literal(no), id="no"), Option(literal(yes), id="yes"))
        yield KeyFooter()

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ShowText(BaseModal[None]):
    """Text shown literally (a summary, a question in large type); any of Esc/Enter closes."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ShowText")
        + """
    ShowText.large #body { text-style: bold; padding: 2 2; }
    ShowText VerticalScroll { height: auto; max-height: 30; }
    """
    )
    BINDINGS = [
        Binding("escape,enter", "close", N_("Close"), id="close"),
    ]

    def __init__(self, title: str, body: str, *, large: bool = False) -> None:
        super().__init__(classes="large" if large else "")
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            with VerticalScroll():
                yield Static(literal(self.body), id="body")
        yield KeyFooter()

    def action_close(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class ConsentAnswer:
    """What the survivor agreed to share with one provider, and how they said so."""

    categories: tuple[str, ...]
    method: str


class ConsentDialog(BaseModal[ConsentAnswer | None]):
    """Ask, each time, what may be shared with this provider (nothing is a fine answer)."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ConsentDialog")
        + """
    ConsentDialog Checkbox { border: none; height: 1; padding: 0; background: $surface; }
    ConsentDialog Checkbox:focus { border: none; background: $primary 30%; }
    ConsentDialog Checkbox:focus > .toggle--label {
        color: $text; background: $primary 30%; text-style: bold;
    }
    ConsentDialog VerticalScroll { height: auto; max-height: 12; }
    ConsentDialog Button { margin-top: 1; }
    """
    )
    BINDINGS = [
        Binding("escape", "cancel", N_("Cancel"), id="cancel"),
        Binding("ctrl+s", "refer", N_("Refer"), id="refer", priority=True),
    ]

    def __init__(
        self, provider: str, categories: dict[str, str], preselected: tuple[str, ...]
    ) -> None:
        super().__init__()
        self.provider = provider
        self.categories = categories
        self.preselected = preselected
        self.shown_at: float | None = None
        """When the dialog was first drawn (Textual's `Message.time` clock)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                _("What may we share with {provider}?").format(provider=self.provider),
                classes="dialog-title",
                markup=False,
            )
            yield Static(  # wraps: a Label stays one line, cut mid-sentence in French
                _("Ask the survivor. Sharing nothing still gets them referred."), markup=False
            )
            with VerticalScroll():
                for key, label in self.categories.items():
                    yield TickBox(label, key in self.preselected, id=f"c-{key}")
                yield TickBox(_("Consent given in writing"), False, id="written")
            yield Button(_("Refer (Ctrl+S)"), id="ok", variant="primary")
        yield KeyFooter()

    def on_mount(self) -> None:
        # The first Space must tick the first box: focus is there before any key is read.
        self.query(Checkbox).first().focus()
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        self.shown_at = get_time()

    @on(Button.Pressed, "#ok")
    def action_refer(self) -> None:
        """Refer with what is ticked; not on a key typed before the dialog was drawn (the
        survivor has not been asked yet: a Ctrl+S typed ahead must not stand for consent)."""
        shown = self.shown_at
        if shown is None or self.app.input_at < shown:  # type: ignore[attr-defined]
            self.notify(
                _(
                    "Not recorded: it was typed before this question was on the screen. "
                    "Ask it, then answer."
                ),
                severity="warning",
            )
            return
        chosen = tuple(k for k in self.categories if self.query_one(f"#c-{k}", Checkbox).value)
        written = self.query_one("#written", Checkbox).value
        self.dismiss(ConsentAnswer(chosen, "written" if written else "verbal"))

    def action_cancel(self) -> None:
        self.dismiss(None)
