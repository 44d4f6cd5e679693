"""Write small fictional HSDS 3.0 directories for tests (every name here is invented)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from caseassist.directory.model import TRAITS, needs

NEEDS = needs()

ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU"


def svc(sid: str, needs: str, **kw) -> dict:
    """One service spec: needs and traits space-separated, hours as (byday, opens, closes[, tz])."""
    return {"id": sid, "needs": needs, **kw}


def write(folder: Path, services: list[dict], *, extra_tables: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[list]] = {
        "organizations.csv": [["id", "name", "description"]],
        "services.csv": [
            [
                "id",
                "organization_id",
                "name",
                "status",
                "interpretation_services",
                "minimum_age",
                "maximum_age",
                "email",
                "eligibility_description",
            ]
        ],
        "locations.csv": [["id", "organization_id", "name", "latitude", "longitude"]],
        "addresses.csv": [
            ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country"]
        ],
        "service_at_location.csv": [["id", "service_id", "location_id"]],
        "phones.csv": [["id", "service_id", "number"]],
        "languages.csv": [["id", "service_id", "location_id", "name", "code"]],
        "schedules.csv": [
            ["id", "service_id", "timezone", "freq", "byday", "opens_at", "closes_at"]
        ],
        "required_documents.csv": [["id", "service_id", "document"]],
        "taxonomies.csv": [
            ["id", "name"],
            ["tx-needs", "caseassist-needs"],
            ["tx-elig", "caseassist-eligibility"],
        ],
        "taxonomy_terms.csv": [["id", "code", "name", "taxonomy", "taxonomy_id"]],
        "attributes.csv": [
            ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"]
        ],
    }
    for code in NEEDS:
        tables["taxonomy_terms.csv"].append(
            [f"t-{code}", code, code, "caseassist-needs", "tx-needs"]
        )
    for code in TRAITS:
        # taxonomy given only through taxonomy_id here, to cover that HSDS form too
        tables["taxonomy_terms.csv"].append([f"t-{code}", code, code, "", "tx-elig"])
    for s in services:
        sid = s["id"]
        org = f"org-{sid}"
        tables["organizations.csv"].append([org, s.get("org", f"{sid} org"), "fictional"])
        tables["services.csv"].append(
            [
                sid,
                org,
                s.get("name", sid.replace("-", " ").title()),
                s.get("status", "active"),
                s.get("interpretation", ""),
                s.get("min_age", ""),
                s.get("max_age", ""),
                s.get("email", ""),
                s.get("eligibility", ""),
            ]
        )
        loc = f"loc-{sid}"
        lat, lon = s.get("coords", (44.0, -63.0))
        tables["locations.csv"].append([loc, org, f"{sid} place", lat, lon])
        tables["addresses.csv"].append(
            [
                f"adr-{sid}",
                loc,
                s.get("street", f"1 {sid} Road"),
                "Fernhollow",
                "NS",
                "B0J 1X0",
                "CA",
            ]
        )
        tables["service_at_location.csv"].append([f"sal-{sid}", sid, loc])
        tables["phones.csv"].append([f"ph-{sid}", sid, s.get("phone", "+1 555 0100")])
        for code in s.get("langs", "en").split():
            tables["languages.csv"].append([f"lang-{sid}-{code}", sid, "", code, code])
        for k, h in enumerate(s.get("hours", [(ALL_DAYS, "00:00", "23:59")])):
            byday, opens, closes = h[:3]
            tz = h[3] if len(h) > 3 else "-5"
            tables["schedules.csv"].append(
                [f"sch-{sid}-{k}", sid, tz, "WEEKLY", byday, opens, closes]
            )
        for k, d in enumerate(s.get("docs", [])):
            tables["required_documents.csv"].append([f"doc-{sid}-{k}", sid, d])
        for code in s["needs"].split() + s.get("traits", "").split():
            tables["attributes.csv"].append(
                [f"a-{sid}-{code}", sid, f"t-{code}", "service_tag", "service", ""]
            )
    for name, rows in tables.items():
        with open(folder / name, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)
    if extra_tables:
        _spec_shaped_extras(folder)
    return folder


def _spec_shaped_extras(folder: Path) -> None:
    """What the HSDS specification's own example adds: more tables, more columns, a datapackage."""
    (folder / "funding.csv").write_text("id,organization_id,source\nf1,org-x,Town grant\n")
    (folder / "accessibility.csv").write_text("id,location_id,description\nac1,nowhere,Ramp\n")
    (folder / "meta_table_descriptions.csv").write_text("id,name,language\nm1,Example,en\n")
    names = {
        "organizations.csv": "organization",
        "services.csv": "service",
        "locations.csv": "location",
        "addresses.csv": "address",
        "service_at_location.csv": "service_at_location",
        "phones.csv": "phone",
        "languages.csv": "language",
        "schedules.csv": "schedule",
        "required_documents.csv": "required_document",
        "taxonomies.csv": "taxonomy",
        "taxonomy_terms.csv": "taxonomy_term",
        "attributes.csv": "attribute",
        "funding.csv": "funding",
    }
    # a datapackage may put a table under another file name
    (folder / "services.csv").rename(folder / "hsds_services.csv")
    resources = [
        {"name": res, "path": "hsds_services.csv" if res == "service" else fname}
        for fname, res in names.items()
    ]
    (folder / "datapackage.json").write_text(
        json.dumps({"name": "human_services_data", "version": "3.0.0", "resources": resources})
    )


def compiled_service(sid: str = "svc-json-1", *, lat: float = 44.5) -> dict:
    """A compiled HSDS service object, shaped like the specification's `service_full.json`."""
    schedule = {
        "id": f"{sid}-sch",
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "09:00-05:00",
        "closes_at": "17:00-05:00",
        "timezone": -5,
    }
    term = lambda code, tax: {  # noqa: E731
        "id": f"term-{code}",
        "code": code,
        "name": code,
        "taxonomy": tax,
        "taxonomy_detail": {"id": f"tx-{tax}", "name": tax},
    }
    return {
        "id": sid,
        "name": "Fernhollow Legal Desk",
        "status": "active",
        "minimum_age": 16,
        "interpretation_services": "Volunteer interpreters",
        "organization": {"id": f"{sid}-org", "name": "Fernhollow Advice Trust", "funding": []},
        "languages": [{"id": f"{sid}-l1", "name": "Spanish", "code": "spa"}],
        "phones": [{"id": f"{sid}-ph", "number": "+1 555 0199", "languages": []}],
        "schedules": [schedule],
        "required_documents": [{"id": f"{sid}-doc", "document": "Any ID you still have"}],
        "attributes": [
            {
                "id": f"{sid}-a1",
                "link_type": "t",
                "taxonomy_term": term("legal", "caseassist-needs"),
            },
            {"id": f"{sid}-a2", "taxonomy_term": term("free_of_charge", "caseassist-eligibility")},
        ],
        "service_at_locations": [
            {
                "id": f"{sid}-sal",
                "schedules": [schedule],
                "location": {
                    "id": f"{sid}-loc",
                    "name": "Fernhollow Library",
                    "latitude": lat,
                    "longitude": -63.1,
                    "addresses": [
                        {"id": f"{sid}-adr", "address_1": "4 Quill Street", "city": "Fernhollow"}
                    ],
                    "schedules": [schedule],
                },
            }
        ],
        "cost_options": [{"id": "c1", "amount": 0}],
    }
