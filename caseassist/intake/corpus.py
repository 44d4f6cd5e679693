"""The labelled corpus of referral notes and answers, and its frozen dev/test split.

Items are TOML files written by people who never saw the extraction code
(`tests/intake/corpus/<lang>/<id>.toml`). Which item is `dev` (tune on it) and
which is `test` (only scored) is decided once, by a hash of the id, and written
to `split.toml`; an id keeps its side for good, so a test item can never drift
into the tuning set.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from caseassist.intake.facts import FACTS, InvalidValue, coerce

KINDS = ("note", "answer")
SPLITS = ("dev", "test")


class CorpusError(ValueError):
    """An item that cannot be read; the message names the file and the field."""


@dataclass(frozen=True)
class Item:
    id: str
    lang: str
    kind: str
    text: str
    facts: dict[str, object]
    possible: dict[str, object] = field(default_factory=dict)
    asked: tuple[str, ...] = ()
    question: str = ""
    """The words the answer was given to: scored by them ("Do you feel safe?" inverts a yes)."""
    referrer: str = ""
    style: str = ""
    path: str = ""


def _typed(path: Path, table: object, where: str) -> dict[str, object]:
    if not isinstance(table, dict):
        raise CorpusError(f"{path}: [{where}] is not a table")
    out: dict[str, object] = {}
    for fid, value in table.items():
        if fid not in FACTS:
            raise CorpusError(f"{path}: [{where}] names an unknown fact {fid!r}")
        try:
            out[fid] = coerce(fid, value)
        except InvalidValue as exc:
            if FACTS[fid].type in ("lang", "langs"):
                # a real language the vocabulary lacks (e.g. Tzotzil): a fair label, kept
                out[fid] = value
                continue
            raise CorpusError(f"{path}: [{where}] {fid}: {exc}") from None
    return out


def _item(path: Path, data: dict, lang: str) -> Item:
    """One item, its labels checked against the fact vocabulary."""
    data = {"lang": lang, **data}
    for key in ("id", "lang", "kind", "text"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise CorpusError(f"{path}: {key} is missing or empty")
    path = Path(f"{path}#{data['id']}")
    if data["kind"] not in KINDS:
        raise CorpusError(f"{path}: kind must be one of {', '.join(KINDS)}")
    asked = data.get("asked", [])
    if isinstance(asked, str):
        asked = [asked]
    if data["kind"] == "answer" and not asked:
        raise CorpusError(f"{path}: an answer needs asked")
    if any(a not in FACTS for a in asked):
        raise CorpusError(f"{path}: asked names an unknown fact")
    return Item(
        id=data["id"],
        lang=data["lang"],
        kind=data["kind"],
        text=data["text"],
        facts=_typed(path, data.get("facts", {}), "facts"),
        possible=_typed(path, data.get("possible", {}), "possible"),
        asked=tuple(asked),
        question=str(data.get("question", "")),
        referrer=str(data.get("referrer", "")),
        style=str(data.get("style", "")),
        path=str(path),
    )


def load_file(path: Path) -> list[Item]:
    """The items of one file: one item at the top level, or an `[[item]]` list.
    An item without `lang` is in its folder's language."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CorpusError(f"{path}: {exc}") from None
    rows = data["item"] if isinstance(data.get("item"), list) else [data]
    return [_item(path, row, path.parent.name) for row in rows]


def load_items(root: Path) -> list[Item]:
    """Every item under `root/<lang>/`, in id order; ids must be unique."""
    items = [it for p in sorted(root.glob("*/*.toml")) for it in load_file(p)]
    seen: set[str] = set()
    for it in items:
        if it.id in seen:
            raise CorpusError(f"{it.path}: id {it.id!r} is used twice")
        seen.add(it.id)
    return sorted(items, key=lambda it: it.id)


def side_of(item_id: str) -> str:
    """The side a new id falls on: half dev, half test, by a hash of the id alone."""
    return SPLITS[hashlib.sha256(item_id.encode("utf-8")).digest()[0] & 1]


def read_split(path: Path) -> dict[str, str]:
    """id -> "dev" / "test" as recorded."""
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {i: side for side in SPLITS for i in data.get(side, [])}


def freeze(path: Path, ids: list[str]) -> dict[str, str]:
    """Record the side of every id not yet in the split file; recorded ids never move."""
    split = read_split(path)
    for i in ids:
        split.setdefault(i, side_of(i))
    lines = [
        "# The frozen dev/test split of the intake corpus (caseassist.intake.corpus).",
        "# An id keeps its side for good; new ids are added by `make eval`.",
    ]
    for side in SPLITS:
        lines.append(f"{side} = [")
        lines += [f'  "{i}",' for i in sorted(k for k, v in split.items() if v == side)]
        lines.append("]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return split
