"""`caseassist settings [--json]`: the effective settings and where each came from.

Exits 2 when a value was ignored as bad, after naming it in one line, so a
shelter's set-up script notices a typo instead of running on a default.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields

from caseassist import config, paths
from caseassist.cli import common
from caseassist.i18n import _


def register(sub, common_parser: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "settings",
        parents=[common_parser],
        help=_("show the effective settings and where each came from"),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON"))
    p.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        help=_("keep a setting in settings.toml (for example ui_language=fr), then show them"),
    )
    p.set_defaults(handler=_settings)


def _settings(args: argparse.Namespace) -> int:
    settable = sorted(f.name for f in fields(config.Settings) if f.type in ("str", str))
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in settable:
            print(
                _("caseassist: --set takes NAME=VALUE, NAME one of: {names}").format(
                    names=", ".join(settable)
                ),
                file=sys.stderr,
            )
            return 2
        try:
            problem = config.remember(name.strip(), value.strip())
        except config.BadValue as exc:
            print(f"caseassist: {exc}", file=sys.stderr)
            return 2
        if problem:
            print(f"caseassist: {problem}", file=sys.stderr)
            return 1
    loaded = config.read()
    file = paths.config_dir() / config.FILE_NAME
    if args.json:
        common.print_json(
            {
                "file": str(file),
                "settings": {
                    name: {"value": getattr(loaded.settings, name), "from": source}
                    for name, source in loaded.sources.items()
                },
                "problems": list(loaded.problems),
            }
        )
    else:
        print(_("Settings file: {file}").format(file=file))
        print("\n".join(config.describe(loaded)))
    for problem in loaded.problems:
        print(f"caseassist: {problem}", file=sys.stderr)
    return 2 if loaded.problems else 0
