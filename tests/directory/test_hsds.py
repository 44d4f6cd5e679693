"""HSDS import: both forms, doubtful values as warnings, broken files refused whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseassist.directory import DirectoryFileError, load_directory
from caseassist.directory.export import to_csv_blobs, write_csv_folder
from caseassist.directory.hsds import load_csv_tables, load_json
from caseassist.errors import InvalidInput
from tests.directory import factory as f

SERVICES = [
    f.svc(
        "svc-willow",
        "shelter safety",
        traits="women_only confidential_location free_of_charge",
        langs="en ne",
        min_age=18,
        street="9 Secret Lane",
        coords=(44.61, -63.52),
    ),
    f.svc(
        "svc-kettle",
        "food",
        langs="en es",
        hours=[(f.ALL_DAYS, "18:00", "02:00")],
        docs=["Proof of address"],
    ),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return f.write(tmp_path / "dir", SERVICES)


def test_csv_folder_imports_every_field_caseassist_uses(folder):
    d = load_directory(folder)
    assert len(d) == 2 and d.warnings == ()
    w = d.service("svc-willow")
    assert w.needs == {"shelter", "safety"}
    assert w.traits == {"women_only", "confidential_location", "free_of_charge"}
    assert w.confidential and w.active
    assert w.languages == ("en", "ne")
    assert w.minimum_age == 18 and w.maximum_age is None
    assert d.organization_name(w) == "svc-willow org"
    (loc,) = d.service_locations(w)
    assert (loc.latitude, loc.longitude) == (44.61, -63.52)
    assert loc.addresses[0].address_1 == "9 Secret Lane"
    assert w.phones[0].number == "+1 555 0100"
    k = d.service("svc-kettle")
    assert k.required_documents == ("Proof of address",)
    (sched,) = k.schedules
    assert (sched.opens, sched.closes) == (18 * 60, 2 * 60)
    assert [s.id for s in d.by_need["food"]] == ["svc-kettle"]


def test_spec_shaped_folder_with_datapackage_and_unknown_tables(tmp_path):
    folder = f.write(tmp_path / "spec", SERVICES, extra_tables=True)
    assert not (folder / "services.csv").exists()
    d = load_directory(folder / "datapackage.json")
    assert {s.id for s in d.services} == {"svc-willow", "svc-kettle"}
    assert load_directory(folder) == d


def test_unknown_columns_are_ignored(folder):
    text = (folder / "services.csv").read_text().splitlines()
    text = [text[0] + ",wait_time,colour"] + [line + ",2 days,blue" for line in text[1:]]
    (folder / "services.csv").write_text("\n".join(text) + "\n")
    assert len(load_directory(folder)) == 2


def test_compiled_json_service_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(f.compiled_service()))
    d = load_directory(one)
    s = d.service("svc-json-1")
    assert s.needs == {"legal"} and s.traits == {"free_of_charge"}
    assert s.languages == ("es",)  # ISO 639-2 "spa" normalized
    assert s.minimum_age == 16
    assert len(s.schedules) == 1  # the same schedule repeated at service, sal and location
    assert d.organization_name(s) == "Fernhollow Advice Trust"
    assert d.service_locations(s)[0].addresses[0].address_1 == "4 Quill Street"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([f.compiled_service("a"), f.compiled_service("b")]))
    assert {x.id for x in load_directory(many).services} == {"a", "b"}


def test_doubtful_values_are_dropped_with_a_warning(folder):
    rows = (folder / "locations.csv").read_text().replace("44.61", "100")
    (folder / "locations.csv").write_text(rows)
    sched = (folder / "schedules.csv").read_text().replace('"MO,TU,WE', '"MO,XX,WE', 1)
    (folder / "schedules.csv").write_text(sched)
    d = load_directory(folder)
    loc = d.service_locations(d.service("svc-willow"))[0]
    assert loc.latitude is None and loc.longitude is None
    got = {(w.file, w.column) for w in d.warnings}
    assert ("locations.csv", "latitude") in got
    assert ("schedules.csv", "byday") in got
    assert 1 not in d.service("svc-willow").schedules[0].byday


def test_json_latitude_100_is_a_warning_not_an_error(tmp_path):
    p = tmp_path / "s.json"
    p.write_text(json.dumps(f.compiled_service(lat=100)))
    d = load_directory(p)
    assert len(d) == 1
    assert any(w.column == "latitude" for w in d.warnings)


CORRUPTIONS = ["bad_utf8", "missing_id_column", "dangling_fk", "bad_time", "malformed_csv"]
FK_COLUMN = {
    "services.csv": "organization_id",
    "addresses.csv": "location_id",
    "service_at_location.csv": "location_id",
    "phones.csv": "service_id",
    "languages.csv": "service_id",
    "schedules.csv": "service_id",
    "required_documents.csv": "service_id",
    "attributes.csv": "taxonomy_term_id",
}
TABLES = [
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "addresses.csv",
    "service_at_location.csv",
    "phones.csv",
    "languages.csv",
    "schedules.csv",
    "required_documents.csv",
    "taxonomies.csv",
    "taxonomy_terms.csv",
    "attributes.csv",
]


def _corrupt(folder: Path, table: str, kind: str) -> tuple[int, str | None]:
    """Break one table; returns the row and column the error must name."""
    path = folder / table
    lines = path.read_text().splitlines()
    header = lines[0].split(",")
    if kind == "bad_utf8":
        path.write_bytes(("\n".join(lines[:2]) + "\n").encode() + b"caf\xe9,\xff\n")
        return 3, None
    if kind == "missing_id_column":
        lines[0] = ",".join(["ident"] + header[1:])
        path.write_text("\n".join(lines) + "\n")
        return 1, "id"
    if kind == "malformed_csv":
        lines.insert(2, 'x,"unclosed quote')
        path.write_text("\n".join(lines) + "\n")
        return 3, None
    if kind == "dangling_fk":
        col = FK_COLUMN[table]
        i = header.index(col)
        cells = lines[1].split(",")
        cells[i] = "no-such-id"
        lines[1] = ",".join(cells)
        path.write_text("\n".join(lines) + "\n")
        return 2, col
    if kind == "bad_time":
        i = header.index("opens_at")
        cells = lines[1].split(",")
        # byday is quoted and holds commas: rebuild through csv
        import csv
        import io

        rows = list(csv.reader(io.StringIO(path.read_text())))
        rows[1][i] = "nine o'clock"
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        path.write_text(buf.getvalue())
        del cells
        return 2, "opens_at"
    raise AssertionError(kind)


CASES = [(t, k) for t in TABLES for k in ("bad_utf8", "missing_id_column", "malformed_csv")]
CASES += [(t, "dangling_fk") for t in FK_COLUMN]
CASES += [("schedules.csv", "bad_time")]


@pytest.mark.parametrize(("table", "kind"), CASES)
def test_a_broken_table_is_refused_whole_with_file_row_column(tmp_path, table, kind):
    folder = f.write(tmp_path / "dir", SERVICES)
    good = load_directory(folder)
    row, column = _corrupt(folder, table, kind)
    with pytest.raises(DirectoryFileError) as err:
        load_directory(folder, strict=True)
    e = err.value
    assert isinstance(e, InvalidInput) and e.exit_code == 2
    assert e.file == table
    assert e.row == row
    if column:
        assert e.column == column
    assert table in e.message and str(row) in e.message
    assert "\n" not in e.message
    # The directory already loaded is untouched; the intact copy still loads the same.
    assert len(good) == 2
    assert load_directory(f.write(tmp_path / "again", SERVICES)) == good


def test_missing_services_table_and_duplicate_ids(tmp_path):
    folder = f.write(tmp_path / "d", SERVICES)
    (folder / "services.csv").unlink()
    with pytest.raises(DirectoryFileError, match="services.csv"):
        load_directory(folder, strict=True)
    folder = f.write(tmp_path / "d2", SERVICES)
    lines = (folder / "phones.csv").read_text().splitlines()
    lines.append(lines[1])
    (folder / "phones.csv").write_text("\n".join(lines) + "\n")
    with pytest.raises(DirectoryFileError) as err:
        load_directory(folder, strict=True)
    assert (err.value.file, err.value.row, err.value.column) == ("phones.csv", 4, "id")


def test_a_row_with_the_wrong_number_of_fields_is_refused(folder):
    with open(folder / "languages.csv", "a") as fh:
        fh.write("lang-extra,svc-kettle\n")
    with pytest.raises(DirectoryFileError) as err:
        load_directory(folder, strict=True)
    assert err.value.file == "languages.csv" and err.value.row == 6


def test_broken_json_names_the_line(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{\n "id": "a",\n "name": \n}')
    with pytest.raises(DirectoryFileError) as err:
        load_directory(p, strict=True)
    assert err.value.row == 4
    p.write_text(json.dumps([{"name": "no id"}]))
    with pytest.raises(DirectoryFileError):
        load_directory(p, strict=True)


def test_not_a_directory(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InvalidInput):
        load_directory(tmp_path / "notes.txt")


def test_progress_reaches_the_total(folder):
    seen: list[tuple[int, int, str]] = []
    load_directory(folder, progress=lambda d, t, table: seen.append((d, t, table)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _t, _n in seen] == sorted(d for d, _t, _n in seen)


def test_export_round_trips_and_hides_confidential_addresses(folder, tmp_path):
    d = load_directory(folder)
    again = load_csv_tables(to_csv_blobs(d))
    assert again.services == d.services
    out = tmp_path / "out"
    write_csv_folder(d, out, hide_confidential=True)
    exported = "".join(p.read_text() for p in out.glob("*.csv"))
    assert "9 Secret Lane" not in exported and "44.61" not in exported
    assert "1 svc-kettle Road" in exported
    reloaded = load_directory(out)
    assert reloaded.service("svc-willow").confidential
    admin = tmp_path / "admin"
    write_csv_folder(d, admin, hide_confidential=False)
    assert "9 Secret Lane" in (admin / "addresses.csv").read_text()


def test_export_keeps_earlier_files_unless_forced_and_writes_0600(folder, tmp_path):
    import stat

    from caseassist import outfile
    from caseassist.errors import InvalidInput

    d = load_directory(folder)
    out = tmp_path / "out"
    written = write_csv_folder(d, out)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    (out / "services.csv").write_text("mine")
    with pytest.raises(outfile.FileExists, match="--force"):
        write_csv_folder(d, out)
    assert (out / "services.csv").read_text() == "mine"
    write_csv_folder(d, out, force=True)
    assert (out / "services.csv").read_text() != "mine"
    (out / "services.csv").unlink()
    (out / "services.csv").symlink_to(tmp_path / "elsewhere.csv")
    with pytest.raises(InvalidInput, match="link"):
        write_csv_folder(d, out, force=True)
    assert not (tmp_path / "elsewhere.csv").exists()
    (tmp_path / "plain").write_text("x")
    with pytest.raises(InvalidInput, match="not a folder"):
        write_csv_folder(d, tmp_path / "plain")


def test_json_round_trip_of_own_export(tmp_path):
    p = tmp_path / "svc.json"
    p.write_text(json.dumps(f.compiled_service()))
    d = load_json(p.read_bytes(), name="svc.json")
    assert load_csv_tables(to_csv_blobs(d)).services == d.services


def test_bom_and_crlf_line_endings(folder):
    for p in folder.glob("*.csv"):
        p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes().replace(b"\n", b"\r\n"))
    d = load_directory(folder)
    assert len(d) == 2 and d.service("svc-willow").needs == {"shelter", "safety"}


def test_a_language_given_only_by_name(folder):
    text = (folder / "languages.csv").read_text().replace(",ne,ne", ",Nepali,")
    (folder / "languages.csv").write_text(text)
    d = load_directory(folder)
    assert d.service("svc-willow").languages == ("en", "ne") and d.warnings == ()


def test_progress_inside_large_tables_only_moves_forward(folder, monkeypatch):
    from caseassist.directory import row_checks

    monkeypatch.setattr(row_checks, "PROGRESS_EVERY", 1)
    seen: list[int] = []
    load_directory(folder, progress=lambda d, t, table: seen.append(d))
    assert len(seen) > 12 and seen == sorted(seen)
