"""Write a directory back out as HSDS 3.0 CSV tables.

Two forms, one writer. The vault's form keeps every value as imported
(original ids, zone names) so a stored version re-imports exactly. The
published form (`directory export`) is valid against the HSDS 3.0
`datapackage.json`: ids that are not UUIDs are replaced by stable UUIDs (the
same id always gives the same UUID) and the original is kept in
`metadata.csv` (field `id`, previous and replacement value), which the
importer reads back; allowed enum values; numeric time zones; times as
HH:MM:SS; required columns filled. Contacts, service areas, eligibility text
and the source's own taxonomy terms are carried through. A confidential
shelter's address and coordinates are left out unless the reader is an admin.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from caseassist.directory.export_layout import COLUMNS, datapackage
from caseassist.directory.export_values import (
    NO_ORGANIZATION,
    PLACE_TYPES,
    STATUSES,
    ExportIds,
    email_value,
    schedule_row,
    uri_value,
)
from caseassist.directory.model import (
    NEEDS_TAXONOMY,
    TRAITS,
    TRAITS_TAXONOMY,
    Directory,
    Term,
    service_needs,
)
from caseassist.errors import InvalidInput
from caseassist.i18n import _


def to_tables(
    directory: Directory,
    *,
    hide_confidential: bool = False,
    published: bool = False,
    today: dt.date | None = None,
) -> dict[str, list[list]]:
    """Table name -> rows (first row the header)."""
    ids = ExportIds(published, (today or dt.date.today()).isoformat())
    out: dict[str, list[list]] = {t: [[c for c, _t in cols]] for t, (_f, cols) in COLUMNS.items()}
    pub = published
    for org in directory.organizations.values():
        out["organization"].append(
            [
                ids("organization", org.id),
                org.name or (org.alternate_name if pub else ""),
                org.alternate_name,
                org.description or (org.name if pub else ""),
                email_value(org.email, pub),
                uri_value(org.website, pub),
            ]
        )
    hidden_locations: set[str] = set()
    if hide_confidential:
        shown = {lid for s in directory.services if not s.confidential for lid in s.location_ids}
        hidden_locations = {
            lid for s in directory.services if s.confidential for lid in s.location_ids
        } - shown
    for loc in directory.locations.values():
        secret = loc.id in hidden_locations
        ltype = loc.location_type
        if pub and ltype not in PLACE_TYPES:
            ltype = "physical"
        out["location"].append(
            [
                ids("location", loc.id),
                ltype,
                ids("organization", loc.organization_id)
                if loc.organization_id in directory.organizations
                else ("" if pub else loc.organization_id),
                loc.name,
                loc.description,
                "" if secret or loc.latitude is None else repr(loc.latitude),
                "" if secret or loc.longitude is None else repr(loc.longitude),
            ]
        )
        if secret:
            continue
        for k, a in enumerate(loc.addresses):
            atype = a.address_type if a.address_type in PLACE_TYPES or not pub else "physical"
            row = [
                ids("address", a.id) if a.id else ids.made(loc.id, "address", str(k)),
                ids("location", loc.id),
                a.address_1,
                a.address_2,
                a.city,
                a.region,
                a.state_province,
                a.postal_code,
                a.country,
                atype,
            ]
            if pub and not all((a.address_1, a.city, a.state_province, a.postal_code, a.country)):
                # HSDS 3.0 requires these five; an incomplete address is kept as the
                # location's description instead of making the file invalid.
                loc_row = out["location"][-1]
                loc_row[4] = "; ".join(x for x in (loc_row[4], a.one_line()) if x)
                continue
            out["address"].append(row)
    _taxonomies(out, directory, ids)
    orgless: list[str] = []
    for s in directory.services:
        org_id = s.organization_id
        if pub and org_id not in directory.organizations:
            org_id = ids.made(s.id, "organization")
            orgless.append(s.id)
            out["organization"].append([org_id, s.name, "", NO_ORGANIZATION, "", ""])
        else:
            org_id = ids("organization", org_id)
        status = s.status
        if pub and status not in STATUSES:
            status = "inactive"
        out["service"].append(
            [
                ids("service", s.id),
                org_id,
                s.name,
                s.alternate_name,
                s.description,
                uri_value(s.url, pub),
                email_value(s.email, pub),
                status,
                s.interpretation_services,
                s.application_process,
                s.fees_description,
                s.eligibility_description,
                "" if s.minimum_age is None else str(s.minimum_age),
                "" if s.maximum_age is None else str(s.maximum_age),
            ]
        )
        sid = ids("service", s.id)
        for lid in s.location_ids:
            out["service_at_location"].append(
                [ids.made(s.id, "at", lid), sid, ids("location", lid)]
            )
        for k, ph in enumerate(s.phones):
            ext, desc = ph.extension, ph.description
            if pub and ext and not ext.isdigit():
                ext, desc = "", "; ".join(x for x in (desc, f"ext. {ph.extension}") if x)
            out["phone"].append(
                [
                    ids("phone", ph.id) if ph.id else ids.made(s.id, "phone", str(k)),
                    sid,
                    ph.number,
                    ext,
                    ph.type,
                    desc,
                ]
            )
        for c in s.contacts:
            out["contact"].append(
                [ids("contact", c.id), sid, c.name, c.title, email_value(c.email, pub)]
            )
        for k, area in enumerate(s.service_areas):
            out["service_area"].append([ids.made(s.id, "area", str(k)), sid, area, area])
        for code in s.languages:
            out["language"].append([ids.made(s.id, "lang", code), sid, _language_name(code), code])
        for k, sched in enumerate(s.schedules):
            out["schedule"].append(schedule_row(ids, s.id, k, sched))
        for k, doc in enumerate(s.required_documents):
            out["required_document"].append([ids.made(s.id, "doc", str(k)), sid, doc])
        for tax, codes in ((NEEDS_TAXONOMY, s.needs), (TRAITS_TAXONOMY, s.traits)):
            for code in sorted(codes):
                out["attribute"].append(
                    [
                        ids.made(s.id, code),
                        sid,
                        ids("taxonomy_term", f"{tax}:{code}"),
                        "service_tag",
                        "service",
                        "",
                    ]
                )
        for term in s.terms:
            out["attribute"].append(
                [
                    ids.made(s.id, "term", term.id),
                    sid,
                    ids("taxonomy_term", term.id),
                    "service_tag",
                    "service",
                    "",
                ]
            )
    if pub:
        for k, (table, new, original) in enumerate(ids.originals):
            out["metadata"].append(
                [
                    ids.made("metadata", str(k), table, original),
                    new,
                    table,
                    ids.today,
                    "export",
                    "id",
                    original,
                    new,
                    "caseassist",
                ]
            )
    return out


def _language_name(code: str) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale("en").languages.get(code, "") or str(Locale.parse(code).english_name or "")
    except (ValueError, UnknownLocaleError):
        return ""


def _taxonomies(out: dict[str, list[list]], directory: Directory, ids: ExportIds) -> None:
    """The project's two taxonomies, then every source term a service carries."""
    for tax, name in (
        (NEEDS_TAXONOMY, "Survivor need categories"),
        (TRAITS_TAXONOMY, "Eligibility and service traits"),
    ):
        out["taxonomy"].append([ids("taxonomy", tax), tax, name, "1"])
    for tax, codes in ((NEEDS_TAXONOMY, service_needs()), (TRAITS_TAXONOMY, TRAITS)):
        for code in codes:
            out["taxonomy_term"].append(
                [
                    ids("taxonomy_term", f"{tax}:{code}"),
                    code,
                    code,
                    code.replace("_", " ") if ids.published else "",
                    "",
                    tax,
                    ids("taxonomy", tax),
                ]
            )
    terms: dict[str, Term] = {}
    for s in directory.services:
        for t in s.terms:
            terms.setdefault(t.id, t)
    codes_seen: set[str] = {code for cs in (service_needs(), TRAITS) for code in cs}
    for t in terms.values():
        code = t.code
        if ids.published and code in codes_seen:
            code = ""  # term codes are unique in HSDS 3.0; the first keeps it
        codes_seen.add(code)
        out["taxonomy_term"].append(
            [
                ids("taxonomy_term", t.id),
                code,
                t.name or t.code,
                t.description or (t.name or t.code if ids.published else ""),
                ids("taxonomy_term", t.parent_id),
                t.taxonomy,
                "",
            ]
        )


