"""Files replaced so that a crash leaves the old one or the new one, never half of either.

A rename is durable only once the folder that holds the name is synced too, so
both the keyring's writes and a key rotation's rename end with `fsync_folder`. Outside
the vault (it holds nothing of a vault) so the intake's rule cache writes the same way.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, data: bytes, *, prefix: str, suffix: str) -> None:
    """Write a uniquely named 0600 file, fsync, rename over `path`, fsync the folder."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=suffix)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make the names in `folder` (a rename, a removal) reach the disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
