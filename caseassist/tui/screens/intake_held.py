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

OTHER_QUESTION = N_("That answer does not fit this question; try other words.")
"""Under a question put again after an answer that stated only another fact (what it
stated is kept and shown above): `intake.doubts.answered_another`."""


def once_more(session: IntakeSession) -> str:
    """Why the question on the screen is put once more: a doubt, or an answer that settled
    only other facts (the last turn settled some, none of its own)."""
    last = session.turns[-1] if session.turns else {}
    other = bool(last.get("doubt")) and bool(last.get("settled"))
    return _(OTHER_QUESTION) if other else _(ONCE_MORE)


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
