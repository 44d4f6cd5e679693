"""Whose name, age, sex and origin (stop 43, names): a person picked out of a group by a
mark of another and a partitive ("another of the workers", "otra de las mujeres", "un des
autres ouvriers", "outro dos colegas") is someone else, for every reader; so is the
person she was with ("Viajaba con un joven, Elmer, 19", "she travelled with Kofi, 30"),
while the person the writer speaks with is her ("Hablamos con Rosa, 25 años"). Invented
sentences in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

IDENTITY = ("person.name", "person.age", "person.country_of_origin", "person.gender")


def _identity(text: str) -> dict[str, object]:
    values = extract(text).values
    return {k: values[k] for k in IDENTITY if k in values}


@pytest.mark.parametrize(
    "text",
    [
        "Otro de los trabajadores, Rogelio, mexicano de 29 años, quiere denunciar.",
        "Another of the workers, Teodor, a Romanian man of 33, wants to speak to police.",
        "Un autre des ouvriers, Malick, 31 ans, sénégalais, veut porter plainte.",
        "Un des autres ouvriers, Malick, 31 ans, veut porter plainte.",
        "Outro dos colegas, o Bruno, angolano de 27 anos, quer denunciar.",
        "Otra de las trabajadoras, Leidy, de 24 años, también pide ayuda.",
        "Another of the women, Precious, 22, also asked for a bed.",
        "Une autre des femmes, Awa, 30 ans, demande aussi un lit.",
        "Outra das mulheres, a Graça, 35 anos, também quer sair.",
    ],
)
def test_one_picked_from_a_group_by_another_is_someone_else(text: str) -> None:
    assert _identity(text) == {}


def test_she_is_read_beside_another_picked_from_the_group() -> None:
    got = _identity(
        "La usuaria, Carmen, de 40 años, colombiana. "
        "Otro de los trabajadores, Rogelio, mexicano de 29 años, quiere denunciar."
    )
    assert got["person.age"] == 40 and got["person.country_of_origin"] == "CO"
    assert got.get("person.name") in (None, "Carmen")


@pytest.mark.parametrize(
    "text",
    [
        "Estaba con Thiago, brasileño, 25 años, que se fue antes de que llegáramos.",
        "Viajaba con un muchacho, Elmer, 19, hondureño, al que conoció en el tren.",
        "She travelled with Kofi, 30, Ghanaian, who then disappeared.",
        "She was living with Dragan, 45, Serbian, until last week.",
        "Elle était avec Moussa, malien, 30 ans, qui est reparti.",
        "Ela estava com o Thiago, brasileiro, 25 anos, que foi embora.",
        "Veio junto com um rapaz, Elmer, 19, hondurenho.",
    ],
)
def test_the_person_she_was_with_is_someone_else(text: str) -> None:
    got = _identity(text)  # (a sex word right after "with", "con un muchacho", is still read)
    assert {k: v for k, v in got.items() if k != "person.gender"} == {}


@pytest.mark.parametrize(
    ("text", "age", "country"),
    [
        ("Hablamos con Rosa, 25 años, hondureña, en la oficina.", 25, "HN"),
        ("Nous avons parlé avec Awa, 25 ans, malienne.", 25, "ML"),
        ("Está con nosotros un hombre de 58 años, rumano, que dormía en una nave.", 58, "RO"),
        ("Está com a gente um rapaz de 20 anos, paraguaio.", 20, "PY"),
    ],
)
def test_the_person_the_writer_is_with_is_her(text: str, age: int, country: str) -> None:
    got = _identity(text)
    assert got["person.age"] == age and got["person.country_of_origin"] == country


@pytest.mark.parametrize(
    "text",
    [
        "On est avec une jeune femme, Ileana, 22 ans, roumaine.",
        "We were with a young woman, Ileana, 22, Romanian.",
    ],
)
def test_the_writer_with_someone_names_her(text: str) -> None:
    got = _identity(text)
    assert got["person.name"] == "Ileana" and got["person.age"] == 22


@pytest.mark.parametrize(
    "text",
    [
        "Llegó a Valencia con 15 años para cuidar a una señora mayor.",
        "She came to Leeds at 15 to look after the children.",
        "Chegou a Lisboa com 15 anos para trabalhar numa casa.",
        "Vino a Murcia con 15 años.",
    ],
)
def test_an_age_at_her_arrival_is_not_her_age_now(text: str) -> None:
    assert "person.age" not in _identity(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'écoutante, Maëlle (26 ans), a pris l'appel.",
        "La operadora, Lucía (31), tomó la llamada.",
        "A atendente, Joana, 45 anos, registou a chamada.",
        "The call handler, Becky (24), logged it.",
    ],
)
def test_the_call_line_staff_named_is_not_her(text: str) -> None:
    got = _identity(text)
    assert "person.name" not in got and "person.age" not in got
