"""Import an Open Referral HSDS 3.0 directory (CSV folder or compiled JSON).

Both forms become the same rows, table by table, and pass through one
validator, so the rules are identical: a broken file (bad UTF-8, malformed
CSV, a missing `id` column, a reference to a row that does not exist, a time
that cannot be read) refuses the whole import with file, row, column and
reason, and nothing is returned; a doubtful value (latitude 100, an unknown
weekday) is dropped and reported as a warning on the result. Unknown tables
and columns are ignored.

Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseassist.directory import schedule as sch
from caseassist.directory.model import (
    NEEDS_TAXONOMY,
    TRAITS,
    TRAITS_TAXONOMY,
    Address,
    Directory,
    DirectoryWarning,
    Location,
    Organization,
    Phone,
    Service,
)
from caseassist.directory.model import needs as model_needs
from caseassist.errors import InvalidInput
from caseassist.i18n import _

Progress = Callable[[int, int, str], None]
"""progress(done, total, table): units of work done so far out of total (bytes for CSV)."""

Row = tuple[int, dict[str, str]]

TABLE_FILES: dict[str, str] = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresses.csv",
    "service_at_location": "service_at_location.csv",
    "phone": "phones.csv",
    "language": "languages.csv",
    "schedule": "schedules.csv",
    "required_document": "required_documents.csv",
    "taxonomy": "taxonomies.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
}
"""HSDS resource name -> the file name of the specification's example (datapackage may rename)."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("id",),
    "service": ("id", "name"),
    "location": ("id",),
    "address": ("id", "location_id"),
    "service_at_location": ("id", "service_id", "location_id"),
    "phone": ("id", "number"),
    "language": ("id",),
    "schedule": ("id",),
    "required_document": ("id", "service_id"),
    "taxonomy": ("id",),
    "taxonomy_term": ("id", "code"),
    "attribute": ("id", "link_id", "taxonomy_term_id"),
}

LANGUAGE_ALIASES: dict[str, str] = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "ara": "ar", "ukr": "uk",
    "tgl": "tl", "fil": "tl", "nep": "ne", "hin": "hi", "urd": "ur", "por": "pt",
    "zho": "zh", "chi": "zh", "rus": "ru", "vie": "vi", "kor": "ko", "hat": "ht",
    "pol": "pl", "slk": "sk", "slo": "sk", "som": "so", "amh": "am", "tir": "ti",
    "swa": "sw", "fas": "fa", "per": "fa", "ben": "bn", "pan": "pa", "tha": "th",
    "ron": "ro", "rum": "ro", "deu": "de", "ger": "de", "ita": "it", "jpn": "ja",
}  # fmt: skip
"""ISO 639-2/3 codes that have a two-letter code, so `nep` and `ne` match."""


class DirectoryFileError(InvalidInput):
    """A directory file that cannot be imported; says where and why, never what was in it."""

    def __init__(self, file: str, row: int | None, column: str | None, reason: str) -> None:
        self.file, self.row, self.column, self.reason = file, row, column, reason
        if row is not None and column:
            msg = _("{file}, row {row}, column {column}: {reason}").format(
                file=file, row=row, column=column, reason=reason
            )
        elif row is not None:
            msg = _("{file}, row {row}: {reason}").format(file=file, row=row, reason=reason)
        elif column:
            msg = _("{file}, column {column}: {reason}").format(
                file=file, column=column, reason=reason
            )
        else:
            msg = _("{file}: {reason}").format(file=file, reason=reason)
        super().__init__(_("Directory not imported: {where}").format(where=msg))


def normalize_language(code: str) -> str:
    """`ne-NP`, `NE`, `nep` -> `ne` (the primary subtag, two letters where one exists)."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return LANGUAGE_ALIASES.get(primary, primary)


@cache
def _english_language_names() -> dict[str, str]:
    from babel import Locale

    return {
        name.casefold(): code for code, name in Locale("en").languages.items() if "_" not in code
    }


def _code_for_name(name: str) -> str:
    """A row with only `name` ("Nepali") still counts: CLDR's English names give the code."""
    return _english_language_names().get(name.strip().casefold(), "") if name.strip() else ""


