"""An import that would leave staff with no providers for the needs they refer for is
refused whole, unless the admin says to replace the directory in use (`--replace`)."""

from __future__ import annotations

import json

from caseassist.cli import main
from caseassist.directory.coverage import shrinks
from tests.directory import factory as f


def _in_use(tmp_path) -> None:
    needs = ["food", "shelter", "medical", "legal"]
    good = f.write(tmp_path / "good", [f.svc(f"svc-{n}", n) for n in needs])
    assert main(["directory", "import", str(good), "--quiet"]) == 0


def _found(capsys, need: str) -> list[str]:
    capsys.readouterr()
    assert main(["directory", "search", "--need", need, "--json"]) == 0
    return [s["service"] for s in json.loads(capsys.readouterr().out)["suggestions"]]


def test_a_sheet_mapping_no_need_is_refused_in_one_line(vault_env, tmp_path, capsys):
    _in_use(tmp_path)
    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    capsys.readouterr()
    assert main(["directory", "import", str(sheet), "--quiet"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    [line] = out.err.strip().splitlines()
    assert "Directory not imported" in line and "maps to a need" in line
    assert "--replace" in line and "Traceback" not in line
    assert _found(capsys, "food") == ["svc-food"]  # the directory in use, whole


def test_one_covering_far_fewer_needs_is_refused_and_names_what_it_loses(
    vault_env, tmp_path, capsys
):
    _in_use(tmp_path)
    small = f.write(tmp_path / "small", [f.svc("svc-x", "food")])
    capsys.readouterr()
    assert main(["directory", "import", str(small), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "only 1 of the 4 needs" in err and "shelter" in err
    assert _found(capsys, "shelter") == ["svc-shelter"]


def test_replace_imports_it_anyway(vault_env, tmp_path, capsys):
    _in_use(tmp_path)
    small = f.write(tmp_path / "small", [f.svc("svc-x", "food")])
    assert main(["directory", "import", str(small), "--quiet", "--replace"]) == 0
    assert _found(capsys, "food") == ["svc-x"]


def test_an_update_losing_one_need_or_a_first_import_is_not_held_back(vault_env, tmp_path, capsys):
    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    assert main(["directory", "import", str(sheet), "--quiet"]) == 0  # nothing in use to lose
    _in_use(tmp_path)
    update = f.write(
        tmp_path / "upd", [f.svc(f"svc-{n}2", n) for n in ("food", "shelter", "legal")]
    )
    assert main(["directory", "import", str(update), "--quiet"]) == 0


def test_the_rule_itself():
    both = frozenset({"food", "shelter"})
    assert shrinks(frozenset(), frozenset()) is None
    assert shrinks(both, both) is None
    assert shrinks(both, frozenset({"food"})) is None  # half kept
    assert shrinks(both, frozenset()) is not None
    assert shrinks(both | {"legal", "medical"}, frozenset({"food"})) is not None
    assert shrinks(both, frozenset({"legal", "medical"})) is not None  # none of them kept
