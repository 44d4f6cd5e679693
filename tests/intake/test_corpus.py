"""The corpus loader, its frozen split and the evaluation's scoring (own invented items)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseassist.intake.corpus import CorpusError, freeze, load_items, read_split, side_of
from caseassist.intake.eval_results import figures, group, merge_results
from caseassist.intake.evaluate import evaluate, main, same

NOTES = """
[[item]]
id = "xx-n-001"
kind = "note"
referrer = "hotline"
style = "narrative"
text = "Woman, 34, from Peru. She speaks Spanish. She has nowhere to sleep tonight."
[item.facts]
"person.age" = 34
"person.gender" = "female"
"person.country_of_origin" = "PE"
"person.preferred_language" = "es"
"shelter.needs_shelter_tonight" = true
"legal.has_identity_documents" = true

[[item]]
id = "xx-n-002"
kind = "note"
text = "Man of 40. Maybe pregnant? No."
[item.facts]
"person.age" = 41
"""

ANSWER = """
id = "xx-a-001"
kind = "answer"
asked = ["safety.in_immediate_danger"]
question = "Are you in danger right now?"
text = "No."
[facts]
"safety.in_immediate_danger" = false
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "notes.toml").write_text(NOTES, encoding="utf-8")
    (tmp_path / "en" / "answer.toml").write_text(ANSWER, encoding="utf-8")
    return tmp_path


def test_items_load_with_their_folder_language(corpus: Path) -> None:
    items = load_items(corpus)
    assert [it.id for it in items] == ["xx-a-001", "xx-n-001", "xx-n-002"]
    assert {it.lang for it in items} == {"en"}
    assert items[0].asked == ("safety.in_immediate_danger",)


def test_a_bad_label_names_file_and_fact(corpus: Path) -> None:
    (corpus / "en" / "bad.toml").write_text(
        'id = "b"\nkind = "note"\ntext = "x"\n[facts]\n"person.age" = "old"\n', encoding="utf-8"
    )
    with pytest.raises(CorpusError, match=r"bad\.toml.*person\.age"):
        load_items(corpus)


def test_the_split_is_frozen_once_written(corpus: Path) -> None:
    path = corpus / "split.toml"
    split = freeze(path, ["xx-n-001", "xx-n-002"])
    assert split == {i: side_of(i) for i in ("xx-n-001", "xx-n-002")}
    # a recorded id keeps its side even if the rule that placed it changed
    flipped = "test" if split["xx-n-001"] == "dev" else "dev"
    text = path.read_text().replace('"xx-n-001",\n', "")
    text = text.replace(f"{flipped} = [\n", f'{flipped} = [\n  "xx-n-001",\n')
    path.write_text(text)
    again = freeze(path, ["xx-n-001", "xx-n-002", "xx-a-001"])
    assert again["xx-n-001"] == flipped
    assert read_split(path) == again


def test_scoring_counts_right_wrong_missed_and_spurious(corpus: Path) -> None:
    items = load_items(corpus)
    report = evaluate(items, {it.id: "dev" for it in items})
    kinds = {(e.item, e.fact): e.kind for e in report.errors}
    assert kinds[("xx-n-002", "person.age")] == "wrong"  # label 41, the note says 40
    assert kinds[("xx-n-001", "legal.has_identity_documents")] == "missed"
    c = report.total("en", "dev", "person.age")
    assert (c.tp, c.wrong) == (1, 1)
    assert report.total("en", "dev", "safety.in_immediate_danger").tp == 1
    rows = {r["figure"]: r for r in figures(report)}
    assert rows["intake eval dev wrong safety/consent values"]["value"] == 0
    assert rows["intake eval en dev recall"]["met"] is False


def test_text_facts_match_by_content_words() -> None:
    assert same("food.dietary_needs", "allergic to peanuts", "Peanut allergy; allergic")
    assert not same("food.dietary_needs", "allergic to peanuts", "allergic to shellfish")
    assert same("person.name", "Ana", "Ana López")


def test_injuries_match_through_clinical_shorthand() -> None:
    """A note's "lac L wrist" is the labeller's "laceration left wrist"; a side never
    meets the other side, and an elided "l'" or "d'" is no side."""
    inj = "medical.injuries"
    assert same(inj, "laceration left wrist, sutured", "lac L wrist, sutured")
    assert same(inj, "plaie genou gauche, pansement", "Plaie genou G + pansement")
    assert same(inj, "contusiones antebrazo izquierdo", "contusiones en antebrazo izq.")
    assert same(inj, "hematoma no antebraço esquerdo", "hematoma antebraço esq.")
    assert same(inj, "coupure avant-bras gauche suturée", "coupure avant bras g suturee")
    assert not same(inj, "cut left hand", "cut R hand")
    assert not same(inj, "plaie arcade droite", "plaie arcade G")
    assert not same(inj, "plaie à l'arcade", "plaie arcade, côté gauche")
    assert not same("person.name", "Mariana", "Maria")


def test_results_keep_other_groups(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(json.dumps({"groups": {"vault": {"figures": [{"figure": "open"}]}}}))
    items = load_items(corpus)
    report = evaluate(items, {it.id: "dev" for it in items})
    merge_results(group(report, figures(report)), path)
    merge_results(group(report, figures(report)), path)
    groups = json.loads(path.read_text())["groups"]
    assert set(groups) == {"vault", "intake_eval"}
    assert groups["vault"]["figures"] == [{"figure": "open"}]
    assert any(r["figure"] == "intake eval en dev recall" for r in groups["intake_eval"]["figures"])


def test_the_command_prints_figures_and_one_line_on_bad_input(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", str(corpus), "--no-results"]) == 0
    out = capsys.readouterr().out
    assert "en    dev" in out and "xx-n-002" in out
    (corpus / "en" / "broken.toml").write_text("id = ", encoding="utf-8")
    assert main(["--corpus", str(corpus), "--no-results"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_figures_can_be_limited_to_dev_for_whoever_changes_rules(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", str(corpus), "--no-results", "--errors", ""]) == 0
    assert " test " in capsys.readouterr().out
    assert main(["--corpus", str(corpus), "--no-results", "--errors", "", "--splits", "dev"]) == 0
    out = capsys.readouterr().out
    assert " dev " in out and " test " not in out
