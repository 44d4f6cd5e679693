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
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist.cases.demo import DEMO_PASSPHRASE
from caseassist.errors import CaseAssistError
from caseassist.i18n import _
from caseassist.services.workspace_cases import CaseCalls
from caseassist.services.workspace_directory import DirectoryCalls
from caseassist.services.workspace_intake import IntakeCalls, apply_referral, preview_referral

if TYPE_CHECKING:
    from caseassist.directory import Directory
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


class Workspace(CaseCalls, DirectoryCalls, IntakeCalls):
    """An unlocked vault for one person at the keyboard. Close it to lock.

    Its calls are grouped by what they serve: cases (`workspace_cases`), the
    directory (`workspace_directory`) and intakes (`workspace_intake`)."""

    def __init__(self, vault: Vault) -> None:
        self._vault: Vault | None = vault
        self._directory: Directory | None = None
        self._directory_version: str | None = None
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

    def report_threshold(self) -> int:
        """The report's small-cell threshold: no anonymised list shows fewer cases."""
        from caseassist import config

        return config.load().small_cell_threshold

    # -- reports -------------------------------------------------------------------------
    def run_report(self, *, start: dt.date | None = None, end: dt.date | None = None) -> Report:
        from caseassist.services import reports as report_svc

        return report_svc.run_report(self.vault, start=start, end=end, fmt="tui")
