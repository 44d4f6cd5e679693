"""The caseassist terminal app: unlock, then cases, intake, directory and reports.

`make_app()` builds the app for the CLI and the tests alike; `run()` is what
`caseassist demo` calls and `run_practice()` what `caseassist practice` calls.
The app itself stays thin: it holds the unlocked workspace, swaps the "locked"
and "work" modes, hides and locks on one key or after idle time (`locking.py`),
and turns worker failures into calm messages.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _
from caseassist.services.workspace import Workspace, is_demo_folder
from caseassist.tui.keys import KeyGate
from caseassist.tui.locking import Locking
from caseassist.tui.messages import Unlocked
from caseassist.tui.screens.base import translate_node_bindings
from caseassist.tui.settings import HIGH_CONTRAST, TuiSettings

HIDE_KEYS = frozenset({"f12", "ctrl+backslash"})
"""The panic key: never waits behind other keys (see `KeyGate`)."""

NEUTRAL_TITLE = "Terminal"
"""The only terminal title the app ever sets: it says nothing about the work or a person."""

Opener = Callable[[Path, str, str], Workspace]


class CaseAssistApp(Locking, App[int]):
    """Thin app: the default mode is locked (the unlock screen); `work` is everything behind it."""

    CSS_PATH = "app.tcss"
    DEFAULT_MODE = "locked"
    TITLE = NEUTRAL_TITLE
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding(
            "f12,ctrl+backslash",
            "quick_hide",
            N_("Hide"),
            key_display="F12",
            priority=True,
            id="quick-hide",
        ),
        Binding("f1", "help", N_("Help"), key_display="F1", id="help"),
        Binding("ctrl+l", "lock", N_("Lock"), id="lock"),
        Binding("ctrl+q", "quit", N_("Quit"), id="quit", priority=True, show=False),
    ]

    def __init__(
        self,
        folder: Path | None,
        *,
        settings: TuiSettings | None = None,
        demo: bool = False,
        opener: Opener = Workspace.unlock,
        practice: Callable[[], object] | None = None,
        typed_ahead: str = "",
    ) -> None:
        super().__init__()
        self.folder = Path(folder) if folder is not None else None
        self.settings = settings or TuiSettings()
        self.demo = demo or (folder is not None and is_demo_folder(folder))
        self.opener = opener
        self.practice = practice
        self.workspace: Workspace | None = None
        self.last_activity = self.settings.clock()
        self.gate = KeyGate(self, self._hand_out_key)
        self._starting = self.gate.hold()
        """Keys wait for the first frame: before it, no field is there to take them."""
        self._typed_ahead = typed_ahead
        """Keys typed before the app took the terminal (`caseassist.tui.typeahead`)."""
        self.locking = False
        """A lock is being finished behind the hidden screen (saving, closing the vault)."""
        self.hidden = False
        """The neutral screen is up: no notification may show."""
        self._quit_warned = False
        """Ctrl+Q has said once that a typed answer was not sent: the next one quits."""
        self.input_at = 0.0
        """When the key, paste or click being handled was read from the terminal (Textual's
        `Message.time` clock): a screen asks it whether the key was typed before what it
        acts on was shown (`IntakeScreen`: a typed-ahead answer never answers an unseen
        question)."""
        self.register_theme(HIGH_CONTRAST)
        translate_node_bindings(self)

    # -- lifecycle -------------------------------------------------------------------
    def on_load(self) -> None:
        """Keys typed before the app took the terminal go first, ahead of any the
        terminal driver reads (it starts after this)."""
        typed, self._typed_ahead = self._typed_ahead, ""
        if typed:
            from textual._xterm_parser import XTermParser

            parser = XTermParser()
            for event in [*parser.feed(typed), *parser.feed("")]:
                if isinstance(event, events.Key | events.Paste):
                    self.post_message(event)

    def on_mount(self) -> None:
        self.title = NEUTRAL_TITLE
        try:
            self.theme = self.settings.theme
        except Exception:  # noqa: BLE001 - an unknown theme name falls back to the default
            self.theme = "textual-dark"
        # The locked mode's stack was built from `get_default_screen` (no CSS reparse,
        # unlike a mode known before compose); registered now so locking can return to it.
        self.add_mode(self.DEFAULT_MODE, self.get_default_screen)
        for problem in self.settings.problems:
            self.notify(problem, severity="warning", timeout=10)
        if self.practice is not None:
            self.push_screen(self.practice())  # type: ignore[arg-type]
        self.set_interval(1.0, self.lock_if_idle, name="idle-lock")
        self.call_after_refresh(self.gate.release, self._starting)
        # After the first frame (Rich's width table costs a moment to load): from then on
        # Nepali vowel signs take the cell the terminal gives them.
        from caseassist.tui.cells import count_spacing_marks

        self.call_after_refresh(count_spacing_marks)

    def on_unmount(self) -> None:
        self._close_workspace()

    def get_default_screen(self) -> Screen:
        """The base of the default mode, which is the locked mode: the unlock screen.

        Built once and reset at every lock (it never shows data). Practice never
        unlocks: its screens go on a blank base instead.
        """
        if self.practice is not None:
            return Screen()
        from caseassist.tui.screens.unlock import UnlockScreen

        return UnlockScreen(demo=self.demo)

    # -- unlocking and locking -------------------------------------------------------
    @on(Unlocked)
    def _unlocked(self, message: Unlocked) -> None:
        from caseassist.tui.screens.cases import CasesScreen

        self._close_workspace()
        self.workspace = message.workspace
        self.last_activity = self.settings.clock()
        translate_node_bindings(self)
        self.refresh_bindings()
        if "work" in self._modes:
            self.remove_mode("work")
        self.add_mode("work", CasesScreen)
        self.switch_mode("work")
        self.gate.release(message.hold)
        if message.workspace.can_edit:  # they read notes: build the reading pipeline now
            from caseassist.intake.warm import warm_in_background

            warm_in_background()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "lock":
            return self.workspace is not None  # nothing to lock: not offered
        return True

    def action_quick_hide(self) -> None:
        self.lock(hidden=True)

    def action_lock(self) -> None:
        if self.workspace is not None:
            self.lock()

    def action_help(self) -> None:
        from caseassist.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    # -- command palette -------------------------------------------------------------
    def get_system_commands(self, screen: Screen):
        """The app's own actions (no screenshot: nothing may write the screen to disk)."""
        from textual.app import SystemCommand

        yield SystemCommand(
            _("Hide"), _("Hide everything at once and lock"), self.action_quick_hide
        )
        if self.workspace is not None:
            yield SystemCommand(_("Lock"), _("Lock now"), self.action_lock)
        yield SystemCommand(_("Help"), _("The keys of this screen"), self.action_help)
        seen = {"quick_hide", "lock", "help"}
        for _key, binding in screen._bindings:
            if not binding.description or binding.action in seen or not binding.show:
                continue
            if screen.check_action(binding.action, ()) is False:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding.description,
                self.get_key_display(binding),
                lambda action=binding.action: self.run_action(action, screen),
            )
        if hasattr(screen, "language_commands"):
            yield from screen.language_commands()
        yield SystemCommand(
            _("Theme"), _("Colours, including high contrast"), self.action_change_theme
        )
        yield SystemCommand(_("Quit"), _("Save an intake in progress and quit"), self.action_quit)

    KEY_NAMES = {
        "escape": "Esc",
        "enter": "Enter",
        "pagedown": "PgDn",
        "pageup": "PgUp",
        "space": "Space",
        "tab": "Tab",
        "delete": "Del",
    }
    """How a key reads in the footer and in help (as printed on keyboards)."""

    def get_key_display(self, binding: Binding) -> str:
        if binding.key_display:
            return binding.key_display
        key = binding.key.split(",")[0]
        *modifiers, name = key.split("+")
        shown = self.KEY_NAMES.get(name) or name
        if modifiers or (name[:1] == "f" and name[1:].isdigit()):
            shown = shown.upper() if len(shown) <= 3 else shown
        return "+".join([*(m.capitalize() for m in modifiers), shown])

    @property
    def locked(self) -> bool:
        return self.workspace is None

    # -- idle lock -------------------------------------------------------------------
    async def on_event(self, event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollDown):
            self.last_activity = self.settings.clock()
        if isinstance(event, events.MouseDown):
            self.input_at = event.time
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            if isinstance(event, events.Key) and event.key in HIDE_KEYS:
                self.gate.drop()
                await super().on_event(event)  # the panic key never waits
            else:
                await self.gate.put(event)
            return
        await super().on_event(event)

    async def _hand_out_key(self, event) -> None:
        self.input_at = event.time  # when it was typed, not when its turn at the gate came
        await super().on_event(event)

    def lock_if_idle(self) -> None:
        """Lock once the idle time has passed (called every second; tests call it directly)."""
        limit = self.settings.idle_lock_seconds
        if limit <= 0 or self.workspace is None or self.locking:
            return
        if self.settings.clock() - self.last_activity >= limit:
            self.lock()
            self.notify(_("Locked after a period without use."), timeout=10)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notifications are never parsed as markup (they may carry a provider's name or a path).

        None shows while the screen is hidden: a late "saved with case ..." must not
        appear on the neutral screen.
        """
        if self.hidden:
            return
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # -- failures --------------------------------------------------------------------
    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR or event.worker.group == "db":
            return  # vault work ("db") has said so itself, once
        self.show_error(event.worker.error)

    def show_error(self, error: BaseException | None) -> None:
        """One calm line for any failure; never a traceback, never stored text."""
        if isinstance(error, CaseAssistError):
            # An error without a title of its own has its message as title: shown as both,
            # every refusal (a bad import, a missing path) read twice in one notification.
            title = error.title if error.title != error.message else ""
            self.notify(error.message, title=title, severity="error", timeout=8)
            return
        from caseassist.cases.needs import BadTransition

        if isinstance(error, BadTransition | ValueError):
            self.notify(_("That change is not possible from here."), severity="warning")
            return
        self.notify(
            _("Something went wrong; nothing was changed. Try again, or lock and unlock."),
            severity="error",
            timeout=8,
        )


def make_app(
    folder: Path | str | None,
    *,
    demo: bool = False,
    settings: TuiSettings | None = None,
    opener: Opener = Workspace.unlock,
    typed_ahead: str = "",
) -> CaseAssistApp:
    """The one factory the CLI and the tests share."""
    return CaseAssistApp(
        Path(folder) if folder is not None else None,
        settings=settings or TuiSettings.from_environment(),
        demo=demo,
        opener=opener,
        typed_ahead=typed_ahead,
    )


def _set_terminal_title() -> None:
    if sys.__stdout__ is not None and sys.__stdout__.isatty():
        sys.__stdout__.write(f"\x1b]2;{NEUTRAL_TITLE}\x07")
        sys.__stdout__.flush()


def run(folder: Path | str, demo: bool = False) -> int:
    """Open the terminal UI on the vault in `folder`; returns the exit code."""
    from caseassist.tui import typeahead

    _set_terminal_title()
    app = make_app(folder, demo=demo, typed_ahead=typeahead.take())
    result = app.run()
    return int(result or 0)


def run_practice(scenario_path: Path | str) -> int:
    """`caseassist practice SCENARIO.toml` without --json: the intake screen, nothing stored."""
    from caseassist.tui import typeahead
    from caseassist.tui.screens.intake_start import practice_screen_factory

    factory = practice_screen_factory(Path(scenario_path))
    _set_terminal_title()
    app = CaseAssistApp(
        None,
        settings=TuiSettings.from_environment(),
        practice=factory,
        typed_ahead=typeahead.take(),
    )
    return int(app.run() or 0)
