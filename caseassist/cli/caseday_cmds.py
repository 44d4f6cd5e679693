"""`caseassist case need | household | plan | appointment | note`: a caseworker's day.

Dates are taken as people write them ("Friday", "in two weeks", "el viernes")
and printed back as a full date; at a terminal the date is confirmed before
anything is saved.
"""

from __future__ import annotations

import argparse
import sys

from caseassist.cases import needs as need_rules
from caseassist.cases.reassessment import TOPICS
from caseassist.cli import common
from caseassist.cli.common import open_vault
from caseassist.errors import CaseAssistError, InvalidInput
from caseassist.i18n import _, format_date, get_locale


def register(csub, common_parser: argparse.ArgumentParser) -> None:
    code_help = _("case code, e.g. K7M-4TX")

    nsub = _group(csub, "need", _("add a need by hand"), common_parser, "need_command")
    na = nsub.add_parser(
        "add",
        parents=[common_parser],
        help=_("add a need in any category, with a note"),
        description=_("Categories: {known}.").format(known=", ".join(need_rules.categories())),
    )
    na.add_argument("code", help=code_help)
    na.add_argument("category", help=_("one of the categories above"))
    na.add_argument("--note", default="", help=_("a short note for the team"))
    na.add_argument("--member", help=_("a household member's id (case show --json), for a child"))
    na.add_argument("--json", action="store_true", help=_("print JSON"))
    na.set_defaults(handler=_need_add)

    hsub = _group(
        csub, "household", _("children with the survivor"), common_parser, "household_command"
    )
    ha = hsub.add_parser("add", parents=[common_parser], help=_("record a child and their age"))
    ha.add_argument("code", help=code_help)
    ha.add_argument("--age", type=int, default=None, help=_("the child's age in years"))
    ha.add_argument("--json", action="store_true", help=_("print JSON"))
    ha.set_defaults(handler=_household_add)

    psub = _group(csub, "plan", _("the case's plan"), common_parser, "plan_command")
    gsub = _group(psub, "goal", _("goals"), common_parser, "goal_command")
    ga = gsub.add_parser("add", parents=[common_parser], help=_("add a goal, in their words"))
    ga.add_argument("code", help=code_help)
    ga.add_argument("text", help=_("the goal"))
    ga.add_argument("--need", default="", help=_("the need it serves"))
    ga.add_argument("--json", action="store_true", help=_("print JSON"))
    ga.set_defaults(handler=_goal_add)
    ssub = _group(psub, "step", _("steps"), common_parser, "step_command")
    sa = ssub.add_parser("add", parents=[common_parser], help=_("add a step, with when it is due"))
    sa.add_argument("code", help=code_help)
    sa.add_argument("text", help=_("the step"))
    sa.add_argument("--due", help=_('when, as you would say it: "Friday", "in two weeks"'))
    sa.add_argument("--goal", help=_("the goal's id (default: the newest active goal)"))
    sa.add_argument(
        "--owner",
        default="caseworker",
        choices=("survivor", "caseworker", "provider"),
        help=_("who does it"),
    )
    sa.add_argument("--yes", action="store_true", help=_("save without asking to confirm"))
    sa.add_argument("--json", action="store_true", help=_("print JSON"))
    sa.set_defaults(handler=_step_add)

    asub = _group(csub, "appointment", _("appointments"), common_parser, "appointment_command")
    aa = asub.add_parser("add", parents=[common_parser], help=_("add an appointment"))
    aa.add_argument("code", help=code_help)
    aa.add_argument("when", help=_('when, as you would say it: "Friday 10:00", "el viernes"'))
    aa.add_argument("what", help=_("what it is for and where"))
    aa.add_argument("--yes", action="store_true", help=_("save without asking to confirm"))
    aa.add_argument("--json", action="store_true", help=_("print JSON"))
    aa.set_defaults(handler=_appointment_add)

    ho = csub.add_parser(
        "handover",
        parents=[common_parser],
        help=_("write a referral summary or the survivor's plan to a file to print"),
    )
    ho.add_argument("code", help=code_help)
    what = ho.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--referral",
        nargs="?",
        const="latest",
        metavar="ID",
        help=_("the provider's copy of a referral (default: the latest)"),
    )
    what.add_argument("--plan", action="store_true", help=_("the survivor's copy of their plan"))
    ho.add_argument(
        "--out",
        required=True,
        help=_("the file to write (readable by you only); - prints it instead"),
    )
    ho.add_argument("--force", action="store_true", help=_("replace the file if it already exists"))
    ho.add_argument("--format", default="html", choices=("html", "text"), help=_("html or text"))
    ho.add_argument(
        "--in",
        dest="doc_lang",
        help=_("language of the document (default: the survivor's, for a plan)"),
    )
    ho.set_defaults(handler=_handover)

    ra = csub.add_parser(
        "reassess",
        parents=[common_parser],
        help=_("the questions a reassessment would ask: what is open and what may have changed"),
    )
    ra.add_argument("code", help=code_help)
    ra.add_argument(
        "--changed",
        nargs="*",
        default=[],
        metavar=_("TOPIC"),
        help=_("topics that may have changed: {known}").format(known=", ".join(TOPICS)),
    )
    ra.add_argument("--json", action="store_true", help=_("print JSON"))
    ra.set_defaults(handler=_reassess)
    rt = csub.add_parser(
        "returning",
        parents=[common_parser],
        help=_("earlier cases that may be this survivor (the name is read from the terminal)"),
    )
    rt.add_argument("--age", type=int, help=_("approximate age"))
    rt.add_argument("--language", help=_("preferred language, e.g. uk, es"))
    rt.add_argument("--country", help=_("country of origin, e.g. UA"))
    rt.add_argument("--json", action="store_true", help=_("print JSON"))
    rt.set_defaults(handler=_returning)

    nosub = _group(csub, "note", _("case notes"), common_parser, "note_command")
    noa = nosub.add_parser("add", parents=[common_parser], help=_("add a note"))
    noa.add_argument("code", help=code_help)
    noa.add_argument("text", help=_("the note"))
    noa.set_defaults(handler=_note_add)
    noc = nosub.add_parser(
        "correct",
        parents=[common_parser],
        help=_("correct a note; the earlier text stays in its history"),
    )
    noc.add_argument("note_id", help=_("the note's id (case show --json)"))
    noc.add_argument("text", help=_("the corrected text"))
    noc.set_defaults(handler=_note_correct)


