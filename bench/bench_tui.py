"""The terminal UI: cold start to the unlock screen, and keystroke latency in a long intake.

Cold start: a fresh Python process that builds the app, shows the unlock
screen (headless) and exits, median of 5, against a bare Textual app (one
Input) started the same way in the same run. Goal: at most 1.5x.

Keystroke: the intake screen with a 200-turn transcript already shown (a long
resumed intake); each key typed into the answer line is timed from the key
reaching the app to the next frame written for the terminal (see `FrameClock`),
p95 of 100 keys, against the same keys typed into a bare Textual app with one
Input (the baseline). Goal: p95 under 50 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, median, p95, under

_CASEASSIST = """
from caseassist.tui.app import make_app
from caseassist.tui.screens.unlock import UnlockScreen

async def auto(pilot):
    while not isinstance(pilot.app.screen, UnlockScreen):
        await pilot.pause()
    pilot.app.exit()

make_app({folder!r}).run(headless=True, auto_pilot=auto)
"""

_BARE = """
from textual.app import App
from textual.widgets import Input

class Bare(App):
    def compose(self):
        yield Input()

async def auto(pilot):
    await pilot.pause()
    pilot.app.exit()

Bare().run(headless=True, auto_pilot=auto)
"""


def _start(code: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=120)
    return time.perf_counter() - t


class FrameClock:
    """Time from a key reaching the app to the next frame it hands to the terminal.

    A key is sent the way a terminal driver sends it; `App._display` is where
    Textual writes each composed frame, so the first call after the key closes
    the measure. Headless, Textual skips turning the frame into terminal bytes;
    that work is done here too, so the figure includes it. Pilot's `press` is
    not used to time: it waits for the process to look idle (20 ms sleeps,
    three times), which would put a 60 ms floor under every key.
    """

    def __init__(self, app, typed) -> None:
        from textual._compositor import CompositorUpdate

        self.app = app
        self.typed = typed
        self.expected = 0
        self.sent: float | None = None
        self.frame = asyncio.Event()
        self.times: list[float] = []
        show = app._display

        def display(screen, renderable) -> None:
            show(screen, renderable)
            if renderable is None or self.sent is None or self.typed() < self.expected:
                return  # not yet the frame that shows the key
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            self.times.append(time.perf_counter() - self.sent)
            self.sent = None
            self.frame.set()

        app._display = display

    async def key(self, key: str) -> None:
        from textual import events

        self.frame.clear()
        self.expected += 1
        self.sent = time.perf_counter()
        self.app._driver.send_message(events.Key(key, key))
        await asyncio.wait_for(self.frame.wait(), timeout=10)
        await asyncio.sleep(0.02)  # a typist's pace: the next key finds the app at rest


async def _type_into(app, keys: int) -> list[float]:
    from textual.widgets import Input

    field = app.screen.query_one("#answer", Input)
    field.cursor_blink = False  # a blink is a frame too; both apps alike
    field.focus()
    clock = FrameClock(app, typed=lambda: len(field.value))
    await asyncio.sleep(0.2)
    for i in range(keys):
        await clock.key("a" if i % 2 else "b")
    assert len(field.value) == keys, field.value
    return clock.times


async def _keystrokes(turns: int = 200, keys: int = 100) -> list[float]:
    from caseassist.intake.engine import IntakeSession
    from caseassist.tui.app import CaseAssistApp, TuiSettings
    from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen
    from caseassist.tui.widgets.transcript import Transcript

    session = IntakeSession(recorded_by="bench")
    session.turns = [
        {
            "question": f"q.bench.{i}",
            "facts": [],
            "prompt": f"Question {i}: would you like something to eat?",
            "answer": "yes, thank you",
            "declined": False,
            "unknown": False,
            "settled": [],
        }
        for i in range(turns)
    ]
    app = CaseAssistApp(
        None,
        settings=TuiSettings(idle_lock_seconds=0),
        practice=lambda: IntakeScreen(session, IntakeBackend(who="bench"), practice=True),
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert len(app.screen.query_one(Transcript).lines) >= 2 * turns
        return await _type_into(app, keys)


async def _bare_keystrokes(keys: int = 100) -> list[float]:
    from textual.app import App
    from textual.widgets import Input

    class Bare(App):
        def compose(self):
            yield Input(id="answer")

    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return await _type_into(app, keys)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = str(Path(tmp) / "none")
        ours = [_start(_CASEASSIST.format(folder=folder)) for _ in range(5)]
        bare = [_start(_BARE) for _ in range(5)]
    keys = asyncio.run(_keystrokes())
    bare_keys = asyncio.run(_bare_keystrokes())
    o, b = median(ours), median(bare)
    k, bk = p95(keys), p95(bare_keys)
    print(f"  keystroke median {statistics.median(keys) * 1000:.1f} ms", file=sys.stderr)
    return [
        Figure(
            "TUI cold start to unlock screen",
            round(o, 3),
            "s",
            "ratio <= 1.5x",
            o / b <= 1.5,
            round(b, 3),
            round(o / b, 2),
        ),
        under(
            "TUI keystroke to update, 200-turn intake, p95",
            round(k * 1000, 1),
            "ms",
            50,
            baseline=round(bk * 1000, 1),
        ),
    ]
