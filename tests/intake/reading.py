"""What the intake tests share: fact ids by short names, and what a text yields for a fact."""

from __future__ import annotations

from caseassist.intake.answering import settle_answer
from caseassist.intake.engine import IntakeSession
from caseassist.intake.facts import State
from caseassist.intake.read import extract

PREF = "person.preferred_language"
OTHERS = "person.other_languages"
INTERP = "person.needs_interpreter"
DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
WORK = "jobs.wants_employment"
AUTH = "jobs.has_work_authorization"
TRAINING = "jobs.wants_training"
RETURN = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
DOCUMENTS = "legal.has_identity_documents"
IMMIGRATION = "legal.immigration_concern"
LAWYER = "legal.wants_legal_help"


def session_at(qid: str, s: IntakeSession | None = None) -> IntakeSession:
    """A session with the question `qid` on the screen (the questions before it put later)."""
    s = s or IntakeSession(recorded_by="test")
    for _ in range(60):
        q = s.next_question()
        assert q is not None
        if q.id == qid:
            return s
        s.skip()
    raise AssertionError(qid)


def clear_values(text: str) -> dict[str, object]:
    """The facts a note states clearly (offered ones left out)."""
    return dict(extract(text).values)


def clear(text: str, fact: str) -> object:
    """The clear value read for `fact`, else None."""
    return extract(text).values.get(fact)


def offered(text: str, fact: str) -> object:
    """The value only offered to staff (a possible fact) for `fact`, else None."""
    return dict(extract(text).offered()).get(fact)


def reads(text: str, fact: str) -> object:
    """The clear value read for `fact`, "possible" when only offered to staff, else None."""
    got = extract(text)
    if fact in got.values:
        return got.values[fact]
    return "possible" if fact in got.offered() else None


def settled(asked: str, text: str) -> dict[str, object]:
    """Every fact an answer to the question on `asked` settles as known, by its value (as a
    session settles it)."""
    return {s.fact: s.value for s in settle_answer(asked, text) if s.state == State.KNOWN}


def run_session(answers: dict[str, str]) -> tuple[list[str], IntakeSession]:
    """A real session answered from `answers` (question id -> words), "I don't know" to
    the rest: the questions asked, in order, and the session."""
    s = IntakeSession()
    asked = []
    while (q := s.next_question()) is not None:
        asked.append(q.id)
        if q.id in answers:
            s.answer(answers[q.id])
        else:
            s.dont_know()
    return asked, s


def listed_languages(text: str) -> list[str]:
    """Her other languages read clearly, else an empty list."""
    return extract(text).values.get(OTHERS) or []


def languages_read(text: str) -> set[str]:
    """Every language read for her, clear or offered, preferred or other."""
    got = extract(text)
    codes = {got.values.get(PREF), got.possible.get(PREF)}
    codes |= set(got.values.get(OTHERS) or []) | set(got.possible.get(OTHERS) or [])
    return {c for c in codes if c}


def folded_clauses(texts: list[str]) -> list[str]:
    """The folded clauses of some sentences, as the sift sees them (the rules warmed)."""
    from caseassist.intake.read.segment import clauses
    from caseassist.intake.text import fold

    extract("warm")  # (the rules and their indexes)
    out: list[str] = []
    for s in texts:
        out += [c for c in clauses(" ".join(fold(s).split())) if c.strip()]
    return out


def weighed(text: str, *, answer: bool = False) -> dict[str, object]:
    """The facts a text states clearly, and her preferred and other languages when they
    are only offered: how her languages are weighed, whether the reading applies them or,
    two spoken fully and none marked hers (stop 38), only offers them."""
    got = extract(text, answer=answer)
    values = dict(got.values)
    offered = dict(got.offered())
    if PREF not in values and PREF in offered:
        values[PREF] = offered[PREF]
        if OTHERS in offered and OTHERS not in values:
            values[OTHERS] = offered[OTHERS]
    return values


def weighed_read(text: str, fact: str) -> object:
    """As `reads`, with her languages read as `weighed` reads them."""
    got = weighed(text)
    if fact in got:
        return got[fact]
    return "possible" if fact in extract(text).offered() else None


def weighed_listed(text: str) -> list[str]:
    """Her other languages as `weighed` reads them, else an empty list."""
    got = weighed(text).get(OTHERS)
    return got if isinstance(got, list) else []
