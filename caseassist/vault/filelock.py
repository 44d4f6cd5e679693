"""Cross-process locks on files beside the keyring.

Every keyring write re-reads the file and writes it back while holding this
lock, so two processes (a terminal UI left open, an admin adding an account
from a shell) never overwrite each other's change. Every open session also holds
a shared lock on `sessions.lock`, which a key rotation must take exclusively. The
lock files hold no data; the kernel drops a lock when its holder exits, even on
SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)

    def _try_exclusive(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _shared(fd: int) -> None:  # no shared locks there: sessions do not announce themselves
        return None

    def _try_exclusive(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created 0600 if missing) for the block."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def hold_shared(path: Path) -> int | None:
    """Take a shared lock on `path` and keep it (the returned descriptor) until `release`:
    an open vault session says it is there, so a key rotation can wait for none."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:  # a read-only folder: nothing can be rotated there either
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
    try:
        _shared(fd)
    except BaseException:
        os.close(fd)
        raise
    return fd


def release(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)  # closing the descriptor drops its lock


@contextlib.contextmanager
def alone(path: Path) -> Iterator[bool]:
    """Try for the exclusive lock on `path` without waiting: True in the block when no
    other descriptor holds it (no other session is open), False otherwise."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        got = _try_exclusive(fd)
        try:
            yield got
        finally:
            if got:
                _unlock(fd)
    finally:
        os.close(fd)
