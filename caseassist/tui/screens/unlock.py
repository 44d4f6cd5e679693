"""Unlock: account, passphrase, UI language. Focus starts on the account; Enter unlocks."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.widgets import Button, Input, Label, Static
from textual.worker import Worker, WorkerState

from caseassist import i18n
from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _
from caseassist.services.workspace import DEMO_PASSPHRASE
from caseassist.tui.messages import Unlocked
from caseassist.tui.screens.base import BaseScreen, translate_node_bindings
from caseassist.tui.widgets.deferred import Deferred
from caseassist.tui.widgets.footer import KeyFooter


class UnlockScreen(BaseScreen):
    """Opens the vault in a thread (argon2 takes a moment) and hands the workspace up."""

    HELP = N_(
        "Type your account name, press Tab, type your passphrase and press Enter. "
        "The language of the screens can be changed here, for this session only: the next "
        "start opens in the shelter's setting (ui_language)."
    )
    BINDINGS = [
        # No Esc binding: Esc used to clear the passphrase, and a new user who pressed it
        # out of habit (to close a menu, to "go back") lost what they had typed.
        # Priority: focus moves as the app reads Tab, before it hands the keys typed
        # after it to a field, so "account, Tab, passphrase, Enter" sent at once (as a
        # password manager types) lands in the right fields.
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(self, *, demo: bool = False, account: str = "") -> None:
        super().__init__()
        self.demo = demo
        self.initial_account = account
        self._attempt = 0
        """Counts resets: an unlock that returns after one is dropped (see `reset`)."""
        self._hold: int | None = None
        """Keys typed while unlocking wait for the screen they were typed for."""

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock-box"):  # centred by the screen's `align`
            yield Label(_("Unlock"), id="unlock-title")
            if self.demo:
                yield Static(
                    _("Demo vault of invented people. Passphrase: {passphrase}").format(
                        passphrase=DEMO_PASSPHRASE
                    ),
                    id="demo-hint",
                    markup=False,
                )
            with Grid(id="unlock-grid"):
                yield Label(_("Account"))
                yield Input(value=self.initial_account, id="account", placeholder=_("account name"))
                yield Label(_("Passphrase"))
                yield Input(password=True, id="passphrase", placeholder=_("passphrase"))
                # Unlock comes straight after the passphrase: "passphrase, Tab, Enter" (as
                # one moves to a form's button) unlocks, and never opens the language list.
                yield Static("")
                yield Button(_("Unlock"), id="unlock", variant="primary")
                yield Label(_("Language"))
                yield Deferred(
                    i18n.autonym(i18n.get_locale()).capitalize(),
                    _language_picker,
                    id="language-shown",
                )
            yield Static("", id="message", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#account", Input).focus()

    def on_screen_resume(self) -> None:
        for field in self.query(Deferred):
            field.arm()

    @on(Input.Submitted, "#account")
    def _account_done(self) -> None:
        if self.query_one("#passphrase", Input).value:
            self.unlock()
        else:
            self.query_one("#passphrase", Input).focus()

    @on(Input.Submitted, "#passphrase")
    @on(Button.Pressed, "#unlock")
    def unlock(self) -> None:
        account = self.query_one("#account", Input).value.strip()
        passphrase = self.query_one("#passphrase", Input).value
        message = self.query_one("#message", Static)
        if not account:
            message.update(_("Type your account name first."))
            self.query_one("#account", Input).focus()
            return
        if not passphrase:
            message.update(_("Type your passphrase."))
            self.query_one("#passphrase", Input).focus()
            return
        folder = self.app.folder
        message.update(_("Unlocking…"))
        self.query_one("#unlock", Button).disabled = True
        opener = self.app.opener

        def call():
            try:
                return opener(folder, account, passphrase), None
            except CaseAssistError as exc:
                return None, exc.message

        attempt = self._attempt
        self._release_keys()
        self._hold = self.app.gate.hold()

        def done(outcome) -> None:
            if attempt == self._attempt:
                self._done(outcome)
            else:
                self._dropped(outcome)

        self.db(call, done, exclusive=True, name="unlock", dropped=self._dropped)

    def _release_keys(self) -> None:
        hold, self._hold = self._hold, None
        self.app.gate.release(hold)

    def _dropped(self, outcome) -> None:
        """Hidden, reset or gone while unlocking: lock again at once."""
        self._release_keys()
        workspace, _error = outcome
        if workspace is not None:
            workspace.close()

    def say(self, line: str) -> None:
        """One line under the form (a lock that could not save, for example)."""
        if self.is_mounted:
            self.query_one("#message", Static).update(line)

    def reset(self) -> None:
        """An empty form again, as the app locks (quick-hide included).

        This screen lives as long as the app; an unlock still running in its
        thread is dropped when it returns, so hiding always wins.
        """
        self._attempt += 1
        self._release_keys()
        if not self.is_mounted:
            return
        for field in self.query(Input):
            field.value = ""
        self.query_one("#message", Static).update("")
        self.query_one("#unlock", Button).disabled = False
        self.query_one("#account", Input).focus()

    def _done(self, outcome) -> None:
        workspace, error = outcome
        if workspace is None:
            self.query_one("#message", Static).update(error or _("Could not unlock."))
            self.query_one("#unlock", Button).disabled = False
            field = self.query_one("#passphrase", Input)
            field.value = ""
            field.focus()
            self._release_keys()
            return
        self.query_one("#passphrase", Input).value = ""
        hold, self._hold = self._hold, None
        self.app.post_message(Unlocked(workspace, hold))
        for line, severity in workspace.unlock_notices():  # the vault opened; these matter
            self.app.notify(line, severity=severity, timeout=30)

    def language_commands(self):
        """Command palette: one entry per UI language (the picker on this screen does the same)."""
        from textual.app import SystemCommand
        from textual.widgets import Select

        pickers = self.query("#language").results(Select)
        select = next(pickers, None)
        if select is None:  # still being built: the palette lists the languages next time
            return
        for code in i18n.UI_LOCALES:
            name = i18n.autonym(code).capitalize()

            def pick(code: str = code) -> None:
                select.value = code

            yield SystemCommand(_("Language: {name}").format(name=name), "", pick)

    def on_select_changed(self, event) -> None:
        """The language picker (a `Select`, imported only once it is built)."""
        if event.select.id == "language":
            self._language(str(event.value))

    def _language(self, code: str) -> None:
        if code == i18n.get_locale():
            return
        # This app's session only: written to settings.toml, it became the next person's
        # language and the command line's too. `caseassist settings --set ui_language=fr`
        # (or CASEASSIST_LANG) is the explicit, lasting choice.
        i18n.set_locale(code)
        self.initial_account = self.query_one("#account", Input).value
        passphrase = self.query_one("#passphrase", Input).value  # kept in the field, not here
        had_passphrase_focus = self.focused is self.query_one("#passphrase", Input)
        translate_node_bindings(self)
        translate_node_bindings(self.app)
        self.refresh_bindings()
        hold = self.app.gate.hold()  # keys typed meanwhile wait for the rebuilt form

        async def rebuild() -> None:
            try:
                await self.recompose()
                field = self.query_one("#passphrase", Input)
                field.value = passphrase
                target = (
                    "#passphrase" if had_passphrase_focus or self.initial_account else "#account"
                )
                self.query_one(target, Input).focus()
            finally:
                self.app.gate.release(hold)

        self.call_later(rebuild)

    @on(Worker.StateChanged)
    def _unlock_failed(self, event: Worker.StateChanged) -> None:
        """An unlock that failed unexpectedly (shown by the app) lets the keys through again."""
        if event.worker.name == "unlock" and event.state in (
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            self._release_keys()
            self.query_one("#unlock", Button).disabled = False


def _language_picker():
    """The UI language picker, built after the first frame (see `Deferred`)."""
    from textual.widgets import Select

    return Select(
        [(i18n.autonym(c).capitalize(), c) for c in i18n.UI_LOCALES],
        value=i18n.get_locale(),
        allow_blank=False,
        id="language",
    )
