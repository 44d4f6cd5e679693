"""One service (or location, organization) as compact JSON, and back: the vault's row payload.

The vault keeps each service as one row with its matching keys in indexed
columns, so a search reads only the candidate rows; this is the form of the
rest of the row. Plain JSON (no pickle): a stored row is data, never code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import operator
from zoneinfo import ZoneInfo

from caseassist.directory.eligibility import Restriction
from caseassist.directory.model import (
    Address,
    Contact,
    Location,
    Organization,
    Phone,
    Service,
    Term,
)
from caseassist.directory.schedule import Schedule


def _tz(tz: dt.tzinfo | None) -> object:
    if tz is None:
        return None
    key = getattr(tz, "key", None)
    if key:
        return key
    offset = tz.utcoffset(None)
    return int(offset.total_seconds() // 60) if offset is not None else 0


def _untz(value: object) -> dt.tzinfo | None:
    if value is None:
        return None
    if isinstance(value, str):
        return ZoneInfo(value)
    if value == 0:
        return dt.UTC
    return dt.timezone(dt.timedelta(minutes=int(value)))  # type: ignore[arg-type]


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _undate(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _schedule(s: Schedule) -> list:
    return [
        s.freq,
        s.opens,
        s.closes,
        list(s.byday),
        list(s.bymonthday),
        [list(x) for x in s.bynth],
        _tz(s.tz),
        _date(s.valid_from),
        _date(s.valid_to),
        s.description,
    ]


def _unschedule(v: list) -> Schedule:
    return Schedule(
        freq=v[0],
        opens=v[1],
        closes=v[2],
        byday=tuple(v[3]),
        bymonthday=tuple(v[4]),
        bynth=tuple(tuple(x) for x in v[5]),  # type: ignore[misc]
        tz=_untz(v[6]),
        valid_from=_undate(v[7]),
        valid_to=_undate(v[8]),
        description=v[9],
    )


schedule_list = _schedule
schedule_from = _unschedule


to_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
"""Compact JSON, one encoder made once (`json.dumps` with options makes one per call)."""

_GETTERS: dict[type, operator.attrgetter] = {}


def fields(obj: object) -> tuple:
    """A small record's values in its dataclass field order (what its class takes back)."""
    kind = type(obj)
    get = _GETTERS.get(kind)
    if get is None:
        names = [f.name for f in dataclasses.fields(obj)]  # type: ignore[arg-type]
        get = _GETTERS[kind] = operator.attrgetter(*names)
    return get(obj)


_SCALARS = (
    "id",
    "name",
    "organization_id",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "fees_description",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
)


def encode_service(s: Service) -> bytes:
    doc = {k: getattr(s, k) for k in _SCALARS if getattr(s, k) not in ("", None)}
    doc["needs"] = sorted(s.needs)
    if s.traits:
        doc["traits"] = sorted(s.traits)
    for key, value in (
        ("languages", list(s.languages)),
        ("required_documents", list(s.required_documents)),
        ("schedules", [_schedule(x) for x in s.schedules]),
        ("location_ids", list(s.location_ids)),
        ("phones", [[p.number, p.extension, p.type, p.description, p.id] for p in s.phones]),
        (
            "terms",
            [[t.id, t.name, t.code, t.taxonomy, t.description, t.parent_id] for t in s.terms],
        ),
        ("restrictions", [[r.kind, r.source, r.low, r.high] for r in s.restrictions]),
        ("contacts", [[c.id, c.name, c.title, c.email] for c in s.contacts]),
        ("service_areas", list(s.service_areas)),
    ):
        if value:
            doc[key] = value
    return to_json(doc).encode("utf-8")


def decode_service(data: bytes) -> Service:
    d = json.loads(data)
    return Service(
        **{k: d[k] for k in _SCALARS if k in d},
        needs=frozenset(d.get("needs", ())),
        traits=frozenset(d.get("traits", ())),
        languages=tuple(d.get("languages", ())),
        required_documents=tuple(d.get("required_documents", ())),
        schedules=tuple(_unschedule(x) for x in d.get("schedules", ())),
        location_ids=tuple(d.get("location_ids", ())),
        phones=tuple(Phone(x[0], x[1], x[2], x[3], x[4]) for x in d.get("phones", ())),
        terms=tuple(Term(*x) for x in d.get("terms", ())),
        restrictions=tuple(Restriction(*x) for x in d.get("restrictions", ())),
        contacts=tuple(Contact(*x) for x in d.get("contacts", ())),
        service_areas=tuple(d.get("service_areas", ())),
    )


def encode_location(loc: Location) -> bytes:
    doc = {
        "id": loc.id,
        "name": loc.name,
        "organization_id": loc.organization_id,
        "location_type": loc.location_type,
        "description": loc.description,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "addresses": [
            [a.address_1, a.address_2, a.city, a.region, a.state_province, a.postal_code,
             a.country, a.address_type, a.id]
            for a in loc.addresses
        ],
    }  # fmt: skip
    return to_json(doc).encode("utf-8")


def decode_location(data: bytes) -> Location:
    d = json.loads(data)
    return Location(
        id=d["id"],
        name=d["name"],
        organization_id=d["organization_id"],
        location_type=d["location_type"],
        description=d["description"],
        latitude=d["latitude"],
        longitude=d["longitude"],
        addresses=tuple(Address(*a) for a in d["addresses"]),
    )


def encode_organization(o: Organization) -> bytes:
    doc = [o.id, o.name, o.alternate_name, o.description, o.email, o.website]
    return to_json(doc).encode("utf-8")


def decode_organization(data: bytes) -> Organization:
    return Organization(*json.loads(data))
