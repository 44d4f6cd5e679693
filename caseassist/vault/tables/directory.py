"""Directory versions in the vault: each import is a new version, switched to only when whole.

The directory is not secret, but it lives with the data it serves. A version
keeps its tables as the normalized HSDS CSV that `caseassist.directory.export`
writes, so what is stored is exactly what can be exported and re-imported.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel


class DirectoryVersion(SQLModel, table=True):
    __tablename__ = "directory_version"

    id: str = Field(primary_key=True)
    created_at: dt.datetime
    created_by: str = ""
    source: str = ""  # the folder or file name imported, never a full path
    service_count: int = 0
    warning_count: int = 0
    active: bool = Field(default=False, index=True)


class DirectoryTable(SQLModel, table=True):
    __tablename__ = "directory_table"

    id: str = Field(primary_key=True)
    version_id: str = Field(foreign_key="directory_version.id", index=True)
    table: str  # HSDS resource name, e.g. "service"
    file_name: str  # e.g. "services.csv"
    content: bytes  # UTF-8 CSV
