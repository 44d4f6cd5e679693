"""Stop 25, who she is: her name in apposition to a description of her, after any word
before an age with its unit, asked about in any wording, with a filler in its cue; a
sex mark after a word for the person; a note's pronouns nearly all of one gender.
Invented sentences in en, es, fr, pt; each family has distractors that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
GENDER = "person.gender"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am writing about a 15-year-old girl, Joy, who was kept at home.", "Joy"),
        ("We have a gentleman, Tomasz, he is about sixty.", "Tomasz"),
        ("Queremos derivar a una señora boliviana, Eulalia, que vende en la calle.", "Eulalia"),
        ("Nous accompagnons une paroissienne, Mireille, qui dort à l'église.", "Mireille"),
        ("Acompanhamos um senhor de 60 anos, Abílio, que dormia na obra.", "Abílio"),
    ],
)
def test_a_name_in_apposition_to_a_description_of_her(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "A man, Ivan, came to the door asking for her.",  # opens its sentence: whoever came
        "We met a man, Ivan, her boss, outside the shelter.",  # then named as someone else
        "Ella vive con su amiga, Lucía, en un cuarto.",  # someone else's friend
        "Elle a été amenée par une bénévole de Lyon, Paris, hier.",  # a place
        "A woman from the church, a friend of hers, Maria, called us.",
    ],
)
def test_an_apposition_that_does_not_describe_her_gives_no_name(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We need to move urgently Hamid, 33 years old, Afghan.", "Hamid"),
        ("Hemos recibido esta mañana Dunia, 23 años, hondureña.", "Dunia"),
        ("Nous avons reçu ce matin Alex, 23 ans, originaire de Colombie.", "Alex"),
        ("Recebemos hoje cedo Nilza, 41 anos, angolana.", "Nilza"),
        ("Awa, une jeune fille de 15 ans, élève de 4e.", "Awa"),  # "une fille": her
    ],
)
def test_a_name_after_any_word_before_an_age_with_its_unit(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Une femme chinoise du Nord-Est, 48 ans, parle mandarin.",  # after "du": a place
        "She works for Carlos, 50 years old, on his farm.",  # after "for": someone else's
        "Vive con Ramiro, 40 años, en Lima.",
        "Mora com o Jorge, 50 anos, no Porto.",
        "Awa, sa fille de 15 ans, est là.",  # "sa fille": a daughter
        "La Fiscalía de Culiacán, Sinaloa, canaliza a una mujer de 38 años.",  # a region
    ],
)
def test_a_name_before_an_age_after_a_preposition_or_of_another(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intake: And her name?\nCaller: Amal.", "Amal"),
        ("Operadora: ¿Sabe su nombre?\nVecina: Rosa. Tiene 40 años.", "Rosa"),
        ("Écoutante : Vous pouvez me dire son prénom ?\nAppelante : Hanta.", "Hanta"),
        ("Atendente: E o nome dela?\nVizinha: Rosa, tem 40 anos.", "Rosa"),
    ],
)
def test_a_reply_to_a_question_about_her_name_in_any_wording(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Intake: And the name of her boss?\nCaller: Carlos.",
        "Operadora: ¿Y el nombre de su hijo?\nLlamante: Pedro.",
        "Écoutante : Et le prénom de son patron ?\nAppelante : Karim.",
    ],
)
def test_a_question_about_someone_elses_name_gives_no_name(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He wants to be called just Kala.", "Kala"),
        ("Quiere que la llamen solo Lupe.", "Lupe"),
        ("Il se fait appeler simplement Dédé.", "Dédé"),
        ("O Sr. Rahim Uddin prefere ser tratado apenas por\nRahim, tem 36 anos.", "Rahim"),
        ("Elle dit de l'appeler Fatou.", "Fatou"),
        ("- M., 28 ans, vietnamien, prénom d'usage : Minh", "Minh"),
        ("Patiente, 47 ans, se fait apeller Rosie.", "Rosie"),
    ],
)
def test_name_cues_with_a_filler_a_colon_or_a_typo(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


def test_a_cue_on_a_wrapped_line_does_not_take_the_next_lines_label() -> None:
    assert extract("She goes by Noor\nAge: 30").values.get(NAME) == "Noor"


def test_a_name_with_and_without_its_title_is_one_name() -> None:
    assert extract("Nombre: Rosa\nSe hace llamar Doña Rosa.").values.get(NAME) == "Doña Rosa"
    # a cue used as a label gives its value as a label does, without the title
    text = "Nome pelo qual prefere ser chamada: Dona Zefa\nUtente: Dona Zefa, 70 anos"
    assert extract(text).values.get(NAME) == "Zefa"


def test_a_chat_speakers_label_is_not_whom_the_line_is_about() -> None:
    text = (
        "[12:30] Diretora de turma: Olá, preciso de orientação\n"
        "[12:33] Diretora de turma: Edna, 15 anos, são-tomense.\n"
        "[12:34] Diretora de turma: não tem onde ficar esta noite"
    )
    assert extract(text).values.get(NAME) == "Edna"
    assert NAME not in extract("Employer: Carlos, 50 anos, português.").values


def test_a_role_noun_before_a_name_and_an_age() -> None:
    assert extract("Paciente Marleny, 41 anos, colombiana.").values.get(NAME) == "Marleny"


def test_her_age_after_a_title_and_her_name_in_apposition() -> None:
    got = extract("Les derivamos a Doña Rosa, mujer peruana de 63 años.")
    assert got.values.get(AGE) == 63
    assert AGE not in extract("Su patrona, la doña, mujer de 60 años, la encerraba.").values


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Jovem F, 19a, natural de Picos.", "female"),
        ("Pcte F, 31a, guianense.", "female"),
        ("Vict. : H, 41 ans, orig. Mexique.", "male"),
        ("Pac. M, 52, hondureño.", "male"),
    ],
)
def test_a_sex_mark_after_a_word_for_the_person(text: str, gender: str) -> None:
    assert extract(text).values.get(GENDER) == gender


def test_a_sex_mark_after_another_person_is_theirs() -> None:
    assert GENDER not in extract("Employer: M, 50, owns the farm.").values


def test_pronouns_nearly_all_of_one_gender_settle_it() -> None:
    text = (
        "A walk-in this afternoon. She is from Peru. She cleaned offices at night. She was "
        "never paid. Her cousin drove him to the station once. She has no papers. She "
        "wants a lawyer."
    )
    assert extract(text).values.get(GENDER) == "female"


def test_pronouns_split_between_two_people_leave_it_open() -> None:
    text = (
        "They came in together. She is from Peru and he is from Chile. She cleaned, he "
        "drove. She wants a lawyer; he wants to go home."
    )
    assert GENDER not in extract(text).values
