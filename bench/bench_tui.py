"""The terminal UI: cold start to the unlock screen, and keystroke latency in a long intake.

Cold start: `caseassist open` as a user runs it, in a pseudo-terminal, timed
to the first painted frame of the unlock screen, against a bare Textual app (a
label and one input) timed to its first painted frame the same way; 11
alternated rounds, medians and spread. Goal: at most 1.5x.

Keystroke: the intake screen with a 200-turn transcript already shown (a long
resumed intake); each key typed into the answer line is timed from the key
reaching the app to the next frame written for the terminal (see `FrameClock`),
p95 of 100 keys, against the same keys typed into a bare Textual app with one
Input (the baseline). Goal: p95 under 50 ms.

Quick-hide: a real (fast-KDF) demo vault, unlocked, an intake with answers on
screen; a save of that intake and a directory search are started in their
threads, then F12 is sent as the terminal driver sends it; timed from the key
reaching the app to the first frame that shows the neutral screen, 30 times,
p95. Baseline: a bare Textual app whose F12 pushes an empty screen, timed the
same way in the same run. Goal: p95 under 50 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, alternated, p95, ratio_at_most, under
from bench.terminal import first_frame

_BARE = """
from textual.app import App
from textual.widgets import Input, Label

class Bare(App):
    def compose(self):
        yield Label("Passphrase")
        yield Input()

