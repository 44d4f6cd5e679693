"""The shipped taxonomy mappings are data: every row well formed, every need one a search knows.

The AIRS/211 LA codes were checked against published 211 indexes (211 search sites'
category lists and analysts' code lists): the examples below are codes real 211
exports carry, with the need each must reach through the most specific prefix.
"""

from __future__ import annotations

import csv

import pytest

from caseassist.directory.model import service_needs
from caseassist.directory.taxonomy import AIRS_CODE, MAPPINGS, shipped_rules, term_need
from caseassist.paths import resources_dir

FOLDER = resources_dir() / "directory" / MAPPINGS


def _rows(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_airs_prefix_is_a_well_formed_code_once_with_a_known_need_and_a_label():
    rows = _rows("airs_needs.csv")
    prefixes = [r["prefix"] for r in rows]
    assert len(prefixes) == len(set(prefixes))
    for r in rows:
        assert AIRS_CODE.match(r["prefix"]), r
        assert r["need"] in service_needs(), r
        assert r["label"].strip(), r


@pytest.mark.parametrize("name", ["name_needs.csv", "keyword_needs.csv"])
def test_every_name_and_keyword_rule_names_a_known_need(name):
    rows = _rows(name)
    assert rows
    assert all(r["need"] in service_needs() for r in rows), name


@pytest.mark.parametrize(
    ("code", "need"),
    [
        ("BH-1800.8500-150", "shelter"),  # overnight shelters
        ("BH-1800.8500-185", "shelter"),  # extreme weather shelters
        ("BH-1800.1500-100", "shelter"),  # domestic violence shelters
        ("BH-8600", "shelter"),  # transitional housing/shelter
        ("BH-3800", "housing"),  # housing expense assistance
        ("BD-1800.2000", "food"),  # food pantries
        ("BD-5000.8300", "food"),  # free meals
        ("NL-6000", "food"),  # SNAP/WIC
        ("FT-1000.8900", "legal"),  # benefits assistance, a legal service
        ("LV-1600", "medical"),  # dental care
        ("RP-1500.1400-200", "safety"),  # domestic violence hotlines
        ("RX-8250", "counselling"),  # substance use services
        ("PH-1250.1800", "childcare"),
        ("HD-1800.8000", "childcare"),  # early childhood education
        ("ND-3500.3600", "jobs"),  # job search
    ],
)
def test_real_211_codes_reach_their_need_by_the_most_specific_prefix(code, need):
    assert term_need(code, "", shipped_rules())[0] == need
