"""Validate CSV files against a Frictionless tabular data package schema (HSDS 3.0's own).

Checks what the HSDS schema declares: known columns, required values, unique
values and primary keys, enums, types (number, date, time, datetime) and
formats (uuid, email, uri), and foreign keys between the files present.
Written here rather than taking `frictionless` as a dev dependency: these
checks are the whole of what the export tests need.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

SCHEMA = Path(__file__).parent / "fixtures" / "hsds-3.0-datapackage.json"
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.I)


def _type_ok(kind: str, value: str) -> bool:
    try:
        if kind == "number":
            float(value)
        elif kind == "integer":
            int(value)
        elif kind == "date":
            dt.date.fromisoformat(value)
            return len(value) == 10
        elif kind == "time":
            dt.datetime.strptime(value, "%H:%M:%S")
        elif kind == "datetime":
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif kind == "boolean":
            return value in ("true", "false", "True", "False", "1", "0")
    except ValueError:
        return False
    return True


def _format_ok(fmt: str | None, value: str) -> bool:
    if fmt == "uuid":
        return bool(_UUID.match(value))
    if fmt == "email":
        return bool(_EMAIL.match(value))
    if fmt == "uri":
        return bool(_URI.match(value))
    return True


def validate_folder(folder: Path, schema_path: Path = SCHEMA) -> list[str]:
    """Every error found, as "file, row N, column: what"; an empty list means valid."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    by_path = {r["path"]: r for r in schema["resources"]}
    by_name = {r["name"]: r for r in schema["resources"]}
    tables: dict[str, list[dict[str, str]]] = {}
    errors: list[str] = []
    for f in sorted(folder.glob("*.csv")):
        res = by_path.get(f.name)
        if res is None:
            errors.append(f"{f.name}: not a resource of HSDS 3.0")
            continue
        with f.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
            fh.seek(0)
            header = next(csv.reader(fh), [])
        fields = {fd["name"]: fd for fd in res["schema"]["fields"]}
        for col in header:
            if col not in fields:
                errors.append(f"{f.name}, column {col}: not a field of {res['name']}")
        for name, fd in fields.items():
            cons = fd.get("constraints", {})
            if cons.get("required") and name not in header:
                errors.append(f"{f.name}, column {name}: required column missing")
        for i, row in enumerate(rows, start=2):
            for name, value in row.items():
                fd = fields.get(name)
                if fd is None:
                    continue
                cons = fd.get("constraints", {})
                if value == "":
                    if cons.get("required"):
                        errors.append(f"{f.name}, row {i}, {name}: required value empty")
                    continue
                if "enum" in cons and value not in cons["enum"]:
                    errors.append(f"{f.name}, row {i}, {name}: {value!r} not in {cons['enum']}")
                if not _type_ok(fd.get("type", "string"), value):
                    errors.append(f"{f.name}, row {i}, {name}: not a {fd.get('type')}")
                if not _format_ok(fd.get("format"), value):
                    errors.append(f"{f.name}, row {i}, {name}: not a {fd.get('format')}")
        for name, fd in fields.items():
            if fd.get("constraints", {}).get("unique") or res["schema"].get("primaryKey") == name:
                values = [r.get(name, "") for r in rows if r.get(name, "")]
                if len(values) != len(set(values)):
                    errors.append(f"{f.name}, column {name}: values repeat")
        tables[res["name"]] = rows
    for name, rows in tables.items():
        for fk in by_name[name]["schema"].get("foreignKeys", []):
            col, ref = fk["fields"], fk["reference"]
            target = tables.get(ref["resource"])
            known = {r.get(ref["fields"], "") for r in target} if target is not None else set()
            for i, row in enumerate(rows, start=2):
                value = row.get(col, "")
                if value and value not in known:
                    errors.append(
                        f"{by_name[name]['path']}, row {i}, {col}: no {ref['resource']} {value}"
                    )
    return errors
