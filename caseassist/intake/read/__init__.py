"""Reading facts from free text: referral notes and answers (see docs/intake.md).

`extract(text)` reads a note, `interpret_answer(fact_id, text)` an answer; both
return an `Extraction` of clear values and possible (hedged) ones.
"""

from caseassist.intake.read.answers import DECLINED, UNKNOWN, answer_kind, interpret_answer
from caseassist.intake.read.note import extract
from caseassist.intake.read.result import Extraction

__all__ = ["DECLINED", "UNKNOWN", "Extraction", "answer_kind", "extract", "interpret_answer"]
