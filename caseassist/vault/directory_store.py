"""Store directory versions as indexed rows, and answer the matcher from them.

Each import is a new version, written and switched to in one transaction, so
a failed import leaves the directory in use as it was. A version is kept as
one row per service, location and organization (the `codec` payload), plus
the need and language indexes in ranking order (`directory_need`,
`directory_language`). `StoredDirectory` answers what the matcher asks
(services of a need in ranking order, those speaking a language, ...) from
those indexes through one long-lived read connection, decoding only the rows
the matcher visits: a search reads the candidate rows, never the directory.

Versions stored before the rows existed (CSV blobs in `directory_table`) are
still read whole. Older versions beyond `KEEP_VERSIONS` are dropped.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import text
from sqlmodel import Session, delete, select

from caseassist.directory.codec import (
    decode_location,
    decode_organization,
    decode_service,
    encode_location,
    encode_organization,
    encode_service,
)
from caseassist.directory.hsds import load_csv_tables
from caseassist.directory.model import Directory, Location, Organization, Service
from caseassist.directory.schedule import week_mask, week_slot
from caseassist.vault.tables.directory import DirectoryTable, DirectoryVersion

if TYPE_CHECKING:
    from caseassist.directory.build import Imported
    from caseassist.vault import Vault

KEEP_VERSIONS = 3
BATCH = 2000
"""Rows per executemany: bounds what an import holds besides the directory itself."""
ROW_TABLES = (
    "directory_need",
    "directory_language",
    "directory_service",
    "directory_location",
    "directory_organization",
)


@dataclass(frozen=True)
class VersionInfo:
    id: str
    created_at: dt.datetime
    created_by: str
    source: str
    service_count: int
    warning_count: int
    active: bool


def _new_id() -> str:
    try:
        from caseassist.vault import new_id  # the vault's own ids, once it provides them
    except ImportError:
        return uuid.uuid4().hex
    return new_id()


def _info(v: DirectoryVersion) -> VersionInfo:
    return VersionInfo(
        v.id, v.created_at, v.created_by, v.source, v.service_count, v.warning_count, v.active
    )


def _batched(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_rows(
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


def _only(only: tuple | None, alias: str) -> tuple[str, tuple]:
    """SQL narrowing the walk to one phase: services that may be open at a time, or unlisted."""
    if only is None:
        return "", ()
    if only[0] == "open":
        day, hour = week_slot(only[1])
        return f"AND ({alias}.m{day} >> ?) & 1 = 1", (hour,)
    return f"AND {alias}.hours = 0", ()


def save_version_in(
    session: Session, directory: Directory, *, source: str = "", created_by: str = ""
) -> VersionInfo:
    """Write `directory` as a new version and switch to it (inside the caller's transaction)."""
    return _save(
        session,
        directory.services,
        directory.locations.values(),
        directory.organizations.values(),
        source=source,
        created_by=created_by,
        warning_count=len(directory.warnings),
    )


def _save(
    session: Session,
    services: Iterable[Service],
    locations: Iterable[Location],
    organizations: Iterable[Organization],
    *,
    source: str,
    created_by: str,
    warning_count: int,
    written: Callable[[int], None] | None = None,
) -> VersionInfo:
    version = DirectoryVersion(
        id=_new_id(),
        created_at=dt.datetime.now(dt.UTC),
        created_by=created_by,
        source=source,
        service_count=0,
        warning_count=warning_count,
        active=False,
    )
    session.add(version)
    session.flush()
    version.service_count = _write_rows(
        session, version.id, services, locations, organizations, written
    )
    for old in session.exec(select(DirectoryVersion).where(DirectoryVersion.active)).all():
        old.active = False
        session.add(old)
    version.active = True
    session.add(version)
    _prune(session)
    session.flush()
    return _info(version)


SPILL_TABLE = "directory_import_spill"


class _Spill:
    """The rows a streamed import reads, kept in the vault inside the import's own
    transaction (so they are encrypted, and gone again if the import fails) rather than
    in memory; dropped before the import commits."""

    def __init__(self, raw) -> None:
        self._raw = raw
        self._batch: list[tuple[int, int, int, str, str]] = []
        self._seq = 0
        # Kept in the order it is read back in (a clustered key), so reading needs no sort:
        # a sort would hold the whole spill in memory (temporary storage stays in memory,
        # never in an unencrypted temporary file).
        raw.execute(
            f"CREATE TABLE {SPILL_TABLE} (grp INTEGER NOT NULL, key INTEGER NOT NULL,"
            " seq INTEGER NOT NULL, what TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY (grp, key, seq)) WITHOUT ROWID"
        )

    def put(self, group: int, key: int, what: str, value: str) -> None:
        self._seq += 1
        self._batch.append((group, key, self._seq, what, value))
        if len(self._batch) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self._raw.executemany(f"INSERT INTO {SPILL_TABLE} VALUES (?, ?, ?, ?, ?)", self._batch)  # noqa: S608
            self._batch = []

    def read(self, group: int) -> Iterator[tuple[int, str, str]]:
        self._flush()
        cur = self._raw.execute(
            f"SELECT key, what, value FROM {SPILL_TABLE} WHERE grp = ? ORDER BY key, seq",  # noqa: S608
            (group,),
        )
        try:
            while rows := cur.fetchmany(BATCH):
                yield from rows
        finally:
            cur.close()

    def drop(self) -> None:
        self._raw.execute(f"DROP TABLE {SPILL_TABLE}")


class Streamed(Protocol):
    """An import read into a spill: its services and locations come back one at a time."""

    orgs: dict[str, Organization]
    warnings: list

    @property
    def service_count(self) -> int: ...

    def services(self) -> Iterator[Service]: ...

    def locations(self) -> Iterator[Location]: ...

    def imported(self, count: int) -> Imported: ...


def import_version(
    vault: Vault,
    read: Callable[[_Spill], Streamed],
    *,
    source: str = "",
    written: Callable[[int, int], None] | None = None,
) -> tuple[Streamed, VersionInfo]:
    """Read a directory into the vault and switch to it, in one transaction and in bounded
    memory: `read` fills a spill table, then each service is rebuilt, written and let go."""
    with vault.session() as session:
        spill = _Spill(session.connection().connection.dbapi_connection)
        built = read(spill)
        info = _save(
            session,
            built.services(),
            built.locations(),
            built.orgs.values(),
            source=source,
            created_by=vault.user,
            warning_count=len(built.warnings),
            written=None if written is None else lambda done: written(done, built.service_count),
        )
        spill.drop()
        vault.audit(session, "directory.import", info.id)
    return built, info


def _prune(session: Session) -> None:
    versions = session.exec(
        select(DirectoryVersion).order_by(DirectoryVersion.created_at.desc())  # type: ignore[attr-defined]
    ).all()
    for old in versions[KEEP_VERSIONS:]:
        if old.active:
            continue
        session.exec(delete(DirectoryTable).where(DirectoryTable.version_id == old.id))
        for table in ROW_TABLES:
            session.connection().execute(
                text(f"DELETE FROM {table} WHERE version_id = :v"),  # noqa: S608  (fixed names)
                {"v": old.id},
            )
        session.delete(old)


def _has_rows(session: Session, version_id: str) -> bool:
    found = session.connection().execute(
        text("SELECT 1 FROM directory_service WHERE version_id = :v LIMIT 1"), {"v": version_id}
    )
    return found.first() is not None


def load_active_in(session: Session) -> Directory | None:
    """The active version whole (export, and versions stored before the rows existed)."""
    version = session.exec(select(DirectoryVersion).where(DirectoryVersion.active)).first()
    if version is None:
        return None
    if _has_rows(session, version.id):
        conn = session.connection()
        params = {"v": version.id}
        services = tuple(
            decode_service(r[0])
            for r in conn.execute(
                text("SELECT payload FROM directory_service WHERE version_id = :v ORDER BY row"),
                params,
            )
        )
        locations = {
            loc.id: loc
            for r in conn.execute(
                text("SELECT payload FROM directory_location WHERE version_id = :v"), params
            )
            if (loc := decode_location(r[0]))
        }
        orgs = {
            o.id: o
            for r in conn.execute(
                text("SELECT payload FROM directory_organization WHERE version_id = :v"), params
            )
            if (o := decode_organization(r[0]))
        }
        return Directory(services, orgs, locations, source=version.source)
    rows = session.exec(select(DirectoryTable).where(DirectoryTable.version_id == version.id)).all()
    blobs = {r.table: (r.file_name, bytes(r.content)) for r in rows}
    return load_csv_tables(blobs, source=version.source)


def versions_in(session: Session) -> list[VersionInfo]:
    found = session.exec(
        select(DirectoryVersion).order_by(DirectoryVersion.created_at.desc())  # type: ignore[attr-defined]
    ).all()
    return [_info(v) for v in found]


# -- with the vault ------------------------------------------------------------------------


def save_version(vault: Vault, directory: Directory, *, source: str = "") -> VersionInfo:
    with vault.session() as session:
        info = save_version_in(session, directory, source=source, created_by=vault.user)
        vault.audit(session, "directory.import", info.id)
    return info


def load_active(vault: Vault) -> Directory | None:
    with vault.session() as session:
        return load_active_in(session)


def versions(vault: Vault) -> list[VersionInfo]:
    with vault.session() as session:
        return versions_in(session)


_ACTIVE = (
    "SELECT v.id, v.created_at, v.created_by, v.source, v.service_count, v.warning_count,"
    " EXISTS (SELECT 1 FROM directory_service s WHERE s.version_id = v.id)"
    " FROM directory_version v WHERE v.active = 1 LIMIT 1"
)


def open_active(vault: Vault) -> StoredDirectory | Directory | None:
    """The active version for searching: indexed rows when it has them, else read whole.

    Asked through the read connection the search keeps (one plain query, no ORM), so the
    first search of a session pays no more than the ones after it."""
    conn = vault.reader()
    found = conn.execute(_ACTIVE).fetchone()
    if found is None:
        return None
    vid, created, by, source, count, warnings, has_rows = found
    if not has_rows:
        with vault.session() as session:
            return load_active_in(session)
    created_at = dt.datetime.fromisoformat(created) if isinstance(created, str) else created
    return StoredDirectory(conn, VersionInfo(vid, created_at, by, source, count, warnings, True))


class StoredDirectory:
    """A stored version, answering the matcher's questions from its indexes.

    Services are decoded when the matcher reaches them and kept in a bounded
    cache, so the first search of a session costs what the tenth does.
    """

    CACHE = 20_000

    def __init__(self, conn, info: VersionInfo) -> None:
        self._conn = conn
        self._lock = threading.Lock()
        self.version = info
        self.source = info.source
        self.warnings = ()
        self.report = None
        self._sizes: dict[str, int] = {}
        self._police: dict[str, int] = {}
        self._services: OrderedDict[int, Service] = OrderedDict()
        self._locations: dict[str, Location | None] = {}
        self._orgs: dict[str, Organization | None] = {}

    def __len__(self) -> int:
        return self.version.service_count

    # -- rows ----------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _stream(self, sql: str, params: tuple) -> Iterator[tuple[int, Service]]:
        """(pos, service) rows in index order, fetched a few at a time, decoded once."""
        with self._lock:
            cur = self._conn.execute(sql, params)
        try:
            while True:
                with self._lock:
                    rows = cur.fetchmany(64)
                if not rows:
                    return
                for pos, rid, payload in rows:
                    yield pos, self._service(rid, payload)
        finally:
            cur.close()

    def _service(self, rid: int, payload: bytes | None) -> Service:
        svc = self._services.get(rid)
        if svc is None:
            if payload is None:
                (payload,) = self._query(
                    "SELECT payload FROM directory_service WHERE row = ?", (rid,)
                )[0]
            svc = decode_service(payload)
            self._services[rid] = svc
            if len(self._services) > self.CACHE:
                self._services.popitem(last=False)
        return svc

    _NEED = (
        "SELECT n.pos, n.service_rowid, s.payload FROM directory_need n"
        " JOIN directory_service s ON s.row = n.service_rowid"
        " WHERE n.version_id = ? AND n.need = ? {extra} ORDER BY n.rank"
    )

    # -- what the matcher reads ----------------------------------------------------------

    def need_size(self, need: str) -> int:
        if need not in self._sizes:
            self._sizes[need] = self._query(
                "SELECT count(*) FROM directory_need WHERE version_id = ? AND need = ?",
                (self.version.id, need),
            )[0][0]
        return self._sizes[need]

    def ranked(self, need: str, only: tuple | None = None) -> Iterator[tuple[int, Service]]:
        extra, args = _only(only, "n")
        return self._stream(self._NEED.format(extra=extra), (self.version.id, need, *args))

    def named(self, need: str) -> Iterator[tuple[int, Service]]:
        """Name order, as in memory: the full scan lists the first exclusions it meets."""
        return self._stream(
            self._NEED.format(extra="").replace("ORDER BY n.rank", "ORDER BY n.pos"),
            (self.version.id, need),
        )

    def ranked_speaking(
        self, need: str, code: str, only: tuple | None = None
    ) -> Iterator[tuple[int, Service]]:
        extra, args = _only(only, "l")
        return self._stream(
            "SELECT l.pos, l.service_rowid, s.payload FROM directory_language l"
            " JOIN directory_service s ON s.row = l.service_rowid"
            f" WHERE l.version_id = ? AND l.need = ? AND l.lang = ? {extra} ORDER BY l.rank",
            (self.version.id, need, code, *args),
        )

    def ranked_interpreting(
        self, need: str, only: tuple | None = None
    ) -> Iterator[tuple[int, Service]]:
        extra, args = _only(only, "n")
        return self._stream(
            self._NEED.format(extra="AND n.interpreting = 1 " + extra),
            (self.version.id, need, *args),
        )

    def requiring_police(self, need: str) -> Iterator[Service]:
        sql = self._NEED.format(extra="AND n.police = 1").replace("n.rank", "n.pos")
        stream = self._stream(sql, (self.version.id, need))  # name order, as in memory
        return (svc for _pos, svc in stream)

    def police_count(self, need: str) -> int:
        if need not in self._police:
            self._police[need] = self._query(
                "SELECT count(*) FROM directory_need"
                " WHERE version_id = ? AND need = ? AND police = 1",
                (self.version.id, need),
            )[0][0]
        return self._police[need]

    def location(self, location_id: str) -> Location | None:
        if location_id not in self._locations:
            rows = self._query(
                "SELECT payload FROM directory_location WHERE version_id = ? AND id = ?",
                (self.version.id, location_id),
            )
            self._locations[location_id] = decode_location(rows[0][0]) if rows else None
        return self._locations[location_id]

    def service_locations(self, svc: Service) -> tuple[Location, ...]:
        return tuple(loc for i in svc.location_ids if (loc := self.location(i)) is not None)

    def organization_name(self, svc: Service) -> str:
        oid = svc.organization_id
        if oid not in self._orgs:
            rows = self._query(
                "SELECT payload FROM directory_organization WHERE version_id = ? AND id = ?",
                (self.version.id, oid),
            )
            self._orgs[oid] = decode_organization(rows[0][0]) if rows else None
        org = self._orgs[oid]
        return org.name if org else ""

    def service(self, service_id: str) -> Service | None:
        rows = self._query(
            "SELECT row, payload FROM directory_service WHERE version_id = ? AND id = ?",
            (self.version.id, service_id),
        )
        return self._service(rows[0][0], rows[0][1]) if rows else None

    @property
    def services(self) -> tuple[Service, ...]:
        """Every service (decoded now): for the few callers that need them all."""
        rows = self._query(
            "SELECT row, payload FROM directory_service WHERE version_id = ? ORDER BY row",
            (self.version.id,),
        )
        return tuple(self._service(rid, payload) for rid, payload in rows)
