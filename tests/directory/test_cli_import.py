"""`caseassist directory import | template | search` on a real vault, as staff run them."""

from __future__ import annotations

import json

import pytest

from caseassist.cli import main
from tests.directory import factory as f
from tests.directory.published import write_211


def test_a_211_import_ends_with_one_summary(vault_env, tmp_path, capsys):
    folder = write_211(tmp_path / "d211", 90)
    assert main(["directory", "import", str(folder), "--quiet"]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0] == "Imported 90 services; this directory is now in use."
    assert "Read as HSDS 1.1 CSV." in lines
    assert any(line.startswith("83 of 90 services map to a need") for line in lines)
    assert any("services whose organization is missing: kept without it: 10" in x for x in lines)
    assert any(x.startswith("Taxonomy terms not mapped to a need") for x in lines)
    assert len(lines) < 20  # one summary, not a line per row
    assert out.err == ""


def test_strict_import_refuses_and_keeps_the_directory_in_use(vault_env, tmp_path, capsys):
    good = f.write(tmp_path / "good", [f.svc("svc-good", "food")])
    assert main(["directory", "import", str(good), "--quiet"]) == 0
    assert main(["directory", "import", str(write_211(tmp_path / "d", 20)), "--strict"]) == 2
    err = capsys.readouterr().err
    assert "services.csv, row 2, column organization_id" in err and "Traceback" not in err
    capsys.readouterr()
    assert main(["directory", "search", "--need", "food", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [s["service"] for s in found["suggestions"]] == ["svc-good"]


def test_template_then_import_the_filled_sheet(vault_env, tmp_path, capsys):
    sheet = tmp_path / "directory.csv"
    assert main(["directory", "template", str(sheet)]) == 0
    header = sheet.read_text()
    assert header.startswith("name,organization,needs,address")
    sheet.write_text(
        header + "Harbour Night Shelter,Fernhollow Aid,shelter,12 Quay St,Fernhollow,555-0101,,,"
        '24 hours,"English, Nepali",Women and their children only,,,\n'
    )
    assert main(["directory", "template", str(sheet)]) == 2  # never overwrites
    capsys.readouterr()
    assert main(["directory", "import", str(sheet), "--quiet"]) == 0
    assert "Read as spreadsheet (CSV)." in capsys.readouterr().out
    assert main(["directory", "search", "--need", "shelter", "--language", "Nepali"]) == 0
    out = capsys.readouterr().out
    assert "Harbour Night Shelter" in out and "speaks Nepali" in out
    assert "women only, check" in out


@pytest.mark.parametrize("name", ["Nepali", "nepalí", "népalais", "NE", "nep"])
def test_language_by_name_in_any_of_the_shipped_languages(tmp_path, capsys, name):
    folder = f.write(tmp_path / "d", [f.svc("svc-a", "food", langs="ne"), f.svc("svc-b", "food")])
    args = ["directory", "search", "--directory", str(folder), "--need", "food", "--json"]
    assert main([*args, "--language", name]) == 0
    top = json.loads(capsys.readouterr().out)["suggestions"][0]
    assert top["service"] == "svc-a" and "speaks Nepali" in top["reasons"]


def test_an_unknown_language_is_one_clear_line(tmp_path, capsys):
    folder = f.write(tmp_path / "d", [f.svc("svc-a", "food")])
    args = ["directory", "search", "--directory", str(folder), "--need", "food"]
    assert main([*args, "--language", "Elvish"]) == 2
    assert "Unknown language Elvish" in capsys.readouterr().err


def test_a_radius_lists_far_services_apart_but_never_a_hotline(tmp_path, capsys):
    folder = f.write(
        tmp_path / "d",
        [
            f.svc("near", "food", coords=(44.0, -63.0)),
            f.svc("far", "food", coords=(46.0, -63.0), traits="trafficking_specialist"),
        ],
    )
    # a hotline: no location at all
    hotline = f.write(tmp_path / "h", [f.svc("hotline", "food", traits="trafficking_specialist")])
    for name in ("services.csv", "organizations.csv", "phones.csv", "schedules.csv",
                 "languages.csv", "attributes.csv"):  # fmt: skip
        extra = (hotline / name).read_text().splitlines()[1:]
        with (folder / name).open("a") as fh:
            fh.write("\n".join(extra) + "\n")
    args = ["directory", "search", "--directory", str(folder), "--need", "food",
            "--origin", "44.0,-63.0", "--json"]  # fmt: skip
    assert main(args) == 0
    found = json.loads(capsys.readouterr().out)
    assert [s["service"] for s in found["suggestions"]] == ["hotline", "near"]
    assert [(e["service"], e["code"]) for e in found["excluded"]] == [("far", "far")]
    assert main([*args, "--anywhere"]) == 0
    found = json.loads(capsys.readouterr().out)
    # a hotline is never pushed down by distance; the specialist far away now ranks
    assert [s["service"] for s in found["suggestions"]] == ["hotline", "far", "near"]


def test_a_vault_s_own_rules_are_read_first(vault_env, tmp_path, capsys):
    (vault_env / "directory-rules.csv").write_text(
        "kind,key,value\nairs,BT,reintegration\nlanguage,creole,kea\n"
    )
    folder = write_211(tmp_path / "d211", 40)
    assert main(["directory", "import", str(folder), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Bus Fare" not in out  # now mapped
    args = ["directory", "search", "--need", "reintegration", "--json", "--limit", "50"]
    assert main(args) == 0
    found = json.loads(capsys.readouterr().out)["suggestions"]
    assert any("Bus Fare" in s["name"] for s in found)
    args = ["directory", "search", "--need", "legal", "--language", "kea", "--json"]
    assert main(args) == 0
    reasons = [r for s in json.loads(capsys.readouterr().out)["suggestions"] for r in s["reasons"]]
    assert any(r.startswith("speaks Kabuverdianu") for r in reasons)


def test_an_excel_sheet_imports_as_its_csv_would(vault_env, tmp_path, capsys):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Organization", "Needs", "Address", "Phone", "Hours", "Languages",
                  "Eligibility", "Latitude", "Longitude", None, None])  # fmt: skip
    sheet.append(["Harbour Night Shelter", "Fernhollow Aid", "shelter", "12 Quay St", 5550101,
                  "24 hours", "English, Nepali", "Women and their children only", 44.5, -63])  # fmt: skip
    sheet.append([None] * 4)  # a blank row between
    sheet.append(["Quay Food Bank", None, "food", None, None, "Mon-Fri 9am-5pm", "Spanish"])
    path = tmp_path / "directory.xlsx"
    book.save(path)
    assert main(["directory", "import", str(path), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 services" in out and "Read as spreadsheet (XLSX)." in out
    assert main(["directory", "search", "--need", "shelter", "--language", "Nepali", "--json"]) == 0
    top = json.loads(capsys.readouterr().out)["suggestions"][0]
    assert top["name"] == "Harbour Night Shelter" and "speaks Nepali" in top["reasons"]
    assert "5550101" in " ".join(top["contact"])  # a number cell, not "5550101.0"


def test_a_file_named_xlsx_that_is_not_a_workbook_is_one_line(vault_env, tmp_path, capsys):
    path = tmp_path / "directory.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    assert main(["directory", "import", str(path), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "directory.xlsx" in err[0] and "save it as CSV" in err[0]
