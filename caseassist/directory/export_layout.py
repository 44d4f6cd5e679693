"""The HSDS 3.0 tables an export writes: file names, columns with their types, and
the `datapackage.json` that describes them (the published form is valid against it)."""

from __future__ import annotations

# table -> (file name, [(column, HSDS type)])
COLUMNS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "organization": (
        "organizations.csv",
        (("id", "string"), ("name", "string"), ("alternate_name", "string"),
         ("description", "string"), ("email", "string"), ("website", "string")),
    ),
    "service": (
        "services.csv",
        (("id", "string"), ("organization_id", "string"), ("name", "string"),
         ("alternate_name", "string"), ("description", "string"), ("url", "string"),
         ("email", "string"), ("status", "string"), ("interpretation_services", "string"),
         ("application_process", "string"), ("fees_description", "string"),
         ("eligibility_description", "string"), ("minimum_age", "number"),
         ("maximum_age", "number")),
    ),
    "location": (
        "locations.csv",
        (("id", "string"), ("location_type", "string"), ("organization_id", "string"),
         ("name", "string"), ("description", "string"), ("latitude", "number"),
         ("longitude", "number")),
    ),
    "address": (
        "addresses.csv",
        (("id", "string"), ("location_id", "string"), ("address_1", "string"),
         ("address_2", "string"), ("city", "string"), ("region", "string"),
         ("state_province", "string"), ("postal_code", "string"), ("country", "string"),
         ("address_type", "string")),
    ),
    "service_at_location": (
        "service_at_location.csv",
        (("id", "string"), ("service_id", "string"), ("location_id", "string")),
    ),
    "phone": (
        "phones.csv",
        (("id", "string"), ("service_id", "string"), ("number", "string"),
         ("extension", "number"), ("type", "string"), ("description", "string")),
    ),
    "contact": (
        "contacts.csv",
        (("id", "string"), ("service_id", "string"), ("name", "string"), ("title", "string"),
         ("email", "string")),
    ),
    "service_area": (
        "service_areas.csv",
        (("id", "string"), ("service_id", "string"), ("name", "string"),
         ("description", "string")),
    ),
    "language": (
        "languages.csv",
        (("id", "string"), ("service_id", "string"), ("name", "string"), ("code", "string")),
    ),
    "schedule": (
        "schedules.csv",
        (("id", "string"), ("service_id", "string"), ("valid_from", "date"),
         ("valid_to", "date"), ("timezone", "number"), ("freq", "string"),
         ("byday", "string"), ("bymonthday", "string"), ("description", "string"),
         ("opens_at", "time"), ("closes_at", "time")),
    ),
    "required_document": (
        "required_documents.csv",
        (("id", "string"), ("service_id", "string"), ("document", "string")),
    ),
    "taxonomy": (
        "taxonomies.csv",
        (("id", "string"), ("name", "string"), ("description", "string"),
         ("version", "string")),
    ),
    "taxonomy_term": (
        "taxonomy_terms.csv",
        (("id", "string"), ("code", "string"), ("name", "string"), ("description", "string"),
         ("parent_id", "string"), ("taxonomy", "string"), ("taxonomy_id", "string")),
    ),
    "attribute": (
        "attributes.csv",
        (("id", "string"), ("link_id", "string"), ("taxonomy_term_id", "string"),
         ("link_type", "string"), ("link_entity", "string"), ("value", "string")),
    ),
    "metadata": (
        "metadata.csv",
        (("id", "string"), ("resource_id", "string"), ("resource_type", "string"),
         ("last_action_date", "date"), ("last_action_type", "string"),
         ("field_name", "string"), ("previous_value", "string"),
         ("replacement_value", "string"), ("updated_by", "string")),
    ),
}  # fmt: skip


def datapackage(blobs: dict[str, tuple[str, bytes]]) -> dict:
    """A `datapackage.json` naming each file written, its HSDS resource and column types."""
    return {
        "name": "caseassist_directory",
        "title": "Provider directory exported by caseassist",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "resources": [
            {
                "name": table,
                "path": fname,
                "format": "csv",
                "mediatype": "text/csv",
                "profile": "tabular-data-resource",
                "schema": {
                    "primaryKey": "id",
                    "fields": [{"name": c, "type": t} for c, t in COLUMNS[table][1]],
                },
            }
            for table, (fname, _data) in blobs.items()
        ],
    }
