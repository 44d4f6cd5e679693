"""Where an import gathers services and locations: in memory, or spilled to the vault.

A streamed import keeps each service's and location's cells as compact text rows
(`Spill`) until every table is read, then gives each back whole, one at a time,
so memory stays bounded whatever the directory's size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Protocol

from caseassist.directory import codec
from caseassist.directory.model import Address, Contact, Location, Phone, Service, Term
from caseassist.directory.schedule_rows import SCHEDULE_MEMO


class Gathering:
    """The part of the builder that keeps what the tables add to a service or location."""

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
