"""The need vocabulary is one file: a category added there is seen by intake, cases, matching and reports."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from caseassist import i18n, paths, vocabulary
from caseassist.cases import needs as case_needs
from caseassist.cases import referrals
from caseassist.directory import immediate_needs, load_directory, needs, service_needs, suggest
from caseassist.intake import needs as intake_needs
from caseassist.reports import ReportCase, ReportNeed, build_report, need_categories
from tests.directory import factory

NEW_CATEGORY = """
[category.animals]
contract = true
horizon = "immediate"
label = "Care for their animals"
phrase = "animal care"
in_directory = true
"""
NEW_RULE = """
[[need]]
category = "animals"
any = [{ fact = "food.needs_food_now", is = true }]
"""


def _reload() -> None:
    vocabulary.vocabulary.cache_clear()
    intake_needs.need_rules.cache_clear()


@pytest.fixture
def animals(tmp_path, monkeypatch):
    """The shipped resources, plus one invented category and one intake rule for it."""
    res = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), res, ignore=shutil.ignore_patterns("directory"))
    with (res / "needs.toml").open("a", encoding="utf-8") as fh:
        fh.write(NEW_CATEGORY)
    with (res / "intake" / "needs.toml").open("a", encoding="utf-8") as fh:
        fh.write(NEW_RULE)
    for module in (vocabulary, intake_needs):
        monkeypatch.setattr(module, "resources_dir", lambda: res)
    _reload()
    yield "animals"
    monkeypatch.undo()
    _reload()


def test_intake_derives_the_new_need_with_its_horizon(animals):
    derived = {
        (n.category, n.horizon) for n in intake_needs.derive_needs({"food.needs_food_now": True})
    }
    assert derived == {("food", "immediate"), ("animals", "immediate")}


def test_cases_know_its_horizon_label_and_referral_wording(animals):
    assert animals in case_needs.categories()
    assert case_needs.default_horizon(animals) == "immediate"
    assert case_needs.label(animals) == "Care for their animals"
    i18n.set_locale("fr")  # no translation yet: the message id, never the bare code
    assert case_needs.label(animals) == "Care for their animals"
    assert referrals._in("es", animals) == "Care for their animals"


def test_matching_imports_and_ranks_providers_for_it(animals, tmp_path):
    assert animals in needs() and animals in service_needs() and animals in immediate_needs()
    folder = factory.write(tmp_path / "hsds", [factory.svc("svc-paws", animals)])
    with (folder / "taxonomy_terms.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"t-{animals},{animals},{animals},caseassist-needs,tx-needs\n")
    directory = load_directory(folder)
    assert not directory.warnings
    result = suggest(directory, {}, animals)
    assert [s.service_id for s in result.suggestions] == ["svc-paws"]
    other = factory.write(tmp_path / "other", [factory.svc("svc-soup", "food")])
    none_for_it = suggest(load_directory(other), {}, animals)
    assert "animal care" in (none_for_it.message or "")  # the need named in the line


def test_reports_give_it_its_own_row(animals):
    seen = dt.datetime(2026, 3, 2, 9, 0)
    cases = [
        ReportCase(f"ZZ-{i}", "open", seen.date(), None, "staff", None, None) for i in range(12)
    ]
    rows = [ReportNeed(c.code, animals, "immediate", "identified", seen, None, None) for c in cases]
    report = build_report(cases, rows, [], now=seen + dt.timedelta(days=1))
    table = report.table("needs_by_category_horizon")
    assert need_categories()[-2:] == (animals, "other")
    by_label = dict(zip(table.row_labels, table.cells, strict=True))
    assert by_label["Care for their animals"] == ("12", "0")
    assert by_label["Other needs"] == ("0", "0")


def test_a_category_without_a_label_is_refused_with_its_name(tmp_path, monkeypatch):
    res = tmp_path / "resources"
    res.mkdir()
    (res / "needs.toml").write_text(
        '[horizon.immediate]\nlabel = "immediate"\n[category.pets]\nhorizon = "immediate"\n'
    )
    monkeypatch.setattr(vocabulary, "resources_dir", lambda: res)
    vocabulary.vocabulary.cache_clear()
    try:
        with pytest.raises(vocabulary.VocabularyError, match="pets lacks label, phrase"):
            vocabulary.vocabulary()
    finally:
        monkeypatch.undo()
        vocabulary.vocabulary.cache_clear()


def test_a_need_is_named_by_its_code_or_its_name_in_any_ui_language():
    """A French worker typed a French need to `directory search --need` and was told in
    English to choose among English codes."""
    from caseassist.vocabulary import category_named

    assert category_named("shelter") == "shelter"
    assert category_named("Hébergement") == "shelter"
    assert category_named("alojamiento esta noche") == "shelter"
    assert category_named("aide juridique") == "legal"
    assert category_named("Habitação") == "housing"
    assert category_named("nothing of the kind") == "nothing of the kind"
