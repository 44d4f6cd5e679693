"""Directories as 211s, cities and the HSDS specification publish them: import, match, export.

Every directory here is invented (`published.py`, `test_spec_shaped.py`); the
shapes and faults follow what real publishers ship.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caseassist.directory import DirectoryFileError, load_directory, suggest
from caseassist.directory.export import write_csv_folder
from caseassist.paths import resources_dir
from tests.directory import test_spec_shaped as spec
from tests.directory.hsds_schema import validate_folder
from tests.directory.published import write_211, write_city20

WEDNESDAY_NOON = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.fixture(scope="module")
def d211(tmp_path_factory):
    return load_directory(write_211(tmp_path_factory.mktemp("d211"), 300))


def test_a_211_export_in_hsds_11_imports_with_a_summary(d211):
    r = d211.report
    assert r.format == "HSDS 1.1 CSV"
    assert len(d211) == 300 and r.imported["service"] == 300
    # one service in nine names an organization that is not in the file: kept, and said
    (count, first) = r.notes[
        ("services.csv", "services whose organization is missing: kept without it")
    ]
    assert count == 34 and first == "services.csv, row 2"
    assert r.services_with_need / len(d211) >= 0.8
    assert r.unknown_languages == {}
    assert set(r.unmapped_terms) == {"BT-4500.6500 Bus Fare", "BV-8900.9300 Utility Assistance"}


def test_airs_codes_map_by_their_most_specific_prefix(d211):
    by_code = {t.code: s for s in d211.services for t in s.terms}
    assert by_code["BH-1800.8500"].needs >= {"shelter"}  # emergency shelter, not just housing
    assert "shelter" not in by_code["BH-3800.7000"].needs  # rental listings: housing
    assert by_code["BH-3800.7000"].needs >= {"housing"}
    assert by_code["BD-1800.2000"].needs >= {"food"}
    assert by_code["FT-3200.3000"].needs >= {"legal"}
    assert by_code["RP-1500.1400-200"].needs >= {"safety"}
    assert by_code["PH-1250.1400"].needs >= {"childcare"}


def test_211_language_names_and_12_hour_times_are_read(d211):
    spoken = {code for s in d211.services for code in s.languages}
    assert {"es", "ht", "fa", "zh", "ne", "ase", "tl"} <= spoken
    s = d211.service("S1")
    assert s.schedules and {x.opens for x in s.schedules} == {510}  # 8:30AM
    assert {x.closes for x in s.schedules} == {990}  # 4:30PM


def test_211_search_finds_fitting_services_with_reasons(d211):
    for need in ("shelter", "food", "medical", "legal"):
        result = suggest(d211, {"person.preferred_language": "es"}, need, now=WEDNESDAY_NOON)
        assert result.suggestions, need
        assert all(s.reasons for s in result.suggestions), need


def test_strict_refuses_what_tolerant_skips(tmp_path):
    folder = write_211(tmp_path / "d", 20)
    with pytest.raises(DirectoryFileError) as err:
        load_directory(folder, strict=True)
    assert (err.value.file, err.value.row, err.value.column) == (
        "services.csv",
        2,
        "organization_id",
    )


def test_a_city_export_in_hsds_20_imports_as_shipped(tmp_path):
    d = load_directory(write_city20(tmp_path / "city"))
    r = d.report
    assert r.format == "HSDS 2.0 CSV"
    assert len(d) == 60
    assert r.skipped[("service_attributes.csv", "refers to an id that does not exist")] == [
        1,
        "service_attributes.csv, row 74, link_id",
    ]
    assert (
        r.notes[("schedules.csv", "rows shorter than their header: missing cells read as empty")][0]
        == 30
    )
    # hours found in date columns, and weekdays written as "Monday - Friday"
    s = d.service("5001")
    assert s.schedules[0].byday == (0, 1, 2, 3, 4) and s.schedules[0].opens == 540
    assert d.service("5000").schedules[0].opens == 510
    # Open Eligibility terms map by name, or through a parent
    assert d.service("5000").needs == {"food"}  # "Emergency Food"
    assert r.unmapped_terms == {"Tax Preparation": 10}
    for need in ("shelter", "food", "medical", "legal"):
        assert suggest(d, {}, need, now=WEDNESDAY_NOON).suggestions, need


def test_eligibility_terms_become_restrictions_to_check(tmp_path):
    d = load_directory(write_city20(tmp_path / "city"))
    men = d.service("5000")  # tagged "Men/Boys" in the Service Eligibility taxonomy
    assert [r.kind for r in men.restrictions] == ["men_only"]
    result = suggest(d, {"person.gender": "female"}, "food", now=WEDNESDAY_NOON, limit=20)
    men_only = [any("men only, check" in c for c in s.caveats) for s in result.suggestions]
    assert men_only[
        result.suggestions.index(next(s for s in result.suggestions if s.service_id == "5000"))
    ]
    assert men_only == sorted(men_only)  # every sure fit first


def _spec_csv(tmp_path: Path) -> Path:
    folder = tmp_path / "spec"
    folder.mkdir()
    for name, text in spec.TABLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _spec_json() -> dict:
    return {
        "id": "6b1f2a34-0c5e-4f1a-9d2b-3e4f5a6b7c8d",
        "name": "Quillby Food Bank",
        "status": "active",
        "organization": {"id": "o-9", "name": "Quillby Trust", "description": "Invented."},
        "languages": [{"id": "lg-9", "name": "Farsi"}],
        "attributes": [
            {
                "id": "at-9",
                "link_entity": "service",
                "taxonomy_term": {"id": "t-9", "code": "BD-1800.2000", "name": "Food Pantries"},
            }
        ],
    }


def test_paged_service_list_and_organization_documents_import(tmp_path):
    page = tmp_path / "page.json"
    page.write_text(
        json.dumps(
            {
                "total_items": 2,
                "total_pages": 1,
                "page_number": 1,
                "size": 2,
                "first_page": True,
                "last_page": True,
                "empty": False,
                "contents": [_spec_json(), {**_spec_json(), "id": "s-2", "name": "Second"}],
            }
        )
    )
    d = load_directory(page)
    assert d.report.format == "HSDS 3.0 JSON (paged response)"
    assert len(d) == 2 and d.services[0].languages == ("fa",)
    assert d.services[0].needs == {"food"}
    org = {**_spec_json()["organization"], "services": [_spec_json()]}
    (tmp_path / "org.json").write_text(json.dumps(org))
    d = load_directory(tmp_path / "org.json")
    assert d.services[0].organization_id == "o-9"
    assert d.report.format == "HSDS 3.0 JSON (organization)"


def _sources(tmp_path: Path) -> dict[str, Path]:
    doc = tmp_path / "service.json"
    doc.write_text(json.dumps(_spec_json()))
    return {
        "demo": resources_dir() / "directory",
        "211": write_211(tmp_path / "211", 120),
        "city": write_city20(tmp_path / "city"),
        "spec_csv": _spec_csv(tmp_path),
        "spec_json": doc,
    }


@pytest.mark.parametrize("name", ["demo", "211", "city", "spec_csv", "spec_json"])
def test_export_validates_against_hsds_30_and_round_trips(tmp_path, name):
    d = load_directory(_sources(tmp_path)[name])
    out = tmp_path / "out"
    written = write_csv_folder(d, out, hide_confidential=False, today=dt.date(2026, 3, 11))
    assert out / "datapackage.json" in written
    assert validate_folder(out) == []
    again = load_directory(out, strict=True)
    assert again.services == d.services
    assert dict(again.organizations) == {
        k: v for k, v in d.organizations.items() if k in again.organizations
    }
    out2 = tmp_path / "out2"
    write_csv_folder(again, out2, hide_confidential=False, today=dt.date(2026, 3, 11))
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in out2.iterdir()
    }


def test_the_validator_finds_what_is_wrong(tmp_path):
    out = tmp_path / "out"
    write_csv_folder(load_directory(resources_dir() / "directory"), out)
    text = (out / "schedules.csv").read_text().replace("WEEKLY", "DAILY", 1)
    (out / "schedules.csv").write_text(text)
    (out / "services.csv").write_text(
        (out / "services.csv").read_text().replace("active", "open", 1)
    )
    errors = validate_folder(out)
    assert any("schedules.csv" in e and "freq" in e for e in errors)
    assert any("services.csv" in e and "status" in e for e in errors)


SHARED = Path("/work/shared")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared reference folder is not here")
@pytest.mark.parametrize(
    "rel",
    [
        "real-directories/dc-hsds20",
        "hsds-spec-example/csv",
        "hsds-spec-example/service_full.json",
        "hsds-spec-example/organization_full.json",
    ],
)
def test_shared_published_directories_when_present(tmp_path, rel):
    d = load_directory(SHARED / rel)
    out = tmp_path / "out"
    write_csv_folder(d, out, hide_confidential=False)
    assert validate_folder(out) == []
    assert load_directory(out, strict=True).services == d.services


def test_a_term_filed_under_parents_of_two_needs_says_neither(tmp_path):
    """A real export files "Safe Housing" (fire and lead inspections) under both
    "Immediate Safety" and "Housing": the first parent made smoke alarms the top safety
    service. And Open Eligibility's top-level "Care" (foster care, end-of-life care,
    residential care) is not childcare; its "Daytime Care" is."""
    folder = write_city20(tmp_path / "city")
    with (folder / "taxonomy_terms.csv").open("a", encoding="utf-8") as fh:
        fh.write("t-safety,Immediate Safety,,t-emer,Service Category,\n")
        fh.write('t-safehouse,Safe Housing,,"t-safety,t-housing",Service Category,\n')
        fh.write("t-care,Care,,,Service Category,\n")
        fh.write("t-day,Daytime Care,,t-care,Service Category,\n")
    with (folder / "service_attributes.csv").open("a", encoding="utf-8") as fh:
        fh.write("a-1,5003,t-safehouse\n")  # 5003 is also under "Food Pantry"
        fh.write("a-2,5005,t-care\n")
        fh.write("a-3,5007,t-day\n")
        fh.write("a-4,5009,t-safety\n")
    d = load_directory(folder)
    assert "safety" not in d.service("5003").needs
    assert "housing" in d.service("5003").needs  # by the word in its own name
    assert "childcare" not in d.service("5005").needs
    assert "childcare" in d.service("5007").needs
    assert "safety" in d.service("5009").needs  # one parent, one need: as before
