"""Accounts: who may do what, and adding, re-keying and disabling accounts.

Each change is audited first, then applied to the keyring as on disk now; a
change another session made meanwhile is refused, not overwritten.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseassist.i18n import _
from caseassist.vault import account_keys as ak
from caseassist.vault import keyring as kr
from caseassist.vault import keys, roles
from caseassist.vault.account_rules import RECOVERY_ACCOUNT, check_account_name, check_passphrase
from caseassist.vault.errors import IdentityLocked, NotAllowed
from caseassist.vault.keys import KdfParams
from caseassist.vault.roles import Role


class AccountAdmin:
    """The part of `Vault` that checks roles and changes accounts."""

    def require(self, *roles: Role, what: str) -> None:
        if self.role not in roles:
            raise NotAllowed(what)

    def allow(self, action: str) -> None:
        """Refuse, naming the action, unless the role table lets this account's role do it."""
        if not roles.allowed(self.role, action):
            raise NotAllowed(_(roles.BY_ACTION[action].words))

    def add_account(
        self, name: str, role: Role | str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        self.allow("account.add")
        role = ak.role_of(str(role))
        check_account_name(name)
        check_passphrase(passphrase, demo=self.is_demo)
        self._exists_check(name)
        account = ak.wrap_account(
            self._ring,
            name,
            role,
            passphrase,
            kdf or self._ring_kdf(self._ring),
            self._keyset(),
            ak.Signing(keys.new_signing_seed(), self._signing.admin),
        )

        def change(ring: kr.Keyring) -> None:
            if name in ring.accounts or name in ring.retired:  # added meanwhile
                raise NotAllowed(_("an account with that name exists"))
            ring.accounts[name] = account

        with self.session() as session:
            self.audit(session, "account.add", f"{name}:{role}")
        self._commit_ring(change, "account.add", f"{name}:{role}")

    def change_passphrase(
        self, name: str, passphrase: str, *, kdf: KdfParams | None = None
    ) -> None:
        if name != self.user:
            self.allow("account.passphrase.other")
        check_passphrase(passphrase, demo=self.is_demo)
        account = self._fresh_ring().accounts.get(name)
        if account is None:
            raise NotAllowed(_("there is no such account"))
        role = ak.role_of(account.role)
        if role.holds_identity_key and self._identity_key is None:
            raise IdentityLocked()
        own = name == self.user and self._signing.own is not None
        rewrapped = ak.wrap_account(
            self._ring,
            name,
            role,
            passphrase,
            kdf or account.wraps.kdf,
            self._keyset(),
            ak.Signing(
                self._signing.own if own else keys.new_signing_seed(),
                self._signing.admin,
            ),
        )

        def change(ring: kr.Keyring) -> None:
            current = ring.accounts.get(name)
            if current is None or current.role != str(role):  # removed or changed meanwhile
                raise NotAllowed(_("there is no such account"))
            rewrapped.created_at = current.created_at
            if own:  # the same signing key, wrapped under the new passphrase
                rewrapped.signing = current.signing
            else:  # a reset: a new key, the older ones kept for older entries
                rewrapped.signing = [*current.signing, *rewrapped.signing]
            ring.accounts[name] = rewrapped
            ring.clear_failures(name)

        with self.session() as session:
            self.audit(session, "account.passphrase", name)
        self._commit_ring(change, "account.passphrase", name)

    def disable_account(self, name: str) -> None:
        """Remove an account's wraps for good (nothing unlocks it again); its public keys
        stay, so its audit entries still verify, and its name is never reused."""
        self.allow("account.disable")
        if name == self.user:
            raise NotAllowed(_("disable your own account"))

        def change(ring: kr.Keyring) -> None:
            account = ring.accounts.get(name)
            if account is None:
                raise NotAllowed(_("there is no such account"))
            admins = [a for a in ring.accounts.values() if a.role == str(Role.admin)]
            if account.role == str(Role.admin) and len(admins) <= 1:
                raise NotAllowed(_("disable the last admin account"))
            del ring.accounts[name]
            ring.failures.pop(name, None)
            ring.retired[name] = kr.Retired(
                account.role, account.signing, _now().isoformat(timespec="seconds")
            )

        with self.session() as session:
            self.audit(session, "account.disable", name)
        self._commit_ring(change, "account.disable", name)

    def _keyset(self) -> ak.Keyset:
        return ak.Keyset(self._db_key, self._identity_key, self._replica_key)

    def _exists_check(self, name: str) -> None:
        ring = self._fresh_ring()
        if name in ring.accounts or name in ring.retired or name == RECOVERY_ACCOUNT:
            raise NotAllowed(_("an account with that name exists"))

    def _ring_kdf(self, ring: kr.Keyring) -> KdfParams:
        if self.user in ring.accounts:
            return ring.accounts[self.user].wraps.kdf
        return ring.recovery.kdf if ring.recovery else keys.calibrate()[0]

    @classmethod
    def check_role(cls, folder: Path | str, user: str, action: str) -> None:
        """Before any passphrase: refuse, naming the action, when the keyring gives `user`
        a role the table does not allow (anything unreadable is left to unlock)."""
        try:
            account = kr.load(cls.keyring_path(Path(folder))).accounts.get(user)
        except (OSError, kr.KeyringDamaged):
            return
        if account is not None and not roles.allowed(account.role, action):
            raise NotAllowed(_(roles.BY_ACTION[action].words))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
