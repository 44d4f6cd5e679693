"""Hermetic defaults for every test: no real data or config folder, English, no network."""

from __future__ import annotations

import pytest

from caseassist import i18n


@pytest.fixture(autouse=True)
def _hermetic(tmp_path, monkeypatch):
    """Point every folder at tmp_path, pin the locale, and clear account variables."""
    monkeypatch.setenv("CASEASSIST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CASEASSIST_CONFIG_DIR", str(tmp_path / "config"))
    for var in ("CASEASSIST_USER", "CASEASSIST_PASSPHRASE", "CASEASSIST_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.set_locale("en")
    yield
    i18n.set_locale("en")
