"""A directory kept as a plain spreadsheet: one row per service, saved as CSV.

Many shelters keep their directory as a list, not as HSDS. Each row becomes
the HSDS rows the builder reads, so the same rules apply: needs by the
project's names or the taxonomy rules (a "food bank" is food), languages by
name, hours as written ("Mon-Fri 9am-5pm", "24 hours"), eligibility from its
words. `TEMPLATE_COLUMNS` is the header `caseassist directory template` writes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from caseassist.directory.errors import DirectoryFileError, utf8_text
from caseassist.directory.hsds import Row, Source
from caseassist.i18n import _, ngettext

TEMPLATE_COLUMNS: tuple[str, ...] = (
    "name",
    "organization",
    "needs",
    "address",
    "city",
    "phone",
    "email",
    "website",
    "hours",
    "languages",
    "eligibility",
    "description",
    "latitude",
    "longitude",
)
"""One row per service; `needs` and `languages` may list several, separated by commas."""

SPLIT = re.compile(r"\s*[,;/|]\s*")


def template_text() -> str:
    return ",".join(TEMPLATE_COLUMNS) + "\n"


def read_spreadsheet(path: Path, *, strict: bool = False) -> Source:
    """A CSV file, or the first sheet of an Excel workbook (.xlsx)."""
    try:
        size = path.stat().st_size
    except OSError:
        raise DirectoryFileError(path.name, None, None, _("the file is missing")) from None
    if path.suffix.lower() == ".xlsx":
        rows = _records(path.name, _xlsx_records(path), strict)
        form = "spreadsheet (XLSX)"
    else:
        try:
            data = path.read_bytes()
        except OSError:
            raise DirectoryFileError(path.name, None, None, _("the file is missing")) from None
        rows = _rows(path.name, data, strict)
        form = "spreadsheet (CSV)"
    tables: dict[str, list[Row]] = {
        t: []
        for t in (
            "organization",
            "service",
            "location",
            "address",
            "service_at_location",
            "phone",
            "language",
            "schedule",
            "taxonomy_term",
            "attribute",
        )
    }
    orgs: dict[str, str] = {}
    terms: set[str] = set()
    for n, r in rows:
        if "__long__" in r:
            tables["service"].append((n, r))
            continue
        name = (r.get("name") or "").strip()
        if not name:
            continue
        sid = f"row-{n}"
        org_name = (r.get("organization") or "").strip()
        org_id = ""
        if org_name:
            if org_name.casefold() not in orgs:
                orgs[org_name.casefold()] = f"org-{len(orgs) + 1}"
                tables["organization"].append(
                    (n, {"id": orgs[org_name.casefold()], "name": org_name})
                )
            org_id = orgs[org_name.casefold()]
        tables["service"].append(
            (
                n,
                {
                    "id": sid,
                    "name": name,
                    "organization_id": org_id,
                    "status": "active",
                    "description": r.get("description", ""),
                    "email": r.get("email", ""),
                    "url": r.get("website", ""),
                    "eligibility_description": r.get("eligibility", ""),
                },
            )
        )
        address, city = (r.get("address") or "").strip(), (r.get("city") or "").strip()
        lat, lon = (r.get("latitude") or "").strip(), (r.get("longitude") or "").strip()
        if address or city or lat:
            loc = f"{sid}-place"
            tables["location"].append(
                (n, {"id": loc, "name": name, "latitude": lat, "longitude": lon})
            )
            if address or city:
                tables["address"].append(
                    (
                        n,
                        {
                            "id": f"{sid}-address",
                            "location_id": loc,
                            "address_1": address,
                            "city": city,
                            "address_type": "physical",
                        },
                    )
                )
            tables["service_at_location"].append(
                (n, {"id": f"{sid}-at", "service_id": sid, "location_id": loc})
            )
        for k, phone in enumerate(p for p in SPLIT.split(r.get("phone") or "") if p.strip()):
            tables["phone"].append(
                (n, {"id": f"{sid}-phone-{k}", "service_id": sid, "number": phone})
            )
        if (r.get("languages") or "").strip():
            tables["language"].append(
                (n, {"id": f"{sid}-languages", "service_id": sid, "name": r["languages"]})
            )
        if (r.get("hours") or "").strip():
            tables["schedule"].append(
                (n, {"id": f"{sid}-hours", "service_id": sid, "description": r["hours"].strip()})
            )
        for k, need in enumerate(x for x in SPLIT.split(r.get("needs") or "") if x.strip()):
            tid = f"need:{need.strip().casefold()}"
            if tid not in terms:
                terms.add(tid)
                tables["taxonomy_term"].append(
                    (n, {"id": tid, "code": need.strip().lower(), "name": need.strip(),
                         "taxonomy": "spreadsheet"})
                )  # fmt: skip
            tables["attribute"].append(
                (
                    n,
                    {
                        "id": f"{sid}-need-{k}",
                        "link_id": sid,
                        "taxonomy_term_id": tid,
                        "link_entity": "service",
                    },
                )
            )
    return Source(
        {t: (path.name, rows) for t, rows in tables.items() if rows},
        form,
        path.name,
        {"service": size},
    )


def _rows(fname: str, data: bytes, strict: bool) -> list[Row]:
    """Rows under lower-cased header names; a short row padded, a long one marked."""
    text = utf8_text(data, fname)
    return _records(fname, csv.reader(io.StringIO(text, newline=""), strict=True), strict)


def _xlsx_records(path: Path) -> Iterator[list[str]]:
    """The first sheet's rows as text, read-only (a workbook is not loaded whole);
    formulas as their saved values, whole numbers without ".0", times as HH:MM."""
    from openpyxl import load_workbook  # only for .xlsx: nothing else pays its import

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a zip that is not a workbook, a damaged one: one line, not a traceback
        raise DirectoryFileError(
            path.name, None, None, _("not an Excel workbook that can be read; save it as CSV")
        ) from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            cells = [_cell_text(v) for v in row]
            while cells and not cells[-1].strip():  # a sheet's blank columns past the last
                cells.pop()
            yield cells
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _records(fname: str, reader: Iterable[list[str]], strict: bool) -> list[Row]:
    """Rows under lower-cased header names; a short row padded, a long one marked."""
    out: list[Row] = []
    records = iter(reader)
    n = 1
    try:
        header = [h.strip().lower() for h in next(records, [])]
        if "name" not in header:
            raise DirectoryFileError(fname, 1, "name", _("required column is missing"))
        for n, record in enumerate(records, start=2):  # noqa: B007  (n is read after the loop)
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(header):
                if strict:
                    raise DirectoryFileError(
                        fname,
                        n,
                        None,
                        ngettext(
                            "has {found} field where the header has {expected}",
                            "has {found} fields where the header has {expected}",
                            len(record),
                        ).format(found=len(record), expected=len(header)),
                    )
                out.append((n, {"id": f"row-{n}", "__long__": str(len(record))}))
                continue
            record = record + [""] * (len(header) - len(record))
            out.append((n, dict(zip(header, record, strict=True))))
    except csv.Error:
        raise DirectoryFileError(fname, n + 1, None, _("malformed CSV")) from None
    return out
