"""Stop 28, people16: a name and its age beside each other, and people in turns. An
apposition composes: an introducing phrase ("Client is", "La usuaria es", "Il s'agit de",
"Trata-se de") or none, a quoted or bare name, then its age, sex mark and origin in any
order; a reply to a name question asked alone ("name?", "¿nombre?", "prénom ?",
"nome?") is her name; a name whose sentence only says her nationality ("X is a citizen
of Y") is hers. The referrer's own apposition ("Kelsey Dunmore, 41, social worker"), a
child's or another person's, and an interpreter's name set nothing. A word of address
("sim senhora") and a child with her cast no sex vote; a people word naming a language
("lengua búlgara", "Nigerian Pidgin") is no origin. Invented sentences; must-not-fire
beside each must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
ORIGIN = "person.country_of_origin"
GENDER = "person.gender"


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Client is Arben, 19, male, from Albania.", "Arben", 19),
        ("Our client is Arben, 19, from Albania.", "Arben", 19),
        ("She is Maria, 34, from Peru.", "Maria", 34),
        ("She's Maria, 34, from Peru.", "Maria", 34),
        ("pt is Ana, 45, from Brazil.", "Ana", 45),
        ('Client is "Arben", 19, male', "Arben", 19),
        ("La usuaria es Rosa, 28, de Bolivia.", "Rosa", 28),
        ("Nuestra usuaria es “Rosa”, 28 años, de Bolivia.", "Rosa", 28),
        ("Se trata de Rosa, 28 años, boliviana.", "Rosa", 28),
        ("Il s'agit de Fatou, 22 ans, originaire du Sénégal.", "Fatou", 22),
        ("Ma cliente est Awa, 25 ans, guinéenne.", "Awa", 25),
        ("Trata-se de Joana, 31 anos, de Angola.", "Joana", 31),
        ("A utente é Joana, 31 anos, de Angola.", "Joana", 31),
    ],
)
def test_an_introduced_apposition_gives_her_name_and_age(text: str, name: str, age: int) -> None:
    got = extract(text).values
    assert got.get(NAME) == name
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ('- "Alex", 24, nonbinary, uses they/them', "Alex", 24),
        ("- 'Alex', 24, nonbinary", "Alex", 24),
        ("- «Awa», 22 ans, sénégalaise", "Awa", 22),
        ("- “Rosa”, 28 años, peruana", "Rosa", 28),
        ("- “Joana”, 31 anos, angolana", "Joana", 31),
    ],
)
def test_a_quoted_name_is_set_off_as_a_bare_one(text: str, name: str, age: int) -> None:
    got = extract(text).values
    assert got.get(NAME) == name
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("• Paciente: Jean-Robert, masc., ~45 anos, haitiano", "Jean-Robert", 45),
        ("Arben, m., 19, Albania.", "Arben", 19),
        ("Rosa, F, approx. 30, from Peru.", "Rosa", 30),
        ("We need to transfer Selam (38, Eritrean) tonight.", "Selam", 38),
        ("Caller is the lady herself, Rosa, from Guatemala, 41 years old.", "Rosa", 41),
        ("Hablamos con ella: Rosa, de Guatemala, 41 años.", "Rosa", 41),
        ("Awa, sénégalaise, 22 ans, arrivée hier.", "Awa", 22),
        ("Encaminhamos a utente: Joana, angolana, 31 anos.", "Joana", 31),
    ],
)
def test_the_pieces_compose_in_any_order(text: str, name: str, age: int) -> None:
    got = extract(text).values
    assert got.get(NAME) == name
    assert got.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Referral from Kelsey Dunmore, 41, social worker",
        "Kelsey Dunmore, 41, social worker, refers a woman from Peru.",
        "Lorena, 35 años, trabajadora social, deriva a una mujer de Perú.",
        "Mme Perrin, 50 ans, assistante sociale, oriente une femme.",
        "Márcia, 44 anos, assistente social, encaminha uma mulher.",
    ],
)
def test_the_referrers_own_apposition_is_not_hers(text: str) -> None:
    got = extract(text).values
    assert NAME not in got
    assert AGE not in got


@pytest.mark.parametrize(
    "text",
    [
        "Her son is Tomás, 16, and he lives with her.",
        "The interpreter is Li Wei, 40, from China.",
        "She is with Carlos, 50, her boss.",
        "Su hijo es Tomás, 16 años.",
        "L'interprète est Karim, 40 ans.",
        "O filho dela é Tomás, 16 anos.",
        "A utente e Rosa, 28 anos, chegaram ontem.",
        "Rosa, from Carlos farm, 41.",
        "Client: Maria is with Pedro (50, her boss).",
    ],
)
def test_another_persons_apposition_names_no_one(text: str) -> None:
    got = extract(text).values
    assert got.get(NAME) not in ("Tomás", "Li Wei", "Carlos", "Karim", "Rosa", "Pedro")


def test_a_bracket_after_the_age_naming_someone_else() -> None:
    got = extract("We met Pedro (50, her boss) at the door.").values
    assert got.get(NAME) != "Pedro"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shelter: name?\nClinic: Xiaomei", "Xiaomei"),
        ("Shelter: name please?\nClinic: Xiaomei.", "Xiaomei"),
        ("Albergue: ¿nombre?\nClínica: Xiaomei", "Xiaomei"),
        ("Foyer : prénom ?\nClinique : Xiaomei", "Xiaomei"),
        ("Foyer : et son prénom ?\nClinique : Xiaomei", "Xiaomei"),
        ("Abrigo: nome?\nClínica: Xiaomei", "Xiaomei"),
    ],
)
def test_a_name_asked_alone_is_answered_by_the_other_speaker(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: her son's name?\nClinic: Tomás",
        "Shelter: interpreter's name?\nClinic: Xiaomei",
        "Albergue: ¿nombre del intérprete?\nClínica: Xiaomei",
        "Foyer : le nom de son fils ?\nClinique : Tomás",
    ],
)
def test_another_persons_name_asked_is_not_hers(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Shelter: age?\nClinic: 27", 27),
        ("Albergue: ¿edad?\nClínica: 27", 27),
        ("Foyer : âge ?\nClinique : 27 ans", 27),
        ("Abrigo: idade?\nClínica: 27", 27),
    ],
)
def test_an_age_asked_alone_is_answered(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "name", "origin"),
    [
        ("We confirm that Aigerim Bekova is a citizen of Kazakhstan.", "Aigerim Bekova", "KZ"),
        (
            "Se hace constar que Ana Lucía Paredes es ciudadana ecuatoriana.",
            "Ana Lucía Paredes",
            "EC",
        ),
        (
            "Nous confirmons que Nguyen Thi Lan est de nationalité vietnamienne.",
            "Nguyen Thi Lan",
            "VN",
        ),
        ("Confirmamos que Priya Sharma é cidadã indiana.", "Priya Sharma", "IN"),
    ],
)
def test_a_name_whose_sentence_says_her_nationality(text: str, name: str, origin: str) -> None:
    got = extract(text).values
    assert got.get(NAME) == name
    assert got.get(ORIGIN) == origin


@pytest.mark.parametrize(
    "text",
    [
        "Her boss Karim is a citizen of Qatar.",
        "She says that Rosa is a citizen of Peru, her cousin.",
        "Karim est le patron, de nationalité marocaine.",
        "Su patrón Karim es ciudadano qatarí.",
        "O patrão Karim é cidadão do Qatar.",
    ],
)
def test_someone_elses_nationality_names_no_one(text: str) -> None:
    assert extract(text).values.get(NAME) is None


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("She is a citizen of Nepal, aged 27.", "NP"),
        ("Es ciudadana de Guatemala.", "GT"),
        ("Elle est citoyenne du Mali.", "ML"),
    ],
)
def test_citizen_of_a_country_is_her_origin(text: str, origin: str) -> None:
    assert extract(text).values.get(ORIGIN) == origin


def test_a_neutral_wish_verb_names_her() -> None:
    text = "Pessoa não binária, 22 anos, venezuelana; pede para ser chamade Kai."
    assert extract(text).values.get(NAME) == "Kai"


@pytest.mark.parametrize(
    "text",
    [
        "L'usagère est de nationalité marocaine.",
        "L'usagère, 25 ans, marocaine.",
        "La usuaria es de nacionalidad marroquí.",
        "The client is a citizen of Morocco.",
        "A utente é cidadã marroquina.",
    ],
)
def test_a_word_for_her_is_no_name(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Caller: I'm Josué, I ran from the farm.\nCaller: Only Portuguese, yes ma'am.",
        "Llamante: Soy Josué, hui de la finca.\nLlamante: Solo español, sí señora.",
        "Appelant : Je suis Josué.\nAppelant : Oui madame, merci madame.",
        "CHAMADOR: É o Josué.\nCHAMADOR: Só português, sim senhora.",
    ],
)
def test_a_word_of_address_is_not_her_sex(text: str) -> None:
    assert extract(text).values.get(GENDER) != "female"


def test_a_woman_answering_yes_is_still_a_woman() -> None:
    text = "Caller: Yes, I am a woman, 30, from Peru.\nCaller: Thank you."
    assert extract(text).values.get(GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Es dominicana, 38 años. El niño vive con ella en esa casa.",
        "She is 38. The boy sleeps with her at the shelter.",
        "Elle a 38 ans. Le garçon vit avec elle.",
        "Ela tem 38 anos. O menino mora com ela.",
    ],
)
def test_a_child_with_her_is_not_her_sex(text: str) -> None:
    assert extract(text).values.get(GENDER) != "male"


def test_a_boy_referred_is_still_male() -> None:
    assert extract("Niño, 15 años, de Honduras, llegó solo.").values.get(GENDER) == "male"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Affected person: 58 years old, Romanian.", 58),
        ("Persona afectada: 58 años, nacionalidad rumana.", 58),
        ("Victime 22 ans, nat. ivoirienne.", 22),
        ("Pessoa afetada: 40 anos, angolana.", 40),
    ],
)
def test_an_age_after_a_word_for_her(text: str, age: int) -> None:
    got = extract(text).values
    assert got.get(AGE) == age
    assert NAME not in got


@pytest.mark.parametrize(
    "text",
    [
        "Victim, 22 years old.",
        "Paciente, 30 años, de Perú.",
        "Victime, 22 ans.",
        "Utente, 40 anos.",
    ],
)
def test_a_word_for_her_before_an_age_is_no_name(text: str) -> None:
    assert NAME not in extract(text).values


def test_a_contact_persons_age_is_not_hers() -> None:
    assert AGE not in extract("Persona de contacto: 45 años.").values


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Edo (Bini) + Nigerian Pidgin; Edo preferred.",
        "La víctima se expresa mejor en lengua búlgara.",
        "Elle s'exprime mieux en langue peule.",
        "Fala a língua guineense.",
    ],
)
def test_a_people_word_naming_a_language_is_no_origin(text: str) -> None:
    assert ORIGIN not in extract(text).values


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("She is Nigerian and speaks Nigerian Pidgin.", "NG"),
        ("Es búlgara, habla la lengua búlgara.", "BG"),
        ("Elle est malienne, parle la langue bambara.", "ML"),
        ("É guineense e fala a língua guineense.", "GW"),
    ],
)
def test_her_people_beside_a_language_of_that_people(text: str, origin: str) -> None:
    assert extract(text).values.get(ORIGIN) == origin


@pytest.mark.parametrize(
    "text",
    [
        "Her mother came with her. She is Maria, 50, from Peru.",
        "He is Carlos, 45, her boss.",
        "Su madre vino también. Ella es María, 50 años, de Perú.",
        "Carlos, 45 ans, son patron, l'a amenée.",
        "Carlos, 45 anos, o patrão dela, trouxe-a.",
    ],
)
def test_a_pronoun_or_apposition_of_another_person(text: str) -> None:
    assert extract(text).values.get(NAME) not in ("Maria", "María", "Carlos")
