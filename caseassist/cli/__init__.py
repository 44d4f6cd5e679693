"""The `caseassist` command line: one entry point, one module per command group.

Every command returns an exit code. A `CaseAssistError` becomes one line on
stderr and its exit code; anything else becomes one neutral line that names
only the kind of failure, because an exception's text may hold a survivor's
words and the screen may be seen by others. No traceback reaches a user.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from caseassist import __version__, i18n
from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _

COMMAND_MODULES: tuple[str, ...] = (
    # Each module has `register(subparsers, common)`; order is the order in --help.
    "open_cmd",
    "vault_cmds",
    "demo_cmd",
    "case_cmds",
    "report_cmd",
    "directory_cmds",
    "practice",
    "settings_cmd",
)
"""Modules under `caseassist.cli` that add subcommands."""

COMMAND_MODULE: dict[str, str] = {
    "open": "open_cmd",
    "init": "vault_cmds",
    "user": "vault_cmds",
    "backup": "vault_cmds",
    "restore": "vault_cmds",
    "purge": "vault_cmds",
    "roles": "vault_cmds",
    "audit": "vault_cmds",
    "demo": "demo_cmd",
    "case": "case_cmds",
    "report": "report_cmd",
    "directory": "directory_cmds",
    "practice": "practice",
    "settings": "settings_cmd",
}
"""Which module registers each command, so a run imports only its own command's module
(`caseassist open` paints the unlock screen without loading the directory or the vault).
A command missing here still works: the whole parser is built for it."""

_VALUE_OPTIONS = ("--data-dir", "--user", "--lang")
"""Common options that take a value: skipped when looking for the command's name."""

ARGPARSE_MESSAGES = (
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
"""argparse's own messages a user can meet (its usage, errors and help headings), listed
so that `make catalogs` extracts them: argparse looks them up through the module-level
`gettext` it imported, in a domain no catalog of ours fills, so a Spanish-speaking worker
read "error: unrecognized arguments" in English beside Spanish help. Its wording,
verbatim (Python 3.11 to 3.13). Its one plural, "expected %s arguments", comes only from
an option taking a fixed count, which no command has."""


def _argparse_text(message: str | None) -> str | None:
    """argparse's lookups, through the app's catalogs in the active language (it passes
    None for a missing subparser description: kept as None)."""
    return i18n._(message) if message else message


argparse._ = _argparse_text  # type: ignore[attr-defined]
argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand accepts, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=_(
            "folder holding the encrypted vault (default: CASEASSIST_DATA_DIR or the user data folder)"
        ),
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help=_("account name (default: CASEASSIST_USER)"),
    )
    common.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        help=_("interface language: en, es, fr or pt"),
    )
    return common


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The parser with the subcommands of `modules` (all of them unless told)."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="caseassist",
        description=_("Trauma-informed case management for shelter staff."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"caseassist {__version__}")
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in modules:
        importlib.import_module(f"caseassist.cli.{name}").register(sub, common)
    return parser


def run() -> NoReturn:
    """The `caseassist` command: `main()`, then an exit that skips the collector's last walk.

    A command loads SQLAlchemy, pydantic and the stores: hundreds of thousands of
    objects that live until the process ends. At shutdown the interpreter would
    walk them all once more looking for garbage (measured on `case list` at load 9:
    1.46 s of 8.2 s; frozen, 0.13 s); they are left to the operating system. The commands
    close the vault and their files themselves; atexit handlers and the flush of
    stdout and stderr still run.

    A command that opens the terminal UI first turns the terminal's echo off, so keys
    typed while it starts are neither shown nor lost (`caseassist.tui.typeahead`).
    """
    from caseassist.tui.typeahead import kept_keys

    with kept_keys(_opens_ui(sys.argv[1:])):  # the first thing done: keys typed ahead kept
        code = main()
    gc.freeze()
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_locale(_early_lang(args_list) or _settings_lang() or i18n.locale_from_environment())
    command = _command_name(args_list)
    parser = build_parser(_modules_for(command))
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse already printed its one-line usage error
        return int(exc.code or 0)
    if getattr(args, "lang", None):
        i18n.set_locale(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None and sys.stdin.isatty() and sys.stdout.isatty():
        from caseassist.cli.open_cmd import open_ui  # `caseassist` alone, at a terminal

        handler = open_ui
    if handler is None:
        build_parser().print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except CaseAssistError as exc:
        print(f"caseassist: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("caseassist: stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - the last guard before a user's screen
        print(
            _("caseassist: unexpected internal error ({kind}); nothing was changed.").format(
                kind=type(exc).__name__
            ),
            file=sys.stderr,
        )
        return 70


def _settings_lang() -> str:
    """The `language` setting (CASEASSIST_LANG, then settings.toml); empty: the system's."""
    from caseassist import config

    return config.load().ui_language


def _command_name(argv: list[str]) -> str | None:
    """The first word that is not an option (or an option's value): the command, if any."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg in ("-h", "--help", "--version"):
            return None
        elif not arg.startswith("-"):
            return arg
    return ""


def _opens_ui(argv: list[str]) -> bool:
    """Whether these arguments open the terminal UI (`open`, `demo`, `practice` without
    `--json`, no command at all), read before anything else is loaded."""
    command = _command_name(argv)
    if command in ("", "open"):
        return True
    if command == "demo":
        return "--no-tui" not in argv
    return command == "practice" and "--json" not in argv


def _modules_for(command: str | None) -> Sequence[str]:
    """Only the command's own module; every module for help, version or an unknown word."""
    if command == "":
        return ("open_cmd",)  # no command: the terminal UI, or help (built in full then)
    if command in COMMAND_MODULE:
        return (COMMAND_MODULE[command],)
    return COMMAND_MODULES


def _early_lang(argv: list[str]) -> str | None:
    """Find `--lang` before parsing, so --help is already translated."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
