"""Stop 42 (lead): when a clause is set in a time gone by is data, per language
(`gone_times`, `gone_leads`, `now_words`, `since_words`, ... in each `<lang>/words.toml`),
no longer words written in `clause_context.py`. Portuguese, which the code never named,
now has its words of now: a need said "hoje" after a year gone by is a need now, as it
is in Spanish.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

TONIGHT = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "note",
    [
        "Trabalhou numa padaria em 2021 e hoje precisa de um lugar para dormir.",
        "Trabajó en una panadería en 2021 y hoy necesita un lugar para dormir.",
        "She worked in a bakery in 2021 and today she needs a place to sleep.",
    ],
)
def test_a_need_said_today_after_a_year_gone_by_is_a_need_now(note: str) -> None:
    assert extract(note).values.get(TONIGHT) is True


@pytest.mark.parametrize(
    "note",
    [
        "In 2021 she needed a place to sleep.",
        "Il y a 3 ans, elle avait besoin d'un endroit pour dormir.",
    ],
)
def test_a_need_set_in_a_time_gone_by_is_not_a_bed_tonight(note: str) -> None:
    assert extract(note).values.get(TONIGHT) is not True


CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "note",
    [
        "Agreed for this note to be shared with your shelter and with her GP.",
        "He agreed that the form can be sent to your shelter and the legal clinic.",
        "She is fine for her details to be passed on to you and to legal aid.",
    ],
)
def test_consent_said_in_the_passive_that_reaches_another_provider_is_yes(note: str) -> None:
    assert extract(note).values.get(CONSENT) == "yes"


@pytest.mark.parametrize(
    "note",
    [
        "She is happy for her details to be shared with you.",
        "Her mother agreed for the letter to be sent to the school.",
    ],
)
def test_consent_to_the_receiving_service_alone_is_never_applied(note: str) -> None:
    assert CONSENT not in extract(note).values


@pytest.mark.parametrize(
    "note",
    [
        "Otro de los trabajadores, Rogelio, mexicano de 29 años, quiere denunciar.",
        "Another of the workers, Kwame, Ghanaian, also came to the clinic.",
        "Un autre des ouvriers, M. Diallo, malien, est venu aussi.",
        "Outro dos colegas, o Sr. Tavares, angolano, veio também.",
    ],
)
def test_a_country_said_of_another_of_the_workers_is_not_hers(note: str) -> None:
    """A mark of another before a partitive ("otro de los", "another of the") introduces
    someone else, as "otro trabajador" does: his nationality is not hers."""
    values = extract(note).values
    assert "person.country_of_origin" not in values
    assert values.get("person.gender") != "male"
