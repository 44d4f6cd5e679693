"""Write a directory back out as HSDS 3.0 CSV tables.

The same writer serves the vault (every field, so an import round-trips) and
`directory export` (where a confidential shelter's address and coordinates are
left out unless the reader is an admin). What is not kept at import, unknown
tables and columns, is not written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from caseassist.directory.model import (
    NEEDS_TAXONOMY,
    TRAITS,
    TRAITS_TAXONOMY,
    Directory,
    needs,
)
from caseassist.directory.schedule import DAY_CODES, END_OF_DAY, Schedule, format_hhmm

COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": (
        "organizations.csv",
        ("id", "name", "alternate_name", "description", "email", "website"),
    ),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
        ),
    ),
    "location": (
        "locations.csv",
        ("id", "location_type", "organization_id", "name", "description", "latitude", "longitude"),
    ),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "service_at_location": ("service_at_location.csv", ("id", "service_id", "location_id")),
    "phone": (
        "phones.csv",
        ("id", "service_id", "number", "extension", "type", "description"),
    ),
    "language": ("languages.csv", ("id", "service_id", "name", "code")),
    "schedule": (
        "schedules.csv",
        (
            "id",
            "service_id",
            "valid_from",
            "valid_to",
            "timezone",
            "freq",
            "byday",
            "bymonthday",
            "description",
            "opens_at",
            "closes_at",
        ),
    ),
    "required_document": ("required_documents.csv", ("id", "service_id", "document")),
    "taxonomy": ("taxonomies.csv", ("id", "name", "description", "version")),
    "taxonomy_term": ("taxonomy_terms.csv", ("id", "code", "name", "taxonomy", "taxonomy_id")),
    "attribute": (
        "attributes.csv",
        ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"),
    ),
}


def _tz_text(tz: dt.tzinfo | None) -> str:
    if tz is None:
        return ""
    key = getattr(tz, "key", None)
    if key:
        return key
    offset = tz.utcoffset(None)
    hours = offset.total_seconds() / 3600 if offset is not None else 0.0
    return f"{hours:g}"


def _schedule_row(sid: str, n: int, s: Schedule) -> list[str]:
    closes = "23:59:59" if s.closes == END_OF_DAY else format_hhmm(s.closes)
    return [
        f"{sid}#schedule-{n}",
        sid,
        s.valid_from.isoformat() if s.valid_from else "",
        s.valid_to.isoformat() if s.valid_to else "",
        _tz_text(s.tz),
        s.freq,
        ",".join(f"{n}{DAY_CODES[d]}" for n, d in s.bynth)
        if s.bynth
        else ",".join(DAY_CODES[d] for d in s.byday),
        ",".join(str(d) for d in s.bymonthday),
        s.description,
        format_hhmm(s.opens),
        closes,
    ]


def to_tables(directory: Directory, *, hide_confidential: bool = False) -> dict[str, list[list]]:
    """Table name -> rows (first row the header)."""
    out: dict[str, list[list]] = {t: [list(cols)] for t, (_f, cols) in COLUMNS.items()}
    for org in directory.organizations.values():
        out["organization"].append(
            [org.id, org.name, org.alternate_name, org.description, org.email, org.website]
        )
    hidden_locations: set[str] = set()
    if hide_confidential:
        shown = {lid for s in directory.services if not s.confidential for lid in s.location_ids}
        hidden_locations = {
            lid for s in directory.services if s.confidential for lid in s.location_ids
        } - shown
    for loc in directory.locations.values():
        secret = loc.id in hidden_locations
        out["location"].append(
            [
                loc.id,
                loc.location_type,
                loc.organization_id,
                loc.name,
                loc.description,
                "" if secret or loc.latitude is None else repr(loc.latitude),
                "" if secret or loc.longitude is None else repr(loc.longitude),
            ]
        )
        if secret:
            continue
        for k, a in enumerate(loc.addresses):
            out["address"].append(
                [
                    a.id or f"{loc.id}#address-{k}",
                    loc.id,
                    a.address_1,
                    a.address_2,
                    a.city,
                    a.region,
                    a.state_province,
                    a.postal_code,
                    a.country,
                    a.address_type,
                ]
            )
    for tax, name in (
        (NEEDS_TAXONOMY, "Survivor need categories"),
        (TRAITS_TAXONOMY, "Eligibility and service traits"),
    ):
        out["taxonomy"].append([tax, tax, name, "1"])
    for code in needs():
        out["taxonomy_term"].append(
            [f"{NEEDS_TAXONOMY}:{code}", code, code, NEEDS_TAXONOMY, NEEDS_TAXONOMY]
        )
    for code in TRAITS:
        out["taxonomy_term"].append(
            [f"{TRAITS_TAXONOMY}:{code}", code, code, TRAITS_TAXONOMY, TRAITS_TAXONOMY]
        )
    for s in directory.services:
        out["service"].append(
            [
                s.id,
                s.organization_id,
                s.name,
                s.alternate_name,
                s.description,
                s.url,
                s.email,
                s.status,
                s.interpretation_services,
                s.application_process,
                s.fees_description,
                s.eligibility_description,
                "" if s.minimum_age is None else str(s.minimum_age),
                "" if s.maximum_age is None else str(s.maximum_age),
            ]
        )
        for lid in s.location_ids:
            out["service_at_location"].append([f"{s.id}@{lid}", s.id, lid])
        for k, ph in enumerate(s.phones):
            out["phone"].append(
                [
                    ph.id or f"{s.id}#phone-{k}",
                    s.id,
                    ph.number,
                    ph.extension,
                    ph.type,
                    ph.description,
                ]
            )
        for code in s.languages:
            out["language"].append([f"{s.id}#lang-{code}", s.id, "", code])
        for k, sched in enumerate(s.schedules):
            out["schedule"].append(_schedule_row(s.id, k, sched))
        for k, doc in enumerate(s.required_documents):
            out["required_document"].append([f"{s.id}#doc-{k}", s.id, doc])
        for tax, codes in ((NEEDS_TAXONOMY, s.needs), (TRAITS_TAXONOMY, s.traits)):
            for code in sorted(codes):
                out["attribute"].append(
                    [f"{s.id}#{code}", s.id, f"{tax}:{code}", "service_tag", "service", ""]
                )
    return out


def to_csv_blobs(
    directory: Directory, *, hide_confidential: bool = False
) -> dict[str, tuple[str, bytes]]:
    """Table name -> (file name, UTF-8 CSV bytes): the form `load_csv_tables` reads back."""
    blobs: dict[str, tuple[str, bytes]] = {}
    for table, rows in to_tables(directory, hide_confidential=hide_confidential).items():
        buf = io.StringIO(newline="")
        csv.writer(buf, lineterminator="\n").writerows(rows)
        blobs[table] = (COLUMNS[table][0], buf.getvalue().encode("utf-8"))
    return blobs


def write_csv_folder(
    directory: Directory, out_dir: Path, *, hide_confidential: bool = True
) -> list[Path]:
    """Write the HSDS CSV files into `out_dir` (created if needed); returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fname, data in to_csv_blobs(directory, hide_confidential=hide_confidential).values():
        target = out_dir / fname
        target.write_bytes(data)
        written.append(target)
    return written
