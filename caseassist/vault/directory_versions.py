"""Which directory versions are stored, and dropping the ones no longer kept.

Apart from the writing and the reading of a version's rows, so both can name a
version (`VersionInfo`) without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, delete, select

from caseassist.vault.tables.directory import DirectoryTable, DirectoryVersion

KEEP_VERSIONS = 3
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


def version_info(v: DirectoryVersion) -> VersionInfo:
    return VersionInfo(
        v.id, v.created_at, v.created_by, v.source, v.service_count, v.warning_count, v.active
    )


def prune(session: Session) -> None:
    """Drop the versions beyond the newest `KEEP_VERSIONS`, never the active one."""
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


def versions_in(session: Session) -> list[VersionInfo]:
    found = session.exec(
        select(DirectoryVersion).order_by(DirectoryVersion.created_at.desc())  # type: ignore[attr-defined]
    ).all()
    return [version_info(v) for v in found]
