"""The reading pipeline built ahead of the first note, off the UI thread.

The statement rules' patterns are compiled on first use (`lazy.LazyPattern`): all of
them take Python's regex parser about 1.5 s of CPU (15 s while every concept phrase
carried its own intensifier slot, before `skip_words`). The terminal UI calls `warm()`
in a background thread right after an unlock by someone who takes intakes, so the first
referral note or answer they read costs what the tenth does: the patterns, then one
note and a short intake in each note language, which build the readers' own word
regexes and tables (about 0.3 s more, once).
"""

from __future__ import annotations

import threading
import time

_lock = threading.Lock()
_done = False
_YIELD = 0.002
"""Seconds given back after each pattern: about 8 ms of compiling, then the UI thread
has the interpreter, so keys keep their speed while the patterns build."""

_NOTE = (
    "Referral: woman, 30, from Honduras, speaks Spanish and a little English. She has her"
    " 6-year-old son with her and needs a bed tonight; a friend can keep her until"
    " tomorrow. The employer kept her passport and she does not want the police. Mujer"
    " hondureña, no ha comido. Elle a peur d'être expulsée. Está grávida e tem dores."
)
_ANSWERS = (
    "No, I feel safe here, but I have not eaten since yesterday",
    "Two, my son and my daughter, they are with me",
    "Tengo miedo de que me deporten y quiero un abogado",
    "Je ne sais pas, peut-être plus tard",
    "Não, obrigada, já comi. Prefiro não dizer",
)
"""Answers that open the answer readers (languages, children, wishes, declines) in every
note language; what they settle is thrown away."""


def warm() -> None:
    """Compile every statement pattern and build the reading caches (once a process)."""
    global _done
    with _lock:
        if _done:
            return
        from caseassist.intake import statement_rules
        from caseassist.intake.engine import IntakeSession
        from caseassist.intake.read import extract

        for rule in statement_rules.rules():
            for pattern in rule.patterns:
                if not pattern.compiled:
                    pattern.compile()
                    time.sleep(_YIELD)  # the UI thread runs between two patterns
        extract("Referral: woman, 30, speaks Spanish, needs a bed tonight.")
        from caseassist.intake.read.clean_reading import prepare

        prepare()  # the clean-reading gate's cue patterns
        session = IntakeSession(staff_languages=("en",))
        session.apply_referral(_NOTE)
        for k in range(2 * len(_ANSWERS)):
            if session.next_question() is None:
                break
            session.answer(_ANSWERS[k % len(_ANSWERS)])
            time.sleep(_YIELD)
        _done = True


def warm_in_background() -> threading.Thread:
    """`warm()` in a daemon thread (it holds no data and writes nothing)."""
    thread = threading.Thread(target=warm, name="intake-warm", daemon=True)
    thread.start()
    return thread
