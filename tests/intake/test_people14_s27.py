"""Stop 27, people14: the people facts as tomorrow's notes phrase them (the phrase bank's
families): a full name set off before an age, a name the subject of a description and an
age, what everyone calls her, a name she refuses, an initial before an age; a kin or
child word said fondly; a child counted, then described; children she lived with until
then; a denied nationality; born and raised in a country; an age at a past event, a
birthday; an exploiter's age and origin. Invented sentences; must-not-fire beside each
must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
ORIGIN = "person.country_of_origin"
KIDS = "household.children_with_them"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grace Achieng, 24, from Kenya, arrived with her two children.", "Grace Achieng"),
        ("Rosa Elena, 24, de Honduras, llegó anoche.", "Rosa Elena"),
        ("- Ana Lucía Paredes, 30 años, ecuatoriana", "Ana Lucía Paredes"),
        ("Nous avons rencontré Marie Claire, 31 ans, camerounaise.", "Marie Claire"),
        ("Maria Jose is a trans woman, 28.", "Maria Jose"),
        ("Valentina es una mujer trans de 25 años.", "Valentina"),
        ("Inès est une femme trans de 24 ans.", "Inès"),
        ("Luana é uma mulher trans de 23 anos.", "Luana"),
        ("My client has asked to be addressed as Joy.", "Joy"),
        ("ok so name is Thuy, she's vietnamese", "Thuy"),
        ("En la parroquia la conocen como Chabela.", "Chabela"),
        ("À l'église, tout le monde l'appelle Maman Rose.", "Maman Rose"),
        ("Na igreja todo mundo chama ela de Cida.", "Cida"),
        ("La paciente, que pidió que la llamaran Mari, fue atendida.", "Mari"),
    ],
)
def test_her_name_in_the_phrasings_of_the_bank(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday Grace, 24, came in.",  # a capitalised adverb is no given name
        "Hoy Rosa, 24 años, llegó.",
        "New York, 24, a woman from Kenya.",  # a place
        "Pedro es un hombre de 50 años que la explotaba.",  # the man who held her
        "Her boss's name is Carlos.",
        "The trafficker's name is Tony.",
        "At the club she was called 'Candy'; she does not want that name used.",
        'El tratante la llamaba "Muñeca"; ella no quiere que se use ese nombre.',
        "Iel a 29 ans et vient de Tunisie.",  # a pronoun
        "Elu tem 30 anos e é de Cuba.",
    ],
)
def test_no_name_from_a_place_an_adverb_a_pronoun_or_a_refused_name(text: str) -> None:
    assert NAME not in extract(text).values


def test_a_name_refused_later_leaves_the_name_before_it() -> None:
    text = "Her name is Rosa. At the club she was called 'Candy'; she does not want that name."
    assert extract(text).values.get(NAME) == "Rosa"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("One of our students, J., 16 (grade 10), told me today.", 16),
        ("Client: M., 17, from Eritrea.", 17),
        ("Llegó una muchacha de 20 años. Su hermanita de 15 años se quedó allá.", 20),
        ("Uma moça de 20 anos. A irmãzinha de 15 anos ficou no Brasil.", 20),
        ("Llegó una muchacha de 20 años con su hijita de 3 años.", 20),
        ("Acaba de cumplir 18 años.", 18),
        ("cumplió 40 la semana pasada", 40),
        ("Acabou de fazer 18 anos.", 18),
    ],
)
def test_her_age_beside_an_initial_a_fond_kin_word_or_a_birthday(text: str, age: int) -> None:
    out = extract(text)
    assert out.values.get(AGE) == age and AGE not in out.conflicts


@pytest.mark.parametrize(
    "text",
    [
        "Her trafficker, J., 45, is still around.",
        "Ligne d'écoute — appel du 09/10, 20 h 47 (Bruxelles)",  # a clock time
        "La captaron con 14 años con una oferta de trabajo.",  # her age then
        "Recrutée à 15 ans par une « agence ».",
        "Recruited at 15 with a promise of a restaurant job.",
        "Foi aliciada aos 14 anos com promessa de emprego.",
        "El captor, un hombre de unos 50 años de nacionalidad argentina, sigue prófugo.",
        "L'exploiteur, un Nigérian d'une quarantaine d'années, n'a pas été interpellé.",
        "elle a 1 enfant avec elle, un petit de 3 ans",  # the child's
        "She came with her daughter, 4 years old.",
        "Su hijo cumplió 5 la semana pasada.",
    ],
)
def test_no_age_of_another_person_or_of_a_past_event(text: str) -> None:
    assert AGE not in extract(text).values


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("she has 1 kid with her, a toddler", 1),
        ("elle a 1 enfant avec elle, un petit de 3 ans", 1),
        ("ela tem 1 criança com ela, um menino de 2 anos", 1),
        ("Uma moça de 20 anos, com a filhinha de 3 anos.", 1),
        ("Llegó con sus dos hijitos.", 2),
        ("Acompañada x sus 2 hijos (4 y 7 a).", 2),
        ("Vive con sus dos hijos menores (12 y 15 años) en casa de su hermana.", 2),
        ("She lives with her two kids.", 2),
        ("Elle vit avec ses deux enfants au foyer.", 2),
        ("No se observan ni refiere menores a cargo.", 0),
        ("Aucun mineur présent ni déclaré.", 0),
        ("Não há menores presentes nem referidos.", 0),
        ("pas d'enft avec elle", 0),
    ],
)
def test_children_with_her_counted_once(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


@pytest.mark.parametrize(
    "text",
    [
        "Vivía con sus tres hijos hasta que se los retiraron el año pasado.",
        "Elle vivait avec ses deux filles jusqu'à leur placement l'an dernier.",
        "Morava com os três filhos até o Conselho Tutelar levá-los no ano passado.",
        "She lived with her 2 kids until social services took them.",
        "Her kids live with her mother.",
        "Sus hijos viven con su abuela.",
    ],
)
def test_no_children_she_lived_with_before_or_who_live_elsewhere(text: str) -> None:
    assert KIDS not in extract(text).values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The applicant was born and raised in Cameroon.", "CM"),
        ("La solicitante nació y creció en Marruecos.", "MA"),
        ("Le requérant est né et a grandi en RDC.", "CD"),
        ("O requerente nasceu e cresceu na Guiné-Bissau.", "GW"),
        ("She is not from Mexico but from Guatemala.", "GT"),
    ],
)
def test_born_and_raised_in_a_country(text: str, code: str) -> None:
    assert extract(text).values.get(ORIGIN) == code


@pytest.mark.parametrize(
    "text",
    [
        "Client denies being Mexican, says people always assume it.",
        "Niega ser mexicana; dice que todo el mundo lo supone.",
        "Nega ser brasileira; diz que todo mundo acha que é.",
        "Client is not Mexican.",
        "Su hijo nació en México.",
    ],
)
def test_no_origin_denied_or_of_her_child(text: str) -> None:
    assert ORIGIN not in extract(text).values
