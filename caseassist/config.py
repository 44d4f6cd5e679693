"""The settings that are not secret: one typed object for the CLI, the UI and the services.

Each field comes from its default, then `settings.toml` in the user's config
folder, then its environment variable (`CASEASSIST_` and the field's name in
capitals, unless `env` says otherwise); the last one given wins. Nothing about
a survivor is ever kept here, and no passphrase (that is never a setting).

A bad value (a wrong type, NaN, 1e999, out of range) never stops work: the
field keeps its default and `read().problems` holds one plain line naming the
source, the field and what is wrong; `caseassist settings` prints them with
the effective values and where each came from, and the UI shows them.
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace

from caseassist.i18n import N_, _
from caseassist.paths import config_dir

FILE_NAME = "settings.toml"
ENV_PREFIX = "CASEASSIST_"


class BadValue(ValueError):
    """A value a field does not accept; its text ends the one line a user reads."""


def _number(raw: object, *, integer: bool, low: float, high: float) -> float | int:
    kind = _("is not a whole number") if integer else _("is not a number")
    if isinstance(raw, str):
        try:
            raw = float(raw.strip())
        except ValueError:
            raise BadValue(kind) from None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise BadValue(kind)
    if not math.isfinite(raw):
        raise BadValue(_("is not a finite number"))
    if integer and not float(raw).is_integer():
        raise BadValue(kind)
    if not low <= raw <= high:
        raise BadValue(_("must be from {low} to {high}").format(low=f"{low:g}", high=f"{high:g}"))
    return int(raw) if integer else float(raw)


def _minutes(raw: object) -> float:
    return _number(raw, integer=False, low=0, high=24 * 60)


def _whole(low: int, high: int) -> Callable[[object], int]:
    return lambda raw: int(_number(raw, integer=True, low=low, high=high))


def _one_of(*choices: str) -> Callable[[object], str]:
    def check(raw: object) -> str:
        if not isinstance(raw, str) or raw not in choices:
            raise BadValue(
                _("must be one of {choices}").format(choices=", ".join(map(repr, choices)))
            )
        return raw

    return check


def _language(raw: object) -> str:
    from caseassist.i18n import UI_LOCALES

    choices = ", ".join(UI_LOCALES)
    if not isinstance(raw, str):
        raise BadValue(_("must be one of {choices}").format(choices=choices))
    base = raw.split(".")[0].replace("-", "_").split("_")[0].lower()
    if base not in ("", *UI_LOCALES):
        raise BadValue(_("must be one of {choices}").format(choices=choices))
    return base


def _languages(raw: object) -> tuple[str, ...]:
    items = [x for x in raw.split(",") if x.strip()] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise BadValue(_("must be a list of language codes such as en, es"))
    out = tuple(str(x).strip().lower() for x in items)
    if not all(x.isalpha() and 2 <= len(x) <= 3 for x in out):
        raise BadValue(_("must be a list of language codes such as en, es"))
    return out


def _location(raw: object) -> tuple[float, float] | None:
    if raw is None or raw == "":
        return None
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or len(items) != 2:
        raise BadValue(_("must be a latitude and a longitude, such as 44.65, -63.57"))
    return (
        float(_number(items[0], integer=False, low=-90, high=90)),
        float(_number(items[1], integer=False, low=-180, high=180)),
    )


def _days_or_none(raw: object) -> int | None:
    return None if raw in (None, 0, "", "0") else int(_whole(1, 36500)(raw))


def _setting(default, check, doc: str, env: str = ""):
    return field(default=default, metadata={"check": check, "doc": doc, "env": env})


@dataclass(frozen=True)
class Settings:
    ui_language: str = _setting(
        "",
        _language,
        N_("Interface language; empty: from the system."),
        env="CASEASSIST_LANG",
    )
    idle_lock_minutes: float = _setting(
        5.0,
        _minutes,
        N_("Lock the screen after this many idle minutes (0 turns the idle lock off)."),
    )
    theme: str = _setting(
        "textual-dark",
        _one_of("textual-dark", "textual-light", "caseassist-high-contrast"),
        N_("Colours of the terminal UI."),
    )
    staff_languages: tuple[str, ...] = _setting(
        (),
        _languages,
        N_(
            "Languages staff can interview in (codes such as en, es); none: the interface language."
        ),
    )
    shelter_location: tuple[float, float] | None = _setting(
        None, _location, N_("The shelter's latitude and longitude, to rank providers by distance.")
    )
    small_cell_threshold: int = _setting(
        11,
        _whole(2, 100),
        N_("Report counts below this are shown as <N, so no one is singled out."),
    )
    retention_years: int = _setting(
        7, _whole(1, 100), N_("Closed cases are removed this many years after closing.")
    )
    notes_retention_days: int | None = _setting(
        None,
        _days_or_none,
        N_("Notes of closed cases go after this many days (none: with the case)."),
    )

    @staticmethod
    def env_name(name: str) -> str:
        meta = next(f for f in fields(Settings) if f.name == name).metadata
        return meta["env"] or ENV_PREFIX + name.upper()

    @staticmethod
    def doc(name: str) -> str:
        return next(f for f in fields(Settings) if f.name == name).metadata["doc"]


@dataclass(frozen=True)
class Loaded:
    """The effective settings, where each came from, and one line per bad value ignored."""

    settings: Settings
    sources: dict[str, str]  # field -> "default", the file's path, or the variable's name
    problems: tuple[str, ...] = ()


def load(environ: dict[str, str] | None = None) -> Settings:
    """The effective settings (see `read` for where each came from and what was ignored)."""
    return read(environ).settings


def read(environ: dict[str, str] | None = None) -> Loaded:
    """Defaults, then `settings.toml`, then the environment; bad values keep the default."""
    environ = dict(os.environ if environ is None else environ)
    path = config_dir() / FILE_NAME
    values: dict[str, object] = {}
    sources = {f.name: "default" for f in fields(Settings)}
    problems: list[str] = []
    data: dict = {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(
            _("{file}: cannot be read ({kind}); the defaults are used.").format(
                file=path, kind=type(exc).__name__
            )
        )
    for key in sorted(set(data) - {f.name for f in fields(Settings)}):
        problems.append(
            _("{file}: {name} is not a setting; it is ignored.").format(file=path, name=key)
        )
    for f in fields(Settings):
        given = [(str(path), data[f.name])] if f.name in data else []
        env = Settings.env_name(f.name)
        if environ.get(env, "") != "":
            given.append((env, environ[env]))
        for source, raw in given:
            try:
                values[f.name] = f.metadata["check"](raw)
                sources[f.name] = source
            except BadValue as exc:
                problems.append(
                    _("{source}: {name} {problem}; {value} is ignored.").format(
                        source=source, name=f.name, problem=exc, value=_shown(raw)
                    )
                )
    return Loaded(replace(Settings(), **values), sources, tuple(problems))


def remember(name: str, value: str) -> str | None:
    """Keep one setting in `settings.toml` for the next start (the UI language picked at
    the unlock screen); every other line of the file stays as written.

    Only a field of `Settings` with a value it accepts is written: nothing identifying
    and no passphrase can reach the file this way. A file that cannot be read as TOML is
    left alone (it may be someone's half-finished edit). Returns None, or one line saying
    why the setting was not kept (the app goes on either way).
    """
    meta = next(f for f in fields(Settings) if f.name == name).metadata
    value = meta["check"](value)  # BadValue for what the setting does not accept
    path = config_dir() / FILE_NAME
    try:
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        tomllib.loads(old)
        line = f"{name} = {_toml_string(value)}"
        lines = old.splitlines()
        top = next((i for i, x in enumerate(lines) if x.lstrip().startswith("[")), len(lines))
        at = next((i for i, x in enumerate(lines[:top]) if x.split("=")[0].strip() == name), None)
        if at is None:
            lines.insert(top, line)  # a key of its own, above any table
        else:
            lines[at] = line
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = path.with_name(path.name + ".new")
        fresh.write_text("\n".join(lines) + "\n", encoding="utf-8")
        fresh.replace(path)  # whole or not at all
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return _("{file}: the setting {name} could not be kept ({kind}).").format(
            file=path, name=name, kind=type(exc).__name__
        )
    return None


def _toml_string(value: str) -> str:
    """A TOML basic string (the values written here are short codes)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _shown(raw: object) -> str:
    text = repr(raw)
    return text if len(text) <= 40 else text[:37] + "..."


def describe(loaded: Loaded) -> list[str]:
    """One line per setting: name = value (where it came from), then what each means."""
    out = []
    for f in fields(Settings):
        value = getattr(loaded.settings, f.name)
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) else value
        shown = '""' if shown == "" else shown
        source = loaded.sources[f.name]
        out.append(f"{f.name} = {shown!s}  ({_('default') if source == 'default' else source})")
        out.append(f"    {_(f.metadata['doc'])}  [{Settings.env_name(f.name)}]")
    return out
