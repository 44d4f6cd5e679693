"""Stop 29, found on blind material: a salutation line, a name at a line break, the child
again, "Tengo 34." after an age question, and a bed asked for in a negated question."""

from __future__ import annotations

import pytest

from caseassist.intake import read as ex


def _values(text: str) -> dict:
    return dict(ex.extract(text).values)


@pytest.mark.parametrize(
    "text",
    [
        "Bom dia colegas,\nSinalizamos uma senhora de 66 anos, natural de Cabo Verde.",
        "Dear colleagues,\nWe are referring a 66-year-old woman from Cape Verde.",
        "Hola compañeras,\nLes derivamos a una señora de 66 años, de Cabo Verde.",
        "Bonjour collègues,\nNous vous orientons une dame de 66 ans, du Cap-Vert.",
    ],
)
def test_a_salutation_line_is_not_beside_her_age(text):
    assert _values(text)["person.age"] == 66


def test_a_salutation_word_in_a_statement_is_no_salutation():
    assert "person.age" not in _values("Team leader,\nher colleague is 40.")


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Referral - Mrs Alcinda\n\nWe are referring a 66-year-old lady.",
        "Objet : Mme Alcinda\n\nNous orientons une dame de 66 ans.",
    ],
)
def test_a_name_ends_at_its_line(text):
    got = ex.extract(text)
    names = [v for k, v in [*got.values.items(), *got.offered().items()] if k == "person.name"]
    assert all("\n" not in n for n in names)


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Llegó un hombre de 40 años con su hija de 6 años. La niña tiene fiebre.", "male"),
        ("A 40-year-old man came with his daughter. The girl has a fever.", "male"),
        ("Um homem de 40 anos com o seu filho de 3 anos. A menina tem febre.", "male"),
        ("Una niña de 15 años llegó sola. La niña tiene fiebre.", "female"),  # no child of hers
    ],
)
def test_the_child_again_is_the_child(text, gender):
    assert _values(text).get("person.gender") == gender


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("OP: ¿Cuántos años tiene usted?\nLL: Tengo 34.", 34),
        ("A: Quantos anos você tem?\nB: Tenho 22.", 22),
        ("É : Quel âge avez-vous ?\nA : J'ai 41 ans.", 41),
        ("OP: How old are you?\nCaller: I am 34.", 34),
    ],
)
def test_an_age_replied_after_i_am_or_i_have(text, age):
    assert _values(text)["person.age"] == age


@pytest.mark.parametrize(
    "text",
    [
        "OP: ¿Cuántos años tiene su hijo?\nLL: Tiene 4.",
        "É : Quel âge avez-vous ?\nA : J'ai deux enfants.",
    ],
)
def test_no_age_from_a_reply_about_someone_else_or_a_count(text):
    assert "person.age" not in _values(text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("É : Vous n'avez pas d'endroit où dormir cette nuit ?\nA : Non.", True),
        ("É : Vous n'avez nulle part où dormir cette nuit ?\nA : Non, nulle part.", True),
        ("É : Vous avez un endroit où dormir cette nuit ?\nA : Oui, chez ma soeur.", False),
        ("É : Tu n'as pas d'endroit pour dormir ce soir ?\nA : Si, chez une amie.", False),
    ],
)
def test_a_bed_asked_for_in_a_negated_question(text, need):
    assert _values(text)["shelter.needs_shelter_tonight"] is need


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Name used: Ioana\nAge: 23\nSex: F\nSuspect: male, approx 35, in custody", 23),
        (
            "Idade: 31\nObs.: o intermediário (cerca de 40 anos) sabe que ele contactou a polícia",
            31,
        ),
        ("Elle a 30 ans. Elle était logée par la gérante (environ 45 ans).", 30),
        ("Tiene 30 años. El titular del local, un hombre de unos 60 años, tenía su pasaporte.", 30),
        ("Il a 17 ans. Son pote Mamadou (22 ans) traduit.", 17),
    ],
)
def test_her_age_beside_the_age_of_who_ran_the_place(text, age):
    assert _values(text)["person.age"] == age


def test_two_form_ages_still_disagree():
    assert "person.age" not in _values("Age: 23\nSex: F\nAge: 25")


@pytest.mark.parametrize(
    "text",
    [
        "on est avec un jeune à la gare Saint-Charles, il dit 17 ans.",
        "La encontramos en la estación Atocha, 19 años, sola.",
    ],
)
def test_a_place_named_before_an_age_is_no_name(text):
    got = ex.extract(text)
    assert "person.name" not in got.values and "person.name" not in got.offered()


def test_a_name_before_an_age_is_still_read():
    assert _values("Encontramos a Maria, 23 anos, na rua.")["person.name"] == "Maria"


@pytest.mark.parametrize(
    "text",
    [
        "Minh himself has not said what he wants about the police.",
        "Ella no ha dicho qué quiere con respecto a la policía.",
        "Elle n'a pas dit ce qu'elle veut concernant la police.",
        "Ela não disse o que quer em relação à polícia.",
        "Ella todavía no ha dicho si quiere denunciar.",
        "Elle n'a pas encore dit si elle veut porter plainte.",
    ],
)
def test_a_wish_she_has_not_said_is_no_wish(text):
    got = ex.extract(text)
    assert "safety.wants_law_enforcement" not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "She said she wants to talk to the police.",
        "Dijo que quiere denunciar.",
        "Elle a dit qu'elle veut porter plainte.",
        "Ela disse que quer fazer queixa.",
    ],
)
def test_a_wish_she_said_stands(text):
    assert _values(text)["safety.wants_law_enforcement"] == "yes"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Tengo miedo por mi mamá, ellos saben dónde vive.", "¿Quiere hablar con la policía?"),
        ("I'm scared for my mom, they know where she lives.", "Do you want the police?"),
        ("J'ai peur pour ma mère, ils savent où elle habite.", "Voulez-vous la police ?"),
        ("Tenho medo pela minha mãe, eles sabem onde ela mora.", "Quer falar com a polícia?"),
    ],
)
def test_in_her_voice_where_someone_else_lives_is_not_where_she_is(text, question):
    got = ex.interpret_answer("safety.wants_law_enforcement", text, question=question)
    assert "safety.trafficker_knows_location" not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "Ellos saben dónde vivo.",
        "They know where I live.",
        "Ils savent où j'habite et où habite ma mère.",
    ],
)
def test_in_her_voice_where_she_lives_stays_known(text):
    got = ex.interpret_answer("safety.wants_law_enforcement", text, question="Police?")
    assert got.values["safety.trafficker_knows_location"] == "yes"
