"""Who the note is about against other people it names (stop 40, people4): a titled
person the note sets apart with a role or a relation ("a neighbour from her building,
Mr. Osei", "Mme Leroy, l'enquêtrice") casts no sex vote for her wherever named again, and
that person's age ("Mr. Osei, who is 52") or the age of a titled person of her other sex
never competes with hers; an age after "she is / elle a / ela tem" that takes up her
relative named just before ("her daughter lives in Nairobi, she is 14") is the
relative's. Invented sentences in en/es/fr/pt, each with a counterpart that must keep
her value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear_values

AGE = "person.age"
GENDER = "person.gender"


@pytest.mark.parametrize(
    ("text", "age", "gender"),
    [
        (
            "Our client is a 31-year-old woman from Ghana. She was brought in by a neighbour"
            " from her building, Mr. Osei, who is 52. Mr. Osei left after an hour. She speaks"
            " Twi and has nowhere to sleep.",
            31,
            "female",
        ),
        (
            "El usuario es un hombre de 27 años, de Honduras. Lo acompañó una vecina del"
            " barrio, la Sra. Ramírez, que tiene 60 años. La Sra. Ramírez se fue a su casa."
            " Él no tiene dónde dormir esta noche.",
            27,
            "male",
        ),
        (
            "M. K., 52 ans, est malien. Il est suivi par Mme Leroy, l'enquêtrice du dossier."
            " Il voit Mme Leroy chaque semaine. Il a porté plainte. Il dort chez nous. Il"
            " parle bambara. Une voisine de chambre, Mme Diallo, 28 ans, reste chez nous.",
            52,
            "male",
        ),
        (
            "A utente é uma mulher de 35 anos, do Brasil. Veio com um colega de trabalho, o"
            " Sr. Costa, que tem 50 anos. O Sr. Costa voltou para casa. Ela não tem onde"
            " dormir.",
            35,
            "female",
        ),
    ],
)
def test_a_titled_person_set_apart_is_not_her(text: str, age: int, gender: str) -> None:
    values = clear_values(text)
    assert values.get(AGE) == age
    assert values.get(GENDER) == gender


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("We refer Mrs. Okafor, who is 38, from Nigeria. She has nowhere to sleep tonight.", 38),
        ("Nous vous adressons Mme Koné, 41 ans, ivoirienne. Elle dort chez une amie.", 41),
        (
            "Our client is a man from Peru. His neighbour, Mrs. Flores, who is 70, drove him"
            " here. Mrs. Flores speaks Spanish. He is 45.",
            45,
        ),
    ],
)
def test_the_titled_person_referred_keeps_her_age(text: str, age: int) -> None:
    assert clear_values(text).get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "She is 29 and from Kenya. Her daughter lives in Nairobi, she is 14.",
        "Ella tiene 29 años y es de Kenia. Su hija vive en Nairobi, tiene 14 años.",
        "Elle a 29 ans, elle vient du Kenya. Sa fille vit à Nairobi, elle a 14 ans.",
        "Ela tem 29 anos e é do Quénia. A filha dela vive em Nairobi, ela tem 14 anos.",
    ],
)
def test_a_pronoun_after_her_relative_is_the_relatives_age(text: str) -> None:
    assert clear_values(text).get(AGE) == 29


@pytest.mark.parametrize(
    "text",
    [
        "hello I am calling for myself my son is in nairobi he is 20 he works in a shop",
        "hola soy yo la que llama mi hija está en tegucigalpa ella tiene 20 años",
    ],
)
def test_a_dictated_run_gives_no_relatives_age_to_her(text: str) -> None:
    assert clear_values(text).get(AGE) != 20


def test_a_pronoun_of_her_sex_after_a_relative_of_the_other_stays_hers() -> None:
    text = "Her son lives in Lagos, she is 33 and wants to bring him here."
    assert clear_values(text).get(AGE) == 33


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("hello I am 61 years old woman from philippines I have no place to sleep tonight", 61),
        (
            "I am 58 years old man from Ghana, they took my passport and I sleep in the bus station",
            58,
        ),
    ],
)
def test_her_own_voicemail_gives_her_age(text: str, age: int) -> None:
    assert clear_values(text).get(AGE) == age


def test_a_writers_own_age_is_still_not_hers() -> None:
    text = "I am 62 years old myself and I volunteer at the parish. The woman is from Peru."
    assert clear_values(text).get(AGE) is None
