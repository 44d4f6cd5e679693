"""Stop 35 (people35): who a person fact is about, in answers and in claims.

Each case is an invented sentence in the four languages with a counterpart that must
still give (or must not give) the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

NAME_WITHHELD = [
    "My neighbour is called Teresa, she is kind. I do not want to say my name today.",
    "Mi vecina se llama Teresa, es muy amable. Hoy no quiero decir mi nombre.",
    "Ma voisine s'appelle Teresa, elle est gentille. Je ne veux pas dire mon prénom.",
    "A minha vizinha chama-se Teresa, é simpática. Não quero dizer o meu nome hoje.",
]


@pytest.mark.parametrize("text", NAME_WITHHELD)
def test_name_answer_that_withholds_her_name_is_not_her_name(text: str) -> None:
    got = interpret_answer("person.name", text)
    assert "person.name" not in got.values


@pytest.mark.parametrize(
    "text,name",
    [
        ("You can call me Lulu.", "Lulu"),
        ("Puede llamarme Lulu.", "Lulu"),
        ("Vous pouvez m'appeler Lulu.", "Lulu"),
        ("Pode chamar-me Lulu.", "Lulu"),
    ],
)
def test_name_answer_still_gives_her_name(text: str, name: str) -> None:
    assert name in str(interpret_answer("person.name", text).values.get("person.name"))


OTHERS_COUNTRY = [
    "The woman who sold me to them is from Ukraine. Me, I would rather not say yet.",
    "La mujer que me vendió a ellos es de Ucrania. Yo prefiero no decirlo todavía.",
    "La femme qui m'a vendue à eux vient d'Ukraine. Moi, je préfère ne pas le dire.",
    "A mulher que me vendeu a eles é da Ucrânia. Eu prefiro não dizer ainda.",
]


@pytest.mark.parametrize("text", OTHERS_COUNTRY)
def test_origin_answer_naming_another_persons_country_is_not_applied(text: str) -> None:
    got = interpret_answer("person.country_of_origin", text)
    assert "person.country_of_origin" not in got.values


@pytest.mark.parametrize("text", ["Ukraine.", "Ucrania.", "L'Ukraine.", "Ucrânia."])
def test_short_origin_answer_gives_her_country(text: str) -> None:
    got = interpret_answer("person.country_of_origin", text)
    assert got.values.get("person.country_of_origin") == "UA"


def test_origin_answer_prefers_her_nationality_over_a_place_she_lived() -> None:
    text = "I'm Moldovan, from near Chisinau. But I was working in Turkey before I came here."
    got = interpret_answer("person.country_of_origin", text)
    assert got.values.get("person.country_of_origin") == "MD"


DOCUMENT_AGES = [
    "On the fake passport it says 23. I really don't know.",
    "En el pasaporte falso pone 23. De verdad no lo sé.",
    "Sur le faux passeport c'est marqué 23. Vraiment je ne sais pas.",
    "No passaporte falso diz 23. Não sei mesmo.",
]


@pytest.mark.parametrize("text", DOCUMENT_AGES)
def test_age_a_document_gives_is_only_offered(text: str) -> None:
    got = interpret_answer("person.age", text)
    assert "person.age" not in got.values
    assert got.offered().get("person.age") == 23


@pytest.mark.parametrize("text", ["I am 23.", "Tengo 23 años.", "J'ai 23 ans.", "Tenho 23 anos."])
def test_age_she_gives_is_applied(text: str) -> None:
    assert interpret_answer("person.age", text).values.get("person.age") == 23


DOUBTED_CLAIMS = [
    'The landlord said: "She is Ukrainian and 24." Officers do not trust him; she has said nothing.',
    'El casero dijo: "Es ucraniana y tiene 24." Los agentes no lo dan por bueno.',
    "Le logeur a dit : « elle est ukrainienne, elle a 24 ans ». Elle n'a rien confirmé.",
    'O senhorio disse: "Ela é ucraniana e tem 24 anos." Ela não confirmou nada.',
]


@pytest.mark.parametrize("text", DOUBTED_CLAIMS)
def test_a_doubted_claim_about_her_is_only_offered(text: str) -> None:
    got = extract(text)
    assert "person.country_of_origin" not in got.values
    assert "person.age" not in got.values


UNDOUBTED_CLAIMS = [
    'The landlord said: "She is Ukrainian and 24."',
    'El casero dijo: "Es ucraniana y tiene 24."',
    "Le logeur a dit : « elle est ukrainienne, elle a 24 ans ».",
    'O senhorio disse: "Ela é ucraniana e tem 24 anos."',
]


@pytest.mark.parametrize("text", UNDOUBTED_CLAIMS)
def test_an_undoubted_claim_about_her_still_reads(text: str) -> None:
    assert extract(text).values.get("person.country_of_origin") == "UA"


RELATIVES_NAMED = [
    "Call from the survivor's aunt, Marisol, 52, in Lima.",
    "Llamada de la tía de la víctima, Marisol, 52 años, desde Lima.",
    "Appel de la tante de la victime, Marisol, 52 ans, depuis Lima.",
    "Ligação da tia da vítima, Marisol, 52 anos, de Lima.",
]


@pytest.mark.parametrize("text", RELATIVES_NAMED)
def test_a_relatives_name_set_off_by_commas_is_not_hers(text: str) -> None:
    assert "person.name" not in extract(text).values
