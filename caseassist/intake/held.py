"""Questions held back for the caseworker after what she said.

Right after "my uncle sold me to them" the session used to ask "Would you like help
contacting your family?" as if nothing had been said. A question with `held_by` in
questions.toml names a reading (here `kin_exploiter`, read/kin_exploiters.py); once a
note or an answer holds that reading the question is not put in the session at all. Its
fact stays open (never settled by the hold), and `held` lists it so the screens can say
why: whether and how to speak of her family is for the caseworker, in person.
"""

from __future__ import annotations

from collections.abc import Callable

from caseassist.intake.questions import question_bank
from caseassist.intake.read.kin_exploiters import kin_exploiter

_READINGS: dict[str, Callable[[str], bool]] = {"kin_exploiter": kin_exploiter}


def holds(text: object) -> list[str]:
    """The ids of the questions `text` holds back (none for a typed value)."""
    if not isinstance(text, str):
        return []
    found = {name for name, read in _READINGS.items() if read(text)}
    return [q.id for q in question_bank() if q.held_by and q.held_by in found]


class HeldQuestions:
    """The session's part: the questions held back so far, in the order they were held."""

    held: list[str]

    def _hold_after(self, text: object) -> None:
        for qid in holds(text):
            if qid not in self.held:
                self.held.append(qid)
