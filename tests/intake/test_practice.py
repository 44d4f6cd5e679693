"""`caseassist practice SCENARIO.toml --json`: the transcript, exit codes, determinism."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from caseassist.cli import main
from caseassist.intake.practice import (
    ScenarioError,
    load_scenario,
    parse_scenario,
    render,
    run_practice,
)
from caseassist.paths import resources_dir

HERE = Path(__file__).resolve().parent / "scenarios"
VALID = sorted(p for p in HERE.glob("*.toml") if not p.name.startswith("invalid"))
INVALID = sorted(HERE.glob("invalid-*.toml"))
DEMO_DIRECTORY = resources_dir() / "directory"


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["practice", *args])
    out, err = capsys.readouterr()
    return code, out, err


# What a careful reader must not take from these scenarios' notes (negations, other people,
# a drug allergy): the fact stays open for the survivor.
NOT_FROM_THE_NOTE = {
    "08-moldovan-woman-back-home.toml": [
        "food.needs_food_now",
        "medical.urgent_need",
        "jobs.wants_employment",
        "household.children_with_them",
    ],
    "09-guatemalteca-con-dos-hijos.toml": [
        "food.dietary_needs",
        "medical.urgent_need",
        "safety.wants_law_enforcement",
    ],
    "10-homme-soudanais-arabe-francais.toml": [
        "household.pregnant",
        "household.children_with_them",
        "reintegration.wants_to_return_home",
    ],
    "11-nepali-man-return-to-nepal.toml": [
        "household.pregnant",
        "safety.in_immediate_danger",
    ],
    "12-mujer-hondurena-sin-policia.toml": [
        "reintegration.wants_to_return_home",
        "household.pregnant",
    ],
    "13-walk-in-arabic-french.toml": [
        "food.dietary_needs",
        "medical.urgent_need",
        "medical.needs_medication",
    ],
    # "Not ready to talk to police": offered as undecided (possible_facts), never applied
    "14-police-note-abbreviations.toml": [
        "person.name",
        "household.pregnant",
        "safety.wants_law_enforcement",
    ],
    "15-note-infirmiere-mme-ddn.toml": ["person.name", "shelter.needs_shelter_tonight"],
    "16-linea-dice-que-treinta-y-tantos.toml": ["person.age", "person.other_languages"],
    "17-other-peoples-details.toml": [
        "food.dietary_needs",
        "safety.wants_law_enforcement",
        "jobs.wants_employment",
    ],
}


@pytest.mark.parametrize("name", sorted(NOT_FROM_THE_NOTE))
def test_scenario_note_leaves_open_what_it_does_not_say(name, capsys):
    code, out, err = run_cli(capsys, str(HERE / name), "--json")
    assert code == 0, err
    referral = json.loads(out)["referral_facts"]
    assert not set(NOT_FROM_THE_NOTE[name]) & set(referral)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_scenario_meets_its_expectations_without_reasking(path, capsys):
    code, out, err = run_cli(capsys, str(path), "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert list(doc) == [
        "scenario",
        "referral_facts",
        "possible_facts",
        "turns",
        "facts",
        "declined",
        "needs",
    ]
    assert not set(doc["possible_facts"]) & set(doc["referral_facts"])
    expect = tomllib.loads(path.read_text(encoding="utf-8"))["expect"]
    for fid, value in expect.get("referral_facts", {}).items():
        assert doc["referral_facts"].get(fid) == value, fid
    needs = {n["category"]: n["horizon"] for n in doc["needs"]}
    for cat, horizon in expect.get("needs", {}).items():
        assert needs.get(cat) == horizon, cat
    for cat in expect.get("not_needs", []):
        assert cat not in needs, cat
    settled = set(doc["referral_facts"])
    seen = set()
    for turn in doc["turns"]:
        assert not set(turn["facts"]) & settled, turn
        assert turn["question"] not in seen
        seen.add(turn["question"])
        settled |= set(turn["facts"]) | set(turn["settled"])
        assert set(turn) == {
            "question",
            "facts",
            "prompt",
            "answer",
            "declined",
            "unknown",
            "settled",
        }


def test_declines_are_listed_and_never_have_a_value(capsys):
    path = HERE / "01-outreach-ukrainian-mother.toml"
    doc = json.loads(run_cli(capsys, str(path), "--json")[1])
    assert doc["declined"] == ["person.safe_contact"]
    assert "person.safe_contact" not in doc["facts"]
    turn = next(t for t in doc["turns"] if t["question"] == "q.person.safe_contact")
    assert turn["declined"] is True and turn["answer"] is None


def test_staff_prompts_in_the_scenario_locale(capsys):
    doc = json.loads(run_cli(capsys, str(HERE / "02-hombre-sin-papeles.toml"), "--json")[1])
    assert doc["turns"][0]["prompt"] == "¿Está en peligro en este momento?"


def test_matches_with_a_directory(capsys):
    code, out, _ = run_cli(
        capsys,
        str(HERE / "01-outreach-ukrainian-mother.toml"),
        "--json",
        "--directory",
        str(DEMO_DIRECTORY),
    )
    assert code == 0
    doc = json.loads(out)
    assert set(doc["matches"]) == {n["category"] for n in doc["needs"]}
    for suggestions in doc["matches"].values():
        assert len(suggestions) <= 3
        for s in suggestions:
            assert list(s) == ["service", "name", "organization", "reasons"]


def test_same_input_same_bytes():
    sc = load_scenario(HERE / "02-hombre-sin-papeles.toml")
    assert render(run_practice(sc)) == render(run_practice(sc))


def test_cli_deterministic_across_processes(capsys):
    """A fresh process (its own hash seed) writes the same bytes as this one: one child,
    not two, as each new process first builds the extraction's patterns (some 15 s of CPU)."""
    path = str(HERE / "03-femme-orientee-par-hotline.toml")
    cmd = [sys.executable, "-m", "caseassist", "practice", path, "--json"]
    child = subprocess.run(cmd, capture_output=True, timeout=60)
    code, out, _err = run_cli(capsys, path, "--json")
    assert child.returncode == 0 == code and child.stdout == out.encode() and out


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_scenario_exit_2_one_line(path, capsys):
    code, out, err = run_cli(capsys, str(path), "--json")
    assert code == 2 and out == ""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and path.name in lines[0] and "Traceback" not in err


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"title": "t", "survivor": {"x.y": True}}, 'survivor."x.y"'),
        (
            {"title": "t", "survivor": {"person.age": "25", "household.pregnant": 3}},
            "household.pregnant",
        ),
        ({"title": "t", "survivor": {"person.age": 400}}, "person.age"),
        ({"title": "t", "survivor": {"person.gender": True}}, "person.gender"),
        ({"title": "t", "declines": ["nope"]}, "declines"),
        ({"title": "t", "declines": ["person.age"], "survivor": {"person.age": 3}}, "person.age"),
        ({"title": "t", "staff_locale": "de"}, "staff_locale"),
        ({"title": "t", "now": "yesterday"}, "now"),
        ({"survivor": {}}, "title"),
        ({"title": "t", "surviver": {}}, "surviver"),
        ({"title": "t", "expect": {"needs": {"shelter": "soon"}}}, "expect.needs.shelter"),
        ({"title": "t", "expect": {"referral_facts": {"person.age": "old"}}}, "person.age"),
    ],
)
def test_validation_names_the_field(data, field):
    with pytest.raises(ScenarioError) as err:
        parse_scenario(data, "s.toml")
    msg = str(err.value)
    assert msg.startswith("s.toml: ") and field in msg and "\n" not in msg


