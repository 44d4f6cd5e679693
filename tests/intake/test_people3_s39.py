"""Stop 39 (people3): whose sex, name and age a note gives. A woman or man the person
"has" (a spouse back home) is not the person's sex; a letter's salutation that names the
reader's role says nothing of her; a caller set off by a name and an age who calls for
someone else is the caller, not her. All people are invented."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract


@pytest.mark.parametrize(
    "text",
    [
        "Pescador de 51 años, boliviano. Tiene mujer y dos hijos en Oruro.",
        "Pêcheur de 51 ans, bolivien. Il a une femme et deux fils à Oruro.",
        "Pescador de 51 anos, boliviano. Tem mulher e dois filhos em Oruro.",
        "Fisherman, 51, Bolivian. He has a wife and two sons in Oruro.",
    ],
)
def test_a_wife_he_has_is_not_his_sex(text: str) -> None:
    assert extract(text).values.get("person.gender") != "female"


@pytest.mark.parametrize(
    "text",
    [
        "Tenemos aquí a una señora de 44 años, hondureña.",
        "On a une patiente, 44 ans, hondurienne.",
        "Il y a une femme de 44 ans à l'accueil, hondurienne.",
        "A mulher, 44 anos, hondurenha, chegou de manhã.",
    ],
)
def test_a_woman_presented_is_still_her(text: str) -> None:
    assert extract(text).values.get("person.gender") in ("female", None)
    assert extract(text).values.get("person.age") == 44


@pytest.mark.parametrize(
    "text",
    [
        "Exma. Senhora Coordenadora,\n\nEscrevo a pedido da pessoa acompanhada, 57 anos.",
        "Estimada señora coordinadora:\n\nLe escribo por un caso nuevo, 57 años.",
        "Chère Madame la Coordinatrice,\n\nJe vous écris pour la personne suivie, 57 ans.",
        "Dear Madam Coordinator,\n\nI am writing about the person we support, 57.",
    ],
)
def test_a_salutation_with_the_readers_role_is_no_vote(text: str) -> None:
    assert extract(text).values.get("person.gender") is None


@pytest.mark.parametrize(
    "text",
    [
        "Caller: Dariusz (41, Polish), a coworker, calling for his friend who is with him.",
        "Llamante: Dariusz, 41 años, llamando por su amigo, que está a su lado.",
        "Appelant : Dariusz, 41 ans, appelle pour son ami, qui est à côté de lui.",
        "Chamador: Dariusz, 41 anos, ligando pelo amigo, que está ao lado dele.",
    ],
)
def test_a_caller_for_someone_else_gives_neither_name_nor_age(text: str) -> None:
    values = extract(text).values
    assert values.get("person.name") != "Dariusz"
    assert values.get("person.age") != 41


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Rukhsana, 36, calling for help, came from Lahore.", "Rukhsana", 36),
        ("Rukhsana, 36 años, llama pidiendo ayuda desde Lahore.", "Rukhsana", 36),
    ],
)
def test_calling_for_help_stays_hers(text: str, name: str, age: int) -> None:
    values = extract(text).values
    assert values.get("person.name") == name
    assert values.get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "She came in with a 4 y/o boy, both tired.",
        "Ella llegó con una niña pequeña de 3 años, las dos cansadas.",
        "Elle est arrivée avec une petite fille de 3 ans, toutes deux fatiguées.",
        "Ela chegou com uma menina pequena de 3 anos, as duas cansadas.",
    ],
)
def test_the_age_of_a_child_with_her_is_not_hers(text: str) -> None:
    values = extract(text).values
    assert values.get("person.age") not in (3, 4)
    assert values.get("person.gender") != "male"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Officers spoke with a woman, 38, at the station.", 38),
        ("Hablamos con una mujer de 38 años en la estación.", 38),
        ("Tô com uma senhora de 38 anos aqui na rodoviária.", 38),
    ],
)
def test_the_person_the_writer_is_with_is_her(text: str, age: int) -> None:
    assert extract(text).values.get("person.age") == age


_KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "Children: 3, in Ghana with their grandmother.",
        "Hijos: 2, viven en Honduras con su abuela.",
        "Enfants : 2, restés au Mali avec leur père.",
        "Filhos: 2, ficaram em Angola com a avó.",
    ],
)
def test_a_children_line_that_only_puts_them_elsewhere_says_nothing(text: str) -> None:
    assert _KIDS not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Kids: 2 - both still in Ghana.",
        "Hijos: 2, ambos en Honduras.",
        "Enfants : 2, tous les deux au Mali.",
        "Filhos: 3, todos em Angola com a mulher.",
    ],
)
def test_a_children_line_that_puts_all_of_them_elsewhere_is_none(text: str) -> None:
    assert extract(text).values.get(_KIDS) == 0


@pytest.mark.parametrize(
    "text",
    [
        "She came in alone. Her son is in Ghana with an aunt.",
        "Se presentó sola en recepción. Tiene una hija en Bolivia.",
        "Se présente seule. Un fils au Ghana chez sa tante.",
        "Se apresentou sozinha. Tem um filho em Angola.",
    ],
)
def test_coming_alone_with_children_named_elsewhere_is_none(text: str) -> None:
    assert extract(text).values.get(_KIDS) == 0


def test_coming_alone_beside_a_wish_to_join_a_child_says_nothing() -> None:
    text = "Se présente seul à l'accueil. Il veut rentrer au Mali chez sa fille."
    assert _KIDS not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Walk-in, 31. Describes herself as two-spirit, pronouns she/they.",
        "Llega una persona de 31 años. Se define como travesti, pide que usemos ella.",
        "Personne de 31 ans. Se décrit comme genre fluide, elle préfère « iel ».",
        "Pessoa de 31 anos. Se identifica como travesti, pronome ela.",
    ],
)
def test_a_gender_in_her_own_words_is_self_described(text: str) -> None:
    assert extract(text).values.get("person.gender") == "self_described"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 31. Identifies as Quechua, from Cusco.",
        "Mujer de 31 años. Se identifica como indígena.",
    ],
)
def test_identifying_as_a_people_is_no_gender_of_her_own_words(text: str) -> None:
    assert extract(text).values.get("person.gender") == "female"
