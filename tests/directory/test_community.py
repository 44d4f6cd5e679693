"""A service for one community or nationality ("Kapwa Filipino Workers Desk") is read
from its own words and never suggested to someone else as if it fitted."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.directory import load_directory, suggest
from caseassist.directory.community import _read
from caseassist.paths import resources_dir
from tests.directory import factory as f

NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Kapwa Filipino Workers Desk", {"PH"}),
        ("Ukrainian Community Hub", {"UA"}),
        ("Comunidad de mujeres mexicanas", {"MX"}),  # es
        ("Centre des femmes haïtiennes", {"HT"}),  # fr
        ("Associação de Mulheres Brasileiras", {"BR"}),  # pt
        ("For Eritrean nationals only", {"ER"}),
        # distractors: a language, a cuisine, a kind of medicine, a place-name word
        ("Volunteer interpreters for Arabic and Ukrainian", set()),
        ("English for Work Classes", set()),
        ("Centre for Chinese medicine", set()),
        ("Korean speakers welcome", set()),
        ("Women's shelter", set()),
    ],
)
def test_who_a_service_is_for_is_read_from_its_words(text, countries):
    assert {c.country for c in _read((text,))} == countries


@pytest.fixture
def desks(tmp_path):
    # The community desk is the better-ranked by every other key; only who it is for
    # holds it back.
    best = "trafficking_specialist free_of_charge"
    return load_directory(
        f.write(
            tmp_path / "d",
            [
                f.svc("kapwa", "jobs", name="Kapwa Filipino Workers Desk", traits=best),
                f.svc("jobs", "jobs", name="Harbour Job Centre"),
            ],
        )
    )


def test_a_nigerian_woman_is_not_offered_the_filipino_desk_first(desks):
    result = suggest(desks, {"person.country_of_origin": "NG"}, "jobs", now=NOW)
    assert [s.service_id for s in result.suggestions] == ["jobs", "kapwa"]
    kapwa = result.suggestions[1]
    assert any(c.startswith("for people from Philippines, check") for c in kapwa.caveats)


def test_her_origin_unknown_the_desk_is_to_be_checked(desks):
    result = suggest(desks, {}, "jobs", now=NOW)
    assert [s.service_id for s in result.suggestions] == ["jobs", "kapwa"]
    assert any("Kapwa Filipino Workers Desk" in c for c in result.suggestions[1].caveats)


def test_a_filipina_has_it_first_with_the_reason(desks):
    result = suggest(desks, {"person.country_of_origin": "ph"}, "jobs", now=NOW)
    top = result.suggestions[0]
    assert top.service_id == "kapwa" and "for people from Philippines" in top.reasons
    assert not any("Philippines" in c for c in top.caveats)


def test_the_demo_directory_kapwa_desk_is_not_a_sure_fit_for_a_nigerian_woman():
    d = load_directory(resources_dir() / "directory")
    facts = {"person.country_of_origin": "NG", "person.preferred_language": "en"}
    for need in ("jobs", "legal"):
        result = suggest(d, facts, need, now=NOW, limit=50)
        names = [s.name for s in result.suggestions]
        kapwa = names.index("Kapwa Filipino Workers Desk")
        assert kapwa > 0 and "Philippines" in "".join(result.suggestions[kapwa].caveats)
        assert all("Philippines" not in "".join(s.caveats) for s in result.suggestions[:kapwa])


def test_the_search_command_takes_her_country(tmp_path, capsys):
    import json

    from caseassist.cli import main

    folder = f.write(
        tmp_path / "d",
        [
            f.svc("kapwa", "jobs", name="Kapwa Filipino Workers Desk", traits="free_of_charge"),
            f.svc("jobs", "jobs", name="Harbour Job Centre"),
        ],
    )
    args = ["directory", "search", "--directory", str(folder), "--need", "jobs", "--json"]
    assert main([*args, "--country", "ng"]) == 0
    found = json.loads(capsys.readouterr().out)["suggestions"]
    assert [s["service"] for s in found] == ["jobs", "kapwa"]
    assert main([*args, "--country", "PH"]) == 0
    assert json.loads(capsys.readouterr().out)["suggestions"][0]["service"] == "kapwa"
    assert main([*args, "--country", "Nigeria"]) == 2