# ---------------------------------------------------------------------------------------------
# Entry points


def load_directory(path: str | Path, *, progress: Progress | None = None) -> Directory:
    """Import a CSV folder (or its datapackage.json) or a JSON file of compiled services."""
    p = Path(path)
    if p.is_dir():
        return load_csv_folder(p, progress=progress)
    if p.is_file() and p.name == "datapackage.json":
        return load_csv_folder(p.parent, progress=progress)
    if p.is_file() and p.suffix.lower() == ".json":
        try:
            data = p.read_bytes()
        except OSError:
            raise DirectoryFileError(p.name, None, None, _("the file is missing")) from None
        return load_json(data, name=p.name, source=str(p))
    raise DirectoryFileError(
        p.name or str(p), None, None, _("not a folder of HSDS CSV files or an HSDS JSON file")
    )


def load_csv_folder(folder: Path, *, progress: Progress | None = None) -> Directory:
    files = _datapackage_files(folder)
    blobs: dict[str, tuple[str, bytes]] = {}
    for table, fname in files.items():
        f = folder / fname
        try:
            if f.is_file():
                blobs[table] = (fname, f.read_bytes())
        except OSError:  # a name too long, a file not readable: say which, not a traceback
            raise DirectoryFileError(fname, None, None, _("the file is missing")) from None
    return load_csv_tables(blobs, source=str(folder), progress=progress)


def load_csv_tables(
    blobs: Mapping[str, tuple[str, bytes]], *, source: str = "", progress: Progress | None = None
) -> Directory:
    """Import from table name -> (file name, raw bytes); what the vault keeps per version."""
    if "service" not in blobs:
        raise DirectoryFileError("services.csv", None, None, _("the file is missing"))
    total = sum(len(b) for _f, b in blobs.values()) or 1
    done = 0
    tables: dict[str, tuple[str, Iterable[Row]]] = {}
    sizes: dict[str, int] = {}

    def partial(table: str, fraction: float) -> None:
        if progress:
            progress(done + int(sizes.get(table, 0) * fraction), total, table)

    for table, (fname, data) in blobs.items():
        tables[table] = (fname, _csv_rows(fname, data, table, partial))
        sizes[table] = len(data)

    def tick(table: str) -> None:
        nonlocal done
        done += sizes.get(table, 0)
        if progress:
            progress(done, total, table)

    return _Builder(tables, source=source, tick=tick).build()


