"""Returning survivors and reassessment, for the screens and the command line.

A survivor who comes back continues their case instead of telling everything
again (`intake.returning_candidates` / `continue_case`); a reassessment asks
only what is still open and the topics staff think may have changed, never
again what the survivor already told.
"""

from __future__ import annotations

from caseassist.cases.reassessment import TOPICS
from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.intake.engine import IntakeSession
from caseassist.intake.facts import FACTS
from caseassist.services import intake as intake_svc
from caseassist.vault import Vault


def changed_facts(topics: list[str] | tuple[str, ...]) -> list[str]:
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise InvalidInput(
            _("No topic is called {value}; try one of: {known}.").format(
                value=", ".join(unknown), known=", ".join(TOPICS)
            )
        )
    return [f for f in FACTS if f.split(".")[0] in topics]


def reassessment(
    vault: Vault, code: str, topics: list[str] | tuple[str, ...] = (), *, staff_locale: str = "en"
) -> IntakeSession:
    """A follow-up conversation: what is open, plus the chosen topics asked again."""
    return intake_svc.reassessment(
        vault,
        code,
        changed=changed_facts(topics),
        staff_locale=staff_locale,
        staff_languages=(staff_locale,),
    )


def questions(session: IntakeSession, locale: str = "en") -> list[dict]:
    """The questions the session would still put, in order (without answering any)."""
    probe = IntakeSession.from_dict(session.to_dict())
    out: list[dict] = []
    seen: set[str] = set()
    while (q := probe.next_question()) is not None and q.id not in seen:
        seen.add(q.id)
        out.append({"id": q.id, "facts": list(q.facts), "staff": q.prompt(locale)})
        probe.skip()
    return out


def candidates(vault: Vault, session: IntakeSession) -> list[tuple[str, list[str]]]:
    """(case code, what matched) for earlier cases that may be this survivor."""
    return [(s.code, why) for s, why in intake_svc.returning_candidates(vault, session)]
