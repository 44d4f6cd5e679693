"""`caseassist demo`: a fresh vault of fictional cases, then the terminal UI."""

from __future__ import annotations

import argparse
import sys

from caseassist.cli import common
from caseassist.i18n import _


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", parents=[common_parser], help=_("open a demo vault of invented cases")
    )
    p.add_argument("--cases", type=int, default=40, help=_("how many invented cases (default 40)"))
    p.add_argument("--no-tui", action="store_true", help=_("create the demo vault and stop"))
    p.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from caseassist.services.cases import create_demo
    from caseassist.vault import DEMO_PASSPHRASE

    folder = common.data_dir(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(
                "\r" + _("Creating invented cases: {done}/{total}").format(done=done, total=total),
                end="",
                file=sys.stderr,
            )

    vault = create_demo(folder, cases=max(0, args.cases), progress=progress)
    vault.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        _(
            "Demo vault ready in {folder}. Accounts: intake, caseworker, supervisor, admin. Passphrase: {passphrase}"
        ).format(folder=folder, passphrase=DEMO_PASSPHRASE)
    )
    if args.no_tui:
        return 0
    try:
        from caseassist.tui.app import run
    except ImportError:
        print(
            _("The terminal UI is not available in this build; use `caseassist case list`."),
            file=sys.stderr,
        )
        return 0
    return int(run(folder, demo=True) or 0)
