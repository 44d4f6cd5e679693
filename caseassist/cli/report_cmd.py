"""`caseassist report`: anonymized caseload tables for supervisors and admins."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from caseassist.cli import common
from caseassist.cli.common import open_vault
from caseassist.errors import InvalidInput
from caseassist.i18n import _


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common_parser],
        help=_("anonymized caseload report (supervisors, admins)"),
    )
    p.add_argument("--from", dest="start", help=_("first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="end", help=_("last day, YYYY-MM-DD"))
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help=_("print JSON"))
    fmt.add_argument("--csv", action="store_true", help=_("print CSV tables for a spreadsheet"))
    p.set_defaults(handler=_report)


def _day(text: str | None, flag: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(_("{flag} takes a date like 2026-03-31.").format(flag=flag)) from None


def _report(args: argparse.Namespace) -> int:
    from caseassist.services.reports import run_report

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise InvalidInput(_("--from is after --to."))
    fmt = "json" if args.json else "csv" if args.csv else "text"
    vault = open_vault(args)
    try:
        report = run_report(vault, start=start, end=end, fmt=fmt)
    finally:
        vault.close()
    if args.json:
        common.print_json(report.to_dict())
    elif args.csv:
        sys.stdout.write(report.to_csv())
    else:
        sys.stdout.write(report.to_text() if hasattr(report, "to_text") else report.to_csv())
    return 0
