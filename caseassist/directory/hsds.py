"""Read a published directory: HSDS 3.0, 2.0 or 1.1 CSV, HSDS JSON, or a plain spreadsheet.

Every form becomes the same rows, table by table (under HSDS 3.0 names), and
passes through one builder (`caseassist.directory.build`), so the rules are
identical whatever was read (JSON is unfolded in `hsds_json`, a spreadsheet in
`spreadsheet`). Files and columns are found by their own names
in each version (`services_at_location.csv`, `physical_addresses.csv`, a
taxonomy `term` column), and `datapackage.json` paths are followed.

Tolerant by default: what cannot be used is skipped and counted in the
import's report; `strict=True` refuses on the first fault with file, row,
column and reason. Unreadable text or CSV is refused either way, since
nothing after it could be trusted. Rows are numbered as a spreadsheet shows
them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from caseassist.directory.errors import DirectoryFileError, utf8_text
from caseassist.directory.languages import normalize_language  # noqa: F401  (re-exported)
from caseassist.directory.model import Directory
from caseassist.directory.taxonomy import NeedRules

if TYPE_CHECKING:
    from caseassist.directory.build import Spill
from caseassist.i18n import _, ngettext

Progress = Callable[[int, int, str], None]
"""progress(done, total, table): units of work done so far out of total (bytes for CSV)."""

Row = tuple[int, dict[str, str]]

TABLE_FILES: dict[str, tuple[str, ...]] = {
    "organization": ("organizations.csv",),
    "service": ("services.csv",),
    "location": ("locations.csv",),
    "address": ("addresses.csv", "physical_addresses.csv"),
    "service_at_location": ("service_at_location.csv", "services_at_location.csv"),
    "phone": ("phones.csv",),
    "language": ("languages.csv",),
    "schedule": ("schedules.csv", "regular_schedules.csv"),
    "required_document": ("required_documents.csv",),
    "taxonomy": ("taxonomies.csv",),
    "taxonomy_term": ("taxonomy_terms.csv", "taxonomy.csv"),
    "attribute": (
        "attributes.csv",
        "service_attributes.csv",
        "services_taxonomy.csv",
        "service_taxonomy.csv",
    ),
    "contact": ("contacts.csv",),
    "service_area": ("service_areas.csv",),
    "eligibility": ("eligibility.csv",),
    "metadata": ("metadata.csv",),
}
"""HSDS 3.0 resource name -> its file names in 3.0, then in 2.0 and 1.1."""

RESOURCE_ALIASES: dict[str, str] = (
    {Path(f).stem: table for table, files in TABLE_FILES.items() for f in files}
    | {t: t for t in TABLE_FILES}
    | {"services_at_location": "service_at_location"}
)
"""A datapackage resource name (any version) -> the table it fills."""

COLUMN_ALIASES: dict[str, dict[str, str]] = {
    "taxonomy_term": {"term": "name", "vocabulary": "taxonomy"},
    "attribute": {"service_id": "link_id", "taxonomy_id": "taxonomy_term_id"},
    "language": {"language": "name"},
    "service": {"fees": "fees_description", "eligibility": "eligibility_description"},
    "schedule": {"weekday": "days"},
    "service_area": {"service_area": "name"},
    "eligibility": {"eligibility": "text"},
}
"""Columns of HSDS 2.0/1.1 under their 3.0 names (the 3.0 name wins when both are present)."""

REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("id",),
    "service": ("id", "name"),
    "location": ("id",),
    "address": ("id", "location_id"),
    "service_at_location": ("id", "service_id", "location_id"),
    "phone": ("id", "number"),
    "language": ("id",),
    "schedule": ("id",),
    "required_document": ("id", "service_id"),
    "taxonomy": ("id",),
    "taxonomy_term": ("id",),
    "attribute": ("id", "link_id", "taxonomy_term_id"),
    "contact": ("id",),
    "service_area": ("id",),
    "eligibility": ("id", "service_id"),
    "metadata": ("id",),
}


@dataclass(frozen=True)
class ImportOptions:
    """How to read: strict or tolerant, and a vault's own taxonomy and language rules."""

    strict: bool = False
    need_rules: NeedRules | None = None  # None: the shipped rules alone
    language_names: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Source:
    """Tables read from one source, before building: table -> (file name, rows)."""

    tables: dict[str, tuple[str, Iterable[Row]]]
    format: str
    name: str
    sizes: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Entry points


