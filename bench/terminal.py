"""Start a program in a pseudo-terminal and time it to its first painted frame.

What a user waits for is the screen, not an exit code: the clock runs from
spawning the process to the first moment the bytes it wrote to the terminal,
escape sequences removed, contain a piece of text of the screen (`marker`).
The same criterion serves the program and its baseline. `in_terminal` is the
one place a program is started in a terminal of its own, for the benchmarks and
for the tests that need a real terminal (start-up, typed-ahead keys).
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from bench.common import user_env

ESCAPES = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]"  # CSI: cursor, colour, modes
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: title, colours
    rb"|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


def _own_terminal() -> None:
    """In the child: make the terminal its controlling one, as a shell's would be."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


@contextmanager
def in_terminal(
    argv: Sequence[str],
    *,
    env: dict[str, str],
    size: tuple[int, int] = (120, 40),
    typed_before: bytes = b"",
) -> Iterator[tuple[int, subprocess.Popen]]:
    """`argv` running in a new terminal of `size` (columns, rows); yields its master side.

    `typed_before` is written to the terminal before the program starts, as keys a
    user typed while it was starting (cooked mode: echoed, Enter a line feed). On
    leaving, a child still running is killed and the terminal closed.
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    if typed_before:
        os.write(master, typed_before)
    child = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        preexec_fn=_own_terminal,
    )
    os.close(slave)
    try:
        yield master, child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        os.close(master)


def read_until(
    master: int, done: Callable[[bytes], bool], *, timeout: float, what: str = "program"
) -> bytes:
    """What the program wrote to its terminal, read until `done(output)` or it closes it.

    Raises TimeoutError when neither happens within `timeout` seconds.
    """
    seen = b""
    deadline = time.monotonic() + timeout
    while not done(seen):
        left = deadline - time.monotonic()
        ready = select.select([master], [], [], max(0.0, left))[0] if left > 0 else []
        if not ready:
            raise TimeoutError(f"{what}: nothing more within {timeout} s: {seen[-300:]!r}")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child has gone and closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def first_frame(
    argv: Sequence[str],
    marker: bytes,
    *,
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (120, 40),
    timeout: float = 60,
) -> float:
    """Seconds from spawning `argv` in a pty until `marker` shows on its screen."""
    child_env = user_env(TERM="xterm-256color", **(env or {}))
    start = time.perf_counter()
    with in_terminal(argv, env=child_env, size=size) as (master, _child):
        seen = read_until(
            master, lambda out: marker in ESCAPES.sub(b"", out), timeout=timeout, what=argv[0]
        )
        if marker not in ESCAPES.sub(b"", seen):
            raise RuntimeError(f"{argv[0]} exited: {ESCAPES.sub(b'', seen)[-300:]!r}")
        return time.perf_counter() - start
