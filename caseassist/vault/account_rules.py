"""What an account may be called and what passphrase it may have.

Checked before any key is derived, when a vault is created and when an
account is added or its passphrase changed.
"""

from __future__ import annotations

from caseassist.cases.demo import DEMO_PASSPHRASE
from caseassist.i18n import _

RECOVERY_ACCOUNT = "recovery-code"
"""The name the recovery code acts and is audited under; no account may take it."""


def check_account_name(name: str) -> None:
    from caseassist.errors import InvalidInput

    if (
        not name
        or len(name) > 64
        or not all(c.isalnum() or c in "._-" for c in name)
        or name == RECOVERY_ACCOUNT
    ):
        raise InvalidInput(
            _("An account name uses letters, digits, dot, dash or underscore (up to 64).")
        )


def check_passphrase(passphrase: str, *, demo: bool) -> None:
    from caseassist.errors import InvalidInput

    if len(passphrase) < 12:
        raise InvalidInput(
            _("Choose a passphrase of at least 12 characters (a few words works well).")
        )
    if passphrase == DEMO_PASSPHRASE and not demo:
        raise InvalidInput(_("The demo passphrase is only for demo vaults; choose another."))
