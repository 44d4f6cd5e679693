"""The questions the session held back or puts once more, said in the transcript.

After "my uncle sold me to them" the family-contact question is not put
(`intake.held`); without a line the worker would not know why it never came, nor
that it is still open. One line per held question says what was not asked and that it
is for the caseworker to raise in person."""

from __future__ import annotations

from caseassist.i18n import N_, _
from caseassist.intake.engine import IntakeSession, question_bank
from caseassist.tui.text import fact_label
from caseassist.tui.widgets.transcript import Transcript

ONCE_MORE = N_(
    "The answer held a doubt. Ask once more, gently; whatever is said now is recorded, "
    'and "not sure" is a fine answer.'
)
"""Under a safety question put again after a hedged answer (`intake.doubts`)."""


def show_held(t: Transcript, session: IntakeSession, shown: set[str]) -> None:
    """A line for each question held since the last call (`shown`: those already said)."""
    by_id = {q.id: q for q in question_bank()}
    for qid in session.held:
        if qid in shown or qid not in by_id:
            continue
        shown.add(qid)
        facts = ", ".join(fact_label(f) for f in by_id[qid].facts)
        t.system(
            _(
                "Not asked: {fact}. A relative was named as the one who exploited them; "
                "for the caseworker to raise in person."
            ).format(fact=facts)
        )
