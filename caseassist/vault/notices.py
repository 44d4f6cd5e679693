"""What an unlock has to tell the person at the keyboard, for the CLI and the terminal UI alike.

Each notice is one translated line and a severity ("warning" or "information").
None names a survivor; account names appear only to an admin (failed unlocks).
"""

from __future__ import annotations

from caseassist.i18n import _, ngettext
from caseassist.vault.errors import audit_broken
from caseassist.vault.vault import Vault


def unlock_notices(vault: Vault) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    alarm = vault.audit_alarm
    if alarm is not None:  # first: the vault opened, and this must not be missed
        problem = audit_broken(alarm.first_bad, alarm.reason)
        out.append((_("Warning: {problem}").format(problem=problem), "warning"))
    if vault.failed_unlocks:
        listed = ", ".join(
            ngettext("{name} ({n} attempt)", "{name} ({n} attempts)", c).format(name=n, n=c)
            for n, c in vault.failed_unlocks.items()
        )
        out.append(
            (
                _("Failed or refused unlock attempts since an admin last looked: {list}.").format(
                    list=listed
                ),
                "warning",
            )
        )
    if vault.tightened:
        out.append(
            (
                _(
                    "Note: the vault folder could be read by other users of this computer; its permissions are now private (0700, files 0600)."
                ),
                "information",
            )
        )
    if str(vault.wal_tail) != "clean":
        out.append(
            (
                _(
                    "Note: the last change before caseassist was interrupted had not finished, so it was not saved."
                ),
                "information",
            )
        )
    return out
