"""The statement rules' expanded tables kept on disk, so a process loads them instead of
building them again (`statement_rules.rules`).

Building the tables from `resources/intake/lexicon/` (every concept rule's phrases written
out, every pattern's needles, the cancel and offer phrase trees) took about 1.3 s of the
CPU `warm.warm()` spends after an unlock, the same in every process. The tables are pure
data derived from the lexicon files and the code that expands them, so they are written
once to the user's cache folder (`paths.cache_dir`) as JSON and read back: never pickle
(a file in a user folder is read as data, never run), and nothing in it comes from a note,
an answer or a vault: it is the same file on every computer with the same release.

The file names the digest it was built from: the lexicon files, this package's own
modules (the code that expands them), the release and the Python version. A file that is
missing, stale, unreadable or not what it should be is built again and written silently;
a cache folder that cannot be written only means the next process builds them too.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from pathlib import Path

from caseassist.durable_files import replace_file
from caseassist.paths import cache_dir, resources_dir

_FORMAT = 2
"""Raised when the file's layout changes (its digest covers the code, this is a guard)."""

_REGEXES = ("cancel_regex", "clear_regex", "offer_regex")


@cache
def _digest() -> str:
    """The lexicon's files, the intake's modules (the code that expands them, its readers
    included), the release and the Python version, hashed (once a process)."""
    from caseassist import __version__

    h = hashlib.sha256(f"{_FORMAT} {__version__} {sys.version}".encode())
    lexicon = resources_dir() / "intake" / "lexicon"
    code = Path(__file__).resolve().parent
    for base, paths in ((lexicon, lexicon.rglob("*")), (code, code.rglob("*.py"))):
        for path in sorted(p for p in paths if p.is_file()):
            h.update(f"\0{path.relative_to(base).as_posix()}\0".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _path(name: str) -> Path:
    return cache_dir() / name


# ------------------------------------------------------------------ values as JSON


def _frozensets(v: list) -> tuple[frozenset[str], ...]:
    return tuple(map(frozenset, v))


_DECODE: dict[str, Callable[[list], object]] = {
    # a field's annotation -> its value back from JSON lists (decoded by its shape, not by
    # tags on every element: a tag a set took most of the loading time)
    "frozenset[str]": frozenset,
    "tuple[str, ...]": tuple,
    "tuple[frozenset[str], ...]": _frozensets,
    "tuple[tuple[frozenset[str], ...], ...]": lambda v: tuple(map(_frozensets, v)),
    "tuple[tuple[tuple[str, ...], ...], ...]": lambda v: tuple(
        tuple(map(tuple, sets)) for sets in v
    ),
}
_SCALARS = (type(None), bool, int, float, str)


def _enc(value: object, annotation: str) -> object:
    """A field's value as JSON; a field of a shape `_DECODE` does not know is refused, so
    a new kind of field keeps the file from being written instead of coming back wrong."""
    if annotation in _DECODE:
        return _plain(value)
    if type(value) in _SCALARS:
        return value
    raise TypeError(f"no JSON form for {annotation}")


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    if type(value) is str:
        return value
    raise TypeError(f"no JSON form for {type(value).__name__}")


# ------------------------------------------------------------------ rules


def _encode_rule(rule) -> dict:
    row: dict[str, object] = {}
    for f in fields(rule):
        value = getattr(rule, f.name)
        if f.name == "patterns":
            row["patterns"] = [
                [p.source, sorted(p.skipper.skip), list(p.skipper.keeps)]
                if hasattr(p, "skipper")
                else p.source
                for p in value
            ]
        elif f.name in _REGEXES:
            row[f.name] = None if value is None else [value.pattern, value.flags]
        else:
            row[f.name] = _enc(value, f.type)
    return row


def _decode_rule(row: dict, rule_type, compiled: dict):
    from caseassist.intake.lazy import LazyPattern
    from caseassist.intake.skip_words import ConceptPattern, skipper

    kwargs = {}
    for f in fields(rule_type):
        value = row[f.name]
        if f.name == "patterns":
            kwargs["patterns"] = tuple(
                LazyPattern(p)
                if isinstance(p, str)
                else ConceptPattern(p[0], skipper(frozenset(p[1]), tuple(p[2])))
                for p in value
            )
        elif f.name in _REGEXES:  # (one compiled regex for the rules sharing a phrase list)
            kwargs[f.name] = None if value is None else _compiled(compiled, *value)
        else:
            decode = _DECODE.get(f.type)
            kwargs[f.name] = decode(value) if decode is not None else value
    return rule_type(**kwargs)


def _compiled(done: dict, source: str, flags: int) -> re.Pattern[str]:
    if (source, flags) not in done:
        done[source, flags] = re.compile(source, flags)
    return done[source, flags]


_BROKEN = (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, re.error)
"""What a file that is not what it should be raises while it is read back."""


def _load(path: Path, key: str, rule_type) -> tuple | None:
    """The rules of the cache file, or None when it is missing, stale or unreadable."""
    return _read(path, key, lambda rows: _decode_rules(rows, rule_type))


def _decode_rules(rows: list, rule_type) -> tuple:
    compiled: dict = {}
    return tuple(_decode_rule(row, rule_type, compiled) for row in rows)


def _read(path: Path, key: str, decode: Callable[[object], object]) -> object | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        return decode(data["rules"])
    except _BROKEN:
        return None


def _write(path: Path, key: str, encode: Callable[[], object]) -> None:
    """Written whole or not at all (another process may read it meanwhile)."""
    try:
        data = json.dumps({"key": key, "rules": encode()}).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_file(path, data, prefix=f".{path.stem}-", suffix=".tmp")
    except (OSError, TypeError, ValueError):
        pass  # a read-only or full cache folder: the next process builds them again


def cached_rules(build: Callable[[], tuple], rule_type) -> tuple:
    """The rules from the cache file when it matches this release's data and code;
    otherwise `build()`, written for the next process."""
    return cached_table(
        "rules",
        build,
        lambda rules: [_encode_rule(r) for r in rules],
        lambda rows: _decode_rules(rows, rule_type),
    )


def cached_table(
    name: str,
    build: Callable[[], object],
    encode: Callable[[object], object],
    decode: Callable[[object], object],
) -> object:
    """Another table derived from the lexicon alone (`name`: its file), kept as the rules
    are: `encode` makes it JSON, `decode` gives it back (raising on anything unexpected)."""
    try:
        key = _digest()
    except OSError:
        return build()
    path = _path(f"intake-{name}.json")
    loaded = _read(path, key, decode)
    if loaded is not None:
        return loaded
    table = build()
    _write(path, key, lambda: encode(table))
    return table
