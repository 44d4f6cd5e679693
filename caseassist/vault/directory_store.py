"""Store and load directory versions; plain `Directory` objects in, plain objects out.

`save_version` writes a new version and makes it the active one in the same
transaction, so a failed import (which fails while parsing, before any write,
or inside the transaction, which rolls back) leaves the directory in use as it
was. Older versions beyond `KEEP_VERSIONS` are dropped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, delete, select

from caseassist.directory.export import to_csv_blobs
from caseassist.directory.hsds import load_csv_tables
from caseassist.directory.model import Directory
from caseassist.vault.tables.directory import DirectoryTable, DirectoryVersion

if TYPE_CHECKING:
    from caseassist.vault import Vault

KEEP_VERSIONS = 3


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


def save_version_in(
    session: Session, directory: Directory, *, source: str = "", created_by: str = ""
) -> VersionInfo:
    """Write `directory` as a new version and switch to it (inside the caller's transaction)."""
    version = DirectoryVersion(
        id=_new_id(),
        created_at=dt.datetime.now(dt.UTC),
        created_by=created_by,
        source=source,
        service_count=len(directory),
        warning_count=len(directory.warnings),
        active=False,
    )
    session.add(version)
    session.flush()
    for table, (fname, data) in to_csv_blobs(directory).items():
        session.add(
            DirectoryTable(
                id=_new_id(), version_id=version.id, table=table, file_name=fname, content=data
            )
        )
    session.flush()
    for old in session.exec(select(DirectoryVersion).where(DirectoryVersion.active)).all():
        old.active = False
        session.add(old)
    version.active = True
    session.add(version)
    _prune(session)
    session.flush()
    return _info(version)


def _prune(session: Session) -> None:
    versions = session.exec(
        select(DirectoryVersion).order_by(DirectoryVersion.created_at.desc())  # type: ignore[attr-defined]
    ).all()
    for old in versions[KEEP_VERSIONS:]:
        if old.active:
            continue
        session.exec(delete(DirectoryTable).where(DirectoryTable.version_id == old.id))
        session.delete(old)


def load_active_in(session: Session) -> Directory | None:
    version = session.exec(select(DirectoryVersion).where(DirectoryVersion.active)).first()
    if version is None:
        return None
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
