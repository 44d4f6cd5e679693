"""Turn read tables into a `Directory`: check references, map terms to needs, read eligibility.

Tables are read in dependency order. In tolerant mode (the default) a row that
cannot be used is skipped and counted under its reason, with the first place
it happened, in the directory's `ImportReport`; a service whose organization is
missing is kept without it. In strict mode the first such fault refuses the
import. A doubtful value (latitude 100, an unknown weekday) is dropped with a
warning in both modes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseassist.directory import codec
from caseassist.directory import schedule as sch
from caseassist.directory.eligibility import read_restrictions
from caseassist.directory.errors import DirectoryFileError
from caseassist.directory.export import NO_ORGANIZATION, web_address
from caseassist.directory.hsds import (
    SHORT_ROW,
    TABLE_FILES,
    ImportOptions,
    Progress,
    Row,
    SkipTable,
    Source,
)
from caseassist.directory.languages import language_codes
from caseassist.directory.model import (
    NEEDS_TAXONOMY,
    TRAITS,
    TRAITS_TAXONOMY,
    Address,
    Contact,
    Directory,
    DirectoryWarning,
    ImportReport,
    Location,
    Organization,
    Phone,
    Service,
    Term,
    service_needs,
)
from caseassist.directory.taxonomy import (
    AIRS_CODE,
    is_eligibility_term,
    keyword_need,
    shipped_rules,
    term_need,
)
from caseassist.i18n import N_, _

SCHEDULE_COLUMNS = (
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "description",
    "timezone",
    "freq",
    "byday",
    "days",
    "bymonthday",
)
"""Every cell a schedule row is read from: rows equal in these read the same."""
SCHEDULE_MEMO = 4096

PROGRESS_EVERY = 20_000
"""Rows between progress reports inside one large table."""

# Reasons a row is skipped (tolerant) or refused (strict); translated where shown.
R_EMPTY_ID = N_("the id is empty")
R_REPEATED = N_("the id appears twice")
R_DANGLING = N_("refers to an id that does not exist")
R_LONG = N_("more fields than the header")
R_BAD_TIME = N_("opening hours that cannot be read")
R_NO_TARGET = N_("linked to no service or location")
N_SHORT = N_("rows shorter than their header: missing cells read as empty")
N_NO_ORG = N_("services whose organization is missing: kept without it")
N_TIME_COLUMNS = N_("opening hours found in date columns: read as hours")
N_TEXT_HOURS = N_("opening hours written as text: read")
N_TEXT_UNREAD = N_("opening hours written as text that cannot be read without guessing: not used")


def build(source: Source, opts: ImportOptions, *, progress: Progress | None = None) -> Directory:
    return _Builder(source, opts, progress).build()


def build_spilled(
    source: Source, opts: ImportOptions, spill: Spill, *, progress: Progress | None = None
) -> _Builder:
    """Read every table, keeping services and locations in `spill` rather than in memory;
    then `services()` and `locations()` give them back whole, one at a time."""
    builder = _Builder(source, opts, progress, spill)
    builder.read()
    return builder


class _Builder:
    """Reads tables in dependency order, checks references, then freezes everything."""

    def __init__(
        self,
        source: Source,
        opts: ImportOptions,
        progress: Progress | None,
        spill: Spill | None = None,
    ) -> None:
        self.spill = spill
        self._said = 0  # warnings, faults and notes so far: a parse that said nothing may be reused
        self._schedule_memo: dict[tuple, list[sch.Schedule] | None] = {}
        self._schedule_refs: dict[sch.Schedule, int] = {}  # spilled: each set of hours once
        self._schedule_list: list[sch.Schedule] = []
        self._base_keys: dict[int, tuple[str, ...]] = {}
        self.tables = _original_ids(source.tables)
        self.source = source.name
        self.opts = opts
        self.strict = opts.strict
        self.rules = (
            opts.need_rules.merged_over(shipped_rules()) if opts.need_rules else shipped_rules()
        )
        self.progress = progress
        self.sizes = source.sizes
        self.total = sum(source.sizes.values()) or 1
        self.done = 0
        self.report = ImportReport(format=source.format)
        self.warnings: list[DirectoryWarning] = []
        self.orgs: dict[str, Organization] = {}
        self.svc: dict[str, dict] = {}
        self.locs: dict[str, dict] = {}
        self.sal: dict[str, str] = {}  # service_at_location id -> its service
        self.loc_services: dict[str, list[str]] = {}
        self.terms: dict[str, Term] = {}
        self.parents: dict[str, list[str]] = {}  # term -> every parent listed (2.0 lists several)
        self.taxonomies: dict[str, str] = {}
        self.placeholders: set[str] = set()
        self.language_cells: dict[
            str, tuple[list[str], list[str]]
        ] = {}  # exported stand-ins for missing organizations

    # -- helpers

    def _rows(self, table: str) -> tuple[str, Iterable[Row]]:
        fname, rows = self.tables.get(table, (TABLE_FILES[table][0], ()))
        return fname, rows

    def tick(self, table: str) -> None:
        self.done += self.sizes.get(table, 0)
        if self.progress:
            self.progress(self.done, self.total, table)

    def fault(self, fname: str, n: int, col: str | None, reason: str) -> None:
        """Refuse (strict) or skip the row and count it under its reason (tolerant)."""
        self._said += 1
        if self.strict:
            raise DirectoryFileError(fname, n, col, _(reason))
        where = f"{fname}, row {n}" + (f", {col}" if col else "")
        self.report.skip(fname, reason, where)

    def warn(self, fname: str, n: int, col: str, message: str) -> None:
        self._said += 1
        self.warnings.append(DirectoryWarning(fname, n, col, message))

    def _ids(
        self, fname: str, rows: Iterable[Row], table: str, *, link: str = ""
    ) -> Iterator[tuple[int, str, dict[str, str]]]:
        """Rows with a usable id. `link`: a column that, with the id, makes a row distinct
        (HSDS 1.x repeats a schedule's id once per service it serves)."""
        seen: set[tuple[str, str]] = set()
        size = self.sizes.get(table, 0)
        read = 0  # bytes of this table read so far, near enough
        try:
            for n, row in rows:
                if self.progress and size and n % 64 == 0:  # one row in 64, near enough
                    read += 64 * sum(len(v) + 1 for v in row.values())
                    if n % PROGRESS_EVERY == 0:
                        self.progress(self.done + min(read, size), self.total, table)
                if "__long__" in row:
                    self.fault(fname, n, None, R_LONG)
                    continue
                if SHORT_ROW in row:
                    self.report.note(fname, N_SHORT, f"{fname}, row {n}")
                rid = (row.get("id") or "").strip()
                if not rid:
                    self.fault(fname, n, "id", R_EMPTY_ID)
                    continue
                key = (rid, (row.get(link) or "").strip() if link else "")
                if key in seen:
                    self.fault(fname, n, "id", R_REPEATED)
                    continue
                seen.add(key)
                yield n, rid, row
        except SkipTable as skip:
            self.report.skip(
                skip.fname, N_("table without a required column: not read"), skip.column
            )

    def _ref(self, fname: str, n: int, row: dict[str, str], col: str, known: Mapping) -> str | None:
        """The referenced id, "" when empty, None when it refers to nothing (row faulted)."""
        value = (row.get(col) or "").strip()
        if value and value not in known:
            if value == "0" and col != "link_id":  # HSDS 1.x exports write 0 for "none"
                return ""
            self.fault(fname, n, col, R_DANGLING)
            return None
        return value

    # -- tables

    def build(self) -> Directory:
        self.read()
        return self._freeze()

    def read(self) -> None:
        self._organizations()
        self._services()
        self._eligibility()
        self._locations()
        self._addresses()
        self._service_at_location()
        self._phones()
        self._contacts()
        self._service_areas()
        self._languages()
        self._schedules()
        self._required_documents()
        self._taxonomies()
        self._attributes()

    def _organizations(self) -> None:
        fname, rows = self._rows("organization")
        for _n, rid, r in self._ids(fname, rows, "organization"):
            name, description = r.get("name", ""), r.get("description", "")
            if description == NO_ORGANIZATION:
                self.placeholders.add(rid)
                continue  # the stand-in an HSDS 3.0 export writes for a missing organization
            self.orgs[rid] = Organization(
                id=rid,
                name=name,
                alternate_name=r.get("alternate_name", ""),
                description="" if description == name else description,
                email=r.get("email", ""),
                website=web_address(r.get("website", "") or r.get("url", "")),
            )
            self.report.count("organization")
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
        for n, rid, r in self._ids(fname, rows, "service"):
            org = (r.get("organization_id") or "").strip()
            if org in self.placeholders:
                org = ""
            if org and org not in self.orgs:
                if self.strict:
                    raise DirectoryFileError(fname, n, "organization_id", _(R_DANGLING))
                self.report.note(fname, N_NO_ORG, f"{fname}, row {n}")
                org = ""
            status = (r.get("status") or "").strip().lower()
            if not status:
                self.warn(fname, n, "status", _("no status; taken as active"))
                status = "active"
            # "a@x.org; b@x.org": the first is the service's, the others become contacts
            emails = [e.strip() for e in re.split(r"[;,\s]+", r.get("email") or "") if e.strip()]
            lo = self._age(fname, n, r, "minimum_age")
            hi = self._age(fname, n, r, "maximum_age")
            if lo is not None and hi is not None and lo > hi:
                self.warn(fname, n, "maximum_age", _("below the minimum age; ages ignored"))
                lo = hi = None
            self._new_service(
                rid,
                {
                    "id": rid,
                    "name": r.get("name", ""),
                    "organization_id": org,
                    "alternate_name": r.get("alternate_name", ""),
                    "description": r.get("description", ""),
                    "url": web_address(r.get("url", "")),
                    "email": emails[0] if emails else "",
                    "status": status,
                    "interpretation_services": (r.get("interpretation_services") or "").strip(),
                    "application_process": r.get("application_process", ""),
                    "fees_description": r.get("fees_description", ""),
                    "eligibility_description": (r.get("eligibility_description") or "").strip(),
                    "minimum_age": lo,
                    "maximum_age": hi,
                },
            )
            for k, e in enumerate(emails[1:], 1):
                self._add(rid, "contacts", Contact(f"{rid}#email-{k}", email=e))
            self.report.count("service")
        self.tick("service")

    def _eligibility(self) -> None:
        """HSDS 1.x `eligibility.csv`: one text per row, joined into the service's description."""
        fname, rows = self._rows("eligibility")
        for n, _rid, r in self._ids(fname, rows, "eligibility", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            text = (r.get("text") or "").strip()
            if not sid or not text:
                continue
            self._add(sid, "eligibility", text)
            self.report.count("eligibility")
        self.tick("eligibility")

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
        for n, rid, r in self._ids(fname, rows, "location"):
            lat = self._coord(fname, n, r, "latitude", 90.0)
            lon = self._coord(fname, n, r, "longitude", 180.0)
            if lat is None or lon is None:
                lat = lon = None
            self._new_location(
                rid,
                {
                    "id": rid,
                    "name": r.get("name", ""),
                    "organization_id": (r.get("organization_id") or "").strip(),
                    "location_type": r.get("location_type", ""),
                    "description": r.get("description", ""),
                    "latitude": lat,
                    "longitude": lon,
                },
            )
            self.report.count("location")
        self.tick("location")

    def _addresses(self) -> None:
        fname, rows = self._rows("address")
        for n, rid, r in self._ids(fname, rows, "address"):
            loc = self._ref(fname, n, r, "location_id", self.locs)
            if loc is None:
                continue
            if not loc:
                self.fault(fname, n, "location_id", R_NO_TARGET)
                continue
            self._add_address(
                loc,
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
                ),
            )
            self.report.count("address")
        self.tick("address")

    def _service_at_location(self) -> None:
        fname, rows = self._rows("service_at_location")
        for n, rid, r in self._ids(fname, rows, "service_at_location"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            loc = self._ref(fname, n, r, "location_id", self.locs) if sid is not None else None
            if sid is None or loc is None:
                continue
            if not sid or not loc:
                self.fault(fname, n, "service_id" if not sid else "location_id", R_NO_TARGET)
                continue
            self.sal[rid] = sid
            self._add(sid, "location_ids", loc)
            self.loc_services.setdefault(loc, []).append(sid)
            self.report.count("service_at_location")
        self.tick("service_at_location")

    def _targets(self, fname: str, n: int, r: dict[str, str]) -> list[str] | None:
        """The services a row belongs to, by service, service_at_location or location."""
        sid = self._ref(fname, n, r, "service_id", self.svc)
        if sid is None:
            return None
        if sid:
            return [sid]
        sal = self._ref(fname, n, r, "service_at_location_id", self.sal)
        if sal is None:
            return None
        if sal:
            return [self.sal[sal]]
        loc = self._ref(fname, n, r, "location_id", self.locs)
        if loc is None:
            return None
        return list(self.loc_services.get(loc, [])) if loc else []

    def _phones(self) -> None:
        fname, rows = self._rows("phone")
        for n, rid, r in self._ids(fname, rows, "phone", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            if sid is None:
                continue
            number = (r.get("number") or "").strip().strip('"')
            if sid and number:
                self._add(
                    sid,
                    "phones",
                    Phone(
                        id=rid,
                        number=number,
                        extension=(r.get("extension") or "").strip(),
                        type=r.get("type", ""),
                        description=r.get("description", ""),
                    ),
                )
                self.report.count("phone")
        self.tick("phone")

    def _contacts(self) -> None:
        fname, rows = self._rows("contact")
        for _n, rid, r in self._ids(fname, rows, "contact"):
            sid = (r.get("service_id") or "").strip()
            if sid in ("", "0") or sid not in self.svc:
                continue  # organization contacts are not shown with a service
            self._add(
                sid,
                "contacts",
                Contact(rid, r.get("name", ""), r.get("title", ""), r.get("email", "")),
            )
            self.report.count("contact")
        self.tick("contact")

    def _service_areas(self) -> None:
        fname, rows = self._rows("service_area")
        for _n, _rid, r in self._ids(fname, rows, "service_area", link="service_id"):
            sid = (r.get("service_id") or "").strip()
            name = (r.get("name") or r.get("description") or "").strip()
            if sid in self.svc and name:
                self._add(sid, "service_areas", name)
                self.report.count("service_area")
        self.tick("service_area")

    def _languages(self) -> None:
        fname, rows = self._rows("language")
        for n, _rid, r in self._ids(fname, rows, "language", link="service_id"):
            targets = self._targets(fname, n, r)
            if targets is None:
                continue
            codes: list[str] = []
            unknown: list[str] = []
            for cell in (r.get("code") or "", r.get("name") or ""):
                if cell.strip() and not codes:
                    if cell not in self.language_cells:  # a directory repeats a few dozen
                        self.language_cells[cell] = language_codes(cell, self.opts.language_names)
                    codes, unknown = self.language_cells[cell]
            if not codes:
                for name in unknown or [(r.get("name") or r.get("code") or "").strip()]:
                    if name:
                        self.report.unknown_languages[name] = (
                            self.report.unknown_languages.get(name, 0) + 1
                        )
                if self.strict:
                    raise DirectoryFileError(fname, n, "code", _("not a language code"))
                self.warn(fname, n, "code", _("not a language code; ignored"))
                continue
            for name in unknown:
                self.report.unknown_languages[name] = self.report.unknown_languages.get(name, 0) + 1
            for target in targets:
                for code in codes:
                    self._add(target, "languages", code)
            self.report.count("language")
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
            if not _is_time(raw):
                self.warn(fname, n, col, _("not a date; ignored"))
            return None

    def _schedules(self) -> None:
        fname, rows = self._rows("schedule")
        for n, _rid, r in self._ids(fname, rows, "schedule", link="service_id"):
            targets = self._targets(fname, n, r)
            if targets is None:
                continue
            if not targets:
                self.fault(fname, n, "service_id", R_NO_TARGET)
                continue
            parsed = self._schedule(fname, n, r)
            if parsed is None:
                continue
            for target in targets:
                for one in parsed:
                    self._add(target, "schedules", one)
            self.report.count("schedule")
        self.tick("schedule")

    def _times(self, fname: str, n: int, r: dict[str, str]) -> tuple[str, str] | None:
        """`opens_at`/`closes_at`; in HSDS 1.x/2.0 exports they may sit in date columns."""
        opens, closes = (r.get("opens_at") or "").strip(), (r.get("closes_at") or "").strip()
        if opens or closes:
            return opens, closes
        found = [
            (col, v)
            for col in ("valid_from", "valid_to", "dtstart", "until")
            if (v := (r.get(col) or "").strip()) and (_is_time(v) or sch.ALL_DAY_WORDS.match(v))
        ]
        if not found:
            return None
        self._note(fname, N_TIME_COLUMNS, f"{fname}, row {n}, {found[0][0]}")
        values = [v for _c, v in found]
        return values[0], values[1] if len(values) > 1 else ""

    def _schedule(self, fname: str, n: int, r: dict[str, str]) -> list[sch.Schedule] | None:
        """A row's schedules; rows alike read once (a directory repeats "Mon-Fri 9-5" often)
        unless reading them said something (a warning or a note is kept for each row)."""
        key = tuple(r.get(c) for c in SCHEDULE_COLUMNS)
        if key in self._schedule_memo:
            return self._schedule_memo[key]
        said = self._said
        parsed = self._read_schedule(fname, n, r)
        if self._said == said and len(self._schedule_memo) < SCHEDULE_MEMO:
            self._schedule_memo[key] = parsed
        return parsed

    def _note(self, fname: str, reason: str, where: str) -> None:
        self._said += 1
        self.report.note(fname, reason, where)

    def _read_schedule(self, fname: str, n: int, r: dict[str, str]) -> list[sch.Schedule] | None:
        times = self._times(fname, n, r)
        if times is None:
            text = (r.get("description") or "").strip()
            windows = sch.parse_hours_text(text) if text else []
            if windows is None:
                self._note(fname, N_TEXT_UNREAD, f"{fname}, row {n}, description")
            if windows:
                self._note(fname, N_TEXT_HOURS, f"{fname}, row {n}, description")
                return [
                    sch.Schedule(
                        freq="WEEKLY" if days else "DAILY",
                        opens=o,
                        closes=c,
                        byday=days,
                        description=text,
                    )
                    for days, o, c in windows
                ]
            return None  # hours given only as a description, or not at all
        raw_open, raw_close = times
        if sch.ALL_DAY_WORDS.match(raw_open) and not raw_close:
            (opens, open_tz), (closes, close_tz) = (0, None), (sch.END_OF_DAY, None)
        else:
            parsed = []
            for col, raw in (("opens_at", raw_open), ("closes_at", raw_close)):
                if not raw:
                    parsed.append((None, None))
                    continue
                try:
                    parsed.append(sch.parse_clock(raw))
                except ValueError:
                    self.fault(fname, n, col, R_BAD_TIME)
                    return None
            (opens, open_tz), (closes, close_tz) = parsed
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
        byday: list[int] = []
        bynth: list[tuple[int, int]] = []
        raw_days = (r.get("byday") or "").strip()
        text_days = (r.get("days") or "").strip()
        if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
            named = sch.parse_days(freq) if not raw_days else None
            if named:  # a weekday name in the freq column (seen in HSDS 2.0 exports)
                byday.extend(named)
                freq = "WEEKLY"
            else:
                self.warn(fname, n, "freq", _("unsupported repeat rule; schedule ignored"))
                return None
        for token in (t.strip().upper() for t in raw_days.split(",") if t.strip()):
            code = token.lstrip("+-0123456789")
            prefix = token[: len(token) - len(code)]
            if code not in sch.WEEKDAYS:
                named = sch.parse_days(code)
                if named and not prefix:
                    byday.extend(named)
                    continue
                self.warn(fname, n, "byday", _("unknown weekday; dropped"))
                continue
            byday.append(sch.WEEKDAYS[code])
            if prefix.lstrip("+-"):
                nth = int(prefix)
                if 1 <= abs(nth) <= 5:
                    bynth.append((nth, sch.WEEKDAYS[code]))
                else:
                    self.warn(fname, n, "byday", _("unknown weekday; dropped"))
        if text_days:
            named = sch.parse_days(text_days)
            nth = sch.parse_nth_days(text_days) if named is None else None
            if nth:
                freq = "MONTHLY"
                bynth.extend(nth)
                byday.extend(d for _k, d in nth)
            elif named is None:
                self.fault(fname, n, "days", R_BAD_TIME)
                return None
            else:
                byday.extend(named)
        if (raw_days or text_days) and not byday:
            return None
        if byday and freq == "DAILY":
            freq = "WEEKLY"
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
            else:
                freq = "DAILY"
        if len(set(byday)) == 7 and freq == "WEEKLY":
            freq, byday = "DAILY", []
        valid_to = self._date(fname, n, r, "valid_to")
        until = self._date(fname, n, r, "until")
        if until and (valid_to is None or until < valid_to):
            valid_to = until
        return [
            sch.Schedule(
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
        ]

    def _required_documents(self) -> None:
        fname, rows = self._rows("required_document")
        for n, _rid, r in self._ids(fname, rows, "required_document", link="service_id"):
            sid = self._ref(fname, n, r, "service_id", self.svc)
            doc = (r.get("document") or "").strip()
            if sid and doc:
                self._add(sid, "required_documents", doc)
                self.report.count("required_document")
        self.tick("required_document")

    def _taxonomies(self) -> None:
        fname, rows = self._rows("taxonomy")
        for _n, rid, r in self._ids(fname, rows, "taxonomy"):
            self.taxonomies[rid] = (r.get("name") or "").strip()
        self.tick("taxonomy")
        fname, rows = self._rows("taxonomy_term")
        for _n, rid, r in self._ids(fname, rows, "taxonomy_term"):
            taxonomy = (r.get("taxonomy") or "").strip() or self.taxonomies.get(
                (r.get("taxonomy_id") or "").strip(), ""
            )
            code = (r.get("code") or "").strip()
            if not code and AIRS_CODE.match(rid.upper()):
                code = rid  # HSDS 1.1 exports of 211s key their taxonomy by the AIRS code
            name = (r.get("name") or "").strip()
            description = (r.get("description") or "").strip()
            parents = [p.strip() for p in (r.get("parent_id") or "").split(",") if p.strip()]
            self.terms[rid] = Term(
                id=rid,
                name=name,
                code=code,
                taxonomy=taxonomy,
                description="" if description in (name, code) else description,
                parent_id=parents[0] if parents else "",  # HSDS 3.0 has room for one
            )
            self.parents[rid] = parents
            self.report.count("taxonomy_term")
        self.tick("taxonomy_term")

    def _term_needs(self, term: Term, memo: dict[str, tuple[str | None, str]]) -> str | None:
        """The need of a term, else of its nearest mapped parent (parents may be listed)."""
        if term.id in memo:
            return memo[term.id][0]
        memo[term.id] = (None, "")  # guards against a cycle of parents
        need, how = term_need(term.code, term.name, self.rules, own_needs=service_needs())
        if need is None:
            for parent in self.parents.get(term.id, ()):
                p = self.terms.get(parent)
                if p is not None and (need := self._term_needs(p, memo)):
                    break
        if need is None:
            need = keyword_need(term.name, self.rules)
        memo[term.id] = (need, how)
        return need

    def _attributes(self) -> None:
        fname, rows = self._rows("attribute")
        traits, needs = set(TRAITS), set(service_needs())
        memo: dict[str, tuple[str | None, str]] = {}
        for n, _rid, r in self._ids(fname, rows, "attribute", link="link_id"):
            term_id = self._ref(fname, n, r, "taxonomy_term_id", self.terms)
            if term_id is None:
                continue
            entity = (r.get("link_entity") or "service").strip().lower()
            if entity != "service":
                continue
            sid = self._ref(fname, n, r, "link_id", self.svc)
            if not sid or not term_id:
                continue
            term = self.terms[term_id]
            code = term.code.lower()
            if term.taxonomy == NEEDS_TAXONOMY:
                if code in needs:
                    self._add(sid, "needs", code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown need category; ignored"))
                continue
            if term.taxonomy == TRAITS_TAXONOMY:
                if code in traits:
                    self._add(sid, "traits", code)
                else:
                    self.warn(fname, n, "taxonomy_term_id", _("unknown eligibility term; ignored"))
                continue
            self._add(sid, "terms", term)
            self.report.count("attribute")
            if is_eligibility_term(term.taxonomy, term.code):
                self._add(sid, "elig_terms", term.name)
                continue
            need = self._term_needs(term, memo)
            if need:
                self._add(sid, "term_needs", need)
            elif term.name:
                un = self.report.unmapped_terms
                label = f"{term.code} {term.name}".strip() if term.code != term.name else term.name
                un[label] = un.get(label, 0) + 1
        self.tick("attribute")

    # -- where services and locations are gathered: in memory, or spilled to the vault

    def _new_service(self, rid: str, base: dict) -> None:
        if self.spill is None:
            self.svc[rid] = {"base": base, **{f: [] for f in CHILD_FIELDS}}
            return
        key = len(self.svc) + 1
        self.svc[rid] = key  # type: ignore[assignment]  (spilled: the id's key, no row)
        self.spill.put(SERVICES, key, "base", self._base_text(SERVICES, base))

    def _add(self, sid: str, what: str, value: object) -> None:
        """One more value of a service's field (a language, a schedule, a term, ...)."""
        if self.spill is None:
            self.svc[sid][what].append(value)
        else:
            self.spill.put(SERVICES, self.svc[sid], what, self._spilled(what, value))  # type: ignore[arg-type]

    def _new_location(self, rid: str, base: dict) -> None:
        if self.spill is None:
            self.locs[rid] = {"base": base, "addresses": []}
            return
        key = len(self.locs) + 1
        self.locs[rid] = key  # type: ignore[assignment]
        self.spill.put(LOCATIONS, key, "base", self._base_text(LOCATIONS, base))

    def _add_address(self, loc: str, address: Address) -> None:
        if self.spill is None:
            self.locs[loc]["addresses"].append(address)
        else:
            self.spill.put(LOCATIONS, self.locs[loc], "addresses", _spilled("addresses", address))  # type: ignore[arg-type]

    def _base_text(self, group: int, base: dict) -> str:
        """A service's or location's own cells as one text (numbers as digits, None as "")."""
        keys = self._base_keys.setdefault(group, tuple(base))
        cells = ["" if (v := base[k]) is None else str(v) for k in keys]
        if any(UNIT in c for c in cells):
            return "j" + _to_json(base)
        return "t" + UNIT.join(cells)

    def _base_back(self, group: int, value: str) -> dict:
        if value[0] == "j":
            return json.loads(value[1:])
        base = dict(zip(self._base_keys[group], value[1:].split(UNIT), strict=True))
        for key, kind in NUMBERS.items():
            if key in base:
                base[key] = kind(base[key]) if base[key] else None
        return base

    def _spilled(self, what: str, value: object) -> str:
        if what == "schedules":  # a directory repeats a few sets of hours: each kept once
            ref = self._schedule_refs.get(value)  # type: ignore[call-overload]
            if ref is None and len(self._schedule_list) < SCHEDULE_MEMO:
                ref = self._schedule_refs[value] = len(self._schedule_list)  # type: ignore[index]
                self._schedule_list.append(value)  # type: ignore[arg-type]
            if ref is not None:
                return f"#{ref}"
        return _spilled(what, value)

    def _unspilled(self, what: str, value: str) -> object:
        if what == "schedules" and value[0] == "#":
            return self._schedule_list[int(value[1:])]
        return _unspilled(what, value)

    def _service(self, base: dict, fields: Mapping[str, list]) -> Service:
        """One service, whole: needs from its terms, restrictions read from its words."""
        needs = set(fields["needs"]) or set(fields["term_needs"])  # the project's own tags win
        traits = frozenset(fields["traits"])
        description = "; ".join(
            x for x in (base["eligibility_description"], *fields["eligibility"]) if x
        )
        restrictions = []
        for text in [description, *fields["elig_terms"]]:
            for rest in read_restrictions(text):
                if rest.kind in traits:
                    continue  # already certain, from the project's own attribute
                if rest not in restrictions:
                    restrictions.append(rest)
        svc = Service(
            **{**base, "eligibility_description": description},
            needs=frozenset(needs),
            traits=traits,
            languages=tuple(dict.fromkeys(fields["languages"])),
            required_documents=tuple(fields["required_documents"]),
            schedules=tuple(fields["schedules"]),
            location_ids=tuple(dict.fromkeys(fields["location_ids"])),
            phones=tuple(fields["phones"]),
            terms=tuple(fields["terms"]),
            restrictions=tuple(restrictions),
            contacts=tuple(fields["contacts"]),
            service_areas=tuple(fields["service_areas"]),
        )
        if svc.needs:
            self.report.services_with_need += 1
        return svc

    def _freeze(self) -> Directory:
        # Each working dict is dropped as its frozen object is made: the import's peak
        # memory is one copy of the directory, not two.
        locations = {}
        for k in list(self.locs):
            v = self.locs.pop(k)
            locations[k] = Location(**v["base"], addresses=tuple(v["addresses"]))
        services = []
        for k in list(self.svc):
            v = self.svc.pop(k)
            services.append(self._service(v.pop("base"), v))
        return Directory(
            services=tuple(services),
            organizations=self.orgs,
            locations=locations,
            warnings=tuple(self.warnings),
            source=self.source,
            report=self.report,
        )

    @property
    def service_count(self) -> int:
        return len(self.svc)

    def imported(self, count: int) -> Imported:
        return Imported(count, self.report, tuple(self.warnings), self.source)

    def services(self) -> Iterator[Service]:
        """Spilled: each service whole, in the order of the file, read back one at a time."""
        assert self.spill is not None
        for _key, items in _grouped(self.spill.read(SERVICES)):
            fields: dict[str, list] = {f: [] for f in CHILD_FIELDS}
            base: dict = {}
            for what, value in items:
                if what == "base":
                    base = self._base_back(SERVICES, value)
                else:
                    fields[what].append(self._unspilled(what, value))
            yield self._service(base, fields)

    def locations(self) -> Iterator[Location]:
        assert self.spill is not None
        for _key, items in _grouped(self.spill.read(LOCATIONS)):
            base: dict = {}
            addresses = []
            for what, value in items:
                if what == "base":
                    base = self._base_back(LOCATIONS, value)
                else:
                    addresses.append(_unspilled(what, value))
            yield Location(**base, addresses=tuple(addresses))


@dataclass(frozen=True)
class Imported:
    """What an import into the vault tells at its end: how many services, and its report."""

    count: int
    report: ImportReport
    warnings: tuple[DirectoryWarning, ...]
    source: str = ""

    def __len__(self) -> int:
        return self.count


class Spill(Protocol):
    """Where a streamed import keeps what it read until every table is read: rows in the
    vault, inside the import's own transaction, so memory stays bounded and a failed
    import leaves nothing behind."""

    def put(self, group: int, key: int, what: str, value: str) -> None: ...

    def read(self, group: int) -> Iterable[tuple[int, str, str]]:
        """(key, what, value) of a group, by key, each key's values in the order put."""
        ...


SERVICES, LOCATIONS = 1, 2
NUMBERS = {"minimum_age": int, "maximum_age": int, "latitude": float, "longitude": float}
"""The cells of a spilled service or location that are numbers (or None)."""
CHILD_FIELDS = (
    "needs",
    "traits",
    "term_needs",
    "elig_terms",
    "eligibility",
    "languages",
    "required_documents",
    "schedules",
    "location_ids",
    "phones",
    "terms",
    "contacts",
    "service_areas",
)
"""A service's fields gathered row by row from the tables after `services`."""


_to_json = codec.to_json


UNIT = "\x1f"
"""Between the text fields of a spilled record (phones, terms, contacts, addresses: text
only); the unit separator, which a CSV cell can hold only if a file puts it there."""


def _spilled(what: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if what == "schedules":
        return _to_json(codec.schedule_list(value))  # type: ignore[arg-type]
    cells = codec.fields(value)
    if any(UNIT in c for c in cells):
        return "j" + _to_json(list(cells))
    return "t" + UNIT.join(cells)


_SPILLED_TYPES = {"phones": Phone, "terms": Term, "contacts": Contact, "addresses": Address}


def _unspilled(what: str, value: str) -> object:
    if what == "schedules":
        return codec.schedule_from(json.loads(value))
    kind = _SPILLED_TYPES.get(what)
    if kind is None:
        return value
    return kind(*(value[1:].split(UNIT) if value[0] == "t" else json.loads(value[1:])))


def _grouped(rows: Iterable[tuple[int, str, str]]) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    key, items = None, []
    for k, what, value in rows:
        if k != key:
            if key is not None:
                yield key, items
            key, items = k, []
        items.append((what, value))
    if key is not None:
        yield key, items


def _original_ids(
    tables: dict[str, tuple[str, Iterable[Row]]],
) -> dict[str, tuple[str, Iterable[Row]]]:
    """Put back the original ids an HSDS 3.0 export replaced by UUIDs (listed in metadata)."""
    meta = tables.get("metadata")
    if meta is None:
        return tables
    back: dict[str, str] = {}
    for _n, r in meta[1]:
        if (r.get("field_name") or "").strip() == "id" and r.get("previous_value"):
            back[(r.get("replacement_value") or r.get("resource_id") or "").strip()] = r[
                "previous_value"
            ].strip()
    if not back:
        return tables

    def remap(rows: Iterable[Row]) -> Iterator[Row]:
        for n, r in rows:
            for k, v in r.items():
                if (k == "id" or k.endswith("_id")) and v in back:
                    r[k] = back[v]
            yield n, r

    return {t: (fname, remap(rows)) for t, (fname, rows) in tables.items() if t != "metadata"}


def _is_time(value: str) -> bool:
    try:
        sch.parse_clock(value)
    except ValueError:
        return False
    return True
