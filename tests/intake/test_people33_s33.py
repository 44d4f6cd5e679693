"""Another person's age never competes with hers (stop 33, people33).

The head of an age's phrase is found past a relative clause ("the neighbour who brought
her, a woman of about 60"), an "of" complement ("the youngest daughter of that lady is
19") and a possessive ("mon grand de 14 ans"); an interpreter set off before an age is
someone else; a numbered person "not referred" is not her; a chat visitor's turn is hers
("im 17 F"). Invented notes in en/es/fr/pt, each with a counterpart that keeps her age."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

AGE = "person.age"


def _age(text: str) -> object:
    return extract(text).values.get(AGE)


# ------------------------------------------------------------ past a relative clause

_RELATIVE = [
    ("The neighbour who drove her here, a woman of about 60, left early.", "She is 29."),
    (
        "La vecina que la trajo, una señora de unos 60 años, se fue temprano.",
        "Es una mujer de 29 años.",
    ),
    (
        "La voisine qui l'a amenée, une dame de 60 ans, est partie tôt.",
        "C'est une femme de 29 ans.",
    ),
    (
        "A vizinha que a trouxe, uma senhora de uns 60 anos, foi embora cedo.",
        "É uma mulher de 29 anos.",
    ),
    (
        "La voluntaria que la acompañará mañana (tiene 71 años) habla español.",
        "Tiene 29 años.",
    ),
]


@pytest.mark.parametrize(("other", "hers"), _RELATIVE)
def test_apposition_after_a_relative_clause_is_that_persons(other: str, hers: str) -> None:
    assert _age(other) is None
    assert _age(f"{hers} {other}") == 29


# ------------------------------------------------------------ an "of" complement, a possessive

_OWNED = [
    "The youngest daughter of that lady is 19.",
    "La hija pequeña de esa señora tiene 19 años.",
    "La fille cadette de cette dame a 19 ans.",
    "A filha pequena daquela senhora tem 19 anos.",
    "Her eldest, aged 19, stayed in Ghana.",
    "Mi mayor de 19 años se quedó en Honduras.",
    "Mon grand de 19 ans est resté au Cameroun.",
    "O meu mais velho de 19 anos ficou em Angola.",
]


@pytest.mark.parametrize("text", _OWNED)
def test_age_of_whom_she_owns_or_of_a_complement_is_not_hers(text: str) -> None:
    assert _age(text) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My client, aged 34, arrived yesterday.", 34),
        ("Mi usuaria de 34 años llegó ayer.", 34),
        ("Ma cliente, de 34 ans, est arrivée hier.", 34),
        ("L'avocate de M. P., 34 ans, nous écrit.", 34),
    ],
)
def test_her_own_descriptor_still_reads(text: str, age: int) -> None:
    assert _age(text) == age


# ------------------------------------------------------------ an interpreter set off


@pytest.mark.parametrize(
    "text",
    [
        "The interpreter, about 50, is from her village.",
        "El intérprete, de 50 años, es de su misma comunidad.",
        "L'interprète, 50 ans, est de son village.",
        "O intérprete, de 50 anos, é da mesma aldeia.",
    ],
)
def test_interpreter_age_is_not_hers(text: str) -> None:
    assert _age(text) is None
    assert _age(f"Woman, 33. {text}") == 33


# ------------------------------------------------------------ a numbered person not referred


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("contact #1: M, 19 yo, Lao speaker. NOT referred.", "contact #2: M, 41 yo, VN national."),
        ("Persona 1: mujer, 19 años, no derivada.", "Persona 2: mujer, 41 años, hondureña."),
        ("Personne 1 : femme, 19 ans, non orientée.", "Personne 2 : femme, 41 ans, malienne."),
        ("Pessoa 1: mulher, 19 anos, não encaminhada.", "Pessoa 2: mulher, 41 anos, angolana."),
    ],
)
def test_numbered_person_not_referred_is_not_her(first: str, second: str) -> None:
    assert _age(f"{first}\n{second}") == 41
    plain = first.rsplit(".", 2)[0] if "NOT" in first else first.rsplit(",", 1)[0] + "."
    assert _age(f"{plain}\n{second}") == 19  # no mark: the first of its kind is her


# ------------------------------------------------------------ a chat visitor's own turn


@pytest.mark.parametrize(
    ("mine", "other"),
    [
        ("[01:14] visitor: im 17 F. i left tonight", "[01:17] visitor: my bf is 24"),
        ("[01:14] visitante: tengo 17, F. me fui hoy", "[01:17] visitante: mi novio tiene 24"),
        ("[01:14] visiteuse : j'ai 17 ans, F.", "[01:17] visiteuse : mon copain a 24 ans"),
        ("[01:14] visitante: tenho 17 F. saí hoje", "[01:17] visitante: meu namorado tem 24"),
    ],
)
def test_chat_visitor_turn_gives_her_age(mine: str, other: str) -> None:
    assert _age(f"{mine}\n{other}") == 17
    assert _age(other) is None


# ------------------------------------------------------------ "nearly N years": how long


@pytest.mark.parametrize(
    ("lasted", "age"),
    [
        ("She worked for nearly 15 years on the farm.", "She is about 30."),
        ("Trabajó cerca de 15 años en la finca.", "Tiene cerca de 30 años."),
        ("Elle a vécu près de 15 ans chez eux.", "Elle a près de 30 ans."),
        ("Trabalhou perto de 15 anos na quinta.", "Tem perto de 30 anos."),
    ],
)
def test_nearly_n_years_after_a_verb_is_how_long(lasted: str, age: str) -> None:
    assert _age(lasted) is None
    assert _age(f"{age} {lasted}") == 30


@pytest.mark.parametrize(
    "text",
    [
        "The son of the lady who brought him, aged 30, also worked there.",
        "El hijo de la señora que lo trajo, de 30 años, también trabajaba allí.",
        "Le fils de la dame qui l'a amené, 30 ans, y travaillait aussi.",
        "O filho da senhora que o trouxe, de 30 anos, também lá trabalhava.",
    ],
)
def test_title_word_before_a_relative_is_a_noun_not_her_name(text: str) -> None:
    assert _age(text) is None
    assert _age(f"Hombre, 55. {text}") == 55
