"""One unlocked vault as the terminal UI sees it: plain records in, plain records out.

The UI may not import the vault (import-linter holds that line), so this thin
facade hands it what the screens need and nothing else. Every method delegates
to the vault's stores, the directory, the reports or the intake; no rule is
decided here. Errors are `CaseAssistError`s with a translated one-line message.

The vault (SQLAlchemy, SQLCipher) and the domain packages are imported inside
the methods that use them: plain imports, which readers and import-linter see,
so the unlock screen is on the screen before any of them loads.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist import config
from caseassist.cases.demo import DEMO_PASSPHRASE
from caseassist.errors import CaseAssistError
from caseassist.i18n import _

if TYPE_CHECKING:
    from caseassist.cases.consent import Consent
    from caseassist.cases.model import CaseDetail, CaseSummary
    from caseassist.directory import Directory, MatchResult
    from caseassist.intake.engine import IntakeSession
    from caseassist.reports import Report
    from caseassist.vault import Vault


__all__ = [
    "DEMO_PASSPHRASE",
    "Workspace",
    "apply_referral",
    "is_demo_folder",
    "preview_referral",
]


def is_demo_folder(folder: Path | str) -> bool:
    """Whether the vault in `folder` says it is a demo (read before unlocking; False if unsure)."""
    from caseassist.vault import keyring_file

    return keyring_file.says_demo(Path(folder))


class Workspace:
    """An unlocked vault for one person at the keyboard. Close it to lock."""

    def __init__(self, vault: Vault) -> None:
        self._vault: Vault | None = vault
        self._directory: Directory | None = None
        self._lock = threading.Lock()

    # -- opening and closing -------------------------------------------------------------
    @classmethod
    def unlock(cls, folder: Path | str, user: str, passphrase: str) -> Workspace:
        from caseassist import vault as _vault

        return cls(_vault.Vault.unlock(Path(folder), user.strip(), passphrase))

    def unlock_notices(self) -> list[tuple[str, str]]:
        """What unlocking found and the person must hear (audit alarm, failed attempts
        for an admin, a folder made private, an interrupted change): (line, severity)."""
        from caseassist.vault.notices import unlock_notices

        return unlock_notices(self.vault)

    def close(self) -> None:
        """Lock: the keys leave memory with the vault."""
        vault, self._vault, self._directory = self._vault, None, None
        if vault is not None:
            vault.close()

    @property
    def closed(self) -> bool:
        return self._vault is None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise CaseAssistError(_("The vault is locked."))
        return self._vault

    # -- who is at the keyboard ----------------------------------------------------------
    @property
    def user(self) -> str:
        return self.vault.user

    @property
    def role(self) -> str:
        return str(self.vault.role)

    @property
    def is_demo(self) -> bool:
        return self.vault.is_demo

    @property
    def can_read_identity(self) -> bool:
        return self.vault.can_read_identity

    @property
    def can_edit(self) -> bool:
        return self.role in ("intake", "caseworker", "admin")

    @property
    def can_report(self) -> bool:
        return self.role in ("supervisor", "admin")

    # -- cases ---------------------------------------------------------------------------
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
    ) -> str:
        """The text a provider receives; raises `ConsentMissing` without a live consent."""
        from caseassist.cases import referrals as referral_rules
        from caseassist.vault import consent_store

        consent = consent_store.get_consent(self.vault, consent_id) if consent_id else None
        facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
        return referral_rules.summary(
            case_code=detail.summary.code,
            need=need,
            provider=provider,
            consent=consent,
            facts=facts,
            now=now or dt.datetime.now(dt.UTC),
            locale=locale,
        )

    # -- directory -----------------------------------------------------------------------
    def directory(self) -> Directory:
        """The active directory, read once per unlock."""
        from caseassist.services import directory as directory_svc

        with self._lock:
            if self._directory is None:
                self._directory = directory_svc.active_directory(self.vault)
            return self._directory

    def suggestions(
        self,
        facts: Mapping[str, object],
        needs: Iterable[str],
        *,
        limit: int = 3,
        now: dt.datetime | None = None,
    ) -> dict[str, MatchResult]:
        """Top providers for each need the directory knows, with their reasons."""
        from caseassist import directory as _matching

        directory = self.directory()
        known = [n for n in needs if directory.need_size(n)]
        origin = config.load().shelter_location
        return _matching.suggest_all(directory, facts, known, limit=limit, now=now, origin=origin)

    def import_directory(
        self, path: Path | str, progress: Callable[[int, int, str], None] | None = None
    ):
        """Import an HSDS folder as the new active directory; returns what the import read
        (its length is the number of services; `directory.summary_lines` says the rest)."""
        from caseassist.services import directory as directory_svc

        imported, _version = directory_svc.import_into_vault(self.vault, path, progress)
        with self._lock:
            self._directory = None
        return imported

    def search_directory(
        self,
        need: str,
        *,
        language: str | None = None,
        open_now: bool = False,
        limit: int = 20,
        now: dt.datetime | None = None,
    ) -> MatchResult:
        from caseassist import directory as _matching
        from caseassist.services import directory as directory_svc

        facts = directory_svc.search_facts(language=language or None)
        origin = config.load().shelter_location
        result = _matching.suggest(
            self.directory(), facts, need, now=now, limit=limit, origin=origin
        )
        if open_now:
            kept = tuple(s for s in result.suggestions if s.open_now)
            result = _matching.MatchResult(
                result.need, kept, result.excluded, result.excluded_count, result.message
            )
        return result

    # -- reports -------------------------------------------------------------------------
    def run_report(self, *, start: dt.date | None = None, end: dt.date | None = None) -> Report:
        from caseassist.services import reports as report_svc

        return report_svc.run_report(self.vault, start=start, end=end, fmt="tui")

    # -- intake --------------------------------------------------------------------------
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

    def case_suggestions(self, detail: CaseDetail) -> dict[str, MatchResult]:
        """Providers for the survivor's open needs (by category) and each child's (by need id)."""
        from caseassist.services import matching as matching_svc

        return matching_svc.for_case(self.directory(), detail)

    def write_handover(
        self, code: str, path: Path | str, *, plan: bool, referral_id: str | None = None
    ) -> Path:
        """The survivor's plan or a provider's referral summary, as printable HTML (0600)."""
        from caseassist.services import handover as handover_svc

        vault = self.vault
        if plan:
            text = handover_svc.plan_copy(vault, code)
        else:
            text = handover_svc.referral_summary(vault, code, referral_id)
        return handover_svc.write_private(path, text)

    def case_overview(self, code: str) -> dict:
        """A case without anything identifying (supervisors): needs, plan progress, referrals."""
        from caseassist.vault import case_overview as case_overview_store

        return case_overview_store.case_overview(self.vault, code)

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
