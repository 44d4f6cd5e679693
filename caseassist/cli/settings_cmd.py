"""`caseassist settings [--json]`: the effective settings and where each came from.

Exits 2 when a value was ignored as bad, after naming it in one line, so a
shelter's set-up script notices a typo instead of running on a default.
"""

from __future__ import annotations

import argparse
import sys

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
    p.set_defaults(handler=_settings)


def _settings(args: argparse.Namespace) -> int:
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
