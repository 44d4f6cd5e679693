"""A demo vault built once per run (fast test-only argon2), copied fresh for every test."""

from __future__ import annotations

import pytest

from tests.templates import VaultTemplate, demo_template

DEMO_PASS = "demo-only-passphrase"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> VaultTemplate:
    return demo_template(tmp_path_factory, "tui", cases=70)


@pytest.fixture
def demo_folder(_demo_template, tmp_path):
    """A private copy of the demo vault: tests may change it."""
    return _demo_template.copy_to(tmp_path / "vault")


class FrozenClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def _notices_outlast_a_slow_machine(monkeypatch):
    """A notice without its own timeout stays up for 5 s of wall time; on a loaded machine a
    test can take longer than that to look, and would find it gone. Tests look at what was
    said, not for how long."""
    from textual.app import App

    monkeypatch.setattr(App, "NOTIFICATION_TIMEOUT", 120.0)


@pytest.fixture(autouse=True)
def _english_again():
    """A test that picks a language leaves English behind for the next one."""
    from caseassist import i18n

    yield
    i18n.set_locale("en")


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture(autouse=True)
def warmed(monkeypatch) -> list[str]:
    """Unlocks record that the reading pipeline would be built in the background, without
    the thread: its seconds of regex compiling would run beside every later test of the
    process (the intake tests build and check it: tests/intake/test_warm.py)."""
    from caseassist.intake import warm

    calls: list[str] = []
    monkeypatch.setattr(warm, "warm_in_background", lambda: calls.append("warm"))
    return calls