def load_json(data: bytes, *, name: str = "directory.json", source: str = "") -> Directory:
    """A compiled HSDS service object (as `service_full.json`) or a list of them."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DirectoryFileError(
            name, data.count(b"\n", 0, exc.start) + 1, None, _("not valid UTF-8 text")
        ) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DirectoryFileError(name, exc.lineno, None, _("not valid JSON")) from None
    except RecursionError:  # nested deeper than Python's stack
        raise DirectoryFileError(name, None, None, _("not valid JSON")) from None
    items = doc if isinstance(doc, list) else [doc]
    if (
        isinstance(doc, dict)
        and isinstance(doc.get("services"), list)
        and "organization" not in doc
    ):
        items = doc["services"]  # an organization object with its services
    tables = _json_tables(items, name)
    return _Builder(
        {t: (f"{name} ({t})", rows) for t, rows in tables.items()}, source=source or name
    ).build()


# ---------------------------------------------------------------------------------------------
# Reading


def _datapackage_files(folder: Path) -> dict[str, str]:
    files = dict(TABLE_FILES)
    pkg = folder / "datapackage.json"
    if not pkg.is_file():
        return files
    try:
        doc = json.loads(pkg.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, OSError):
        raise DirectoryFileError("datapackage.json", None, None, _("not valid JSON")) from None
    resources = doc.get("resources") if isinstance(doc, dict) else None
    for res in resources if isinstance(resources, list) else []:
        if isinstance(res, dict) and res.get("name") in files and isinstance(res.get("path"), str):
            rel = Path(res["path"])
            if not rel.is_absolute() and ".." not in rel.parts:
                files[res["name"]] = str(rel)
    return files


PROGRESS_EVERY = 20_000
"""Rows between progress reports inside one large table."""


def _csv_rows(
    fname: str, data: bytes, table: str, partial: Callable[[str, float], None] | None = None
) -> Iterator[Row]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DirectoryFileError(
            fname, data.count(b"\n", 0, exc.start) + 1, None, _("not valid UTF-8 text")
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rownum = 0
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip().lower() for h in header]
        for col in REQUIRED_COLUMNS.get(table, ("id",)):
            if col not in header:
                raise DirectoryFileError(fname, 1, col, _("required column is missing"))
        width = len(header)
        rownum = 1
        lines = max(1, text.count("\n")) if partial else 1
        for record in reader:
            rownum += 1
            if partial and rownum % PROGRESS_EVERY == 0:
                partial(table, min(1.0, reader.line_num / lines))
            if not record or (len(record) == 1 and not record[0].strip()):
                continue
            if len(record) != width:
                raise DirectoryFileError(
                    fname,
                    rownum,
                    None,
                    _("has {found} fields where the header has {expected}").format(
                        found=len(record), expected=width
                    ),
                )
            yield rownum, dict(zip(header, record, strict=True))
    except csv.Error:
        # the record that failed to parse (an unclosed quote runs on to the end of the file)
        raise DirectoryFileError(fname, rownum + 1, None, _("malformed CSV")) from None


def _scalar(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _flat(obj: Mapping[str, object], **extra: str) -> dict[str, str]:
    row = {k: s for k, v in obj.items() if (s := _scalar(v)) is not None}
    row.update(extra)
    return row


def _json_tables(items: list[object], name: str) -> dict[str, list[Row]]:
    """Unfold compiled service objects into HSDS tables (first copy of a repeated id wins)."""
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_FILES}
    seen: dict[str, set[str]] = {t: set() for t in TABLE_FILES}

    def add(table: str, n: int, row: dict[str, str]) -> None:
        rid = row.get("id", "")
        if rid and rid in seen[table]:
            return
        seen[table].add(rid)
        tables[table].append((n, row))

    def objs(value: object) -> list[dict]:
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise DirectoryFileError(name, i, None, _("is not an HSDS service object"))
        sid = _scalar(item.get("id")) or ""
        org = item.get("organization")
        org_id = _scalar(item.get("organization_id")) or ""
        if isinstance(org, dict):
            org_id = _scalar(org.get("id")) or org_id
            add("organization", i, _flat(org))
        add("service", i, _flat(item, id=sid, organization_id=org_id))
        for lang in objs(item.get("languages")):
            add("language", i, _flat(lang, service_id=sid))
        for ph in objs(item.get("phones")):
            add("phone", i, _flat(ph, service_id=sid))
        for s in objs(item.get("schedules")):
            add("schedule", i, _flat(s, service_id=sid))
        for doc in objs(item.get("required_documents")):
            add("required_document", i, _flat(doc, service_id=sid))
        for attr in objs(item.get("attributes")):
            term = attr.get("taxonomy_term")
            term_id = _scalar(attr.get("taxonomy_term_id")) or ""
            if isinstance(term, dict):
                term_id = _scalar(term.get("id")) or term_id
                detail = term.get("taxonomy_detail")
                taxonomy = _scalar(term.get("taxonomy")) or ""
                if isinstance(detail, dict):
                    taxonomy = taxonomy or _scalar(detail.get("name")) or ""
                add("taxonomy_term", i, _flat(term, taxonomy=taxonomy))
            link_entity = _scalar(attr.get("link_entity")) or "service"
            if link_entity == "link_entity":  # the specification's placeholder value
                link_entity = "service"
            add(
                "attribute",
                i,
                _flat(attr, link_id=sid, link_entity=link_entity, taxonomy_term_id=term_id),
            )
        for sal in objs(item.get("service_at_locations")):
            loc = sal.get("location")
            loc_id = _scalar(sal.get("location_id")) or ""
            if isinstance(loc, dict):
                loc_id = _scalar(loc.get("id")) or loc_id
                add("location", i, _flat(loc))
                for ad in objs(loc.get("addresses")):
                    add("address", i, _flat(ad, location_id=loc_id))
            add("service_at_location", i, _flat(sal, service_id=sid, location_id=loc_id))
            for s in objs(sal.get("schedules")):
                add("schedule", i, _flat(s, service_id=sid))
    return {t: rows for t, rows in tables.items() if rows}


# ---------------------------------------------------------------------------------------------
# Validation and assembly


class _Builder:
    """Reads tables in dependency order, checks references, then freezes everything."""

    def __init__(
        self,
        tables: Mapping[str, tuple[str, Iterable[Row]]],
        *,
        source: str,
        tick: Callable[[str], None] | None = None,
    ) -> None:
        self.tables = tables
        self.source = source
        self.tick = tick or (lambda _t: None)
        self.warnings: list[DirectoryWarning] = []
        self.orgs: dict[str, Organization] = {}
        self.svc: dict[str, dict] = {}
        self.locs: dict[str, dict] = {}
        self.sal: dict[str, tuple[str, str]] = {}
        self.loc_services: dict[str, list[str]] = {}
        self.terms: dict[str, tuple[str, str]] = {}  # id -> (taxonomy name, code)
        self.taxonomies: dict[str, str] = {}

    # -- helpers

    def _rows(self, table: str) -> tuple[str, Iterable[Row]]:
        fname, rows = self.tables.get(table, (TABLE_FILES[table], ()))
        return fname, rows

    def _ids(self, fname: str, rows: Iterable[Row]) -> Iterator[tuple[int, str, dict[str, str]]]:
        seen: set[str] = set()
        for n, row in rows:
            rid = (row.get("id") or "").strip()
            if not rid:
                raise DirectoryFileError(fname, n, "id", _("the id is empty"))
            if rid in seen:
                raise DirectoryFileError(fname, n, "id", _("the id appears twice"))
            seen.add(rid)
            yield n, rid, row

    def _ref(self, fname: str, n: int, row: dict[str, str], col: str, known: Mapping) -> str:
        value = (row.get(col) or "").strip()
        if value and value not in known:
            raise DirectoryFileError(fname, n, col, _("refers to an id that does not exist"))
        return value

    def warn(self, fname: str, n: int, col: str, message: str) -> None:
        self.warnings.append(DirectoryWarning(fname, n, col, message))

    # -- tables

    def build(self) -> Directory:
        self._organizations()
        self._services()
        self._locations()
        self._addresses()
        self._service_at_location()
        self._phones()
        self._languages()
        self._schedules()
        self._required_documents()
        self._taxonomies()
        self._attributes()
        return self._freeze()

    def _organizations(self) -> None:
        fname, rows = self._rows("organization")
        for _n, rid, r in self._ids(fname, rows):
            self.orgs[rid] = Organization(
                id=rid,
                name=r.get("name", ""),
                alternate_name=r.get("alternate_name", ""),
                description=r.get("description", ""),
                email=r.get("email", ""),
                website=r.get("website", ""),
            )
        self.tick("organization")

    def _age(self, fname: str, n: int, row: dict[str, str], col: str) -> int | None:
        raw = (row.get(col) or "").strip()
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if value < 0 or value > 130 or value != int(value):
            self.warn(fname, n, col, _("not a plausible age; ignored"))
            return None
        return int(value)

    def _services(self) -> None:
        fname, rows = self._rows("service")
        for n, rid, r in self._ids(fname, rows):
            org = self._ref(fname, n, r, "organization_id", self.orgs)
            status = (r.get("status") or "").strip().lower()
            if not status:
                self.warn(fname, n, "status", _("no status; taken as active"))
                status = "active"
            lo = self._age(fname, n, r, "minimum_age")
            hi = self._age(fname, n, r, "maximum_age")
            if lo is not None and hi is not None and lo > hi:
                self.warn(fname, n, "maximum_age", _("below the minimum age; ages ignored"))
                lo = hi = None
            self.svc[rid] = {
                "id": rid,
                "name": r.get("name", ""),
                "organization_id": org,
                "alternate_name": r.get("alternate_name", ""),
                "description": r.get("description", ""),
                "url": r.get("url", ""),
                "email": r.get("email", ""),
                "status": status,
                "interpretation_services": (r.get("interpretation_services") or "").strip(),
                "application_process": r.get("application_process", ""),
                "fees_description": r.get("fees_description", ""),
                "eligibility_description": r.get("eligibility_description", ""),
                "minimum_age": lo,
                "maximum_age": hi,
                "needs": set(),
                "traits": set(),
                "languages": [],
                "required_documents": [],
                "schedules": [],
                "location_ids": [],
                "phones": [],
            }
        self.tick("service")

    def _coord(self, fname: str, n: int, r: dict[str, str], col: str, limit: float) -> float | None:
        raw = (r.get(col) or "").strip()
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not -limit <= value <= limit:
            self.warn(fname, n, col, _("not a valid coordinate; location kept without it"))
            return None
        return value

    def _locations(self) -> None:
        fname, rows = self._rows("location")
        for n, rid, r in self._ids(fname, rows):
            lat = self._coord(fname, n, r, "latitude", 90.0)
            lon = self._coord(fname, n, r, "longitude", 180.0)
            if lat is None or lon is None:
                lat = lon = None
            self.locs[rid] = {
                "id": rid,
                "name": r.get("name", ""),
                "organization_id": (r.get("organization_id") or "").strip(),
                "location_type": r.get("location_type", ""),
                "description": r.get("description", ""),
                "latitude": lat,
                "longitude": lon,
                "addresses": [],
            }
        self.tick("location")

    def _addresses(self) -> None:
        fname, rows = self._rows("address")
        for n, rid, r in self._ids(fname, rows):
            loc = self._ref(fname, n, r, "location_id", self.locs)
            if not loc:
                raise DirectoryFileError(fname, n, "location_id", _("the value is empty"))
            self.locs[loc]["addresses"].append(
                Address(
                    id=rid,
                    address_1=r.get("address_1", ""),
                    address_2=r.get("address_2", ""),
                    city=r.get("city", ""),
                    region=r.get("region", ""),
                    state_province=r.get("state_province", ""),
                    postal_code=r.get("postal_code", ""),
                    country=r.get("country", ""),
                    address_type=r.get("address_type", ""),
                )
            )
        self.tick("address")

    def _service_at_location(self) -> None:
        fname, rows = self._rows("service_at_location")
        for n, rid, r in self._ids(fname, rows):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            loc = self._ref(fname, n, r, "location_id", self.locs)
            if not sid or not loc:
                col = "service_id" if not sid else "location_id"
                raise DirectoryFileError(fname, n, col, _("the value is empty"))
            self.sal[rid] = (sid, loc)
            if loc not in self.svc[sid]["location_ids"]:
                self.svc[sid]["location_ids"].append(loc)
            self.loc_services.setdefault(loc, []).append(sid)
        self.tick("service_at_location")

    def _phones(self) -> None:
        fname, rows = self._rows("phone")
        for n, rid, r in self._ids(fname, rows):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            number = (r.get("number") or "").strip().strip('"')
            if sid and number:
                self.svc[sid]["phones"].append(
                    Phone(
                        id=rid,
                        number=number,
                        extension=r.get("extension", ""),
                        type=r.get("type", ""),
                        description=r.get("description", ""),
                    )
                )
        self.tick("phone")

    def _languages(self) -> None:
        fname, rows = self._rows("language")
        for n, _rid, r in self._ids(fname, rows):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            loc = self._ref(fname, n, r, "location_id", self.locs)
            code = normalize_language(r.get("code") or "") or _code_for_name(r.get("name") or "")
            if not code or not code.isalpha() or len(code) not in (2, 3):
                self.warn(fname, n, "code", _("not a language code; ignored"))
                continue
            targets = [sid] if sid else self.loc_services.get(loc, [])
            for target in targets:
                langs = self.svc[target]["languages"]
                if code not in langs:
                    langs.append(code)
        self.tick("language")

    def _tz(self, fname: str, n: int, raw: str) -> dt.tzinfo | None:
        raw = raw.strip()
        if not raw:
            return None
        try:
            return sch.offset_hours(float(raw))
        except ValueError:
            pass
        try:
            return ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            self.warn(fname, n, "timezone", _("unknown time zone; ignored"))
            return None

    def _date(self, fname: str, n: int, r: dict[str, str], col: str) -> dt.date | None:
        raw = (r.get(col) or "").strip()
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            self.warn(fname, n, col, _("not a date; ignored"))
            return None

    def _schedules(self) -> None:
        fname, rows = self._rows("schedule")
        for n, _rid, r in self._ids(fname, rows):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            loc = self._ref(fname, n, r, "location_id", self.locs)
            sal = self._ref(fname, n, r, "service_at_location_id", self.sal)
            if sid:
                targets = [sid]
            elif sal:
                targets = [self.sal[sal][0]]
            else:
                targets = self.loc_services.get(loc, [])
            parsed = self._schedule(fname, n, r)
            if parsed is None:
                continue
            for target in targets:
                self.svc[target]["schedules"].append(parsed)
        self.tick("schedule")

    def _schedule(self, fname: str, n: int, r: dict[str, str]) -> sch.Schedule | None:
        raw_open = (r.get("opens_at") or "").strip()
        raw_close = (r.get("closes_at") or "").strip()
        times = []
        for col, raw in (("opens_at", raw_open), ("closes_at", raw_close)):
            if not raw:
                times.append((None, None))
                continue
            try:
                times.append(sch.parse_time(raw))
            except ValueError:
                raise DirectoryFileError(
                    fname, n, col, _("not a time (expected HH:MM or HH:MM:SS)")
                ) from None
        (opens, open_tz), (closes, close_tz) = times
        if opens is None and closes is None:
            return None  # hours given only as a description
        if opens is None or closes is None:
            col = "closes_at" if closes is None else "opens_at"
            self.warn(fname, n, col, _("only one end of the opening hours; schedule ignored"))
            return None
        tz = open_tz or close_tz or self._tz(fname, n, r.get("timezone") or "")
        if open_tz and close_tz and open_tz != close_tz:
            probe = dt.datetime(2000, 1, 3, tzinfo=open_tz)
            shift = (close_tz.utcoffset(probe) - open_tz.utcoffset(probe)).total_seconds() // 60
            closes = int(closes - shift) % sch.END_OF_DAY or sch.END_OF_DAY
        freq = (r.get("freq") or "").strip().upper() or "DAILY"
        if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
            self.warn(fname, n, "freq", _("unsupported repeat rule; schedule ignored"))
            return None
        byday: list[int] = []
        bynth: list[tuple[int, int]] = []
        raw_days = (r.get("byday") or "").strip()
        for token in (t.strip().upper() for t in raw_days.split(",") if t.strip()):
            code = token.lstrip("+-0123456789")
            prefix = token[: len(token) - len(code)]
            if code not in sch.WEEKDAYS:
                self.warn(fname, n, "byday", _("unknown weekday; dropped"))
                continue
            byday.append(sch.WEEKDAYS[code])
            if prefix.lstrip("+-"):
                nth = int(prefix)
                if 1 <= abs(nth) <= 5:
                    bynth.append((nth, sch.WEEKDAYS[code]))
                else:
                    self.warn(fname, n, "byday", _("unknown weekday; dropped"))
        if raw_days and not byday:
            return None
        bymonthday: list[int] = []
        if freq == "MONTHLY":
            for token in (r.get("bymonthday") or "").split(","):
                if token.strip().isdigit() and 1 <= int(token) <= 31:
                    bymonthday.append(int(token))
            if not bymonthday:
                if byday and not bynth:
                    freq = "WEEKLY"  # MONTHLY on plain weekdays: every such weekday
                elif not byday:
                    self.warn(fname, n, "bymonthday", _("no days of the month; schedule ignored"))
                    return None
        if freq == "WEEKLY" and not byday:
            start = self._date(fname, n, r, "dtstart")
            if start:
                byday = [start.weekday()]
        valid_to = self._date(fname, n, r, "valid_to")
        until = self._date(fname, n, r, "until")
        if until and (valid_to is None or until < valid_to):
            valid_to = until
        return sch.Schedule(
            freq=freq,
            opens=opens,
            closes=closes,
            byday=tuple(sorted(set(byday))) if freq != "DAILY" else (),
            bymonthday=tuple(sorted(set(bymonthday))),
            bynth=tuple(sorted(set(bynth))) if freq == "MONTHLY" and not bymonthday else (),
            tz=tz,
            valid_from=self._date(fname, n, r, "valid_from"),
            valid_to=valid_to,
            description=r.get("description", ""),
        )

    def _required_documents(self) -> None:
        fname, rows = self._rows("required_document")
        for n, _rid, r in self._ids(fname, rows):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            doc = (r.get("document") or "").strip()
            if sid and doc:
                self.svc[sid]["required_documents"].append(doc)
        self.tick("required_document")

    def _taxonomies(self) -> None:
        fname, rows = self._rows("taxonomy")
        for _n, rid, r in self._ids(fname, rows):
            self.taxonomies[rid] = (r.get("name") or "").strip()
        self.tick("taxonomy")
        fname, rows = self._rows("taxonomy_term")
        for _n, rid, r in self._ids(fname, rows):
            taxonomy = (r.get("taxonomy") or "").strip() or self.taxonomies.get(
                (r.get("taxonomy_id") or "").strip(), ""
            )
            self.terms[rid] = (taxonomy, (r.get("code") or "").strip().lower())
        self.tick("taxonomy_term")

    def _attributes(self) -> None:
        fname, rows = self._rows("attribute")
        needs, traits = set(model_needs()), set(TRAITS)
        for n, _rid, r in self._ids(fname, rows):
            term = self._ref(fname, n, r, "taxonomy_term_id", self.terms)
            entity = (r.get("link_entity") or "").strip().lower()
            if entity != "service":
                continue
            sid = self._ref(fname, n, r, "link_id", self.svc)
            taxonomy, code = self.terms.get(term, ("", ""))
            if taxonomy == NEEDS_TAXONOMY:
                if code in needs:
                    self.svc[sid]["needs"].add(code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown need category; ignored"))
            elif taxonomy == TRAITS_TAXONOMY:
                if code in traits:
                    self.svc[sid]["traits"].add(code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown eligibility term; ignored"))
        self.tick("attribute")

    def _freeze(self) -> Directory:
        locations = {
            k: Location(**{**v, "addresses": tuple(v["addresses"])}) for k, v in self.locs.items()
        }
        services = []
        for v in self.svc.values():
            v["needs"] = frozenset(v["needs"])
            v["traits"] = frozenset(v["traits"])
            for key in ("languages", "required_documents", "schedules", "location_ids", "phones"):
                v[key] = tuple(v[key])
            services.append(Service(**v))
        return Directory(
            services=tuple(services),
            organizations=self.orgs,
            locations=locations,
            warnings=tuple(self.warnings),
            source=self.source,
        )