Bare().run()
"""
"""The baseline: a bare Textual app (a label and one input), run in a terminal like ours."""

COLD_ROUNDS = 11


def _caseassist_command() -> list[str]:
    """`caseassist` as a user starts it: the installed script, else `python -m caseassist`."""
    script = Path(sys.executable).with_name("caseassist")
    return [str(script)] if script.exists() else [sys.executable, "-m", "caseassist"]


def _cold_start() -> Figure:
    """`caseassist open` against the bare app, both to their first painted frame in a pty."""
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "v"
        create_demo(folder, cases=1, kdf=KdfParams.fast_for_tests()).close()
        ours_cmd = [*_caseassist_command(), "open", "--data-dir", str(folder), "--lang", "en"]
        env = {"CASEASSIST_CONFIG_DIR": str(Path(tmp) / "config")}
        ours, bare = alternated(
            lambda: first_frame(ours_cmd, b"Passphrase", env=env),
            lambda: first_frame([sys.executable, "-c", _BARE], b"Passphrase", env=env),
            COLD_ROUNDS,
        )
    return ratio_at_most(
        "caseassist open to first unlock frame (pty)", ours, bare, "s", 1.5, digits=3
    )


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
    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen
    from caseassist.tui.settings import TuiSettings
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


class ScreenClock:
    """Time from a key reaching the app to the first frame that shows a screen of `kind`."""

    def __init__(self, app, kind: type) -> None:
        from textual._compositor import CompositorUpdate

        self.sent: float | None = None
        self.frame = asyncio.Event()
        self.times: list[float] = []
        show = app._display

        def display(screen, renderable) -> None:
            show(screen, renderable)
            if renderable is None or self.sent is None or not isinstance(screen, kind):
                return
            if isinstance(renderable, CompositorUpdate):
                renderable.render_segments(app.console)
            self.times.append(time.perf_counter() - self.sent)
            self.sent = None
            self.frame.set()

        app._display = display
        self.app = app

    async def key(self, key: str) -> None:
        from textual import events

        self.frame.clear()
        self.sent = time.perf_counter()
        self.app._driver.send_message(events.Key(key, None))
        await asyncio.wait_for(self.frame.wait(), timeout=10)


async def _hide_in_flight(rounds: int = 30, *, in_flight: bool = True) -> list[float]:
    from textual.widgets import Input

    from caseassist.services.cases import create_demo
    from caseassist.tui.app import make_app
    from caseassist.tui.screens.intake import IntakeScreen
    from caseassist.tui.screens.neutral import NeutralScreen
    from caseassist.tui.settings import TuiSettings
    from caseassist.vault import KdfParams

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        create_demo(folder, cases=20, kdf=KdfParams.fast_for_tests()).close()
        app = make_app(folder, settings=TuiSettings(idle_lock_seconds=0))
        async with app.run_test(size=(120, 40)) as pilot:
            clock = ScreenClock(app, NeutralScreen)
            for _ in range(rounds):
                while app.workspace is None or app.locking:
                    if isinstance(app.screen, NeutralScreen):
                        await pilot.press("x")
                    screen = app.screen
                    if screen.is_mounted and screen.query("#account"):
                        screen.query_one("#account", Input).value = "caseworker"
                        screen.query_one("#passphrase", Input).value = "demo-only-passphrase"
                        await pilot.press("enter")
                    await app.workers.wait_for_complete()
                    await pilot.pause(0.05)
                await pilot.press("n")
                await pilot.pause(0.05)
                await pilot.press("ctrl+s")
                for answer in ("f3", "f5"):  # each once its question is on the screen
                    while not (
                        isinstance(app.screen, IntakeScreen) and app.screen.question_on_screen
                    ):
                        await pilot.pause(0.02)
                    await pilot.press(answer)
                await app.workers.wait_for_complete()
                screen, ws = app.screen, app.workspace
                session = screen.session

                def save(session=session, ws=ws) -> None:
                    for _ in range(3):
                        ws.save_intake(session)

                def search(ws=ws) -> None:
                    for need in ("shelter", "food", "legal", "medical", "shelter"):
                        ws.search_directory(need, language="es")

                if in_flight:
                    saving = screen.db(save, name="bench-save")
                    searching = screen.db(search, name="bench-search")
                    while not (saving.is_running and searching.is_running):
                        await asyncio.sleep(0.001)
                await clock.key("f12")
                await app.workers.wait_for_complete()
                while app.locking:
                    await pilot.pause(0.02)
        return clock.times


async def _bare_hide(rounds: int = 30) -> list[float]:
    from textual.app import App
    from textual.binding import Binding
    from textual.screen import Screen
    from textual.widgets import Input, Static

    class Blank(Screen):
        def compose(self):
            yield Static("$ ")

    class Bare(App):
        BINDINGS = [Binding("f12", "hide", priority=True)]

        def compose(self):
            yield Input(id="answer")

        def action_hide(self) -> None:
            self.push_screen(Blank())

    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        clock = ScreenClock(app, Blank)
        for _ in range(rounds):
            await pilot.pause(0.05)
            await clock.key("f12")
            await pilot.pause(0.02)
            app.pop_screen()
        return clock.times


def run() -> list[Figure]:
    cold = _cold_start()
    keys = asyncio.run(_keystrokes())
    bare_keys = asyncio.run(_bare_keystrokes())
    hides = asyncio.run(_hide_in_flight())
    bare_hides = asyncio.run(_bare_hide())
    h, bh = p95(hides), p95(bare_hides)
    print(
        f"  quick-hide median {statistics.median(hides) * 1000:.1f} ms "
        f"(min {min(hides) * 1000:.1f}, max {max(hides) * 1000:.1f}, n={len(hides)}); "
        f"bare median {statistics.median(bare_hides) * 1000:.1f} ms",
        file=sys.stderr,
    )
    k, bk = p95(keys), p95(bare_keys)
    print(f"  keystroke median {statistics.median(keys) * 1000:.1f} ms", file=sys.stderr)
    return [
        cold,
        under(
            "TUI keystroke to update, 200-turn intake, p95",
            round(k * 1000, 1),
            "ms",
            50,
            baseline=round(bk * 1000, 1),
        ),
        under(
            "TUI F12 to blank frame, save and search in flight, p95",
            round(h * 1000, 1),
            "ms",
            50,
            baseline=round(bh * 1000, 1),
        ),
    ]
