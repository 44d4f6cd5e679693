"""A language CLDR has no name for: a valid value, shown and typed by its ISO name.

A survivor may speak one of the thousands of living languages CLDR does not name
(Ngazidja Comorian "zdj", Sãotomense "cri"); a scenario or a correction naming one was
refused as an "unknown language code".
"""

from __future__ import annotations

import pytest

from caseassist import i18n
from caseassist.intake.answering import settle_answer
from caseassist.intake.facts import InvalidValue, State, coerce
from caseassist.tui.screens.intake_corrections import _typed_value


def test_an_iso_639_3_code_is_a_valid_value_and_an_invented_one_is_not():
    assert coerce("person.other_languages", ["zdj", "cri"]) == ["zdj", "cri"]
    assert coerce("person.preferred_language", "kea") == "kea"
    for bad in ("xyz", "qqq"):
        with pytest.raises(InvalidValue):
            coerce("person.preferred_language", bad)


def test_staff_see_its_reference_name_where_cldr_has_none():
    assert i18n.language_name("zdj", "es") == "Ngazidja Comorian"
    assert i18n.language_name("fr", "es") == "francés"  # CLDR's own name where it has one


def test_staff_may_type_it_by_name_or_code_in_a_correction():
    assert _typed_value("person.preferred_language", "Ngazidja Comorian") == "zdj"
    assert _typed_value("person.other_languages", "Sãotomense, French") == ["cri", "fr"]
    assert _typed_value("person.preferred_language", "hindi") == "hi"


@pytest.mark.parametrize("word", ["any", "one", "all", "the"])
def test_a_word_typed_as_an_answer_is_not_taken_for_a_rare_code(word):
    (settled,) = settle_answer("person.preferred_language", word)
    assert settled.state is not State.KNOWN
