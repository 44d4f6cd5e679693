"""Hostile inputs shared by the bad-input tests: strategies, byte mutations and a time bound."""

from __future__ import annotations

import contextlib
import random
import signal
import time

from hypothesis import strategies as st

LIMIT_SECONDS = 2.0
"""Every single input must be handled within this (generous on a slow 2-core CI machine)."""

HUGE_LIMIT_SECONDS = 5.0
"""For the 100-200 KB pastes below: the extractor is linear, about 1 s per 100 KB."""

RTL = "\u202e\u202d\u200f\u200e\u2067\u2066\u2069"
CONTROL = "".join(chr(c) for c in range(0, 32)) + "\x7f\x85\u2028\u2029\ufeff\ufffd\u00ad\u200b"
ESCAPES = ["\x1b[31m", "\x1b]0;title\x07", "\x1b[2J", "\\n", "\\x00", "%s%n", "{0}", "${x}", "\r\n"]
NASTY_WORDS = [
    "ولدت في سوريا",  # Arabic
    "שלום",  # Hebrew
    "她二十五岁",
    "👩‍👧‍👦",
    "🇺🇦",
    "Z̸̢̛a̷l̶g̵o̴",
    "ﷺ",
    "ﬀ",
    "İstanbul",
    "ß",
    "\u0301\u0301\u0301",
    "25 years old",
    "she speaks Spanish",
    "from Honduras",
    "2 children",
    "no",
    "yes",
    "prefer not to say",
]

weird_chars = st.sampled_from(list(RTL + CONTROL))
nasty_text = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.one_of(
            st.sampled_from(NASTY_WORDS),
            st.sampled_from(ESCAPES),
            weird_chars,
            st.text(max_size=12),
            st.integers(-(10**6), 10**6).map(str),
        ),
        max_size=60,
    ).map(" ".join),
    st.binary(max_size=400).map(lambda b: b.decode("utf-8", "surrogateescape")),
    st.binary(max_size=400).map(lambda b: b.decode("latin-1")),
)


def huge_texts() -> list[str]:
    """Long inputs a copy-paste accident can produce."""
    return [
        "a" * 200_000,
        "she is 25 years old. " * 5_000,
        "🇺🇦" * 50_000,
        ("\u202e" + "x") * 50_000,
        "1" * 100_000,
        "(" * 50_000 + ")" * 50_000,
        ".\n" * 50_000,
        " " * 100_000 + "she is hungry",
        "word," * 40_000,
        "no " * 40_000,
    ]


class TooSlow(Exception):
    pass


@contextlib.contextmanager
def time_bound(seconds: float = LIMIT_SECONDS, what: str = "input"):
    """Fail if the block uses more than `seconds` of CPU (a runaway: quadratic work, a
    regex that backtracks), and stop it (rather than hang the suite) after ten times that
    on the wall clock. CPU time, because other jobs on a shared machine stretch the wall
    clock of work that is fine: the same test failed under load with a wall-clock bound."""

    def _alarm(_sig, _frame):
        raise TooSlow(f"{what} took longer than {seconds * 10:.0f} s")

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds * 10)  # the hard stop
    start = time.process_time()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    used = time.process_time() - start
    assert used < seconds, f"{what} used {used:.2f} s of CPU (bound {seconds} s)"


def mutate_bytes(data: bytes, rng: random.Random, rounds: int = 4) -> bytes:
    """A few random edits: flip, insert junk, delete a run, duplicate a run, cut short."""
    b = bytearray(data)
    for _ in range(rng.randrange(1, rounds + 1)):
        if not b:
            b += rng.randbytes(rng.randrange(1, 20))
            continue
        i = rng.randrange(len(b))
        op = rng.randrange(6)
        if op == 0:
            b[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            b[i:i] = rng.choice(
                [
                    rng.randbytes(rng.randrange(1, 16)),
                    b'"',
                    b",",
                    b"\n",
                    b"\r",
                    b"\x00",
                    "\u202e".encode(),
                    "👩‍👧".encode(),
                    b"\xff\xfe",
                    b"[" * 50,
                    b"{" * 50,
                ]
            )
        elif op == 2:
            del b[i : i + rng.randrange(1, 64)]
        elif op == 3:
            j = rng.randrange(len(b))
            b[j:j] = b[i : i + rng.randrange(1, 200)]
        elif op == 4:
            del b[i:]
        else:
            b[i:i] = b"x" * rng.choice([1000, 140_000])
    return bytes(b)
