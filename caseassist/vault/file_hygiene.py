"""File hygiene in the vault folder: private modes, and what a killed restore left.

Survivor data must not be readable by other accounts on the computer, so the
vault's files are 0600 in a 0700 folder, whoever or whatever created them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from caseassist.vault import store


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (or make an existing one 0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)


STAGING = (
    store.DB_NAME + ".restore",
    store.DB_NAME + ".restore-wal",
    store.DB_NAME + ".restore-shm",
    store.DB_NAME + ".restore-journal",
)


def remove_staging(folder: Path) -> None:
    """Files a killed restore left behind (restore removes them itself otherwise)."""
    for name in STAGING:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)


def tighten(folder: Path) -> bool:
    """Make the vault folder 0700 and its files 0600; True when anything was looser."""
    changed = False
    with contextlib.suppress(OSError):
        for path, mode in [(folder, 0o700), *((p, 0o600) for p in folder.iterdir())]:
            if path.is_symlink() or (path != folder and not path.is_file()):
                continue
            if path.stat().st_mode & 0o777 & ~mode:
                os.chmod(path, mode)
                changed = True
    return changed
