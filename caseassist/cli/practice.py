"""`caseassist practice SCENARIO.toml [--json] [--directory PATH]`: a practice intake.

With `--json`, headless (the contract's transcript); without, in the terminal UI.
"""

from __future__ import annotations

import argparse
import sys

from caseassist import i18n
from caseassist.errors import InvalidInput
from caseassist.i18n import _


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "practice",
        parents=[common_parser],
        help=_("practice an intake with a fictional survivor from a scenario file"),
    )
    p.add_argument("scenario", help=_("scenario file (TOML)"))
    p.add_argument(
        "--json", action="store_true", help=_("run the whole intake headlessly and print JSON")
    )
    p.add_argument("--directory", help=_("HSDS folder or JSON file to suggest providers from"))
    p.set_defaults(handler=_practice)


def _practice(args: argparse.Namespace) -> int:
    from caseassist.intake.practice import ScenarioError, load_scenario, render, run_practice

    try:
        scenario = load_scenario(args.scenario)
    except ScenarioError as exc:
        raise InvalidInput(_("Invalid scenario: {problem}").format(problem=str(exc))) from None
    if not args.json:  # the same intake screen, marked as practice, nothing stored
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            # Piped or redirected: a full-screen UI would write escape codes into the pipe.
            raise InvalidInput(
                _("The practice screen needs a terminal; add --json for the transcript as JSON.")
            )
        from caseassist.tui.app import run_practice as practice_in_terminal

        return practice_in_terminal(args.scenario)
    directory = None
    if args.directory:
        from caseassist.services import directory as svc

        directory = svc.open_folder(args.directory)
    if not getattr(args, "lang", None):
        i18n.set_locale(scenario.staff_locale)
    doc = run_practice(scenario, directory)
    sys.stdout.write(render(doc))
    return 0
