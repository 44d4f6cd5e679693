"""The WAL checksum computed four word pairs a step equals SQLite's pair-a-step recurrence
(sqlite.org/fileformat2.html#walformat) for every page size SQLite allows, both byte orders."""

from __future__ import annotations

import random
import struct

import pytest

from caseassist.vault import wal


def _reference(data: bytes, s0: int, s1: int, fmt: str) -> tuple[int, int]:
    words = struct.unpack(f"{fmt}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


@pytest.mark.parametrize("size", [8, 24, *(2**k for k in range(9, 17))])
@pytest.mark.parametrize("fmt", ["<", ">"])
def test_the_unrolled_checksum_is_sqlites(size, fmt):
    rng = random.Random(size)
    for data in (bytes(size), b"\xff" * size, rng.randbytes(size)):
        s0, s1 = rng.getrandbits(32), rng.getrandbits(32)
        assert wal._checksum(data, s0, s1, fmt) == _reference(data, s0, s1, fmt)
