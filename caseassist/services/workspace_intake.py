"""The part of `Workspace` that runs intakes: a new one, one resumed or continued,
a returning survivor's reassessment; and the referral note read before an intake
starts (pure: no vault).

Mixed into `Workspace`, which holds the vault (`self.vault`) and who is at the
keyboard (`self.user`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from caseassist import config

if TYPE_CHECKING:
    from caseassist.cases.model import CaseDetail, ReferralDraft
    from caseassist.intake.engine import IntakeSession


class IntakeCalls:
    """Intakes as the screens run them."""

    def new_intake(self, staff_locale: str = "en") -> IntakeSession:
        from caseassist.intake import engine as _engine

        languages = config.load().staff_languages or (staff_locale,)
        return _engine.IntakeSession(
            staff_locale=staff_locale, staff_languages=languages, recorded_by=self.user
        )

    def resume_intake(self, detail: CaseDetail) -> IntakeSession | None:
        """The intake paused with this case, or None when it has none."""
        from caseassist.intake import engine as _engine

        if not detail.intake_state:
            return None
        return _engine.IntakeSession.from_dict(detail.intake_state)

    def save_intake(self, session: IntakeSession, code: str | None = None) -> str:
        """Store the intake (a new case, or the case it was resumed from); returns the code."""
        from caseassist.services import intake as intake_svc

        return intake_svc.save_intake(self.vault, session, code)

    def reassessment(
        self, code: str, topics: Sequence[str] = (), staff_locale: str = "en"
    ) -> IntakeSession:
        from caseassist.services import returning as returning_svc

        return returning_svc.reassessment(
            self.vault, code, tuple(topics), staff_locale=staff_locale
        )

    def returning_candidates(self, session: IntakeSession) -> list[tuple[str, list[str]]]:
        from caseassist.services import returning as returning_svc

        return returning_svc.candidates(self.vault, session)

    def continue_case(self, code: str, session: IntakeSession) -> str:
        from caseassist.services import intake as intake_svc

        return intake_svc.continue_case(self.vault, code, session)

    # -- the referral note being written (a draft, sealed; this account's own) ------------
    def keep_referral_draft(self, text: str) -> None:
        """Keep the note being written for a new intake (an empty one removes the draft)."""
        from caseassist.vault import draft_store

        draft_store.keep_draft(self.vault, text)

    def referral_draft(self) -> ReferralDraft | None:
        """This account's draft of a new intake's note, or None."""
        from caseassist.vault import draft_store

        return draft_store.draft(self.vault)

    def discard_referral_draft(self) -> None:
        from caseassist.vault import draft_store

        draft_store.discard_draft(self.vault)


# -- referral notes (pure; no vault) -------------------------------------------------------


def preview_referral(text: str) -> list[tuple[str, object]]:
    """The facts a referral note states clearly, as (fact id, value), for staff to review."""
    from caseassist.intake import engine as _engine

    if not text.strip():
        return []
    return [(f.id, f.value) for f in _engine.IntakeSession().apply_referral(text)]


def apply_referral(session: IntakeSession, text: str, keep: Iterable[str]) -> list[str]:
    """Settle only the referral facts staff confirmed; the rejected ones stay open to ask."""
    if not text.strip():
        return []
    return [f.id for f in session.apply_referral(text, only=set(keep))]
