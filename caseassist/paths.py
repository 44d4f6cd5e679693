"""Where caseassist finds its shipped data (resources, catalogs) and keeps its vault.

An installed wheel carries `resources/` and `locales/` inside the package
(`caseassist/_data/`); a source checkout uses the top-level folders.
Functions, not import-time constants, so tests can point them elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / "_data" / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    """Rules, wording and the demo directory, as data."""
    return _shipped("resources")


def locales_dir() -> Path:
    """gettext catalogs (`<lang>/LC_MESSAGES/caseassist.po`, and `.mo` when built)."""
    return _shipped("locales")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The one folder holding the encrypted database and the keyring.

    Order: an explicit `--data-dir`, then `CASEASSIST_DATA_DIR`, then the
    platform's user data folder.
    """
    chosen = override or os.environ.get("CASEASSIST_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("caseassist", appauthor=False))


def config_dir() -> Path:
    """Settings that are not secret (UI language, theme, idle lock)."""
    chosen = os.environ.get("CASEASSIST_CONFIG_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_config_dir("caseassist", appauthor=False))


def state_dir() -> Path:
    """What this computer last saw of each vault (no survivor data): kept outside the
    vault folder, so putting back old copies of both vault files is still noticed."""
    chosen = os.environ.get("CASEASSIST_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_state_dir("caseassist", appauthor=False))


def cache_dir() -> Path:
    """What caseassist derives from its shipped data and may rebuild at any time (never
    survivor data): the intake's expanded rule tables."""
    chosen = os.environ.get("CASEASSIST_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_cache_dir("caseassist", appauthor=False))