def _group(parent, name: str, help_text: str, common_parser, dest: str):
    """A command that only groups actions (`case plan`, `case note`...): its actions'
    subparsers; run alone, it prints its help and exits with 2."""
    group = parent.add_parser(name, parents=[common_parser], help=help_text)
    group.set_defaults(handler=lambda _a: group.print_help() or 2)
    return group.add_subparsers(dest=dest, metavar=_("ACTION"))


def _run(args: argparse.Namespace, act):
    """Unlock, then `act(vault)`. Handlers import their store inside `act`, so the
    account's key is derived while SQLAlchemy and the store load, not after."""
    vault = open_vault(args)
    try:
        return act(vault)
    finally:
        vault.close()


def _confirm(args: argparse.Namespace, shown: str) -> None:
    """At a terminal, the date read back is confirmed before saving (scripts pass --yes)."""
    if args.yes or not sys.stdin.isatty():
        return
    answer = input(_("Save with {when}? [y/N] ").format(when=shown)).strip().casefold()
    if answer not in ("y", "yes", _("y"), _("yes")):
        raise CaseAssistError(_("Nothing was saved."))


def _when(text: str):
    from caseassist.cases.dates import parse_when

    when = parse_when(text, locale=get_locale())
    shown = format_date(when.on, "full") + (f" {when.at_time}" if when.at_time else "")
    return when, shown


def _need_add(args: argparse.Namespace) -> int:
    def act(vault):
        from caseassist.vault import case_store

        return case_store.add_need(
            vault, args.code, args.category, note=args.note, member_id=args.member
        )

    need_id = _run(args, act)
    if args.json:
        common.print_json({"id": need_id, "category": args.category})
    else:
        print(_("Need added: {need}.").format(need=need_rules.label(args.category)))
    return 0


def _household_add(args: argparse.Namespace) -> int:
    def act(vault):
        from caseassist.vault import household_store

        return household_store.add_member(vault, args.code, age=args.age)

    member_id = _run(args, act)
    if args.json:
        common.print_json({"id": member_id, "age": args.age})
    else:
        print(_("Child recorded ({id}).").format(id=member_id))
    return 0


