"""`caseassist case list | export | note`: cases from the command line."""

from __future__ import annotations

import argparse

from caseassist.cli import common
from caseassist.cli.common import open_vault
from caseassist.i18n import _, format_date, ngettext


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "case", parents=[common_parser], help=_("cases: list, show, overdue, export, erase")
    )
    csub = p.add_subparsers(dest="case_command", metavar=_("ACTION"))
    p.set_defaults(handler=lambda _a: p.print_help() or 2)
    ls = csub.add_parser("list", parents=[common_parser], help=_("list cases (overdue first)"))
    ls.add_argument("--all", action="store_true", help=_("closed cases too"))
    ls.add_argument("--mine", action="store_true", help=_("only cases assigned to me"))
    ls.add_argument("--limit", type=int, default=200, help=_("how many (default 200)"))
    ls.add_argument("--json", action="store_true", help=_("print JSON"))
    ls.set_defaults(handler=_list)
    ex = csub.add_parser(
        "export", parents=[common_parser], help=_("everything about one case (not for supervisors)")
    )
    ex.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    ex.add_argument("--json", action="store_true", help=_("print JSON (the default)"))
    ex.set_defaults(handler=_export)
    sh = csub.add_parser(
        "show", parents=[common_parser], help=_("a case's facts, needs, plan and referrals")
    )
    sh.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    sh.add_argument("--json", action="store_true", help=_("print JSON"))
    sh.set_defaults(handler=_show)
    od = csub.add_parser(
        "overdue", parents=[common_parser], help=_("open cases with an overdue need")
    )
    od.add_argument("--limit", type=int, default=1000, help=_("how many (default 1000)"))
    od.add_argument("--json", action="store_true", help=_("print JSON"))
    od.set_defaults(handler=_overdue)
    er = csub.add_parser(
        "erase", parents=[common_parser], help=_("erase one case completely, on request (admins)")
    )
    er.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    er.set_defaults(handler=_erase)


def _show(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        data = case_store.export_case(vault, args.code, action="case.view")
    finally:
        vault.close()
    if args.json:
        common.print_json(data)
        return 0
    print(f"{data['code']}  {data['status']}  {data['name'] or ''}")
    print(_("Needs:"))
    for n in data["needs"]:
        mark = " !" if n["overdue"] else ""
        print(f"  {n['category']:<14} {n['horizon']:<10} {n['status']}{mark}")
    if data["plan"]:
        print(_("Plan:"))
        for g in data["plan"]:
            done = sum(1 for s in g["steps"] if s["done"])
            print(f"  {g['goal']}  ({done}/{len(g['steps'])})")
    if data["referrals"]:
        print(_("Referrals:"))
        for r in data["referrals"]:
            print(f"  {r['need']:<14} {r['provider']}  {r['status']}")
    return 0


def _overdue(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        rows = case_store.overdue_cases(vault, limit=args.limit)
        with_name = vault.can_read_identity
    finally:
        vault.close()
    if args.json:
        common.print_json([r.as_dict(with_name=with_name) for r in rows])
        return 0
    for r in rows:
        print(
            "\t".join(
                [
                    r.code,
                    format_date(r.opened.date(), "short"),
                    _("{m} overdue").format(m=r.overdue_needs),
                ]
            )
        )
    return 0


def _erase(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        case_store.purge_case(vault, args.code)
    finally:
        vault.close()
    print(_("The case was erased completely."))
    return 0


def _list(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        rows = case_store.list_cases(
            vault, status=None if args.all else "open", mine=args.mine, limit=args.limit
        )
        with_name = vault.can_read_identity
    finally:
        vault.close()
    if args.json:
        common.print_json([r.as_dict(with_name=with_name) for r in rows])
        return 0
    for r in rows:
        cols = [r.code, r.status, format_date(r.opened.date(), "short")]
        if with_name:
            cols.append(r.name or "")
        needs = ngettext("{n} open need", "{n} open needs", r.open_needs)
        cols.append(
            _("{needs}, {m} overdue").format(needs=needs.format(n=r.open_needs), m=r.overdue_needs)
        )
        print("\t".join(cols))
    return 0


def _export(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        data = case_store.export_case(vault, args.code)
    finally:
        vault.close()
    common.print_json(data)
    return 0
