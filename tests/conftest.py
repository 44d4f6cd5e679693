"""Hermetic defaults for every test: no real data or config folder, English, no network."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from caseassist import i18n
from caseassist.vault import KdfParams

# Property tests: the same examples on every run (a red CI is reproducible) and no
# per-example deadline (a busy CI machine is slow, not wrong). `make test-long` may
# set HYPOTHESIS_PROFILE=explore for fresh random examples.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Cheap argon2 parameters: the tests are about behaviour, not key strength."""
    return KdfParams.fast_for_tests()


def _point_at(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Every folder the app reads or writes under `home`, English, no account variables."""
    monkeypatch.setenv("CASEASSIST_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CASEASSIST_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CASEASSIST_STATE_DIR", str(home / "state"))
    monkeypatch.setenv("CASEASSIST_CACHE_DIR", str(home / "cache"))
    for var in ("CASEASSIST_USER", "CASEASSIST_PASSPHRASE", "CASEASSIST_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session", autouse=True)
def _hermetic_session(tmp_path_factory):
    """The same for what is built once per session or module (vault templates, shared
    vaults), which is set up before any test's own `_hermetic`: without it, such a vault
    was remembered in the real user's state folder (`vault/last_seen.py`)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _point_at(monkeypatch, tmp_path_factory.mktemp("session-home"))
        yield


@pytest.fixture(scope="session")
def _homes(tmp_path_factory) -> Iterator[Path]:
    """Fresh empty folders, one a call, for the tests that do not ask for tmp_path.

    pytest's tmp_path scans the whole base folder for the next free number and relinks
    a "current" link each time: some 3 ms of CPU a test, growing with the run, about a
    sixth of the intake tests' time when every test paid it through `_hermetic`.
    """
    return _fresh_folders(tmp_path_factory.mktemp("homes"))


def _fresh_folders(base: Path) -> Iterator[Path]:
    for n in itertools.count():
        home = base / str(n)
        home.mkdir()
        yield home


@pytest.fixture(autouse=True)
def _hermetic(request, _homes):
    """Point every folder at the test's own empty folder (tmp_path when the test uses
    it, so `tmp_path / "data"` is the data folder), pin the locale, clear account
    variables.

    Its own MonkeyPatch, not the test's: a test that calls `monkeypatch.undo()` to lift
    an injected fault keeps these folders (it used to fall back to the real ones).
    """
    home = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    with pytest.MonkeyPatch.context() as monkeypatch:
        _point_at(monkeypatch, home or next(_homes))
        i18n.set_locale("en")
        yield
    i18n.set_locale("en")
