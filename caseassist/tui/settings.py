"""What a shelter may tune in the terminal app (idle lock, theme), and its own theme."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from textual.theme import Theme

from caseassist import config

HIGH_CONTRAST = Theme(
    name="caseassist-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffffff",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#202020",
    success="#00ff00",
    warning="#ffff00",
    error="#ff5555",
    dark=True,
)


def _local_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).astimezone()


@dataclass
class TuiSettings:
    """What a shelter may tune; read from the environment by `from_environment()`."""

    idle_lock_seconds: float = 300.0
    """Lock after this long without a key or mouse event (0 turns the idle lock off)."""
    theme: str = "textual-dark"
    """`textual-dark`, `textual-light` or `caseassist-high-contrast`."""
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    """Seconds, monotonic; tests pass a frozen clock."""
    wall_clock: Callable[[], dt.datetime] = field(default=_local_now, repr=False)
    """The local date and time "open now" and "upcoming" are judged at; tests pass a fixed one."""

    problems: tuple[str, ...] = ()
    """One line per bad setting ignored, shown when the app opens."""

    @classmethod
    def from_environment(cls) -> TuiSettings:
        """From the one settings object (`caseassist.config`: settings.toml, then the
        environment). A bad value keeps its default: the app must always open."""
        loaded = config.read()
        return cls(
            idle_lock_seconds=loaded.settings.idle_lock_minutes * 60,
            theme=loaded.settings.theme,
            problems=loaded.problems,
        )
