"""Stop 37 (knows2): whether the people who exploited her know where she is now, when the
writer says nobody knows whether they do. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_KNOWS = "safety.trafficker_knows_location"


@pytest.mark.parametrize(
    "text",
    [
        "We do not know whether the recruiter knows where she is sleeping now.",
        "No sabemos si el patrón sabe dónde vive ahora.",
        "Nous ne savons pas si le patron sait où elle est.",
        "Não sabemos se o patrão sabe que ela está aqui.",
    ],
)
def test_nobody_knowing_whether_he_knows_is_unsure(text):
    assert extract(text).values.get(_KNOWS) == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "Ask whether the recruiter knows where she is sleeping now.",
        "Preguntar si el patrón sabe dónde vive ahora.",
        "Demander si le patron sait où elle est.",
        "Perguntar se o patrão sabe que ela está aqui.",
    ],
)
def test_a_question_still_to_ask_reads_nothing(text):
    got = extract(text)
    assert _KNOWS not in got.values
    assert _KNOWS not in got.possible


def test_not_knowing_whether_her_mother_knows_says_nothing_of_them():
    got = extract("We do not know whether her mother knows where she is.")
    assert _KNOWS not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "The recruiter knows her address in Moldova.",
        "The recruiter knows where she lives back home.",
        "El patrón conoce su dirección en Honduras.",
        "Le patron connaît son adresse au pays.",
        "O patrão conhece a morada dela em Angola.",
    ],
)
def test_a_place_back_home_is_not_where_she_is_now(text):
    assert extract(text).values.get(_KNOWS) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The recruiter knows her address.",
        "El patrón conoce su dirección.",
        "Le patron connaît son adresse.",
        "O patrão sabe onde ela está agora.",
    ],
)
def test_her_address_alone_is_still_known(text):
    assert extract(text).values.get(_KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "El patrón todavía no sabe dónde está.",
        "O patrão ainda não sabe onde ela está.",
        "La dueña del taller aún no sabe dónde vive ahora.",
    ],
)
def test_not_knowing_yet_where_she_is_is_no_not_unsure(text):
    assert extract(text).values.get(_KNOWS) == "no"


def test_the_writer_not_knowing_whether_they_know_is_unsure_not_nothing():
    # (stop 37: moved from test_safety_reading, which read nothing; the dev labels read the
    # writer's "we do not know whether they know" as the fact's unsure value)
    assert extract("On ne sait pas s'ils savent où elle est.").values.get(_KNOWS) == "unsure"
    got = extract("On ignore s'il sait où elle est.")
    assert got.values.get(_KNOWS, got.possible.get(_KNOWS)) in (None, "unsure")
