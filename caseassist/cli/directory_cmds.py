"""`caseassist directory import | export | search`: the provider directory for staff."""

from __future__ import annotations

import argparse
import sys

from caseassist.cli import common
from caseassist.directory import MatchResult
from caseassist.directory.errors import DirectoryShrinks
from caseassist.directory.model import service_needs
from caseassist.errors import InvalidInput
from caseassist.i18n import _, format_number, ngettext
from caseassist.services import directory as svc
from caseassist.vocabulary import category_named


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "directory",
        parents=[common_parser],
        help=_("provider directory (HSDS): import, export, search"),
    )
    dsub = p.add_subparsers(dest="directory_command", metavar=_("ACTION"))
    p.set_defaults(handler=lambda _a: p.print_help() or 2)

    imp = dsub.add_parser(
        "import", parents=[common_parser], help=_("import an HSDS directory into the vault")
    )
    imp.add_argument(
        "path",
        help=_(
            "folder of HSDS CSV files (3.0, 2.0 or 1.1), an HSDS JSON file, or a spreadsheet (CSV or XLSX)"
        ),
    )
    imp.add_argument("--quiet", action="store_true", help=_("no progress"))
    imp.add_argument(
        "--strict",
        action="store_true",
        help=_("refuse the whole file at the first row that cannot be used"),
    )
    imp.add_argument(
        "--replace",
        action="store_true",
        help=_("import even when it covers far fewer needs than the directory in use"),
    )
    imp.set_defaults(handler=_import)

    tpl = dsub.add_parser(
        "template",
        parents=[common_parser],
        help=_("write an empty spreadsheet (CSV) to fill in, one row per service"),
    )
    tpl.add_argument("out_file", help=_("the CSV file to write; - prints it instead"))
    tpl.add_argument(
        "--force", action="store_true", help=_("replace the file if it already exists")
    )
    tpl.set_defaults(handler=_template)

    exp = dsub.add_parser(
        "export", parents=[common_parser], help=_("write the directory as HSDS CSV files")
    )
    exp.add_argument("out_dir", help=_("folder to write into"))
    exp.add_argument(
        "--force", action="store_true", help=_("replace files of an earlier export there")
    )
    exp.set_defaults(handler=_export)

    s = dsub.add_parser(
        "search", parents=[common_parser], help=_("find providers for a need, ranked with reasons")
    )
    s.add_argument(
        "--need",
        required=True,
        type=category_named,
        choices=service_needs(),
        help=_("need category: its code, or its name in any language of the interface"),
    )
    s.add_argument(
        "--language", help=_("preferred language, by name or code (Nepali, népalais, ne)")
    )
    s.add_argument("--age", type=int, help=_("age in years"))
    s.add_argument(
        "--country", help=_("country of origin, two-letter code (NG): a community's services")
    )
    s.add_argument("--gender", help=_("female, male, nonbinary or self_described"))
    s.add_argument("--children", type=int, help=_("number of children with them"))
    s.add_argument(
        "--no-police", action="store_true", help=_("the person does not want law enforcement")
    )
    s.add_argument("--at", help=_("the time to check opening hours at (ISO 8601)"))
    s.add_argument("--origin", help=_("LATITUDE,LONGITUDE to rank by distance"))
    s.add_argument(
        "--radius",
        type=float,
        default=svc.DEFAULT_RADIUS_KM,
        help=_("with --origin: set apart services farther than this many km (default 50)"),
    )
    s.add_argument(
        "--anywhere", action="store_true", help=_("with --origin: no radius, rank by distance only")
    )
    s.add_argument("--limit", type=int, default=3, help=_("how many suggestions (default 3)"))
    s.add_argument(
        "--directory", help=_("search this HSDS folder or JSON file instead of the vault")
    )
    s.add_argument("--json", action="store_true", help=_("print JSON"))
    s.set_defaults(handler=_search)


def _progress_printer(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int, _table: str) -> None:
        pct = int(100 * done / max(total, 1))
        if pct != last[0]:
            last[0] = pct
            print("\r" + _("Importing… {percent}%").format(percent=pct), end="", file=sys.stderr)

    return show


