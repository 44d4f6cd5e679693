"""Write a directory version's rows, and its need and language indexes in ranking order.

A service is encoded and written as it comes (a streamed import holds one at a
time); what the indexes need of it is kept as a compact key, and the indexes
are written from those keys once every service is in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from caseassist.directory.codec import encode_location, encode_organization, encode_service
from caseassist.directory.model import Location, Organization, Service
from caseassist.directory.schedule import week_mask

BATCH = 2000
"""Rows per executemany: bounds what an import holds besides the directory itself."""


def _batched(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_rows(
    session: Session,
    version_id: str,
    services: Iterable[Service],
    locations: Iterable[Location],
    organizations: Iterable[Organization],
    written: Callable[[int], None] | None = None,
) -> int:
    """Write a version's rows as the services come (one at a time), then its need and
    language indexes from a compact key per service. Returns the number of services."""
    conn = session.connection()
    base = conn.execute(text("SELECT coalesce(max(row), 0) FROM directory_service")).scalar()
    keys: list[_Key] = []
    ranked: list[tuple[str, list[tuple[int, _Key]]]] = []

    def by_need() -> Iterator[tuple[str, list[tuple[int, _Key]]]]:
        """Sorted once, when every service is written (both indexes read it); a generator,
        so nothing runs before the service rows are written."""
        if not ranked:
            ranked.extend(_ranked(keys))
        yield from ranked

    def service_rows() -> Iterator[tuple]:
        for i, s in enumerate(services):
            row = base + 1 + i
            keys.append(_Key.of(s, row))
            if written is not None and i % BATCH == 0:
                written(i)
            yield row, version_id, s.id, encode_service(s)

    inserts: tuple[tuple[str, Iterable[tuple]], ...] = (
        (
            "INSERT INTO directory_service (row, version_id, id, payload) VALUES (?, ?, ?, ?)",
            service_rows(),
        ),
        (
            "INSERT INTO directory_location VALUES (?, ?, ?)",
            ((version_id, loc.id, encode_location(loc)) for loc in locations),
        ),
        (
            "INSERT INTO directory_organization VALUES (?, ?, ?)",
            ((version_id, org.id, encode_organization(org)) for org in organizations),
        ),
        (
            "INSERT INTO directory_need VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (version_id, need, rank, pos, k.row, k.police, k.interpreting, *k.hours)
                for need, order in by_need()
                for rank, (pos, k) in enumerate(order)
            ),
        ),
        (
            "INSERT INTO directory_language VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (version_id, need, code, rank, pos, k.row, *k.hours)
                for need, order in by_need()
                for code, spoken in _by_language(order)
                for rank, (pos, k) in enumerate(spoken)
            ),
        ),
    )
    for sql, rows in inserts:
        for batch in _batched(rows):
            conn.exec_driver_sql(sql, batch)
    return len(keys)


@dataclass(frozen=True, slots=True)
class _Key:
    """What the need and language indexes hold of a service: a few bytes, not the service."""

    name: str
    id: str
    row: int
    needs: tuple[str, ...]
    languages: tuple[str, ...]
    static: tuple[bool, bool]  # not a trafficking specialist, not free of charge
    police: int
    interpreting: int
    hours: tuple

    @classmethod
    def of(cls, s: Service, row: int) -> _Key:
        return cls(
            s.name.casefold(),
            s.id,
            row,
            tuple(s.needs),
            s.languages,
            ("trafficking_specialist" not in s.traits, "free_of_charge" not in s.traits),
            int("requires_police_report" in s.traits),
            int(bool(s.interpretation_services)),
            _hours(s),
        )


def _ranked(keys: list[_Key]) -> Iterator[tuple[str, list[tuple[int, _Key]]]]:
    """Need -> (name position, key) in ranking order: the order `Directory` keeps in memory."""
    by_need: dict[str, list[_Key]] = {}
    for k in keys:
        for need in k.needs:
            by_need.setdefault(need, []).append(k)
    for need, found in by_need.items():
        named = sorted(found, key=lambda k: (k.name, k.id))
        yield need, sorted(enumerate(named), key=lambda p: (*p[1].static, p[0]))


def _by_language(ranked: list[tuple[int, _Key]]) -> Iterator[tuple[str, list[tuple[int, _Key]]]]:
    langs: dict[str, list[tuple[int, _Key]]] = {}
    for pos, k in ranked:
        for code in k.languages:
            langs.setdefault(code, []).append((pos, k))
    return iter(langs.items())


def _hours(s: Service) -> tuple:
    """(hours listed, then the seven UTC day masks of when it may be open; None if unlisted)."""
    mask = week_mask(s.schedules)
    return (0, *([None] * 7)) if mask is None else (1, *mask)
