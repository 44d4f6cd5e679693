"""Rows an import can use: an id, references that resolve, and what a refused row says.

In tolerant mode a row that cannot be used is skipped and counted under its reason
(the first place it happened kept in the `ImportReport`); in strict mode the first
such fault refuses the import. Warnings and notes are counted too, so a schedule
parse that said nothing may be reused (`schedule_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from caseassist.directory.errors import DirectoryFileError
from caseassist.directory.hsds import SHORT_ROW, TABLE_FILES, Row, SkipTable
from caseassist.directory.model import DirectoryWarning
from caseassist.i18n import N_, _

PROGRESS_EVERY = 20_000
"""Rows between progress reports inside one large table."""

# Reasons a row is skipped (tolerant) or refused (strict); translated where shown.
R_EMPTY_ID = N_("the id is empty")
R_REPEATED = N_("the id appears twice")
R_DANGLING = N_("refers to an id that does not exist")
R_LONG = N_("more fields than the header")
R_NO_TARGET = N_("linked to no service or location")
N_SHORT = N_("rows shorter than their header: missing cells read as empty")


class RowChecks:
    """The part of the builder that walks a table's rows and checks their ids and references."""

    def _rows(self, table: str) -> tuple[str, Iterable[Row]]:
        fname, rows = self.tables.get(table, (TABLE_FILES[table][0], ()))
        return fname, rows

    def tick(self, table: str) -> None:
        self.done += self.sizes.get(table, 0)
        if self.progress:
            self.progress(self.done, self.total, table)

    def fault(self, fname: str, n: int, col: str | None, reason: str) -> None:
        """Refuse (strict) or skip the row and count it under its reason (tolerant)."""
        self._said += 1
        if self.strict:
            raise DirectoryFileError(fname, n, col, _(reason))
        where = f"{fname}, row {n}" + (f", {col}" if col else "")
        self.report.skip(fname, reason, where)

    def warn(self, fname: str, n: int, col: str, message: str) -> None:
        self._said += 1
        self.warnings.append(DirectoryWarning(fname, n, col, message))

    def _note(self, fname: str, reason: str, where: str) -> None:
        self._said += 1
        self.report.note(fname, reason, where)

    def _ids(
        self, fname: str, rows: Iterable[Row], table: str, *, link: str = ""
    ) -> Iterator[tuple[int, str, dict[str, str]]]:
        """Rows with a usable id. `link`: a column that, with the id, makes a row distinct
        (HSDS 1.x repeats a schedule's id once per service it serves)."""
        seen: set[tuple[str, str]] = set()
        size = self.sizes.get(table, 0)
        read = 0  # bytes of this table read so far, near enough
        try:
            for n, row in rows:
                if self.progress and size and n % 64 == 0:  # one row in 64, near enough
                    read += 64 * sum(len(v) + 1 for v in row.values())
                    if n % PROGRESS_EVERY == 0:
                        self.progress(self.done + min(read, size), self.total, table)
                if "__long__" in row:
                    self.fault(fname, n, None, R_LONG)
                    continue
                if SHORT_ROW in row:
                    self.report.note(fname, N_SHORT, f"{fname}, row {n}")
                rid = (row.get("id") or "").strip()
                if not rid:
                    self.fault(fname, n, "id", R_EMPTY_ID)
                    continue
                key = (rid, (row.get(link) or "").strip() if link else "")
                if key in seen:
                    self.fault(fname, n, "id", R_REPEATED)
                    continue
                seen.add(key)
                yield n, rid, row
        except SkipTable as skip:
            self.report.skip(
                skip.fname, N_("table without a required column: not read"), skip.column
            )

    def _ref(self, fname: str, n: int, row: dict[str, str], col: str, known: Mapping) -> str | None:
        """The referenced id, "" when empty, None when it refers to nothing (row faulted)."""
        value = (row.get(col) or "").strip()
        if value and value not in known:
            if value == "0" and col != "link_id":  # HSDS 1.x exports write 0 for "none"
                return ""
            self.fault(fname, n, col, R_DANGLING)
            return None
        return value

    def _targets(self, fname: str, n: int, r: dict[str, str]) -> list[str] | None:
        """The services a row belongs to, by service, service_at_location or location."""
        sid = self._ref(fname, n, r, "service_id", self.svc)
        if sid is None:
            return None
        if sid:
            return [sid]
        sal = self._ref(fname, n, r, "service_at_location_id", self.sal)
        if sal is None:
            return None
        if sal:
            return [self.sal[sal]]
        loc = self._ref(fname, n, r, "location_id", self.locs)
        if loc is None:
            return None
        return list(self.loc_services.get(loc, [])) if loc else []


def original_ids(
    tables: dict[str, tuple[str, Iterable[Row]]],
) -> dict[str, tuple[str, Iterable[Row]]]:
    """Put back the original ids an HSDS 3.0 export replaced by UUIDs (listed in metadata)."""
    meta = tables.get("metadata")
    if meta is None:
        return tables
    back: dict[str, str] = {}
    for _n, r in meta[1]:
        if (r.get("field_name") or "").strip() == "id" and r.get("previous_value"):
            back[(r.get("replacement_value") or r.get("resource_id") or "").strip()] = r[
                "previous_value"
            ].strip()
    if not back:
        return tables

    def remap(rows: Iterable[Row]) -> Iterator[Row]:
        for n, r in rows:
            for k, v in r.items():
                if (k == "id" or k.endswith("_id")) and v in back:
                    r[k] = back[v]
            yield n, r

    return {t: (fname, remap(rows)) for t, (fname, rows) in tables.items() if t != "metadata"}
