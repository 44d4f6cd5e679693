"""Start a program in a pseudo-terminal and time it to its first painted frame.

What a user waits for is the screen, not an exit code: the clock runs from
spawning the process to the first moment the bytes it wrote to the terminal,
escape sequences removed, contain a piece of text of the screen (`marker`).
The same criterion serves the program and its baseline.
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
from collections.abc import Sequence

from bench.common import user_env

ESCAPES = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]"  # CSI: cursor, colour, modes
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: title, colours
    rb"|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


def first_frame(
    argv: Sequence[str],
    marker: bytes,
    *,
    env: dict[str, str] | None = None,
    size: tuple[int, int] = (120, 40),
    timeout: float = 60,
) -> float:
    """Seconds from spawning `argv` in a pty until `marker` shows on its screen."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    child_env = user_env(TERM="xterm-256color", **(env or {}))
    start = time.perf_counter()
    child = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=child_env,
        start_new_session=True,
    )
    os.close(slave)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                raise TimeoutError(f"{argv[0]}: no frame within {timeout} s")
            try:
                seen += os.read(master, 65536)
            except OSError as exc:  # the child closed the terminal before painting
                raise RuntimeError(f"{argv[0]} exited: {ESCAPES.sub(b'', seen)[-300:]!r}") from exc
            if marker in ESCAPES.sub(b"", seen):
                return time.perf_counter() - start
    finally:
        child.kill()
        child.wait()
        os.close(master)
