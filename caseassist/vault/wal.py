"""Reading the end of the write-ahead log before SQLite does, to say what it would drop.

SQLite replays the WAL up to its last valid commit frame and silently ignores
anything after it: a torn frame, frames of a change that never committed, a
frame whose checksum fails. That is right for recovery, but the person at the
keyboard should hear that the last change may be missing. Frame headers are
plaintext even under SQLCipher (only page contents are encrypted), so the
checksums and commit marks can be walked without a key.

Format: https://www.sqlite.org/fileformat2.html#walformat
"""

from __future__ import annotations

import struct
from enum import StrEnum
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
CHECKSUM_FRAMES = 64
"""Checksums are verified (in Python, about 1 ms a page) when the WAL holds at most this
many frames, so unlock stays fast; a longer WAL gets the header walk only (torn and
unfinished tails are still seen; a damaged page inside it is not)."""
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683


class Tail(StrEnum):
    clean = "clean"  # nothing after the last commit but stale frames of an earlier cycle
    torn = "torn"  # the file ends inside a frame
    uncommitted = "uncommitted"  # valid frames after the last commit: a change never finished
    damaged = "damaged"  # a frame fails its checksum, and a commit of this cycle follows it:
    # SQLite would drop committed work


def _checksum(data: bytes, s0: int, s1: int, fmt: str) -> tuple[int, int]:
    words = struct.unpack(f"{fmt}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def inspect(path: Path) -> Tail:
    """What SQLite would ignore at the end of `path` (a missing or empty WAL is clean)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Tail.clean
    except OSError:
        return Tail.clean  # unreadable here: SQLite will say so itself, as damage
    if len(data) == 0:
        return Tail.clean
    if len(data) < HEADER:
        return Tail.torn
    magic, _version, page_size, _ckpt, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:HEADER])
    if magic not in (MAGIC_LE, MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return Tail.damaged
    fmt = "<" if magic == MAGIC_LE else ">"
    if _checksum(data[:24], 0, 0, fmt) != (c0, c1):
        return Tail.damaged
    frame = FRAME_HEADER + page_size
    checked = (len(data) - HEADER) // frame <= CHECKSUM_FRAMES
    s0, s1 = c0, c1
    offset, pending = HEADER, False
    while offset + frame <= len(data):
        head = data[offset : offset + FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2):
            return Tail.uncommitted if pending else Tail.clean  # stale frames of a past cycle
        if checked:
            s0, s1 = _checksum(head[:8], s0, s1, fmt)
            s0, s1 = _checksum(data[offset + FRAME_HEADER : offset + frame], s0, s1, fmt)
        if checked and (s0, s1) != (f0, f1):
            return (
                Tail.damaged
                if _commit_after(data, offset + frame, frame, salt1, salt2)
                else Tail.torn
            )
        pending = commit == 0
        offset += frame
    if offset != len(data):
        return Tail.torn
    return Tail.uncommitted if pending else Tail.clean


def _commit_after(data: bytes, offset: int, frame: int, salt1: int, salt2: int) -> bool:
    """Whether a commit frame of this cycle lies beyond `offset` (committed work after damage)."""
    while offset + FRAME_HEADER <= len(data):
        _page, commit, f_salt1, f_salt2, _f0, _f1 = struct.unpack(
            ">6I", data[offset : offset + FRAME_HEADER]
        )
        if (f_salt1, f_salt2) == (salt1, salt2) and commit:
            return True
        offset += frame
    return False
