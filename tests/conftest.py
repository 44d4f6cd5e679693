"""Hermetic defaults for every test: no real data or config folder, English, no network."""

from __future__ import annotations

import os

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


@pytest.fixture(autouse=True)
def _hermetic(tmp_path, monkeypatch):
    """Point every folder at tmp_path, pin the locale, and clear account variables."""
    monkeypatch.setenv("CASEASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CASEASSIST_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CASEASSIST_STATE_DIR", str(tmp_path / "state"))
    for var in ("CASEASSIST_USER", "CASEASSIST_PASSPHRASE", "CASEASSIST_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_locale("en")
    yield
    i18n.set_locale("en")
