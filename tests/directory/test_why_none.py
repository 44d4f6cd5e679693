"""Why a need has no suggestion, in one line (`directory/nothing.py`)."""

from __future__ import annotations

import datetime as dt

from caseassist.directory import load_directory, suggest
from caseassist.directory.model import Directory
from tests.directory import factory as f

NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def test_an_empty_directory_says_it_is_empty():
    result = suggest(Directory(services=()), {}, "food", now=NOW)
    assert result.message.startswith("The directory in use is empty")
    assert result.why == "empty"


def test_a_directory_mapping_no_need_says_so(tmp_path):
    sheet = tmp_path / "one.csv"
    sheet.write_text("name,phone,languages\nClinic A,555,\n")
    result = suggest(load_directory(sheet), {}, "food", now=NOW)
    assert result.message.startswith("The directory's one service is not mapped to a need")


def test_a_need_with_no_provider_is_named(tmp_path):
    d = load_directory(f.write(tmp_path / "d", [f.svc("svc-legal", "legal")]))
    assert suggest(d, {}, "food", now=NOW).message == (
        "No provider in the directory offers help with food."
    )


def test_every_provider_excluded_says_for_what_reasons(tmp_path):
    d = load_directory(
        f.write(
            tmp_path / "d",
            [
                f.svc("m1", "shelter", traits="men_only"),
                f.svc("m2", "shelter", traits="men_only"),
                f.svc("kids", "shelter", max_age="17"),
            ],
        )
    )
    result = suggest(d, {"person.gender": "female", "person.age": 30}, "shelter", now=NOW)
    assert not result.suggestions and result.why == "excluded"
    assert result.message == (
        "None of the 3 providers for shelter can take this person:"
        " men only (2) and only for ages up to 17 (1)."
    )
