"""Who the survivor is, said in the forms real referrers use (transcripts, form lines
with qualifiers, shorthand): each language rule in invented sentences of en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract


def facts(text: str) -> dict[str, object]:
    return extract(text).values


# ------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intake: What should we call you?\nCaller: Amina.", "Amina"),
        ("Q: Your name?\nA: Amina.", "Amina"),
        ("Q: What's your name?\nA: I'm Amina, I'm 30.", "Amina"),
        ("Intake: Your name and age?\nCaller: Amina, 30.", "Amina"),
        ("Intake: What's your name? Caller: Amina.", "Amina"),
        ("Operadora: ¿Cómo te llamas?\nUsuaria: Rosa.", "Rosa"),
        ("Operadora: ¿Cómo te llamas?\nUsuaria: Soy Rosa, tengo 30 años.", "Rosa"),
        ("- Como quieres que te llamemos?\n- Rosa", "Rosa"),
        ("– Comment tu t'appelles ?\n– Awa.", "Awa"),
        ("– Comment tu t'appelles ?\n– Moi c'est Awa.", "Awa"),
        ("Ecoutante : votre prénom ?\nAppelante : Awa", "Awa"),
        ("Técnica: Como se chama?\nUtente: Sou a Joana.", "Joana"),
        ("Técnica: Como prefere ser chamada?\nUtente: Joana, pode ser.", "Joana"),
    ],
)
def test_the_reply_to_a_question_about_her_name(text, name):
    assert facts(text).get("person.name") == name


@pytest.mark.parametrize(
    "text",
    [
        "Intake: What should we call you?\nCaller: I'd rather not say.",
        "Intake: Your name?\nCaller: No.",
        "Intake: Your name?\nCaller: Nigeria.",
        "Intake: What's your name?\nCaller: Please help me.",
        "Operadora: ¿Y cómo se llama tu jefe?\nUsuaria: Carlos.",
        "Écoutante : Comment s'appelle ton patron ?\nAppelante : Marc.",
        "Intake: How are you?\nCaller: Okay.",
    ],
)
def test_no_name_from_a_reply_that_is_none_or_about_someone_else(text):
    assert "person.name" not in facts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Called herself Amina at the desk.", "Amina"),
        ("Her preferred name is Amina.", "Amina"),
        ("Quiere que la llamemos Rosa.", "Rosa"),
        ("Es conocida como Rosa en el barrio.", "Rosa"),
        ("Elle se présente sous le nom d'Awa.", "Awa"),
        ("elle dit s appeller Awa", "Awa"),
        ("Elle répond au prénom de Awa.", "Awa"),
        ("Quer ser chamada Joana.", "Joana"),
        ("Prefere ser chamado Tiago.", "Tiago"),
        ("Name (preferred): Amina", "Amina"),
        ("Nombre (como quiere que la llamen): Rosa", "Rosa"),
        ("Prénom usuel : Awa", "Awa"),
        ("Primeiro nome: Joana", "Joana"),
        ("Nombre de pila: Rosa", "Rosa"),
    ],
)
def test_more_ways_to_give_her_name(text, name):
    assert facts(text).get("person.name") == name


# ------------------------------------------------------------ ages


@pytest.mark.parametrize(
    "text",
    [
        "She is 24 wks pregnant.",
        "She is 30 wks, first pregnancy.",
        "Elle est à 24 SA.",
        "She is 3 mos postpartum.",
        "He is 12 hrs without food.",
    ],
)
def test_a_term_or_a_duration_is_no_age(text):
    assert "person.age" not in facts(text)


# ------------------------------------------------------------ children


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Children: 2 (with her)", 2),
        ("Kids: 1 (w/ her)", 1),
        ("Hijos: 2 (vienen con ella)", 2),
        ("Enfants : 3 (avec elle)", 3),
        ("Filhos: 2 (estão com ela)", 2),
        ("Children: 2 (4 and 6 years old, with her)", 2),
        ("Veio com o filho de 4 anos.", 1),
        ("Chegou ao abrigo com o bebé.", 1),
        ("With her baby girl.", 1),
        ("Arrived with her baby boy and a toddler.", 2),
        ("Traveling with an infant.", 1),
        ("Trae a sus dos hijos.", 2),
        ("Viaja con su hija de 3 años.", 1),
        ("Elle voyage avec sa fille.", 1),
    ],
)
def test_children_with_her_in_more_forms(text, count):
    assert facts(text).get("household.children_with_them") == count


@pytest.mark.parametrize(
    "text",
    [
        "Children: 2 (one with her, one in Honduras)",
        "Hijos: 2 (uno con ella, otro en Honduras)",
        "Enfants : 2 (l'un avec elle, l'autre au pays)",
        "Filhos: 1 (ficou com a avó)",
        "Veio com o filho do patrão.",
    ],
)
def test_children_split_or_someone_elses_give_no_count(text):
    assert "household.children_with_them" not in facts(text)


# ------------------------------------------------------------ origin


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fwd: referral - Maria L., 28F, Honduras", "HN"),
        ("Referral: Joy O., 24F, Nigeria, English", "NG"),
        ("Client M17, Afghanistan, Pashto", "AF"),
        ("Subject: Referral for Daniela (29, Venezuela)", "VE"),
        ("Asunto: derivación de Rosa (31, Honduras)", "HN"),
        ("Objet : orientation d'Awa (25, Côte d'Ivoire)", "CI"),
        ("Assunto: encaminhamento da Joana (22, Angola)", "AO"),
        ("Ana, 34, Sri Lanka, Tamil", "LK"),
        ("Homme, 40 ans, Burkina Faso", "BF"),
        ("Mujer, 30, El Salvador", "SV"),
    ],
)
def test_origin_in_a_shorthand_or_bracketed_description(text, code):
    assert facts(text).get("person.country_of_origin") == code


@pytest.mark.parametrize(
    "text",
    [
        "She stayed with her aunt (45, Honduras).",
        "Her daughter (16, Guatemala) is safe.",
        "Su patrón (50, México) la amenazó.",
        "Son mari (40, Mali) la cherche.",
    ],
)
def test_a_bracketed_description_of_someone_else_is_no_origin(text):
    assert "person.country_of_origin" not in facts(text)


# ------------------------------------------------------------ gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Pt is a 38 yr old F from Ghana.", "female"),
        ("22 yo M from Eritrea, found at a car wash.", "male"),
        ("Sr. Pérez llegó al albergue.", "male"),
        ("Les llamo por don Aurelio, que vive en la calle.", "male"),
    ],
)
def test_gender_from_kinship_titles_and_shorthand(text, gender):
    assert facts(text).get("person.gender") == gender


@pytest.mark.parametrize(
    "text",
    ["Found 30 m from the house.", "A 30 m de la casa.", "Trouvée à 30 m de la gare."],
)
def test_no_gender_from_a_distance(text):
    assert "person.gender" not in facts(text)


# ------------------------------------------------------------ qualified labels, bare ages


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Age (stated): 23", "person.age", 23),
        ("Stated age: 23", "person.age", 23),
        ("Edad referida: 30", "person.age", 30),
        ("Âge déclaré : 30 ans", "person.age", 30),
        ("Idade declarada: 30", "person.age", 30),
        ("Sexe (déclaré) : F", "person.gender", "female"),
        ("Nationality (as stated): Eritrean", "person.country_of_origin", "ER"),
        ("Nacionalidad (según ella): hondureña", "person.country_of_origin", "HN"),
        ("Kids (with her): 2", "household.children_with_them", 2),
    ],
)
def test_a_label_with_a_qualifier_or_a_stated_age(text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Tiene diecinueve.", 19),
        ("Dice que tiene 22.", 22),
        ("Refiere que tiene 30, y viene sola.", 30),
        ("Diz que tem 22, e veio sozinha.", 22),
        ("Tiene treinta y cinco.", 35),
        ("Tiene 22 y dos hijos.", 22),
    ],
)
def test_an_age_said_without_its_unit(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize(
    "text", ["Tiene 3.", "Su hermano dice que tiene 30.", "O patrão diz que tem 40."]
)
def test_a_small_number_or_someone_elses_unitless_age_is_not_hers(text):
    assert "person.age" not in facts(text)


# ------------------------------------------------------------ pregnancy


@pytest.mark.parametrize(
    "text",
    [
        "Está à espera de bebé.",
        "Ela está à espera de filho.",
        "Chegou ontem; está à espera de bebé.",
    ],
)
def test_waiting_for_a_baby_without_an_article(text):
    assert facts(text).get("household.pregnant") is True


@pytest.mark.parametrize(
    "text",
    ["Embarazada? No sabe.", "Pregnant? She does not know.", "Enceinte ? Elle ne sait pas."],
)
def test_a_reply_that_she_does_not_know_is_no_no(text):
    assert "household.pregnant" not in facts(text)