def to_csv_blobs(
    directory: Directory,
    *,
    hide_confidential: bool = False,
    published: bool = False,
    today: dt.date | None = None,
) -> dict[str, tuple[str, bytes]]:
    """Table name -> (file name, UTF-8 CSV bytes): the form `load_csv_tables` reads back."""
    blobs: dict[str, tuple[str, bytes]] = {}
    tables = to_tables(
        directory, hide_confidential=hide_confidential, published=published, today=today
    )
    for table, rows in tables.items():
        if table == "metadata" and len(rows) == 1 and not published:
            continue
        buf = io.StringIO(newline="")
        csv.writer(buf, lineterminator="\n").writerows(rows)
        blobs[table] = (COLUMNS[table][0], buf.getvalue().encode("utf-8"))
    return blobs


def write_csv_folder(
    directory: Directory,
    out_dir: Path,
    *,
    hide_confidential: bool = True,
    today: dt.date | None = None,
    force: bool = False,
) -> list[Path]:
    """Write HSDS 3.0 CSV files and `datapackage.json` into `out_dir`; returns the paths written.

    Every name is checked before anything is written (no link, device or earlier
    file replaced unless `force`), and each file is written 0600 by `outfile`."""
    from caseassist import outfile

    if outfile.is_stdout(out_dir) or (out_dir.exists() and not out_dir.is_dir()):
        raise InvalidInput(
            _("{path} is not a folder; give a folder to write the files into.").format(path=out_dir)
        )
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    blobs = to_csv_blobs(
        directory, hide_confidential=hide_confidential, published=True, today=today
    )
    files = [(out_dir / fname, data) for fname, data in blobs.values()]
    pkg = json.dumps(datapackage(blobs), indent=2) + "\n"
    files.append((out_dir / "datapackage.json", pkg.encode("utf-8")))
    for target, _data in files:
        outfile.check_target(target, force=force)
    for target, data in files:
        outfile.write_private(target, data, force=force, can_print=False)
    return [target for target, _data in files]
