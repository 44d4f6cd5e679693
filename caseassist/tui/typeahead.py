"""Keys typed before the terminal UI takes the terminal: kept as typed, never shown.

Until Textual switches the terminal to raw mode, the terminal is in cooked
mode: it echoes every key (a typed-ahead passphrase appeared in clear, and
stayed in the scrollback) and turns Enter into a line feed, which the app reads
as Ctrl+J (the unlock never started). `kept_keys()` runs in the first lines of
an interactive command: it turns echo and line editing off at once (signals
stay on: Ctrl+C still stops a demo being built), takes the keys that arrived
before (they were processed in cooked mode: Enter is made Enter again) and
wipes their echo from the screen. Keys typed after it wait in the terminal,
unprocessed, for the app to read them. The terminal's settings are restored
when the command ends, however it ends (SIGTERM and SIGHUP included), and keys
left unread are dropped rather than left for the shell.

What was typed stays in memory until the app reads it: never logged, never written.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
from collections.abc import Iterator

try:
    import termios
except ImportError:  # pragma: no cover - Windows: its console has no cooked-mode echo to undo
    termios = None  # type: ignore[assignment]

_typed = ""
"""Keys typed before `kept_keys()` took the terminal, for the app to read first (`take()`)."""

_TAB = 8


def take() -> str:
    """The keys typed before the terminal was taken (once: they are forgotten here)."""
    global _typed
    typed, _typed = _typed, ""
    return typed


@contextlib.contextmanager
def kept_keys(enabled: bool = True) -> Iterator[None]:
    """Echo and line editing off for the whole command; the terminal restored after."""
    fd = _foreground_terminal() if enabled else None
    if fd is None:
        yield
        return
    before = termios.tcgetattr(fd)
    quiet = termios.tcgetattr(fd)
    quiet[3] &= ~(termios.ECHO | termios.ICANON | termios.IEXTEN)  # lflag; ISIG kept
    quiet[0] &= ~(termios.ICRNL | termios.INLCR | termios.IGNCR | termios.IXON)  # iflag
    quiet[6][termios.VMIN] = 1
    quiet[6][termios.VTIME] = 0

    def restore() -> None:
        """Keys still unread were typed for the app: dropped, never left for the shell
        (which would run them as a command and keep them in its history)."""
        global _typed
        _typed = ""
        with contextlib.suppress(termios.error, OSError):
            termios.tcsetattr(fd, termios.TCSAFLUSH, before)

    def restore_and_die(signum: int, _frame: object) -> None:
        restore()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    handlers = {sig: signal.signal(sig, restore_and_die) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
        early = _pending(fd)
        if early:
            global _typed
            text = early.decode("utf-8", "replace")
            if before[3] & termios.ECHO:
                _wipe_echo(text)
            if before[0] & termios.ICRNL:
                text = text.replace("\n", "\r")  # cooked mode had made Enter a line feed
            _typed += text
        yield
    finally:
        restore()
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def _foreground_terminal() -> int | None:
    """stdin's descriptor when stdin and stdout are a terminal this process owns."""
    if termios is None:
        return None
    try:
        fd = sys.stdin.fileno()
        if not (os.isatty(fd) and sys.stdout.isatty()):
            return None
        if os.tcgetpgrp(fd) != os.getpgrp():  # in the background: changing it would stop us
            return None
        termios.tcgetattr(fd)
    except (AttributeError, ValueError, OSError, termios.error):
        return None
    return fd


def _pending(fd: int) -> bytes:
    """Every byte already waiting on the terminal, without waiting for more."""
    data = b""
    while select.select([fd], [], [], 0)[0]:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    return data


def _wipe_echo(text: str) -> None:
    """Erase from the screen what the terminal echoed of `text` (it began a line: the
    command's own Enter), so a passphrase typed ahead is not left in clear."""
    try:
        width = os.get_terminal_size(sys.stdout.fileno()).columns or 80  # 0: size not set
    except OSError:
        return
    rows = echo_rows(text, width)
    up = f"\x1b[{rows}A" if rows else ""
    # Line by line (erase line, down): clearing the screen at once would push the lines
    # into the scrollback in some terminals (tmux), keeping what it meant to remove.
    sys.stdout.write("\r" + up + "\x1b[2K\x1b[B" * rows + "\x1b[2K" + up)
    sys.stdout.flush()


def echo_rows(text: str, width: int) -> int:
    """How many lines below its first the cursor ends after a cooked-mode echo of `text`
    (a line feed starts a line; a control key shows as ^X; a long line wraps)."""
    import unicodedata  # only when something was typed that early

    row = col = 0
    for char in text:
        if char == "\n":
            row, col = row + 1, 0
            continue
        if char == "\t":
            col = min(width, (col // _TAB + 1) * _TAB)
            continue
        if char < " " or char == "\x7f":
            cells = 2
        elif unicodedata.combining(char):
            cells = 0
        else:
            cells = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if col + cells > width:
            row, col = row + 1, 0
        col += cells
    return row
