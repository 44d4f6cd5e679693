"""A baby on the way is a pregnancy, not a child with her (a new user's walk-through:
"ninguno, solo el bebé que viene" was counted as one child and the child's needs asked)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

CHILDREN = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "ninguno, solo el bebé que viene",
        "none, just the baby on the way",
        "aucun, seulement le bébé qui arrive",
        "nenhum, só o bebé que vem a caminho",
    ],
)
def test_none_and_a_baby_on_the_way_is_no_child_and_a_possible_pregnancy(text):
    got = interpret_answer(CHILDREN, text)
    assert got.values.get(CHILDREN) == 0
    assert got.possible.get("household.pregnant") is True
    assert "household.pregnant" not in got.values  # offered, for staff to confirm


@pytest.mark.parametrize(
    "text, count",
    [("uno, el bebé", 1), ("dos, y el bebé que viene", 2), ("Ninguno", 0), ("two", 2)],
)
def test_children_born_still_count(text, count):
    assert interpret_answer(CHILDREN, text).values.get(CHILDREN) == count
