"""Who came with her is not her (stop 31, people31): a form line labelled for her
companion ("Acompañante: hombre de 39 años") casts no vote for her gender, and a titled
person in brackets or apposition after a clause naming who came with her ("la fidèle qui
l'accompagne (Mme D., 58 ans)") gives neither her age nor her gender. Invented sentences
in en/es/fr/pt, each with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

NAME = "person.name"
AGE = "person.age"
ORIGIN = "person.country_of_origin"
GENDER = "person.gender"


# ------------------------------------------- a companion's form line casts no vote


@pytest.mark.parametrize(
    "text",
    [
        "Referral: Nadia, 16, from Albania.\nCompanion: man, about 40, says he is her uncle.",
        "Caso: Nadia, 16 años, de Albania.\nAcompañante: hombre de 39 años, dice ser su tío.",
        "Dossier : Nadia, 16 ans, d'Albanie.\nAccompagnateur : homme de 45 ans, se dit son oncle.",
        "Caso: Nadia, 16 anos, da Albânia.\nAcompanhante: homem de 39 anos, diz ser tio dela.",
        "Nadia, 16, from Albania.\nAccompanied by: a man who says he is her uncle.",
        "Nadia, 16 años, de Albania.\nViene con: un señor, su primo.",
        "Nadia, 16 ans, d'Albanie.\nAccompagnée de : un homme, son cousin.",
        "Nadia, 16 anos, da Albânia.\nAcompanhada de: um homem, primo dela.",
    ],
)
def test_companion_line_gives_no_gender(text: str) -> None:
    assert clear(text, GENDER) in (None, "female")
    assert clear(text, GENDER) != "male"
    assert clear(text, AGE) == 16


@pytest.mark.parametrize(
    "text",
    [
        "Referral: man, about 40, from Albania.\nCompanion: none.",
        "Caso: hombre de 39 años, de Albania.\nAcompañante: ninguno.",
        "Dossier : homme de 45 ans, d'Albanie.\nAccompagnateur : aucun.",
        "Caso: homem de 39 anos, da Albânia.\nAcompanhante: nenhum.",
    ],
)
def test_his_own_line_still_gives_gender(text: str) -> None:
    assert clear(text, GENDER) == "male"


# ------------------------------------------- a titled companion after "who came with her"


@pytest.mark.parametrize(
    "text",
    [
        "We met Awa, 32, from Mali. The volunteer who came with her (Mr D., 58) waited.",
        "We met Awa, 32, from Mali. The neighbour who accompanied her, Mr D., 58, waited.",
        "Awa, 32 años, de Malí. El vecino que la acompaña (Sr. D., 58 años) esperó afuera.",
        "Awa, 32 años, de Malí. El señor que vino con ella, el Sr. D., de 58 años, esperó.",
        "Awa, 32 ans, du Mali. Le fidèle qui l'accompagne (M. D., 58 ans) attendait.",
        "Awa, 32 ans, du Mali. Le voisin qui l'a amenée, M. D., 58 ans, attendait dehors.",
        "Awa, 32 anos, do Mali. O vizinho que a acompanha (Sr. D., 58 anos) esperou.",
        "Awa, 32 anos, do Mali. O senhor que veio com ela, Sr. D., 58 anos, esperou.",
    ],
)
def test_titled_companion_is_not_her(text: str) -> None:
    assert clear(text, AGE) == 32
    assert clear(text, GENDER) != "male"


@pytest.mark.parametrize(
    "text",
    [
        "We met Mrs D., 58, from Mali, who came alone.",
        "Recibimos a la Sra. D., de 58 años, de Malí; vino sola.",
        "Nous avons reçu Mme D., 58 ans, du Mali, venue seule.",
        "Recebemos a Sra. D., 58 anos, do Mali; veio sozinha.",
    ],
)
def test_titled_person_alone_is_her(text: str) -> None:
    assert clear(text, AGE) == 58
    assert clear(text, GENDER) == "female"


# ------------------------------------------- a name noun owned by a word for her


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The client's first name is Noor and she is 19.", "Noor"),
        ("The name of the young woman is Noor; she is 19.", "Noor"),
        ("El nombre de la joven es Ximena, tiene 19 años.", "Ximena"),
        ("La usuaria, nombre Ximena, 19 años, boliviana.", "Ximena"),
        ("Le prénom de la jeune femme est Mariama. Elle a 19 ans.", "Mariama"),
        ("Jeune femme guinéenne, 19 ans, prénom Mariama, parle peul.", "Mariama"),
        ("O nome da moça é Jucélia, tem 19 anos.", "Jucélia"),
        ("Utente do sexo feminino, 19 anos, nome Jucélia, angolana.", "Jucélia"),
        ("Woman, 24, name Awa, from Mali.", "Awa"),
    ],
)
def test_name_noun_gives_her_name(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Her son's name is Tomás, he is 6.",
        "The restaurant's name is Golden Lotus.",
        "Her boss, name Karim, 40, kept her passport.",
        "El nombre del patrón es Ramiro, tiene 50 años.",
        "Mujer de 24 años, nombre Desconocido, de Malí.",
        "Le nom de son employeur est Karim.",
        "Femme, 24 ans, prénom Inconnu, du Mali.",
        "O nome do patrão é Jorge, 50 anos.",
        "Mulher de 30 anos, nome do patrão Jorge, angolana.",
    ],
)
def test_name_noun_of_another_gives_no_name(text: str) -> None:
    assert clear(text, NAME) is None


# ------------------------------------------- the companion as a sentence's subject


@pytest.mark.parametrize(
    "text",
    [
        "Moussa, 17, from Mali. The man who accompanied him is 34 and wants no help.",
        "Hombre de 58 años, rumano. El voluntario que le acompaña tiene 30 años.",
        "Moussa, 17 ans, malien. Le compatriote qui l'accompagnait, 34 ans, repart.",
        "Moussa, 17 anos, do Mali. O rapaz que o acompanhou tem 34 anos.",
    ],
)
def test_companion_subject_age_is_theirs(text: str) -> None:
    assert clear(text, AGE) in (17, 58)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ana, 17, was accompanied here by a volunteer.", 17),
        ("Un voluntario acompañó a Ana, de 17 años, al centro.", 17),
        ("Un fidèle nous a amené M. Suresh, 41 ans, originaire du Népal.", 41),
        ("Um voluntário acompanhou a Ana, 17 anos, até aqui.", 17),
    ],
)
def test_accompanied_person_age_is_hers(text: str, age: int) -> None:
    assert clear(text, AGE) == age


# ------------------------------------------- ", who is 17" after her name


@pytest.mark.parametrize(
    "text",
    [
        "I am writing about one of our pupils, Efua, who is 17.",
        "We are worried about Efua, who is 17, and her safety.",
        "Efua, who is 17, arrived from Ghana last month.",
    ],
)
def test_relative_age_after_her_name(text: str) -> None:
    assert clear(text, AGE) == 17


@pytest.mark.parametrize(
    "text",
    [
        "The man, who is 40, brought her here.",
        "Her sister Efua, who is 19, lives in Accra.",
        "Her son, who is 14, stays with her.",
    ],
)
def test_relative_age_of_another(text: str) -> None:
    assert clear(text, AGE) is None


# ------------------------------------------- a place unknown to the data, in a region


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Juana, 40, from a village near Oaxaca.", "MX"),
        ("Juana, 40, from Xela in Quetzaltenango.", "GT"),
        ("Juana, 40 años, originaria de Comitán, Chiapas.", "MX"),
        ("Juana, 40 ans, originaire d'un village du Chiapas.", "MX"),
        ("Juana, 40 anos, natural de Codó, no Maranhão.", "BR"),
    ],
)
def test_origin_place_in_a_region(text: str, code: str) -> None:
    assert clear(text, ORIGIN) == code


@pytest.mark.parametrize(
    "text",
    [
        "Juana, 40, works at a farm in Chiapas.",
        "Juana, 40 años, trabajó en una finca en Chiapas.",
        "Juana, 40 ans, a travaillé dans une ferme au Chiapas.",
        "Juana, 40 anos, trabalhou numa fazenda no Maranhão.",
    ],
)
def test_region_where_she_worked_is_no_origin(text: str) -> None:
    assert clear(text, ORIGIN) is None
