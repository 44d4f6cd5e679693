"""`caseassist case list | show | find | assign | close | ...`: cases from the command line."""

from __future__ import annotations

import argparse

from caseassist.cases import closing
from caseassist.cases.access import EXPORT_REASONS
from caseassist.cli import caseday_cmds, common
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
        "export",
        parents=[common_parser],
        help=_("everything about one case assigned to you (others: admins, with --reason)"),
    )
    ex.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    ex.add_argument("--json", action="store_true", help=_("print JSON (the default)"))
    ex.add_argument(
        "--reason",
        metavar=_("REASON"),
        help=_(
            "why an admin exports a case assigned to someone else (audited), one of: {r}"
        ).format(r=", ".join(EXPORT_REASONS)),
    )
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
    fd = csub.add_parser(
        "find",
        parents=[common_parser],
        help=_("find cases by code, need, status, caseworker or (with the identity key) name"),
        description=_(
            "QUERY words: a case code (K7M-4TX), a need (medical, need:childcare), "
            "status:referred for that need's status, open or closed, by:ACCOUNT for a "
            "caseworker; any other word is looked for in names and aliases."
        ),
    )
    fd.add_argument("query", nargs="+", help=_("what to look for"))
    fd.add_argument("--limit", type=int, default=50, help=_("how many (default 50)"))
    fd.add_argument("--json", action="store_true", help=_("print JSON"))
    fd.set_defaults(handler=_find)
    asg = csub.add_parser(
        "assign",
        parents=[common_parser],
        help=_("give a case to a caseworker (intake hands over; the owner or an admin reassigns)"),
    )
    asg.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    asg.add_argument("account", help=_("the caseworker's account name"))
    asg.set_defaults(handler=_assign)
    reasons = ", ".join(f"{code} ({closing.label(code)})" for code in closing.REASONS)
    cl = csub.add_parser(
        "close",
        parents=[common_parser],
        help=_("close a case with a reason"),
        description=_("Reasons: {reasons}.").format(reasons=reasons),
    )
    cl.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    cl.add_argument(
        "--reason",
        required=True,
        metavar=_("REASON"),
        help=_("why it closes, one of: {reasons}").format(reasons=", ".join(closing.REASONS)),
    )
    cl.set_defaults(handler=_close)
    ro = csub.add_parser("reopen", parents=[common_parser], help=_("reopen a closed case"))
    ro.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    ro.set_defaults(handler=_reopen)
    dc = csub.add_parser(
        "discard",
        parents=[common_parser],
        help=_("remove an unfinished intake begun by mistake (an audit line stays)"),
    )
    dc.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    dc.set_defaults(handler=_discard)
    er = csub.add_parser(
        "erase", parents=[common_parser], help=_("erase one case completely, on request (admins)")
    )
    er.add_argument("code", help=_("case code, e.g. K7M-4TX"))
    er.set_defaults(handler=_erase)
    caseday_cmds.register(csub, common_parser)


def _show(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store
        from caseassist.vault.errors import CountsOnly, NotYourCase

        if not vault.can_read_identity:
            raise CountsOnly()  # the same answer for any code, known or not
        try:
            data = case_store.export_case(vault, args.code, action="case.view")
        except NotYourCase:  # someone else's case: what the work needs, no identity
            return _overview(args, vault)
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


def _overview(args: argparse.Namespace, vault) -> int:
    """A case assigned to another caseworker: needs, plan progress, referral outcomes and
    whom to ask; nothing identifying (`cases.access`)."""
    from caseassist.vault import case_overview

    data = case_overview.case_overview(vault, args.code)
    if args.json:
        common.print_json(data)
        return 0
    holder = data["caseworker"] or _("unassigned")
    print(f"{data['code']}  {data['status']}  {_(data['open_for'])}  {holder}")
    print(
        _(
            "This case is not assigned to you: its needs and progress only. "
            "Its caseworker or an admin can assign it to you."
        )
    )
    print(_("Needs:"))
    for n in data["needs"]:
        print(f"  {n['category']:<14} {n['horizon']:<10} {n['status']}")
    if data["plan"]:
        print(_("Plan:"))
        for g in data["plan"]:
            print(f"  {g['need'] or '-':<14} {g['status']:<10} {g['done']}/{g['steps']}")
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
                    _opened(r, with_name),
                    _("{m} overdue").format(m=r.overdue_needs),
                ]
            )
        )
    return 0


def _find(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.services import cases as case_svc

        rows = case_svc.find(vault, " ".join(args.query), limit=args.limit)
        with_name = vault.can_read_identity
    finally:
        vault.close()
    if args.json:
        common.print_json([r.as_dict(with_name=with_name) for r in rows])
        return 0
    if not rows:
        print(_("No case matches."))
    _print_rows(rows, with_name)
    return 0


def _opened(r, with_name: bool) -> str:
    """The day a case opened; without the identity key only how long, in the report's bands."""
    if with_name:
        return format_date(r.opened.date(), "short")
    import datetime as dt

    return _(r.open_for(dt.date.today()))


def _needs_text(r) -> str:
    needs = ngettext("{n} open need", "{n} open needs", r.open_needs).format(n=r.open_needs)
    return _("{needs}, {m} overdue").format(needs=needs, m=r.overdue_needs)


def _print_rows(rows, with_name: bool) -> None:
    for r in rows:
        cols = [r.code, r.status, _opened(r, with_name)]
        if with_name:
            cols.append(r.name or "")
        cols.append(r.caseworker or _("unassigned"))
        cols.append(_needs_text(r))
        print("\t".join(cols))


def _in_vault(args: argparse.Namespace, act) -> None:
    """Unlock first (the key is derived while SQLAlchemy loads), then `act(vault)`:
    `act` imports the store it needs inside, after the derivation has started."""
    vault = open_vault(args)
    try:
        act(vault)
    finally:
        vault.close()


def _assign(args: argparse.Namespace) -> int:
    def act(vault) -> None:
        from caseassist.vault import case_store

        case_store.assign(vault, args.code, args.account)

    _in_vault(args, act)
    print(_("The case is now with {account}.").format(account=args.account))
    return 0


def _close(args: argparse.Namespace) -> int:
    reason = closing.check_reason(args.reason)

    def act(vault) -> None:
        from caseassist.vault import case_store

        case_store.close_case(vault, args.code, reason)

    _in_vault(args, act)
    print(_("The case is closed: {reason}.").format(reason=closing.label(reason)))
    return 0


def _reopen(args: argparse.Namespace) -> int:
    def act(vault) -> None:
        from caseassist.vault import case_store

        case_store.reopen_case(vault, args.code)

    _in_vault(args, act)
    print(_("The case is open again."))
    return 0


def _discard(args: argparse.Namespace) -> int:
    def act(vault) -> None:
        from caseassist.services import cases as case_svc

        case_svc.discard_intake(vault, args.code)

    _in_vault(args, act)
    print(_("The unfinished intake was discarded; only an audit line remains."))
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
        cols = [r.code, r.status, _opened(r, with_name)]
        if with_name:
            cols.append(r.name or "")
        cols.append(_needs_text(r))
        print("\t".join(cols))
    return 0


def _export(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # first: the key is derived while SQLAlchemy loads
    try:
        from caseassist.vault import case_store

        data = case_store.export_case(vault, args.code, reason=args.reason)
    finally:
        vault.close()
    common.print_json(data)
    return 0
