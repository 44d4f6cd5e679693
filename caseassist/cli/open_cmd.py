"""`caseassist open` (or `caseassist` alone in a terminal): the terminal UI on the vault."""

from __future__ import annotations

import argparse

from caseassist import paths
from caseassist.i18n import _


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser("open", parents=[common_parser], help=_("open the terminal UI on the vault"))
    p.set_defaults(handler=open_ui)


def open_ui(args: argparse.Namespace) -> int:
    """Paint the unlock screen first: only the keyring's name is read from the vault package
    here (not `Vault`, which loads SQLAlchemy and SQLCipher); the UI loads them after."""
    from caseassist.tui.app import run
    from caseassist.vault import keyring_file

    folder = paths.data_dir(getattr(args, "data_dir", None))
    if not (folder / keyring_file.FILE_NAME).is_file():
        from caseassist.vault.errors import NoVault

        raise NoVault(str(folder))
    return run(folder)
