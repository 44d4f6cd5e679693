"""A directory shaped like the HSDS specification's own example, with its quirks.

The content is invented here; the shape follows the published example: every
table, every column, placeholder values, references HSDS leaves unchecked
(parent organization, a term's taxonomy_id, a contact's service_at_location),
a latitude of 100, a schedule valid only in the past, and a JSON service that
repeats the same schedule at three levels.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseassist.directory import load_directory, suggest

SID, ORG, LOC, SAL = "s-1", "o-1", "l-1", "sal-1"

TABLES = {
    "organizations.csv": "id,name,alternate_name,description,email,website,tax_status,tax_id,year_incorporated,legal_status,logo,uri,parent_organization_id\n"
    f"{ORG},Quillby Trust,QT,A fictional trust,a@example.org,http://example.org,tax_status,tax_id,2011,Ltd,,http://example.org,o-missing\n",
    "services.csv": "id,organization_id,program_id,name,alternate_name,description,url,email,status,interpretation_services,application_process,fees_description,wait_time,fees,accreditations,eligibility_description,minimum_age,maximum_age,assured_date,assurer_email,licenses,alert,last_modified\n"
    f'{SID},{ORG},p-1,Quillby Counselling,QC,"Talking therapy, in person",http://example.org,a@example.org,active,"Interpreters in Urdu, Polish",Call us,fees,wait_time,fees,acc,eligibility,12,100,2005-01-01,a@example.org,licences,alert,2023-03-15T10:30:45.123Z\n',
    "locations.csv": "id,location_type,url,organization_id,name,alternate_name,description,transportation,latitude,longitude,external_identifier,external_identifier_type\n"
    f"{LOC},physical,http://example.org,o-elsewhere,Quillby Hall,QH,desc,Bus 1,100,101,1009,UPRN\n",
    "addresses.csv": "id,location_id,attention,address_1,address_2,city,region,state_province,postal_code,country,address_type\n"
    f"a-1,{LOC},Reception,1-30 Quill Street,Quillby,Quillby,Region,State,AB1 2CD,GB,postal\n",
    "service_at_location.csv": f"id,service_id,location_id,description\n{SAL},{SID},{LOC},desc\n",
    "phones.csv": "id,location_id,service_id,organization_id,contact_id,service_at_location_id,number,extension,type,description\n"
    f'ph-1,{LOC},{SID},{ORG},c-1,{SAL},"""+44 1234 000000""",100,voice,Reception\n',
    "contacts.csv": f"id,organization_id,service_id,service_at_location_id,location_id,name,title,department,email\nc-1,{ORG},{SID},sal-missing,{LOC},Reception,Manager,Front,a@example.org\n",
    "languages.csv": f"id,service_id,location_id,phone_id,name,code,note\nlg-1,{SID},{LOC},ph-1,Urdu,ur,bilingual staff\n",
    "schedules.csv": "id,service_id,location_id,service_at_location_id,valid_from,valid_to,dtstart,timezone,until,count,wkst,freq,interval,byday,byweekno,bymonthday,byyearday,description,opens_at,closes_at,schedule_link,attending_type,notes\n"
    f'sc-1,{SID},{LOC},{SAL},2005-01-01,2005-01-01,2005-01-01,3,2005-01-01,3,TU,WEEKLY,1,"TH,FR","41,42","2,3,4","2,3,4",desc,10:00:00,18:00:00,http://example.org,in person,notes\n',
    "required_documents.csv": f'id,service_id,document,uri\nrd-1,{SID},"Any identification (passport, card)",http://example.org\n',
    "taxonomies.csv": "id,name,description,uri,version\ntx-1,name,description,http://example.org,version\n",
    "taxonomy_terms.csv": "id,code,name,description,parent_id,taxonomy,language,taxonomy_id,term_uri\nt-1,code,name,description,t-missing,taxonomy,eng,tx-missing,http://example.org\n",
    "attributes.csv": "id,link_id,taxonomy_term_id,link_type,link_entity,value\nat-1,x-unlinked,t-1,link_type,link_entity,value\n",
    "funding.csv": f"id,organization_id,service_id,source\nf-1,{ORG},{SID},grants\n",
    "metadata.csv": "id,resource_id,resource_type,last_action_date,last_action_type,field_name,previous_value,replacement_value,updated_by\nm-1,r-missing,location,2011-01-01,update,name,a,b,someone\n",
}


@pytest.fixture
def spec_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    for name, text in TABLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    resources = [{"name": n.removesuffix(".csv"), "path": n} for n in TABLES]
    (folder / "datapackage.json").write_text(json.dumps({"name": "hsds", "resources": resources}))
    return folder


def test_spec_shaped_csv_imports_with_one_warning(spec_folder):
    d = load_directory(spec_folder)
    (s,) = d.services
    assert s.id == SID and s.minimum_age == 12 and s.maximum_age == 100
    assert s.languages == ("ur",) and s.phones[0].number == "+44 1234 000000"
    assert s.needs == frozenset()  # tagged with no caseassist need
    assert [(w.file, w.column) for w in d.warnings] == [("locations.csv", "latitude")]
    assert d.locations[LOC].latitude is None
    # the only schedule ended in 2005: never open, never "opens at"
    assert suggest(d, {}, "medical").suggestions == ()


def test_spec_shaped_json_imports(tmp_path):
    sched = {
        "id": "sc-1",
        "timezone": 3,
        "freq": "WEEKLY",
        "byday": "TH,FR",
        "opens_at": "10:00:00",
        "closes_at": "18:00:00",
        "valid_to": "2005-01-01",
    }
    loc = {
        "id": LOC,
        "latitude": 100,
        "longitude": 101,
        "schedules": [sched],
        "addresses": [{"id": "a-1", "address_1": "1-30 Quill Street"}],
    }
    doc = {
        "id": SID,
        "name": "Quillby Counselling",
        "status": "active",
        "minimum_age": 12,
        "phones": [{"id": "ph-1", "number": '"+44 1234 000000"', "extension": 100, "languages": [{"id": "lg-1", "code": "ur"}]}],
        "schedules": [sched],
        "service_at_locations": [{"id": SAL, "schedules": [sched], "location": loc}],
        "languages": [{"id": "lg-1", "name": "Urdu", "code": "ur"}],
        "organization": {"id": ORG, "name": "Quillby Trust", "parent_organization_id": "o-missing"},
        "attributes": [{"id": "at-1", "link_type": "link_type", "link_entity": "link_entity", "value": "value", "taxonomy_term": {"id": "t-1", "code": "code", "taxonomy": "taxonomy", "taxonomy_detail": {"id": "tx-1", "name": "name"}}}],
        "metadata": [{"id": "m-1", "resource_type": "location"}],
    }  # fmt: skip
    p = tmp_path / "service_full.json"
    p.write_text(json.dumps(doc))
    d = load_directory(p)
    (s,) = d.services
    assert len(s.schedules) == 1 and s.languages == ("ur",)
    assert [w.column for w in d.warnings] == ["latitude"]