def _import(args: argparse.Namespace) -> int:
    vault = common.open_vault(args, action="directory.import")
    try:
        directory, _version = svc.import_into_vault(
            vault,
            args.path,
            _progress_printer(args.quiet),
            strict=args.strict,
            replace=args.replace,
        )
    except DirectoryShrinks as exc:
        if not args.quiet and sys.stderr.isatty():
            print(file=sys.stderr)  # past the progress line
        raise InvalidInput(
            exc.message + " " + _("Check its need column, or add --replace to use it anyway.")
        ) from None
    finally:
        vault.close()
    if not args.quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        ngettext(
            "Imported {count} service; this directory is now in use.",
            "Imported {count} services; this directory is now in use.",
            len(directory),
        ).format(count=format_number(len(directory)))
    )
    for line in svc.summary_lines(directory):
        print(line)
    return 0


def _template(args: argparse.Namespace) -> int:
    path = svc.write_template(args.out_file, force=args.force)
    if path is None:  # `-`: the template itself was the output
        return 0
    print(_("Wrote {file}: fill in one row per service, then import it.").format(file=path))
    return 0


def _export(args: argparse.Namespace) -> int:
    vault = common.open_vault(args)
    try:
        written = svc.export_from_vault(vault, args.out_dir, force=args.force)
    finally:
        vault.close()
    print(
        ngettext("Wrote {count} file.", "Wrote {count} files.", len(written)).format(
            count=len(written)
        )
    )
    return 0


def _search(args: argparse.Namespace) -> int:
    facts = svc.search_facts(
        language=args.language,
        age=args.age,
        gender=args.gender,
        children=args.children,
        no_police=args.no_police,
        country=args.country,
    )
    now = svc.parse_when(args.at)
    origin = svc.parse_origin(args.origin)

    def run(directory) -> MatchResult:
        return svc.search(
            directory,
            args.need,
            facts,
            now=now,
            limit=max(1, args.limit),
            origin=origin,
            radius_km=None if args.anywhere else args.radius,
        )

    if args.directory:
        result = run(svc.open_folder(args.directory))
    else:
        vault = common.open_vault(args)
        try:  # the vault's directory is read row by row as the search asks
            result = run(svc.active_directory(vault))
        finally:
            vault.close()
    if args.json:
        common.print_json(result.as_dict())
    else:
        _print_result(result)
    return 0


def _print_result(result: MatchResult) -> None:
    if result.message:
        print(result.message)
    for i, s in enumerate(result.suggestions, start=1):
        org = f" ({s.organization})" if s.organization and s.organization != s.name else ""
        print(f"{i}. {s.name}{org}")
        if s.reasons:
            print("   + " + "; ".join(s.reasons))
        for c in s.caveats:
            print("   ! " + c)
        if s.address:
            print("   " + _("Address: {address}").format(address=s.address))
        if s.distance_km is not None:
            print("   " + _("{distance} km away").format(distance=format_number(s.distance_km)))
        if s.contact:
            print("   " + _("Contact: {contact}").format(contact=", ".join(s.contact)))
    apart = [e for e in result.excluded if e.listed_apart]
    if apart:
        print(_("Not suggested, because the person does not want law enforcement:"))
        for e in apart:
            print(f"   - {e.name}: {e.reason}")
    far = [e for e in result.excluded if e.code == "far"]
    if far:
        print(
            ngettext(
                "{count} more beyond the radius (--anywhere to include it).",
                "{count} more beyond the radius (--anywhere to include them).",
                len(far),
            ).format(count=len(far))
        )
    others = [e for e in result.excluded if not e.listed_apart and e.code != "far"]
    if others:
        print(_("Not suggested:"))
        for e in others:
            print(f"   - {e.name}: {e.reason}")
    hidden = result.excluded_count - len(result.excluded)
    if hidden > 0:
        print("   " + _("… and {count} more not suggested.").format(count=hidden))
