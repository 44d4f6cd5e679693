"""Read HSDS JSON: a service object, a list of them, an organization with its services,
or a paged API response, unfolded into the same tables a CSV export gives
(`hsds.TABLE_FILES`), so one builder reads both."""

from __future__ import annotations

import json
from collections.abc import Mapping

from caseassist.directory.errors import DirectoryFileError, utf8_text
from caseassist.directory.hsds import TABLE_FILES, Row, Source
from caseassist.i18n import _


def _scalar(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _flat(obj: Mapping[str, object], **extra: str) -> dict[str, str]:
    row = {k: s for k, v in obj.items() if (s := _scalar(v)) is not None}
    row.update(extra)
    return row


def read_json(data: bytes, *, name: str = "directory.json") -> Source:
    """A service object, a list of them, an organization with its services, or a paged response."""
    text = utf8_text(data, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DirectoryFileError(name, exc.lineno, None, _("not valid JSON")) from None
    except RecursionError:  # nested deeper than Python's stack
        raise DirectoryFileError(name, None, None, _("not valid JSON")) from None
    fmt = "HSDS 3.0 JSON"
    org_context: dict | None = None
    if isinstance(doc, dict) and isinstance(doc.get("contents"), list):
        items = doc["contents"]  # a paged API response (`service_list`, `organization_list`)
        fmt = "HSDS 3.0 JSON (paged response)"
    elif isinstance(doc, list):
        items = doc
    elif (
        isinstance(doc, dict)
        and isinstance(doc.get("services"), list)
        and "organization" not in doc
    ):
        items = doc["services"]  # an organization object with its services
        org_context = doc
        fmt = "HSDS 3.0 JSON (organization)"
    else:
        items = [doc]
    if not items:
        raise DirectoryFileError(name, None, None, _("no services in the file"))
    expanded: list[tuple[object, dict | None]] = []
    for item in items:
        # a page of organizations: each brings its own services
        if (
            isinstance(item, dict)
            and isinstance(item.get("services"), list)
            and "organization" not in item
            and "organization_id" not in item
        ):
            expanded.extend((s, item) for s in item["services"])
        else:
            expanded.append((item, org_context))
    tables = _json_tables(expanded, name)
    return Source({t: (f"{name} ({t})", rows) for t, rows in tables.items()}, fmt, name)


def _json_tables(items: list[tuple[object, dict | None]], name: str) -> dict[str, list[Row]]:
    """Unfold compiled service objects into HSDS tables (first copy of a repeated id wins)."""
    tables: dict[str, list[Row]] = {t: [] for t in TABLE_FILES}
    seen: dict[str, set[str]] = {t: set() for t in TABLE_FILES}

    def add(table: str, n: int, row: dict[str, str]) -> None:
        rid = row.get("id", "")
        if rid and rid in seen[table]:
            return
        seen[table].add(rid)
        tables[table].append((n, row))

    def objs(value: object) -> list[dict]:
        return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

    def location(i: int, loc: dict) -> str:
        loc_id = _scalar(loc.get("id")) or ""
        add("location", i, _flat(loc))
        for ad in objs(loc.get("addresses")):
            add("address", i, _flat(ad, location_id=loc_id))
        return loc_id

    for i, (item, org_doc) in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise DirectoryFileError(name, i, None, _("is not an HSDS service object"))
        sid = _scalar(item.get("id")) or ""
        org = item.get("organization")
        org_id = _scalar(item.get("organization_id")) or ""
        if not isinstance(org, dict) and org_doc is not None:
            org = org_doc
        if isinstance(org, dict):
            org_id = _scalar(org.get("id")) or org_id
            add("organization", i, _flat(org))
        add("service", i, _flat(item, id=sid, organization_id=org_id))
        for lang in objs(item.get("languages")):
            add("language", i, _flat(lang, service_id=sid))
        for ph in objs(item.get("phones")):
            add("phone", i, _flat(ph, service_id=sid))
        for s in objs(item.get("schedules")):
            add("schedule", i, _flat(s, service_id=sid))
        for doc in objs(item.get("required_documents")):
            add("required_document", i, _flat(doc, service_id=sid))
        for c in objs(item.get("contacts")):
            add("contact", i, _flat(c, service_id=sid))
        for area in objs(item.get("service_areas")):
            add("service_area", i, _flat(area, service_id=sid))
        for attr in objs(item.get("attributes")):
            term = attr.get("taxonomy_term")
            term_id = _scalar(attr.get("taxonomy_term_id")) or ""
            if isinstance(term, dict):
                term_id = _scalar(term.get("id")) or term_id
                detail = term.get("taxonomy_detail")
                taxonomy = _scalar(term.get("taxonomy")) or ""
                if isinstance(detail, dict):
                    taxonomy = taxonomy or _scalar(detail.get("name")) or ""
                add("taxonomy_term", i, _flat(term, taxonomy=taxonomy))
            link_entity = _scalar(attr.get("link_entity")) or "service"
            if link_entity == "link_entity":  # the specification's placeholder value
                link_entity = "service"
            add(
                "attribute",
                i,
                _flat(attr, link_id=sid, link_entity=link_entity, taxonomy_term_id=term_id),
            )
        for sal in objs(item.get("service_at_locations")):
            loc = sal.get("location")
            loc_id = _scalar(sal.get("location_id")) or ""
            if isinstance(loc, dict):
                loc_id = location(i, loc) or loc_id
            add("service_at_location", i, _flat(sal, service_id=sid, location_id=loc_id))
            for s in objs(sal.get("schedules")):
                add("schedule", i, _flat(s, service_id=sid))
    return {t: rows for t, rows in tables.items() if rows}