def _goal_add(args: argparse.Namespace) -> int:
    def act(vault):
        from caseassist.vault import plan_store

        return plan_store.add_goal(vault, args.code, args.text, need_category=args.need)

    goal_id = _run(args, act)
    if args.json:
        common.print_json({"id": goal_id})
    else:
        print(_("Goal added ({id}).").format(id=goal_id))
    return 0


def _step_add(args: argparse.Namespace) -> int:
    when, shown = _when(args.due) if args.due else (None, "")
    if when is not None:
        _confirm(args, shown)

    def act(vault):
        from caseassist.vault import plan_store

        goal_id = args.goal or plan_store.current_goal(vault, args.code)
        return plan_store.add_step(
            vault, goal_id, args.text, owner=args.owner, due=when.on if when else None
        )

    step_id = _run(args, act)
    if args.json:
        common.print_json({"id": step_id, "due": when.on.isoformat() if when else None})
    elif when:
        print(_("Step added, due {when}.").format(when=shown))
    else:
        print(_("Step added."))
    return 0


def _appointment_add(args: argparse.Namespace) -> int:
    when, shown = _when(args.when)
    _confirm(args, shown)

    def act(vault):
        from caseassist.vault import household_store

        return household_store.add_appointment(
            vault, args.code, when.on, args.what, at_time=when.at_time
        )

    appt_id = _run(args, act)
    if args.json:
        common.print_json({"id": appt_id, "on": when.on.isoformat(), "time": when.at_time or None})
    else:
        print(_("Appointment saved for {when}.").format(when=shown))
    return 0


def _note_add(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise InvalidInput(_("A note cannot be empty; nothing was saved."))

    def act(vault):
        from caseassist.vault import note_store

        note_store.add_note(vault, args.code, args.text)

    _run(args, act)
    print(_("Note added."))
    return 0


def _note_correct(args: argparse.Namespace) -> int:
    def act(vault):
        from caseassist.vault import note_store

        note_store.correct_note(vault, args.note_id, args.text)

    _run(args, act)
    print(_("Note corrected; the earlier text is kept in its history."))
    return 0


def _handover(args: argparse.Namespace) -> int:
    def act(vault):
        from caseassist.services import handover

        if args.plan:
            return handover.plan_copy(vault, args.code, locale=args.doc_lang, fmt=args.format)
        ref = None if args.referral == "latest" else args.referral
        return handover.referral_summary(
            vault, args.code, ref, locale=args.doc_lang, fmt=args.format
        )

    document = _run(args, act)
    from caseassist.services.handover import write_private

    path = write_private(args.out, document, force=args.force)
    if path is not None:  # `-`: the document itself was the output
        print(_("Written to {path} (readable by you only).").format(path=path))
    return 0


def _reassess(args: argparse.Namespace) -> int:
    locale = get_locale()

    def act(vault):
        from caseassist.services import returning

        return returning.questions(
            returning.reassessment(vault, args.code, args.changed, staff_locale=locale), locale
        )

    rows = _run(args, act)
    if args.json:
        common.print_json(rows)
        return 0
    if not rows:
        print(_("Nothing is open and nothing was marked as changed: no question to ask."))
    for row in rows:
        print(f"{row['id']}\t{row['staff']}")
    return 0


def _returning(args: argparse.Namespace) -> int:
    from caseassist.intake.engine import IntakeSession

    prompt = _("Name they gave (not kept in the shell history): ")
    name = input(prompt) if sys.stdin.isatty() else sys.stdin.readline()
    session = IntakeSession(recorded_by="")
    if name.strip():
        session.correct("person.name", name.strip())
    for fact_id, value in (
        ("person.age", args.age),
        ("person.preferred_language", args.language),
        ("person.country_of_origin", args.country),
    ):
        if value is not None:
            try:
                session.correct(fact_id, value)
            except (ValueError, TypeError) as exc:
                raise InvalidInput(
                    _("{value} is not a usable value here.").format(value=value)
                ) from exc

    def act(vault):
        from caseassist.services import returning

        return returning.candidates(vault, session)

    found = _run(args, act)
    if args.json:
        common.print_json([{"code": code, "matched": why} for code, why in found])
        return 0
    if not found:
        print(_("No earlier case looks like this person."))
    for code, why in found:
        print(f"{code}\t{', '.join(why)}")
    return 0
