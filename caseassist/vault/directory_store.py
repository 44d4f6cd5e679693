"""Store directory versions as indexed rows, and answer the matcher from them.

Each import is a new version, written and switched to in one transaction, so
a failed import leaves the directory in use as it was. A version is kept as
one row per service, location and organization (the `codec` payload), plus
the need and language indexes in ranking order (`directory_need`,
`directory_language`): `directory_rows` writes them. `StoredDirectory`
(`stored_directory`) answers what the matcher asks from those indexes through
one long-lived read connection, decoding only the rows the matcher visits: a
search reads the candidate rows, never the directory.

This module is the door: saving, importing (a streamed import waits in a spill
table), loading and opening a version. Versions stored before the rows existed
(CSV blobs in `directory_table`) are still read whole. Older versions beyond
`KEEP_VERSIONS` are dropped (`directory_versions`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import text
from sqlmodel import Session, select

from caseassist.directory.codec import decode_location, decode_organization, decode_service
from caseassist.directory.hsds import load_csv_tables
from caseassist.directory.model import Directory, ImportReport, Location, Organization, Service
from caseassist.vault.directory_rows import BATCH, write_rows
from caseassist.vault.directory_versions import (
    KEEP_VERSIONS,
    VersionInfo,
    prune,
    version_info,
    versions_in,
)
from caseassist.vault.stored_directory import StoredDirectory
from caseassist.vault.tables.directory import DirectoryTable, DirectoryVersion

if TYPE_CHECKING:
    from caseassist.directory.build import Imported
    from caseassist.vault import Vault

__all__ = [
    "KEEP_VERSIONS",
    "SPILL_TABLE",
    "StoredDirectory",
    "Streamed",
    "VersionInfo",
    "import_version",
    "load_active",
    "load_active_in",
    "open_active",
    "save_version",
    "save_version_in",
    "versions",
    "versions_in",
]


def _new_id() -> str:
    try:
        from caseassist.vault import new_id  # the vault's own ids, once it provides them
    except ImportError:
        return uuid.uuid4().hex
    return new_id()


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
    version.service_count = write_rows(
        session, version.id, services, locations, organizations, written
    )
    for old in session.exec(select(DirectoryVersion).where(DirectoryVersion.active)).all():
        old.active = False
        session.add(old)
    version.active = True
    session.add(version)
    prune(session)
    session.flush()
    return version_info(version)


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
    report: ImportReport

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
    check: Callable[[Streamed], None] | None = None,
) -> tuple[Streamed, VersionInfo]:
    """Read a directory into the vault and switch to it, in one transaction and in bounded
    memory: `read` fills a spill table, then each service is rebuilt, written and let go.
    `check` sees what was written before it is committed; raising, it undoes the import."""
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
        if check is not None:
            check(built)
        spill.drop()
        vault.audit(session, "directory.import", info.id)
    return built, info


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


def active_version_id(vault: Vault) -> str | None:
    """The id of the version in use, read fresh: a session compares it with the one it
    searches, so a directory imported meanwhile (by another session) is seen at once."""
    with vault.session() as session:
        found = session.connection().execute(
            text("SELECT id FROM directory_version WHERE active = 1 LIMIT 1")
        )
        row = found.first()
    return None if row is None else row[0]


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
