"""The part of `Workspace` that reads and writes cases: lists, one case, its needs,
plan, consents and referrals, and a caseworker's day (find, assign, close,
household, hand-over copies, a supervisor's anonymized view).

Mixed into `Workspace`, which holds the vault (`self.vault`); each method hands the
call to a store or a service, imported where it is used (see `workspace`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist.errors import InvalidInput
from caseassist.i18n import _

if TYPE_CHECKING:
    from caseassist.cases.consent import Consent
    from caseassist.cases.model import CaseDetail, CaseSummary


class CaseCalls:
    """Cases as the screens ask for them."""

    def count_cases(self, *, status: str | None = "open", mine: bool = False) -> int:
        from caseassist.vault import case_store

        return case_store.count_cases(self.vault, status=status, mine=mine)

    def list_cases(
        self,
        *,
        status: str | None = "open",
        mine: bool = False,
        limit: int = 200,
        offset: int = 0,
        overdue_first: bool = True,
        now: dt.datetime | None = None,
    ) -> list[CaseSummary]:
        from caseassist.vault import case_store

        return case_store.list_cases(
            self.vault,
            status=status,
            mine=mine,
            limit=limit,
            offset=offset,
            overdue_first=overdue_first,
            now=now,
        )

    def get_case(self, code: str, *, now: dt.datetime | None = None) -> CaseDetail:
        from caseassist.vault import case_store

        return case_store.get_case(self.vault, code, now=now)

    def add_note(self, code: str, text: str) -> str:
        from caseassist.vault import note_store

        return note_store.add_note(self.vault, code, text)

    def add_need(self, code: str, category: str, horizon: str | None = None) -> str:
        from caseassist.vault import case_store

        return case_store.add_need(self.vault, code, category, horizon)

    def change_need(self, need_id: str, *, status: str) -> None:
        from caseassist.vault import case_store

        case_store.change_need(self.vault, need_id, status=status)

    def add_goal(self, code: str, text: str, *, need_category: str = "") -> str:
        from caseassist.vault import plan_store

        return plan_store.add_goal(self.vault, code, text, need_category=need_category)

    def add_step(
        self, goal_id: str, text: str, *, owner: str = "caseworker", due: dt.date | None = None
    ) -> str:
        from caseassist.vault import plan_store

        return plan_store.add_step(self.vault, goal_id, text, owner=owner, due=due)

    def complete_step(self, step_id: str, done: bool = True) -> None:
        from caseassist.vault import plan_store

        plan_store.complete_step(self.vault, step_id, done)

    def consents(self, code: str) -> list[Consent]:
        from caseassist.vault import consent_store

        return consent_store.consents(self.vault, code)

    def record_consent(
        self,
        code: str,
        *,
        purpose: str,
        recipient: str,
        categories: Sequence[str],
        method: str = "verbal",
        expires_at: dt.datetime | None = None,
    ) -> str:
        from caseassist.vault import consent_store

        return consent_store.record_consent(
            self.vault,
            code,
            purpose=purpose,
            recipient=recipient,
            categories=categories,
            method=method,
            expires_at=expires_at,
        )

    def revoke_consent(self, consent_id: str) -> None:
        from caseassist.vault import consent_store

        consent_store.revoke_consent(self.vault, consent_id)

    def add_referral(
        self, need_id: str, *, provider: str, service_id: str = "", consent_id: str | None = None
    ) -> str:
        from caseassist.vault import referral_store

        return referral_store.add_referral(
            self.vault, need_id, provider=provider, service_id=service_id, consent_id=consent_id
        )

    def change_referral(self, referral_id: str, status: str) -> None:
        from caseassist.vault import referral_store

        referral_store.change_referral(self.vault, referral_id, status)

    def referral_summary(
        self,
        detail: CaseDetail,
        *,
        need: str,
        provider: str,
        consent_id: str | None,
        locale: str = "en",
        now: dt.datetime | None = None,
        as_text: bool = False,
    ) -> str:
        """The text a provider receives (markdown; `as_text`: plain text, for a screen);
        raises `ConsentMissing` without a live consent."""
        from caseassist.cases import referrals as referral_rules
        from caseassist.vault import consent_store

        consent = consent_store.get_consent(self.vault, consent_id) if consent_id else None
        facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
        parts = referral_rules.summary_parts(
            case_code=detail.summary.code,
            need=need,
            provider=provider,
            consent=consent,
            facts=facts,
            now=now or dt.datetime.now(dt.UTC),
            locale=locale,
        )
        return parts.text() if as_text else parts.markdown()

    # -- a caseworker's day (see docs/cases.md) -----------------------------------------
    def find_cases(self, text: str, *, limit: int = 50) -> list[CaseSummary]:
        from caseassist.services import cases as case_svc

        return case_svc.find(self.vault, text, limit=limit)

    def caseworkers(self) -> list[str]:
        """Accounts a case can be given to (caseworkers and admins)."""
        return [name for name, role in self.vault.accounts() if role in ("caseworker", "admin")]

    def assign(self, code: str, account: str) -> None:
        from caseassist.vault import case_store

        case_store.assign(self.vault, code, account)

    def close_case(self, code: str, reason: str) -> None:
        from caseassist.vault import case_store

        case_store.close_case(self.vault, code, reason)

    def reopen_case(self, code: str) -> None:
        from caseassist.vault import case_store

        case_store.reopen_case(self.vault, code)

    def discard_intake(self, code: str) -> None:
        from caseassist.services import cases as case_svc

        case_svc.discard_intake(self.vault, code)

    def add_need_by_hand(
        self, code: str, category: str, *, note: str = "", member_id: str | None = None
    ) -> str:
        from caseassist.vault import case_store

        return case_store.add_need(self.vault, code, category, note=note, member_id=member_id)

    def add_child(self, code: str, age: int | None) -> str:
        from caseassist.vault import household_store

        return household_store.add_member(self.vault, code, age=age)

    def add_appointment(self, code: str, on: dt.date, what: str, *, at_time: str = "") -> str:
        from caseassist.vault import household_store

        return household_store.add_appointment(self.vault, code, on, what, at_time=at_time)

    def correct_note(self, note_id: str, text: str) -> None:
        from caseassist.vault import note_store

        note_store.correct_note(self.vault, note_id, text)

    def write_handover(
        self,
        code: str,
        path: Path | str,
        *,
        plan: bool,
        referral_id: str | None = None,
        force: bool = False,
    ) -> Path | None:
        """The survivor's plan or a provider's referral summary, as printable HTML (0600)."""
        from caseassist import outfile
        from caseassist.services import handover as handover_svc

        if outfile.is_stdout(path):  # the screen is the app's: there is no output to print to
            raise InvalidInput(_("Give the name of a file to write it to."))
        vault = self.vault
        if plan:
            text = handover_svc.plan_copy(vault, code)
        else:
            text = handover_svc.referral_summary(vault, code, referral_id)
        return handover_svc.write_private(path, text, force=force, can_print=False)

    def case_overview(self, code: str) -> dict:
        """A case assigned to someone else, nothing identifying: needs, plan progress, referrals."""
        from caseassist.vault import case_overview as case_overview_store

        return case_overview_store.case_overview(self.vault, code)
