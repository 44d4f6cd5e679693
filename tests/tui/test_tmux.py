"""The demo in a real terminal: tmux types, capture-pane reads (as a new user would)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

CASEASSIST = Path(sys.executable).with_name("caseassist")


class Tmux:
    """One tmux server of our own, its socket in the test's own directory (-S): nothing
    else running tmux is touched, and no socket outlives the test's files."""

    def __init__(self, directory: Path) -> None:
        self.base = ["tmux", "-S", str(directory / "tmux.sock")]

    def __call__(self, *args: str) -> str:
        done = subprocess.run([*self.base, *args], capture_output=True, text=True, timeout=10)
        return done.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "demo")

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False, pause: float = 0.3) -> None:
        self("send-keys", "-t", "demo", *(["-l"] if literal else []), *keys)
        time.sleep(pause)


def test_demo_opens_a_caseworker_sees_the_cases_and_runs_an_intake(tmp_path):
    if not CASEASSIST.exists():
        pytest.skip("the caseassist script is not installed in this environment")
    tmux = Tmux(tmp_path)
    data = tmp_path / "demo"
    command = f"'{CASEASSIST}' demo --cases 5 --data-dir '{data}'; sleep 5"
    tmux("new-session", "-d", "-s", "demo", "-x", "80", "-y", "24", command)
    try:
        tmux.wait_for("Language", timeout=90)
        assert "demo-only-passphrase" in tmux.screen()
        tmux.keys("caseworker", literal=True)
        tmux.keys("Tab")
        tmux.keys("demo-only-passphrase", literal=True)
        tmux.keys("Enter")
        shown = tmux.wait_for("open cases")
        assert "Signed in as caseworker" in shown
        assert "F12 Hide" in "\n".join(shown.splitlines()[-3:])  # the quick-hide key, in the footer
        # An intake with the keyboard alone: no note, then "don't know" until it is complete.
        tmux.keys("n")
        tmux.wait_for("Referral note")
        tmux.keys("C-s")
        tmux.wait_for("What we know")
        # Each key once its question is on the screen: a key typed before the next question
        # was drawn answers nothing (tests/tui/test_ux12.py).
        for _ in range(60):
            shown = tmux.screen()
            if "The intake is complete" in shown:
                break
            tmux.keys("F5", pause=0.1)
            for _wait in range(100):
                if tmux.screen() != shown:
                    break
                time.sleep(0.1)
            time.sleep(0.3)  # the new question drawn, not only the transcript line
        tmux.wait_for("The intake is complete")
        tmux.keys("F8")
        tmux.wait_for("open cases")
        tmux.keys("F12")
        shown = tmux.wait_for("$")
        assert "open cases" not in shown and "caseworker" not in shown
    finally:
        tmux("kill-server")


NOTE = "Referred by the hotline. She is 27, speaks Spanish and needs a place to sleep tonight."


def test_a_login_and_a_referral_note_typed_without_a_pause_land_in_place(tmp_path):
    """A paste or a fast typist: account, Tab, passphrase, Enter, n and a note in one burst."""
    if not CASEASSIST.exists():
        pytest.skip("the caseassist script is not installed in this environment")
    tmux = Tmux(tmp_path)
    data = tmp_path / "demo"
    command = f"'{CASEASSIST}' demo --cases 5 --data-dir '{data}'; sleep 5"
    tmux("new-session", "-d", "-s", "demo", "-x", "80", "-y", "24", command)
    try:
        tmux.wait_for("Language", timeout=90)
        burst: list[str] = []
        for part, literal in (
            ("caseworker", True),
            ("Tab", False),
            ("demo-only-passphrase", True),
            ("Enter", False),
            ("n", True),
            (NOTE, True),
        ):
            burst += ["send-keys", "-t", "demo", *(["-l"] if literal else []), part, ";"]
        tmux(*burst[:-1])  # one tmux command: every key reaches the terminal at once
        shown = tmux.wait_for("Referral note", timeout=60)
        tmux.wait_for("tonight.", timeout=30)
        shown = tmux.screen()
        assert "demo-only-passphrase" not in shown  # never typed into a visible field
        flat = " ".join(" ".join(line.strip(" │▎▊").split()) for line in shown.splitlines())
        assert NOTE in flat  # every key of the note, in order, from its first letter
        tmux.keys("C-e")
        shown = tmux.wait_for("Spanish", timeout=30)
        assert "27" in shown  # the facts were found in the note as typed
    finally:
        tmux("kill-server")


def test_a_caseworker_finds_assigns_and_closes_a_case(tmp_path):
    if not CASEASSIST.exists():
        pytest.skip("the caseassist script is not installed in this environment")
    tmux = Tmux(tmp_path)
    data = tmp_path / "demo"
    command = f"'{CASEASSIST}' demo --cases 8 --data-dir '{data}'; sleep 5"
    tmux("new-session", "-d", "-s", "demo", "-x", "80", "-y", "24", command)
    try:
        tmux.wait_for("Language", timeout=90)
        tmux.keys("caseworker", literal=True)
        tmux.keys("Tab")
        tmux.keys("demo-only-passphrase", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("open cases")
        tmux.keys("/")
        tmux.keys("by:caseworker", literal=True)
        tmux.keys("Enter")
        tmux.wait_for("found")
        tmux.keys("Enter")  # the table has focus: open the first case found
        tmux.wait_for(" · opened ")  # the case has loaded (its keys act on what it holds)
        tmux.keys("c")
        tmux.wait_for("Why does the case close?")  # the first reason highlighted
        tmux.keys("Down")
        tmux.keys("Enter")
        tmux.wait_for("Close the case as “returned home”?")  # named, with the open needs
        tmux.keys("Enter")  # staying is the default
        tmux.keys("c")
        tmux.wait_for("Why does the case close?")
        tmux.keys("Enter")
        tmux.wait_for("Yes, close it: housed")
        tmux.keys("y")
        shown = tmux.wait_for("closed: housed")
        assert "Traceback" not in shown
    finally:
        tmux("kill-server")


def test_a_login_typed_as_the_app_starts_opens_the_cases_and_leaves_no_trace(tmp_path):
    """Keys sent the moment `caseassist open` starts (still in the terminal's cooked mode,
    all before the first frame) land field by field; nothing typed is echoed on the
    screen or left in the scrollback once the app has quit."""
    if not CASEASSIST.exists():
        pytest.skip("the caseassist script is not installed in this environment")
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    data = tmp_path / "demo"
    create_demo(data, cases=3, kdf=KdfParams.fast_for_tests()).close()
    tmux = Tmux(tmp_path)
    command = f"'{CASEASSIST}' open --data-dir '{data}'; echo closed; sleep 5"
    burst: list[str] = ["new-session", "-d", "-s", "demo", "-x", "80", "-y", "24", command]
    for part, literal in (
        ("caseworker", True),
        ("Tab", False),
        ("demo-only-passphrase", True),
        ("Enter", False),
    ):
        burst += [";", "send-keys", "-t", "demo", *(["-l"] if literal else []), part]
    tmux(*burst)  # one tmux command: the keys reach the terminal as the command starts
    try:
        shown = tmux.wait_for("open cases", timeout=60)
        assert "Signed in as caseworker" in shown
        tmux.keys("C-q")
        tmux.wait_for("closed")
        everything = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "demo")
        assert "demo-only-passphrase" not in everything, everything
        assert "caseworker" not in everything, everything
    finally:
        tmux("kill-server")
