"""Stop 36 (people36): a name she asks for by a cue in every language's usual phrasings
(and when the name is also a word: Nina, Chico, Kenia); a name cued in a clause whose
subject is another person ("the man who recruited her ... known as"); a relative clause
after a name set off beside another person is that person's; a relayed "não sabe" after a
form question is not a no."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

NAME = "person.name"
HOME = "reintegration.wants_to_return_home"
PREGNANT = "household.pregnant"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('She is 25 and self-identifies as "Lilo".', "Lilo"),
        ("Mujer de 25 años, quiere ser llamada Lilo.", "Lilo"),
        ("la chica tiene 25 anos, dice q le digamos Lilo", "Lilo"),
        ("elle a 25 ans, veut quon lappelle Lilo", "Lilo"),
        ("Ela tem 25 anos e pediu pra gente chamar ela de Lilo.", "Lilo"),
        ("A senhora pediu que a chamássemos de Lilo.", "Lilo"),
        # a wished name that is also a word or a place
        ("Ela tem 25 anos, quer ser chamada de Nina.", "Nina"),
        ("Tiene 25 años y pide que le digamos Kenia.", "Kenia"),
        ("Homem de 40 anos, prefere ser chamado de Chico.", "Chico"),
    ],
)
def test_a_wished_name_is_read(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        'The man who recruited her is a Colombian national known as "El Lobo".',
        'El hombre que la captó es un colombiano conocido como "El Lobo".',
        "L'homme qui l'a recrutée est un Colombien connu comme « Le Loup ».",
        'O aliciador é um colombiano conhecido como "Lobo".',
    ],
)
def test_a_name_cued_for_the_man_who_recruited_her_is_not_hers(text: str) -> None:
    assert clear(text, NAME) is None


@pytest.mark.parametrize(
    "text",
    [
        "She came with a co-worker, Tomas (24), who wants to go back to Peru.",
        "Vino con otro chico, Tomás (24), que quiere volver a Perú.",
        "Il est venu avec un collègue, Tomas (24), qui veut rentrer au Pérou.",
        "Veio com outro rapaz, Tomás (24), que quer voltar pro Peru.",
    ],
)
def test_a_wish_in_a_relative_clause_after_a_set_off_name_is_that_persons(text: str) -> None:
    assert clear(text, HOME) is None


@pytest.mark.parametrize(
    "text",
    ["Ela veio sozinha e quer voltar pro Peru.", "She came alone and wants to go back to Peru."],
)
def test_her_own_wish_to_return_is_still_read(text: str) -> None:
    assert clear(text, HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Grávida? não sabe, teste por fazer.",
        "Grávida? Não sabe, aguarda resultado.",
        "Embarazada? no sabe, prueba pendiente.",
        "Enceinte ? ne sait pas, test à faire.",
    ],
)
def test_a_relayed_dont_know_is_not_a_no(text: str) -> None:
    assert clear(text, PREGNANT) is None


@pytest.mark.parametrize(
    "text", ["Grávida? não.", "Embarazada? no.", "Enceinte ? non.", "Pregnant? no."]
)
def test_a_plain_no_still_answers(text: str) -> None:
    assert clear(text, PREGNANT) is False
    assert offered(text, PREGNANT) is None
