"""The reading pipeline built ahead of the first note, off the UI thread.

The statement rules' patterns are compiled on first use (`lazy.LazyPattern`): all of
them take Python's regex parser about 6 s of CPU. The terminal UI calls `warm()` in a
background thread right after an unlock by someone who takes intakes, so the first
referral note or answer they read costs what the tenth does.
"""

from __future__ import annotations

import threading
import time

_lock = threading.Lock()
_done = False
_YIELD = 0.002
"""Seconds given back after each pattern: about 8 ms of compiling, then the UI thread
has the interpreter, so keys keep their speed while the patterns build."""


def warm() -> None:
    """Compile every statement pattern and build the reading caches (once a process)."""
    global _done
    with _lock:
        if _done:
            return
        from caseassist.intake import statement_rules
        from caseassist.intake.read import extract

        for rule in statement_rules.rules():
            for pattern in rule.patterns:
                if not pattern.compiled:
                    pattern.compile()
                    time.sleep(_YIELD)  # the UI thread runs between two patterns
        extract("Referral: woman, 30, speaks Spanish, needs a bed tonight.")
        from caseassist.intake.read.clean_reading import prepare

        prepare()  # the clean-reading gate's cue patterns
        _done = True


def warm_in_background() -> threading.Thread:
    """`warm()` in a daemon thread (it holds no data and writes nothing)."""
    thread = threading.Thread(target=warm, name="intake-warm", daemon=True)
    thread.start()
    return thread
