"""`caseassist directory search --directory PATH`: the same ranking, for staff, without a vault."""

from __future__ import annotations

import json

import pytest

from caseassist.cli import main
from tests.directory import factory as f

NIGHT = "2026-03-14T21:40:00-05:00"


@pytest.fixture
def folder(tmp_path):
    return f.write(
        tmp_path / "d",
        [
            f.svc(
                "svc-willow",
                "shelter",
                traits="women_only confidential_location",
                langs="en ne",
                street="9 Secret Lane",
                coords=(44.6111, -63.5222),
            ),
            f.svc("svc-oak", "shelter", traits="requires_police_report", langs="es"),
            f.svc("svc-pine", "shelter", traits="men_only"),
        ],
    )


def test_search_json(folder, capsys):
    code = main(
        ["directory", "search", "--need", "shelter", "--language", "ne", "--age", "24", "--gender", "female",
         "--children", "1", "--no-police", "--at", NIGHT, "--directory", str(folder), "--json"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    doc = json.loads(out)
    assert [s["service"] for s in doc["suggestions"]] == ["svc-willow"]
    assert "speaks Nepali" in doc["suggestions"][0]["reasons"]
    assert {e["service"]: e["listed_apart"] for e in doc["excluded"]} == {
        "svc-oak": True,
        "svc-pine": False,
    }
    assert "9 Secret Lane" not in out and "44.6111" not in out


def test_search_text_lists_exclusions_apart(folder, capsys):
    assert (
        main(
            [
                "directory",
                "search",
                "--need",
                "shelter",
                "--gender",
                "female",
                "--no-police",
                "--at",
                NIGHT,
                "--directory",
                str(folder),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.index("Willow") < out.index("law enforcement") < out.index("Oak")
    assert "9 Secret Lane" not in out


def test_a_need_nobody_serves(folder, capsys):
    assert main(["directory", "search", "--need", "jobs", "--directory", str(folder)]) == 0
    assert "No provider" in capsys.readouterr().out


def test_a_broken_directory_is_one_calm_line_and_exit_2(folder, capsys):
    (folder / "services.csv").write_bytes(b"id,name\n\xff\xfe,x\n")
    assert main(["directory", "search", "--need", "shelter", "--directory", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "services.csv" in err[0] and "row 2" in err[0]


@pytest.mark.parametrize(
    "args",
    [["--age", "-3"], ["--gender", "robot"], ["--at", "tonight"], ["--origin", "x"]],
)
def test_bad_filters_exit_2(folder, args, capsys):
    assert main(["directory", "search", "--need", "food", "--directory", str(folder), *args]) == 2
    assert "Traceback" not in capsys.readouterr().err
