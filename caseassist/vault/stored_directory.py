"""A stored directory version, answering the matcher's questions from its indexes.

The matcher asks for services of a need in ranking order, those speaking a
language, those that may be open now; each is one indexed query through the
search's long-lived read connection, and only the rows the matcher visits are
decoded: a search reads the candidate rows, never the directory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator

from caseassist.directory.codec import decode_location, decode_organization, decode_service
from caseassist.directory.model import Location, Organization, Service
from caseassist.directory.schedule import week_slot
from caseassist.vault.directory_versions import VersionInfo


def _only(only: tuple | None, alias: str) -> tuple[str, tuple]:
    """SQL narrowing the walk to one phase: services that may be open at a time, or unlisted."""
    if only is None:
        return "", ()
    if only[0] == "open":
        day, hour = week_slot(only[1])
        return f"AND ({alias}.m{day} >> ?) & 1 = 1", (hour,)
    return f"AND {alias}.hours = 0", ()


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

    def in_use(self) -> bool:
        """Whether this is still the version in use (another session may have imported
        since): one indexed read on the connection the searches already hold."""
        found = self._query("SELECT id FROM directory_version WHERE active = 1 LIMIT 1", ())
        return bool(found) and found[0][0] == self.version.id

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
