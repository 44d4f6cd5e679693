"""Whose is a wish said in the first person in a note: maybe the writer's, unless quoted.

A referral note is written by staff, a nurse or an officer; "Quiero que la policía sepa
que necesita ayuda" or "I want the police to know" is the writer speaking, while "No
quiero saber nada de la policía" pasted without quotes is hers. Her words reach a note
quoted ("Pt says "quiero denunciar"") or as her turn of a transcript, and there a
first-person wish is hers; elsewhere a first-person yes is only offered (a refusal
stays hers: a writer does not refuse the police in her name)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.segment import tokens

_QUOTES = re.compile('["\u201c\u201d\u00ab\u00bb]')
_TURN = re.compile(r"^\W*[^\W\d][^:]{0,30}:")


def writers_own(sentence: str, clause: str, end: int) -> bool:
    """In a note's `sentence` (folded), whether a match ending at `end` of its `clause` is
    said by the writer: "I" or "we" its subject (`first_person_subjects`: "I", "quiero",
    "je"; `writer_we_subjects`: "we", "queremos", "voulons"; not "me dijo que no quiere"),
    outside quotes, in no speaker's turn."""
    head = tokens(clause[:end])
    subjects = lexicon.by_language("first_person_subjects") | lexicon.by_language(
        "writer_we_subjects"
    )
    leads = lexicon.by_language("noun_leads")  # "su deseo de", "o desejo de": a noun, no "I"
    if not any(w in subjects and (i == 0 or head[i - 1] not in leads) for i, w in enumerate(head)):
        return False  # "I", or "we" (the writer's office: "queremos denunciar")
    at = sentence.find(clause)
    if at < 0 or _TURN.match(sentence):
        return False  # (a turn of a transcript: the staff's own are blanked before)
    return len(_QUOTES.findall(sentence[:at] + clause[:end])) % 2 == 0


def subject_first(fact: str) -> bool:
    """A fact whose writer's voice is told by the subject before its cue
    (`[statements] subject_first`: consent, "we agreed to share" ours, "she agreed that we
    share" hers)."""
    return fact in lexicon.words_of_rules("statements", "subject_first")


def writers_act(
    sentence: str, clause: str, m: re.Match[str], fact: str, clear: re.Pattern[str] | None
) -> bool:
    """Whether the match `m` of `clause` is said by the writer (`writers_own`): for a
    `subject_first` fact by the words before it; else by the words up to its end, unless a
    `clear` word in the sentence makes the act hers ("we reported it at her request")."""
    if subject_first(fact):
        return writers_own(sentence, clause, m.start())
    return writers_own(sentence, clause, m.end()) and not (clear and clear.search(sentence))
