"""`caseassist demo`: a vault of fictional cases, then the terminal UI.

Run again on the same folder, it reopens the demo vault as it was left (a paused
intake stays there to resume): it never replaces it unasked. `--fresh` replaces
it with new invented cases, and says first how many cases it removes.
"""

from __future__ import annotations

import argparse
import sys

from caseassist.cli import common
from caseassist.i18n import _, ngettext


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", parents=[common_parser], help=_("open a demo vault of invented cases")
    )
    p.add_argument(
        "--cases",
        type=int,
        default=None,
        help=_("how many invented cases in a new demo vault (default 40)"),
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help=_(
            "delete the demo vault in the data folder (every case, note, referral and "
            "paused intake in it) and create new invented cases"
        ),
    )
    p.add_argument(
        "--no-tui",
        action="store_true",
        help=_("prepare the demo vault and stop, without the terminal UI"),
    )
    p.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from caseassist.services.cases import create_demo, existing_demo
    from caseassist.vault import DEMO_PASSPHRASE

    folder = common.data_dir(args)
    held = existing_demo(folder)  # raises, touching nothing, for a vault that is not a demo
    if held is not None and not args.fresh:
        print(
            ngettext(
                "Reopening the demo vault in {folder} as it was left ({n} case); "
                "`caseassist demo --fresh` replaces it with new invented cases.",
                "Reopening the demo vault in {folder} as it was left ({n} cases); "
                "`caseassist demo --fresh` replaces it with new invented cases.",
                held,
            ).format(folder=folder, n=held)
        )
        if args.cases is not None:
            print(_("--cases applies to a new demo vault only (with --fresh)."), file=sys.stderr)
        return _open(folder, args)
    if held is not None:
        print(
            ngettext(
                "Removing the demo vault in {folder}: {n} case, with its notes, referrals "
                "and any paused intake.",
                "Removing the demo vault in {folder}: {n} cases, with their notes, referrals "
                "and any paused intake.",
                held,
            ).format(folder=folder, n=held)
        )

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(
                "\r" + _("Creating invented cases: {done}/{total}").format(done=done, total=total),
                end="",
                file=sys.stderr,
            )

    cases = 40 if args.cases is None else max(0, args.cases)
    vault = create_demo(folder, cases=cases, progress=progress, replace=held is not None)
    vault.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        _(
            "Demo vault ready in {folder}. Accounts: intake, caseworker, supervisor, admin. Passphrase: {passphrase}"
        ).format(folder=folder, passphrase=DEMO_PASSPHRASE)
    )
    return _open(folder, args)


def _open(folder, args: argparse.Namespace) -> int:
    """The terminal UI on the demo vault (unless --no-tui)."""
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
