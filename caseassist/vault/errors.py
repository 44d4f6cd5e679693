"""What can go wrong opening or writing the vault, each as one calm, translated line.

No message names a survivor or repeats stored text; file names are the vault's own.
"""

from __future__ import annotations

from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _, ngettext


class VaultError(CaseAssistError):
    pass


class NoVault(VaultError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            _(
                "There is no vault in {folder}. Create one with `caseassist init`, or try `caseassist demo`."
            ).format(folder=folder)
        )


class VaultExists(VaultError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            _("A vault already exists in {folder}; nothing was changed.").format(folder=folder)
        )


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(_("The account name or passphrase is not right."))


class LockedOut(VaultError):
    def __init__(self, seconds: float) -> None:
        self.seconds = int(seconds + 0.999)
        super().__init__(
            ngettext(
                "Too many attempts. Please wait {seconds} second and try again.",
                "Too many attempts. Please wait {seconds} seconds and try again.",
                self.seconds,
            ).format(seconds=self.seconds)
        )


class Damaged(VaultError):
    def __init__(self, file: str) -> None:
        super().__init__(
            _(
                "The file {file} is damaged and cannot be opened; nothing was changed. Restore a backup with `caseassist restore`."
            ).format(file=file)
        )


class Tampered(VaultError):
    def __init__(self, file: str) -> None:
        super().__init__(
            _("The file {file} was changed outside caseassist; the vault was not opened.").format(
                file=file
            )
        )


class RolledBack(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The database is older than the keyring expects: it may have been replaced by an old copy. Only `caseassist restore` goes back on purpose."
            )
        )


class OlderKeyring(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "The keyring is older than this computer last saw: an old copy may have been put back. Only `caseassist restore` goes back on purpose."
            )
        )


class NotAllowed(VaultError):
    def __init__(self, what: str) -> None:
        super().__init__(_("Your account's role does not allow this: {what}.").format(what=what))


class CountsOnly(VaultError):
    """A supervisor asked for cases one by one (a list, a search, one case)."""

    def __init__(self) -> None:
        super().__init__(_(COUNTS_ONLY))


COUNTS_ONLY = N_(
    "A supervisor sees the caseload as counts, never case by case, so that no one can be "
    "singled out: `caseassist report` (r in the app) counts cases by status, how long "
    "they have been open, caseworker and need, and hides small counts."
)


class NotYourCase(NotAllowed):
    """A caseworker asked for the whole of a case assigned to someone else."""

    def __init__(self) -> None:
        VaultError.__init__(
            self,
            _(
                "This case is not assigned to you, so only its needs and progress are shown "
                "(`caseassist case show`). Its caseworker or an admin can assign it to you."
            ),
        )


class NotYourCaseToChange(NotAllowed):
    """A caseworker tried to change a case assigned to someone else (or to no one)."""

    def __init__(self) -> None:
        VaultError.__init__(
            self,
            _(
                "This case is not assigned to you, so it cannot be changed from your "
                "account. Its caseworker or an admin can assign it to you."
            ),
        )


class NoSuchCase(VaultError):
    """A case code, goal, step, consent or referral id that the vault does not hold."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__(_("There is no case with that code."))


class NoSuchNeed(VaultError):
    """A need id the vault does not hold (its case may have been erased meanwhile)."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__(_("That need is no longer in the vault."))


class IdentityLocked(VaultError):
    """This account holds no identity key: identifying fields stay ciphertext."""

    def __init__(self) -> None:
        super().__init__(_("This account cannot see identifying details."))


class WriteFailed(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(_("Could not save: {reason}. Nothing was changed.").format(reason=reason))


class Busy(VaultError):
    def __init__(self) -> None:
        super().__init__(
            _("The vault is in use by another caseassist window. Close it and try again.")
        )


class InvalidBackup(VaultError):
    exit_code = 2

    def __init__(self, file: str) -> None:
        super().__init__(
            _("{file} is not a complete caseassist backup; the vault was left as it was.").format(
                file=file
            )
        )


def audit_broken(first_bad: int | None, reason: str) -> str:
    """One line naming the first bad audit entry and what is wrong with it."""
    if reason == "keyring":
        return _(
            "The keyring's signing keys were changed outside caseassist: the audit log cannot be trusted. Tell an admin."
        )
    if reason == "unsigned":
        text = _("The audit log is broken at entry {n}: it is not signed by the account it names.")
    elif reason == "head":
        text = _("The audit log is broken at entry {n}: it differs from what an admin signed.")
    elif reason in ("older", "replaced"):
        text = _("The audit log is broken at entry {n}: the log is older than the keyring expects.")
    else:
        text = _("The audit log is broken at entry {n}: an entry was removed or changed.")
    return text.format(n=first_bad)


class AuditBroken(VaultError):
    exit_code = 1

    def __init__(self, first_bad: int | None, reason: str) -> None:
        self.first_bad, self.reason = first_bad, reason
        super().__init__(audit_broken(first_bad, reason))


class NotRotated(VaultError):
    """A key rotation refused before it changed anything."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            _("The keys were not rotated: {reason}. Nothing was changed.").format(reason=reason)
        )


class ReplicaNotReady(VaultError):
    """A supervisor's copy is missing or under keys it no longer matches (a staff
    session rebuilds it at its next unlock)."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The supervisors' copy of the vault is not ready yet: it is rebuilt when a staff account next unlocks. Nothing was changed."
            )
        )