def test_not_toml_is_refused(tmp_path, capsys):
    bad = tmp_path / "broken.toml"
    bad.write_text('title = "unclosed\n', encoding="utf-8")
    code, _out, err = run_cli(capsys, str(bad), "--json")
    assert code == 2 and "broken.toml" in err and len(err.strip().splitlines()) == 1


def test_missing_file_is_refused(tmp_path, capsys):
    code, _out, err = run_cli(capsys, str(tmp_path / "none.toml"), "--json")
    assert code == 2 and "none.toml" in err


def test_without_json_opens_the_practice_intake_in_the_terminal(capsys, monkeypatch):
    """The screen itself is tested in tests/tui; here, that the command hands the scenario over."""
    import sys

    import caseassist.tui.app as tui_app

    opened = []
    monkeypatch.setattr(tui_app, "run_practice", lambda path: opened.append(str(path)) or 0)
    # as from a terminal (piped, the command refuses: tests/tui/test_practice_cli.py)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, _err = run_cli(capsys, str(VALID[0]))
    assert code == 0 and opened == [str(VALID[0])] and out == ""


def test_one_free_text_answer_for_two_facts_asks_only_one_question(capsys):
    path = HERE / "07-one-answer-settles-two.toml"
    doc = json.loads(run_cli(capsys, str(path), "--json")[1])
    asked = [t["question"] for t in doc["turns"]]
    assert ("q.shelter.tonight" in asked) != ("q.food.now" in asked)
    first = next(t for t in doc["turns"] if t["question"] in ("q.shelter.tonight", "q.food.now"))
    assert {"shelter.needs_shelter_tonight", "food.needs_food_now"} <= set(first["settled"])


def test_a_scenario_for_portuguese_speaking_staff_runs(tmp_path, capsys):
    """Every staff UI language is a scenario's staff_locale ('pt' was refused as invalid)."""
    text = (HERE / "02-hombre-sin-papeles.toml").read_text(encoding="utf-8")
    scenario = tmp_path / "pt-staff.toml"
    scenario.write_text(text.replace('staff_locale = "es"', 'staff_locale = "pt"'), "utf-8")
    code, out, err = run_cli(capsys, str(scenario), "--json")
    assert code == 0, err
    first = json.loads(out)["turns"][0]
    assert first["question"] == "q.safety.danger"
    assert first["prompt"] != "Are you in danger right now?"  # in the staff's Portuguese
