"""Helpers shared by the command modules: output, account and passphrase."""

from __future__ import annotations

import argparse
import contextlib
import gc
import getpass
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from caseassist import paths
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def account_name(args: argparse.Namespace) -> str:
    user = getattr(args, "user", None) or os.environ.get("CASEASSIST_USER")
    if not user:
        raise InvalidInput(_("Name the account with --user or CASEASSIST_USER."))
    return user


def read_passphrase(prompt: str | None = None, *, confirm: bool = False) -> str:
    """From `CASEASSIST_PASSPHRASE` (scripts) or a hidden prompt; never from argv."""
    env = os.environ.get("CASEASSIST_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise CaseAssistError(_("No passphrase: set CASEASSIST_PASSPHRASE or run in a terminal."))
    first = getpass.getpass(prompt or _("Passphrase: "))
    if confirm and getpass.getpass(_("Repeat the passphrase: ")) != first:
        raise InvalidInput(_("The two passphrases differ; nothing was changed."))
    return first


def print_json(value: Any) -> None:
    """Stable, readable JSON on stdout (sorted keys, UTF-8 kept as is)."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def open_vault(args: argparse.Namespace, *, action: str | None = None):
    """Unlock, then apply the retention policy (closed cases past their period are removed).

    With `action` (a row of the role table), an account whose role may not do it
    is told so before being asked for a passphrase (the role is read from the
    keyring; unlocking checks it again, bound into the key wraps).
    """
    folder, user = data_dir(args), account_name(args)
    if action is not None:
        from caseassist.vault import Vault

        Vault.check_role(folder, user, action)
    passphrase = read_passphrase()
    _derive_while_loading(folder, user, passphrase)
    with collector_paused():
        from caseassist.services import retention
        from caseassist.vault import Vault, case_store  # noqa: F401 - the retention pass's

    vault = Vault.unlock(folder, user, passphrase)
    if action is not None:
        try:
            vault.allow(action)
        except BaseException:
            vault.close()
            raise
    from caseassist.vault.notices import unlock_notices

    for line, _severity in unlock_notices(vault):
        print(line, file=sys.stderr)
    try:
        retention.apply(vault)
    except BaseException:
        vault.close()
        raise
    return vault


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the vault's modules load.

    Importing SQLAlchemy, pydantic and the stores makes hundreds of thousands of
    objects that live until the process ends and no garbage; the collector's passes
    over them while they load are wasted work (a tenth of the import time, measured).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _derive_while_loading(folder: Path, user: str, passphrase: str) -> None:
    """Start the account's argon2 derivation before SQLAlchemy and the stores load.

    Reads only the keyring (no SQLAlchemy). Unlocking takes the result, so the
    cost of a command is the longer of the two, not their sum. Anything odd (no
    keyring, no such account) is left for unlocking to report.
    """
    from caseassist.vault import keyring, keys

    try:
        account = keyring.load(folder / keyring.FILE_NAME).accounts.get(user)
    except Exception:  # noqa: BLE001 - unlocking reads the keyring again and says what is wrong
        return
    if account is not None:
        keys.derive_ahead(passphrase, account.wraps.salt, account.wraps.kdf)
