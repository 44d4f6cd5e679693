"""`caseassist init | user | backup | restore | audit`: the vault and its accounts."""

from __future__ import annotations

import argparse
import os
import sys

from caseassist.cli import common
from caseassist.cli.common import open_vault
from caseassist.errors import CaseAssistError
from caseassist.i18n import _, format_datetime, format_number, ngettext


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "init", parents=[common_parser], help=_("create a new vault with its first admin account")
    )
    p.set_defaults(handler=_init)

    u = sub.add_parser(
        "user", parents=[common_parser], help=_("accounts: add, change passphrase, list")
    )
    usub = u.add_subparsers(dest="user_command", metavar=_("ACTION"))
    u.set_defaults(handler=lambda _a: u.print_help() or 2)
    add = usub.add_parser("add", parents=[common_parser], help=_("add an account (admins)"))
    add.add_argument("name", help=_("the new account's name"))
    add.add_argument(
        "--role",
        required=True,
        choices=("intake", "caseworker", "supervisor", "admin"),
        help=_("its role"),
    )
    add.set_defaults(handler=_user_add)
    pw = usub.add_parser("passwd", parents=[common_parser], help=_("change a passphrase"))
    pw.add_argument("name", nargs="?", help=_("account to change (default: your own)"))
    pw.add_argument(
        "--recovery",
        action="store_true",
        help=_("unlock with the recovery code instead of a passphrase"),
    )
    pw.set_defaults(handler=_user_passwd)
    dis = usub.add_parser(
        "disable", parents=[common_parser], help=_("disable an account for good (admins)")
    )
    dis.add_argument("name", help=_("the account to disable"))
    dis.set_defaults(handler=_user_disable)
    rot = usub.add_parser(
        "rotate-keys",
        parents=[common_parser],
        help=_("new keys for every remaining account, after disabling one (admins)"),
    )
    rot.set_defaults(handler=_user_rotate_keys)
    ls = usub.add_parser("list", parents=[common_parser], help=_("list accounts and roles"))
    ls.set_defaults(handler=_user_list)

    b = sub.add_parser("backup", parents=[common_parser], help=_("write an encrypted backup file"))
    b.add_argument("file", help=_("backup file to write (outside the vault folder)"))
    b.add_argument("--force", action="store_true", help=_("replace the file if it already exists"))
    b.set_defaults(handler=_backup)
    r = sub.add_parser(
        "restore",
        parents=[common_parser],
        help=_("check a backup, then put it in place of the vault"),
    )
    r.add_argument("file", help=_("backup file to restore"))
    r.set_defaults(handler=_restore)

    pg = sub.add_parser(
        "purge", parents=[common_parser], help=_("remove closed cases completely (admins)")
    )
    pg.add_argument(
        "--closed-before",
        help=_("remove cases closed before this day, YYYY-MM-DD (default: the retention policy)"),
    )
    pg.set_defaults(handler=_purge)

    ro = sub.add_parser("roles", parents=[common_parser], help=_("who may do what"))
    ro.set_defaults(handler=_roles)

    a = sub.add_parser(
        "audit", parents=[common_parser], help=_("show the audit log, or check its chain")
    )
    a.add_argument(
        "--verify", action="store_true", help=_("check that no entry was removed or changed")
    )
    a.add_argument("--limit", type=int, default=30, help=_("how many recent entries (default 30)"))
    a.set_defaults(handler=_audit)


def _init(args: argparse.Namespace) -> int:
    from caseassist.vault import Vault

    folder = common.data_dir(args)
    user = common.account_name(args)
    passphrase = common.read_passphrase(_("New passphrase: "), confirm=True)
    print(_("Choosing key-derivation settings for this computer (a few seconds)…"), file=sys.stderr)
    vault, code = Vault.create(folder, user, passphrase)
    vault.close()
    print(
        _("Vault created in {folder} with admin account {user}.").format(folder=folder, user=user)
    )
    print()
    print(_("Recovery code (write it down and keep it locked away; it is shown only this once):"))
    print(f"    {code}")
    print(
        _(
            "It opens the vault if every admin passphrase is forgotten: `caseassist user passwd NAME --recovery`."
        )
    )
    return 0


def _user_add(args: argparse.Namespace) -> int:
    vault = open_vault(args, action="account.add")  # the role before any passphrase
    try:
        new = _read_new_passphrase()
        vault.add_account(args.name, args.role, new)
    finally:
        vault.close()
    print(_("Account {name} added with role {role}.").format(name=args.name, role=args.role))
    return 0


def _read_new_passphrase() -> str:
    env = os.environ.get("CASEASSIST_NEW_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise CaseAssistError(
            _("No new passphrase: set CASEASSIST_NEW_PASSPHRASE or run in a terminal.")
        )
    import getpass

    first = getpass.getpass(_("New passphrase: "))
    if getpass.getpass(_("Repeat the passphrase: ")) != first:
        from caseassist.errors import InvalidInput

        raise InvalidInput(_("The two passphrases differ; nothing was changed."))
    return first