def load_directory(
    path: str | Path,
    *,
    progress: Progress | None = None,
    strict: bool = False,
    options: ImportOptions | None = None,
) -> Directory:
    """Import a CSV folder (or its datapackage.json), a JSON document, or a spreadsheet."""
    from caseassist.directory.build import build

    opts = options or ImportOptions(strict=strict)
    if strict and not opts.strict:
        opts = ImportOptions(True, opts.need_rules, opts.language_names)
    return build(read_source(Path(path), opts), opts, progress=progress)


def stream_directory(
    path: str | Path,
    spill: Spill,
    *,
    progress: Progress | None = None,
    options: ImportOptions | None = None,
):
    """Read a directory into `spill` (the vault's import transaction), not into memory:
    the returned builder gives each service back whole, one at a time."""
    from caseassist.directory.build import build_spilled

    opts = options or ImportOptions()
    return build_spilled(read_source(Path(path), opts), opts, spill, progress=progress)


def read_source(p: Path, opts: ImportOptions) -> Source:
    if p.is_dir():
        return read_csv_folder(p, opts)
    if p.is_file() and p.name == "datapackage.json":
        return read_csv_folder(p.parent, opts)
    suffix = p.suffix.lower()
    if p.is_file() and suffix == ".json":
        from caseassist.directory.hsds_json import read_json  # it reads this module's tables

        return read_json(_read_bytes(p), name=p.name)
    if p.is_file() and suffix in (".csv", ".xlsx"):
        from caseassist.directory.spreadsheet import read_spreadsheet

        return read_spreadsheet(p, strict=opts.strict)
    raise DirectoryFileError(
        p.name or str(p),
        None,
        None,
        _("not a folder of HSDS CSV files, an HSDS JSON file or a spreadsheet"),
    )


def load_csv_tables(
    blobs: Mapping[str, tuple[str, bytes]],
    *,
    source: str = "",
    progress: Progress | None = None,
    options: ImportOptions | None = None,
) -> Directory:
    """Import from table name -> (file name, raw bytes); what the vault keeps per version."""
    from caseassist.directory.build import build

    opts = options or ImportOptions(strict=True)
    return build(_csv_source(blobs, source, "HSDS 3.0 CSV", opts), opts, progress=progress)


def load_json(data: bytes, *, name: str = "directory.json", source: str = "") -> Directory:
    from caseassist.directory.build import build
    from caseassist.directory.hsds_json import read_json  # it reads this module's tables

    src = read_json(data, name=name)
    src.name = source or name
    return build(src, ImportOptions())


def _read_bytes(f: Path) -> bytes:
    try:
        return f.read_bytes()
    except OSError:  # a name too long, a file not readable: say which, not a traceback
        raise DirectoryFileError(f.name, None, None, _("the file is missing")) from None


# ---------------------------------------------------------------------------------------------
# CSV packages


