"""How an export writes a value: kept as imported (the vault's form, so a stored version
re-imports exactly) or made valid HSDS 3.0 (the published form): ids as stable UUIDs
with the originals listed, numeric time zones, times as HH:MM:SS, web addresses as
URIs, only well-formed e-mail addresses."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field

from caseassist.directory.schedule import DAY_CODES, END_OF_DAY, Schedule, format_hhmm

ID_NAMESPACE = uuid.UUID("6f1b2c1e-3d0a-5b7e-9c4d-2a8e5f0b7c31")
"""Namespace of the UUIDs the export makes from ids that are not UUIDs (uuid5: stable)."""

STATUSES = ("active", "inactive", "defunct", "temporarily closed")
PLACE_TYPES = ("physical", "postal", "virtual")
NO_ORGANIZATION = "Organization not given in the source directory."

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class ExportIds:
    """Ids as written: kept (vault form), or UUIDs with the originals listed (published form)."""

    published: bool
    today: str
    originals: list[tuple[str, str, str]] = field(default_factory=list)  # table, uuid, original
    seen: dict[tuple[str, str], str] = field(default_factory=dict)

    def __call__(self, table: str, original: str) -> str:
        if not original:
            return ""
        if not self.published or _UUID.match(original):
            return original
        key = (table, original)
        if key not in self.seen:
            new = str(uuid.uuid5(ID_NAMESPACE, f"{table}:{original}"))
            self.seen[key] = new
            self.originals.append((table, new, original))
        return self.seen[key]

    def made(self, *parts: str) -> str:
        """An id the project creates (a schedule row, a language row): a UUID when published."""
        text = "#".join(parts)
        return str(uuid.uuid5(ID_NAMESPACE, text)) if self.published else text


def _tz_text(tz: dt.tzinfo | None, published: bool) -> str:
    if tz is None:
        return ""
    key = getattr(tz, "key", None)
    if key and not published:
        return key
    # HSDS 3.0 gives the zone as hours from UTC; a named zone gives its standard offset.
    probe = dt.datetime(2001, 1, 15, 12, tzinfo=tz)
    offset = tz.utcoffset(probe)
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    return f"{hours:g}"


def _time(minutes: int, published: bool) -> str:
    if minutes >= END_OF_DAY:
        return "23:59:59"
    return format_hhmm(minutes) + (":00" if published else "")


def schedule_row(ids: ExportIds, sid: str, n: int, s: Schedule) -> list[str]:
    freq, byday = s.freq, s.byday
    if ids.published and freq == "DAILY":
        freq, byday = "WEEKLY", tuple(range(7))  # HSDS 3.0 allows WEEKLY and MONTHLY only
    return [
        ids.made(sid, "schedule", str(n)),
        ids("service", sid),
        s.valid_from.isoformat() if s.valid_from else "",
        s.valid_to.isoformat() if s.valid_to else "",
        _tz_text(s.tz, ids.published),
        freq,
        ",".join(f"{k}{DAY_CODES[d]}" for k, d in s.bynth)
        if s.bynth
        else ",".join(DAY_CODES[d] for d in byday),
        ",".join(str(d) for d in s.bymonthday),
        s.description,
        _time(s.opens, ids.published),
        _time(s.closes, ids.published),
    ]


def web_address(value: str) -> str:
    """A web address as a URI: `example.org` -> `http://example.org`; "" when it is not one."""
    value = value.strip()
    if not value or "://" in value or value.startswith("mailto:"):
        return value
    return "http://" + value if "." in value and " " not in value else ""


def uri_value(value: str, published: bool) -> str:
    return web_address(value) if published else value.strip()


def email_value(value: str, published: bool) -> str:
    value = value.strip()
    return value if not published or _EMAIL.match(value) else ""
