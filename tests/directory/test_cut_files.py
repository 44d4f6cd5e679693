"""An import is whole or nothing: a file cut off in the middle, a row longer than its header,
or text in another encoding never leaves part of a directory in use.

A new user cut the example directory's services.csv to 1300 bytes (inside the last column of
a row) and was told "7 services imported" where 13 had been in use."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from caseassist.cli import main

EXAMPLE = Path("/work/shared/example-directory")
REAL = Path("/work/shared/real-directories/dc-hsds20")
needs_example = pytest.mark.skipif(not EXAMPLE.is_dir(), reason="the shared example directory")


def _in_use(capsys) -> int:
    capsys.readouterr()
    assert main(["directory", "search", "--need", "food", "--limit", "50", "--json"]) == 0
    return len(json.loads(capsys.readouterr().out)["suggestions"])


def _refused(capsys, folder: Path) -> str:
    capsys.readouterr()
    assert main(["directory", "import", str(folder), "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


@needs_example
@pytest.mark.parametrize("size", [1250, 1300, 1700, 2000])
def test_a_services_file_cut_anywhere_is_refused_and_the_directory_stays(
    vault_env, tmp_path, capsys, size
):
    assert main(["directory", "import", str(EXAMPLE), "--quiet"]) == 0
    before = _in_use(capsys)
    cut = tmp_path / "cut"
    shutil.copytree(EXAMPLE, cut)
    (cut / "services.csv").write_bytes((EXAMPLE / "services.csv").read_bytes()[:size])
    err = _refused(capsys, cut)
    assert "services.csv, row " in err and "cut off" in err
    assert _in_use(capsys) == before


@needs_example
def test_a_row_longer_than_its_header_is_refused_a_trailing_comma_is_not(
    vault_env, tmp_path, capsys
):
    folder = tmp_path / "d"
    shutil.copytree(EXAMPLE, folder)
    lines = (EXAMPLE / "services.csv").read_text(encoding="utf-8").splitlines()
    (folder / "services.csv").write_text("\n".join([*lines, ""]).replace("Z\n", "Z,\n", 1))
    assert main(["directory", "import", str(folder), "--quiet"]) == 0  # an empty extra cell
    lines[3] = lines[3] + ",stray"
    (folder / "services.csv").write_text("\n".join([*lines, ""]))
    assert "services.csv, row 4: has 18 fields where the header has 17" in _refused(capsys, folder)


@needs_example
@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "utf-16-be"])
def test_utf16_and_utf8_with_a_byte_order_mark_import_as_they_are(
    vault_env, tmp_path, capsys, codec
):
    folder = tmp_path / "d"
    shutil.copytree(EXAMPLE, folder)
    text = (EXAMPLE / "services.csv").read_text(encoding="utf-8")
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (folder / "services.csv").write_bytes(data)
    assert main(["directory", "import", str(folder), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("Imported 13 services")


@needs_example
def test_text_that_is_not_utf8_says_to_save_it_as_utf8(vault_env, tmp_path, capsys):
    folder = tmp_path / "d"
    shutil.copytree(EXAMPLE, folder)
    text = (EXAMPLE / "services.csv").read_text(encoding="utf-8")
    (folder / "services.csv").write_bytes(text.encode("utf-16-le"))  # no byte-order mark
    assert "save the file as UTF-8" in _refused(capsys, folder)
    (folder / "services.csv").write_bytes(text.encode("utf-8") + "Café\n".encode("latin-1"))
    assert "save the file as UTF-8" in _refused(capsys, folder)


def test_a_sheet_cut_inside_a_row_is_refused_a_whole_last_row_without_a_break_is_kept(
    vault_env, tmp_path, capsys
):
    sheet = tmp_path / "directory.csv"
    header = "name,needs,phone,hours\n"
    sheet.write_text(header + "Harbour Night Shelter,shelter,555-0101,24 hours\nKettle,food")
    assert "directory.csv, row 3" in _refused(capsys, sheet)
    sheet.write_text(
        header + "Harbour Night Shelter,shelter,555-0101,24 hours\nKettle,food,555-0102,9-5"
    )  # fmt: skip  (Google Sheets ends this way)
    assert main(["directory", "import", str(sheet), "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("Imported 2 services")


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared real export")
def test_the_real_export_still_imports_its_short_rows_read_as_empty(vault_env, capsys):
    assert main(["directory", "import", str(REAL), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 501 services")
    assert "schedules.csv: rows shorter than their header: missing cells read as empty: 437" in out


def test_the_projects_own_directory_cut_inside_a_row_is_refused_whole_without_a_break_kept(
    vault_env, tmp_path, capsys
):
    """Without the shared files: a copy that stops inside its last row is refused; the
    same file whole but with no line break after its last row (as spreadsheet tools and
    many scripts write it) imports."""
    from caseassist.paths import resources_dir

    own = resources_dir() / "directory"
    data = (own / "services.csv").read_bytes()
    whole = tmp_path / "whole"
    shutil.copytree(own, whole)
    (whole / "services.csv").write_bytes(data.rstrip(b"\r\n"))
    capsys.readouterr()
    assert main(["directory", "import", str(whole), "--quiet"]) == 0
    before = _in_use(capsys)
    cut = tmp_path / "cut"
    shutil.copytree(own, cut)
    last_start = data.rstrip(b"\n").rfind(b"\n") + 1
    (cut / "services.csv").write_bytes(data[: last_start + 20])  # inside the last row
    err = _refused(capsys, cut)
    assert "services.csv, row " in err and "cut off" in err
    assert _in_use(capsys) == before