def _datapackage(folder: Path) -> tuple[dict[str, str], str]:
    """Table -> file path from datapackage.json when there is one, and its declared version."""
    pkg = folder / "datapackage.json"
    if not pkg.is_file():
        return {}, ""
    try:
        doc = json.loads(_read_bytes(pkg).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise DirectoryFileError("datapackage.json", None, None, _("not valid JSON")) from None
    files: dict[str, str] = {}
    resources = doc.get("resources") if isinstance(doc, dict) else None
    for res in resources if isinstance(resources, list) else []:
        if not isinstance(res, dict) or not isinstance(res.get("path"), str):
            continue
        table = RESOURCE_ALIASES.get(str(res.get("name", "")).strip().lower())
        rel = Path(res["path"])
        if table and not rel.is_absolute() and ".." not in rel.parts:
            files.setdefault(table, str(rel))
    version = str(doc.get("version", "")) if isinstance(doc, dict) else ""
    return files, version


def read_csv_folder(folder: Path, opts: ImportOptions) -> Source:
    """The folder's tables, each read from its file as the builder reaches it (never whole)."""
    declared, version = _datapackage(folder)
    files: dict[str, tuple[str, Path]] = {}
    for table, names in TABLE_FILES.items():
        candidates = ([declared[table]] if table in declared else []) + list(names)
        for fname in candidates:
            f = folder / fname
            try:
                found = f.is_file()
            except (OSError, ValueError):  # a name too long, a NUL in it: never a file of ours
                found = False
            if found:
                files[table] = (fname, f)
                break
    heads = {t: (fname, _head(f)) for t, (fname, f) in files.items()}
    return _csv_source(files, str(folder), detect_version(heads, version), opts)


def _head(f: Path) -> bytes:
    try:
        with f.open("rb") as fh:
            return fh.read(400)
    except OSError:
        raise DirectoryFileError(f.name, None, None, _("the file is missing")) from None


def detect_version(blobs: Mapping[str, tuple[str, bytes]], declared: str = "") -> str:
    """HSDS 3.0, 2.0 or 1.1, from the package's own word or else from its file and column names."""
    if declared[:1] in ("1", "2", "3"):
        major = declared.split(".")[0]
        return f"HSDS {major}.{declared.split('.')[1] if '.' in declared else '0'} CSV"
    names = {fname for fname, _b in blobs.values()}
    heads = {t: b[:400].split(b"\n", 1)[0].lower() for t, (_f, b) in blobs.items()}
    if (
        "taxonomy.csv" in names
        or "services_taxonomy.csv" in names
        or "regular_schedules.csv" in names
    ):
        return "HSDS 1.1 CSV"
    if names & {"services_at_location.csv", "physical_addresses.csv", "service_attributes.csv"}:
        return "HSDS 2.0 CSV"
    if b"term" in heads.get("taxonomy_term", b"").split(b","):
        return "HSDS 2.0 CSV"
    return "HSDS 3.0 CSV"


def _csv_source(
    blobs: Mapping[str, tuple[str, bytes | Path]], name: str, fmt: str, opts: ImportOptions
) -> Source:
    if "service" not in blobs:
        raise DirectoryFileError("services.csv", None, None, _("the file is missing"))
    tables = {t: (fname, csv_rows(fname, data, t, opts)) for t, (fname, data) in blobs.items()}
    sizes = {t: _size(data) for t, (_f, data) in blobs.items()}
    return Source(tables, fmt, name, sizes)


def _size(data: bytes | Path) -> int:
    if isinstance(data, bytes):
        return len(data)
    try:
        return data.stat().st_size
    except OSError:
        return 0


class SkipTable(Exception):
    """A secondary table that cannot be read at all in tolerant mode (a required column missing)."""

    def __init__(self, fname: str, column: str) -> None:
        super().__init__(fname)
        self.fname, self.column = fname, column


SHORT_ROW = "short_row"
"""Marker key on a row that had fewer cells than its header (read with empty trailing cells)."""


def csv_rows(fname: str, data: bytes | Path, table: str, opts: ImportOptions) -> Iterator[Row]:
    """Rows as dicts under 3.0 column names; a short row is padded and marked, a long one skipped.

    `data` is the file's bytes, or its path: then it is read a line at a time, so a large
    table never sits in memory whole."""
    if isinstance(data, bytes):
        text = utf8_text(data, fname)
        yield from _csv_records(fname, io.StringIO(text, newline=""), table, opts)
        return
    try:
        fh = data.open(encoding="utf-8-sig", newline="", errors="strict")
    except OSError:
        raise DirectoryFileError(fname, None, None, _("the file is missing")) from None
    with fh:
        try:
            yield from _csv_records(fname, fh, table, opts)
        except UnicodeDecodeError:
            raise DirectoryFileError(
                fname, _bad_line(data), None, _("not valid UTF-8 text")
            ) from None


def _bad_line(f: Path) -> int | None:
    """The first line of a file that is not UTF-8 (read again only when one is found)."""
    with f.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return n
    return None


def _csv_records(fname: str, source, table: str, opts: ImportOptions) -> Iterator[Row]:
    reader = csv.reader(source, strict=True)
    rownum = 0
    try:
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip().lower() for h in header]
        aliases = COLUMN_ALIASES.get(table, {})
        header = [aliases[h] if h in aliases and aliases[h] not in header else h for h in header]
        for col in REQUIRED_COLUMNS.get(table, ("id",)):
            if col not in header and not (table == "attribute" and col == "link_id"):
                if opts.strict or table == "service":
                    raise DirectoryFileError(fname, 1, col, _("required column is missing"))
                raise SkipTable(fname, col)
        width = len(header)
        rownum = 1
        for record in reader:
            rownum += 1
            if not record or (len(record) == 1 and not record[0].strip()):
                continue
            if len(record) != width:
                if opts.strict or len(record) > width:
                    if opts.strict:
                        raise DirectoryFileError(
                            fname,
                            rownum,
                            None,
                            ngettext(
                                "has {found} field where the header has {expected}",
                                "has {found} fields where the header has {expected}",
                                len(record),
                            ).format(found=len(record), expected=width),
                        )
                    yield rownum, {"__long__": str(len(record))}
                    continue
                row = dict(zip(header, record + [""] * (width - len(record)), strict=True))
                row[SHORT_ROW] = "1"
                yield rownum, row
                continue
            yield rownum, dict(zip(header, record, strict=True))
    except csv.Error:
        # the record that failed to parse (an unclosed quote runs on to the end of the file)
        raise DirectoryFileError(fname, rownum + 1, None, _("malformed CSV")) from None
