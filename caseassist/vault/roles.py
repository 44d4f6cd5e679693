"""Who may do what: one table, enforced where the action happens, shown by `caseassist roles`.

Each rule names the action in words (the denial repeats them: "Your account's
role does not allow this: make backups.") and the roles allowed. To add a rule,
add a row; nothing else decides. The role itself is bound into the account's key
wraps, so it cannot be edited in the keyring file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from caseassist.i18n import N_


class Role(StrEnum):
    intake = "intake"
    caseworker = "caseworker"
    supervisor = "supervisor"
    admin = "admin"

    @property
    def holds_identity_key(self) -> bool:
        return self is not Role.supervisor


@dataclass(frozen=True)
class Rule:
    action: str
    words: str  # N_(): translated where shown
    roles: frozenset[Role]


def _rule(action: str, words: str, *roles: Role) -> Rule:
    return Rule(action, words, frozenset(roles))


_ADMIN = (Role.admin,)
_STAFF = (Role.intake, Role.caseworker, Role.admin)

RULES: tuple[Rule, ...] = (
    _rule("account.add", N_("add accounts"), *_ADMIN),
    _rule("account.disable", N_("disable accounts"), *_ADMIN),
    _rule("keys.rotate", N_("rotate the vault's keys"), *_ADMIN),
    _rule("account.passphrase.other", N_("change another account's passphrase"), *_ADMIN),
    _rule("failures.see", N_("see failed unlock attempts"), *_ADMIN),
    _rule("vault.backup", N_("make backups"), *_ADMIN),
    _rule("vault.restore", N_("restore a backup"), *_ADMIN),
    _rule("directory.import", N_("import a directory"), *_ADMIN),
    _rule("cases.purge", N_("purge cases"), *_ADMIN),
    _rule("demo.seed", N_("seed demo cases"), *_ADMIN),
    _rule("case.open", N_("open cases"), *_STAFF),
    _rule("case.change", N_("change cases"), *_STAFF),
    _rule("case.assign", N_("assign cases"), *_STAFF),
    _rule("report.run", N_("run reports"), Role.supervisor, Role.admin),
)
BY_ACTION = {r.action: r for r in RULES}


def allowed(role: Role | str, action: str) -> bool:
    """Whether `role` may do `action` (an action not in the table is refused)."""
    rule = BY_ACTION.get(action)
    return rule is not None and str(role) in {str(r) for r in rule.roles}