def _user_passwd(args: argparse.Namespace) -> int:
    from caseassist.vault import Vault

    if args.recovery:
        if not args.name:
            from caseassist.errors import InvalidInput

            raise InvalidInput(_("Name the account whose passphrase to set."))
        code = os.environ.get("CASEASSIST_RECOVERY_CODE")
        if not code:
            if not sys.stdin.isatty():
                raise CaseAssistError(
                    _("No recovery code: set CASEASSIST_RECOVERY_CODE or run in a terminal.")
                )
            import getpass

            code = getpass.getpass(_("Recovery code: "))
        vault = Vault.unlock_with_recovery(common.data_dir(args), code)
        print(
            _(
                "The recovery code you used no longer works. The new recovery code (write it down and keep it locked away; it is shown only this once):"
            )
        )
        print(f"    {vault.new_recovery_code}")
    else:
        vault = open_vault(args)
    try:
        name = args.name or vault.user
        if name != vault.user:
            vault.allow("account.passphrase.other")  # before asking for the new passphrase
        vault.change_passphrase(name, _read_new_passphrase())
    finally:
        vault.close()
    print(_("Passphrase changed for {name}.").format(name=name))
    return 0


def _user_disable(args: argparse.Namespace) -> int:
    vault = open_vault(args, action="account.disable")
    try:
        vault.disable_account(args.name)
    finally:
        vault.close()
    print(
        _(
            "Account {name} is disabled: it can no longer unlock the vault here. A copy of "
            "the vault and keyring made before now still opens with its old passphrase until "
            "an admin gives the vault new keys:"
        ).format(name=args.name)
    )
    print("    caseassist user rotate-keys" + _data_dir_option(args))
    return 0


def _data_dir_option(args: argparse.Namespace) -> str:
    """` --data-dir FOLDER` when the command was given one, so the printed command runs as is."""
    import shlex

    folder = getattr(args, "data_dir", None)
    return f" --data-dir {shlex.quote(str(folder))}" if folder else ""


def _user_rotate_keys(args: argparse.Namespace) -> int:
    vault = open_vault(args, action="keys.rotate")
    try:
        code = vault.rotate_keys()
    finally:
        vault.close()
    print(
        _(
            "The vault's keys are new: every remaining account opens it as before; "
            "disabled accounts' old keys open nothing."
        )
    )
    print(
        _(
            "The old recovery code no longer works. The new recovery code (write it down and keep it locked away; it is shown only this once):"
        )
    )
    print(f"    {code}")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        for name, role in vault.accounts():
            print(f"{name}\t{role}")
    finally:
        vault.close()
    return 0


def _backup(args: argparse.Namespace) -> int:
    vault = open_vault(args, action="vault.backup")
    try:
        target = vault.backup(args.file, force=args.force)
    finally:
        vault.close()
    print(_("Encrypted backup written to {file}.").format(file=target))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from caseassist.vault import Vault

    folder = common.data_dir(args)
    user = common.account_name(args)
    Vault.check_restore_role(args.file, user)  # a non-admin hears so before any passphrase
    vault = Vault.restore(folder, args.file, user, common.read_passphrase())
    vault.close()
    print(_("The backup was checked and restored into {folder}.").format(folder=folder))
    return 0


def _roles(_args: argparse.Namespace) -> int:
    """The role table as it is enforced: one line per action, the roles allowed."""
    from caseassist.vault.roles import RULES, Role

    names = [str(r) for r in Role]
    print("\t".join([_("action"), *names]))
    for rule in RULES:
        marks = ["x" if r in rule.roles else "-" for r in Role]
        print("\t".join([_(rule.words), *marks]))
    return 0


def _audit(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        if args.verify:
            if not vault.integrity_ok():
                from caseassist.vault.errors import Damaged

                raise Damaged("vault.db")
            verdict = vault.verify_audit()
            if not verdict.ok:
                from caseassist.vault.errors import AuditBroken

                raise AuditBroken(verdict.first_bad, verdict.reason)
            print(
                ngettext(
                    "The audit log is intact: {count} entry.",
                    "The audit log is intact: {count} entries.",
                    verdict.entries,
                ).format(count=format_number(verdict.entries))
            )
            return 0
        from caseassist.cases.supervision import without_case_codes
        from caseassist.vault import audit as audit_log

        with vault.session() as session:
            entries = audit_log.recent(session, args.limit)
            vault.audit(session, "audit.view", "")
        counts_only = not vault.can_read_identity  # a supervisor: no case by its code here either
        for e in reversed(entries):
            from caseassist.vault.case_common import utc

            target = without_case_codes(e.target) if counts_only else e.target
            print(
                f"{e.seq}\t{format_datetime(utc(e.at), 'short')}\t{e.account}\t{e.action}\t{target}"
            )
    finally:
        vault.close()
    return 0


def _purge(args: argparse.Namespace) -> int:
    import datetime as dt

    from caseassist.errors import InvalidInput
    from caseassist.vault import case_store

    vault = open_vault(args)
    try:
        if args.closed_before:
            try:
                day = dt.date.fromisoformat(args.closed_before)
            except ValueError:
                raise InvalidInput(_("--closed-before takes a date like 2019-12-31.")) from None
            before = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
            removed = case_store.purge_closed(vault, before)
        else:
            from caseassist.vault import Role

            vault.require(Role.admin, what=_("purge cases"))
            removed = 0
    finally:
        vault.close()
    print(
        ngettext("{count} closed case removed.", "{count} closed cases removed.", removed).format(
            count=format_number(removed)
        )
    )
    return 0
