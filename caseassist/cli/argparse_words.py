"""argparse's own words (usage, errors, help headings) in the staff member's language.

argparse looks its messages up through the module-level `gettext` functions it
imported, in a domain of its own that no catalog of ours fills: a Spanish-speaking
worker who mistyped an option read "error: unrecognized arguments" in English beside
Spanish help. `install()` points argparse at the app's catalogs; the messages below
are listed so that `make catalogs` extracts them (argparse's own wording, verbatim:
they are looked up by it).
"""

from __future__ import annotations

import argparse

from caseassist import i18n
from caseassist.i18n import N_

MESSAGES = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("can't open '%(filename)s': %(error)s"),
)
"""argparse's messages a user can meet (Python 3.11 to 3.13). Its one plural, "expected
%s arguments", comes only from an option taking a fixed count, which no command has."""


def _translate(message: str | None) -> str | None:
    """argparse passes None for a missing subparser description: kept as None."""
    return i18n._(message) if message else message


def install() -> None:
    """Make argparse translate through the app's catalogs in the active language."""
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
