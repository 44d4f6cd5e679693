"""Needs derived from facts (intake contract, section 2)."""

from __future__ import annotations

import pytest

from caseassist.intake.facts import Fact, State
from caseassist.intake.needs import derive_needs, need_rules


@pytest.mark.parametrize(
    ("facts", "category", "horizon"),
    [
        ({"safety.in_immediate_danger": True}, "safety", "immediate"),
        ({"safety.trafficker_knows_location": "yes"}, "safety", "immediate"),
        ({"food.needs_food_now": True}, "food", "immediate"),
        ({"shelter.needs_shelter_tonight": True}, "shelter", "immediate"),
        ({"medical.urgent_need": True}, "medical", "immediate"),
        ({"medical.needs_medication": True}, "medical", "immediate"),
        ({"household.pregnant": True}, "medical", "immediate"),
        ({"housing.needs_long_term_housing": True}, "housing", "long_term"),
        ({"legal.wants_legal_help": True}, "legal", "long_term"),
        ({"legal.immigration_concern": True}, "legal", "long_term"),
        ({"legal.has_identity_documents": False}, "legal", "long_term"),
        ({"reintegration.wants_to_return_home": "yes"}, "reintegration", "long_term"),
        ({"reintegration.wants_family_contact": True}, "reintegration", "long_term"),
        ({"jobs.wants_employment": True}, "jobs", "long_term"),
        ({"jobs.wants_training": True}, "jobs", "long_term"),
    ],
)
def test_each_rule_of_the_contract(facts, category, horizon):
    needs = derive_needs(facts)
    assert [(n.category, n.horizon) for n in needs] == [(category, horizon)]
    assert needs[0].because == tuple(facts)


@pytest.mark.parametrize(
    "facts",
    [
        {"safety.in_immediate_danger": False, "safety.trafficker_knows_location": "unsure"},
        {"legal.has_identity_documents": True},
        {"reintegration.wants_to_return_home": "undecided"},
        {"household.children_with_them": 1},  # 1 is not True
        {},
    ],
)
def test_no_need_without_a_clear_fact(facts):
    assert derive_needs(facts) == []


def test_declined_and_unknown_facts_identify_nothing():
    facts = {
        "food.needs_food_now": Fact("food.needs_food_now", State.DECLINED),
        "shelter.needs_shelter_tonight": Fact("shelter.needs_shelter_tonight", State.UNKNOWN),
        "medical.urgent_need": Fact("medical.urgent_need", State.KNOWN, True),
    }
    assert [n.category for n in derive_needs(facts)] == ["medical"]


def test_several_causes_are_all_named():
    needs = derive_needs({"legal.wants_legal_help": True, "legal.has_identity_documents": False})
    assert needs[0].because == ("legal.wants_legal_help", "legal.has_identity_documents")
    assert needs[0].as_dict()["category"] == "legal"


def test_all_eight_categories_have_rules():
    assert {r.category for r in need_rules()} == {
        "safety",
        "food",
        "shelter",
        "medical",
        "housing",
        "legal",
        "reintegration",
        "jobs",
    }
