"""A question that asks where, when or who ("E onde está a dormir?", "¿Dónde va a dormir
hoy?", "Où dort-elle ?") cannot be answered yes or no: a reply that opens with "no" is
Portuguese "no" (in the) or a place ("No barco.": on the boat), never a bare no.

The question words are each folder's `open_question_words`, looked for at the start of the
question after at most two leading small words (`open_question_leads`: "and", "y", "e", "et",
"so"), and after a speaker's label."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_topic import opposite_alternatives
from caseassist.intake.read.segment import tokens
from caseassist.intake.text import fold


def asks_open(question: str | None, fact_id: str = "") -> bool:
    """Whether `question` asks where, when or who rather than yes or no, or puts two
    alternatives of `fact_id` that a bare yes or no answers opposite ways ("Do you feel safe
    here, or are you in danger?": `answer_topic.opposite_alternatives`)."""
    if not question:
        return False
    if fact_id and opposite_alternatives(fact_id, question):
        return True
    toks = [t for t in tokens(fold(question)) if t[0].isalnum() or t == ":"]
    if ":" in toks[:4]:
        toks = toks[toks.index(":") + 1 :]  # "Abrigo: E onde está a dormir?"
    opens = lexicon.by_language("open_question_words")
    leads = lexicon.by_language("open_question_leads")
    for t in toks[:3]:
        if t in opens:
            return True
        if t not in leads:
            return False
    return False
