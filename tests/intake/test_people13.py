"""Round 13, who she is: a name given with a title and a short description before the age,
a title after a name cue, a titled person she lives or works with, a bare age before "a
<demonym>", a shorthand "un mr 34a", people counted by sex ("1 adult male detained"), and
a title right after a referral verb.

Invented sentences in en/es/fr/pt, with readings that must not fire beside those that
must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
GENDER = "person.gender"


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Les derivamos a doña Rosa, mujer peruana de 63 años.", "Rosa", 63),
        ("Na qualidade de mandatária da Sra. Maricel, cidadã filipina de 33 anos.", "Maricel", 33),
        ("Je vous adresse Mme Achta, trente-deux ans, tchadienne.", "Achta", 32),
        ("Remitimos al Sr. Anselmo, campesino hondureño de 61 años.", "Anselmo", 61),
    ],
)
def test_a_titled_name_with_a_short_description_before_the_age(
    text: str, name: str, age: int
) -> None:
    """The age is hers; the name is applied after "doña" (how she is called) and only
    offered after a formal title (what she wants to be called is not said)."""
    got = extract(text)
    named = got.values.get(NAME) if "doña" in text else got.offered().get(NAME)
    assert named == name
    assert got.values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Não, o passaporte ficou com o Sr. Carlos, o da empresa, ele nunca o devolveu.",
        "La Sra. Luz, que vino a España en 2019, la contrató.",
        "Encaminhamos o caso do Sr. Carlos, o patrão dela, 50 anos.",
        "Elle vivait chez Mme Dupont, 60 ans, à Paris.",
        "Vive con la señora Pérez, de 70 años, en Quito.",
        "She lived with Mrs. Lee, 70, in Queens.",
    ],
)
def test_a_titled_person_she_is_with_or_an_unnumbered_match_is_no_name(text: str) -> None:
    assert extract(text).values.get(NAME) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apareceu um senhor cabo-verdiano, 50 anos, chama-se Sr. Armindo.", "Armindo"),
        ("Dice que se llama Sra. Rosa y que tiene 40 años.", "Rosa"),
        ("His name is Mr. Tran and he is 50.", "Tran"),
    ],
)
def test_a_title_after_a_name_cue_gives_the_name_after_it(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I represent Ms. E.N., 45, a Cameroonian national.", 45),
        ("Je représente Mme E.N., 45, une Camerounaise.", 45),
        ("On a un mr 34a, marocain, parle arabe.", 34),
        ("On a un mr de 34 ans, marocain.", 34),
    ],
)
def test_a_bare_age_before_a_demonym_and_a_shorthand_person(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Her employer, Mr. Lee, 50, a Chinese national, kept her passport.",
        "Le patron, un mr de 50 ans, a gardé son passeport. Elle a 20 ans.",
        "Elle vivait chez Mme Dupont, 60 ans.",
        "Vive con la señora Pérez, de 70 años, en Quito.",
        "Su patrona, la Sra. P., de 60 años, la encerraba. Ella tiene 20 años.",
        "Sa patronne, Mme P., 60 ans, la frappait. Elle a 20 ans.",
    ],
)
def test_another_persons_bare_or_titled_age_is_not_hers(text: str) -> None:
    assert extract(text).values.get(AGE) in (None, 20)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The Consulate asks for your assistance with Mr. Budi S., 29, an Indonesian.", 29),
        ("Hablamos con la señora Rosa, de 40 años, hondureña.", 40),
        ("Conversamos com a Sra. Dalva, 28 anos, angolana.", 28),
        ("Derivamos a la Sra. P., de 40 años, hondureña.", 40),
    ],
)
def test_a_titled_person_after_a_referral_verb_is_her(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Woman, approx 50 yrs (not sure of her exact birth year), from India.", "IN"),
        ("Mujer (no sabemos su edad exacta), de Honduras.", "HN"),
        ("Homme (âge incertain), originaire du Mali.", "ML"),
        ("Brasileira, 38 anos. Obs.: este setor atende somente em portugues e espanhol.", "BR"),
    ],
)
def test_origin_past_an_aside_doubt_and_a_list_of_languages(text: str, country: str) -> None:
    assert extract(text).values.get("person.country_of_origin") == country


@pytest.mark.parametrize(
    "text",
    [
        "Woman from Guatemala (or maybe Costa Rica).",
        "Mujer, de Honduras (creo, o tal vez de Guatemala).",
    ],
)
def test_an_aside_doubting_the_origin_itself_still_hedges_it(text: str) -> None:
    assert extract(text).values.get("person.country_of_origin") is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Victim: F, 19 y/o\nOther persons on scene: 1 adult male detained.", "female"),
        ("Victim: M, 30\nOthers: 4 adult females referred elsewhere.", "male"),
        ("Vecina: vinieron 2 hombres adultos. Mujer, 30 años.", "female"),
        (
            "Au domicile d'un particulier employeur, nous vous adressons Mme H., 58 ans.",
            "female",
        ),
        ("The employer was away; we refer Ms. A., 30, to you.", "female"),
    ],
)
def test_people_counted_by_sex_cast_no_vote_and_a_referred_title_does(
    text: str, gender: str
) -> None:
    assert extract(text).values.get(GENDER) == gender


@pytest.mark.parametrize(
    "text",
    [
        "Son patron, M. Diallo, la frappait.",
        "Le patron de la ferme, M. Diallo, est parti.",
        "Su patrón, el Sr. Ruiz, la amenazaba.",
    ],
)
def test_a_title_beside_another_person_without_a_referral_verb_casts_no_vote(text: str) -> None:
    assert extract(text).values.get(GENDER) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Referred person ...... adult male, DOB unknown, states age 42", 42),
        ("Woman, 30, date of birth unknown, from Ghana.", 30),
    ],
)
def test_a_date_of_birth_unknown_leaves_a_stated_age_clear(text: str, age: int) -> None:
    assert extract(text).values.get(AGE) == age


@pytest.mark.parametrize(
    "text", ["Woman, age unknown, maybe 42.", "Woman, DOB unknown, maybe 42.", "Man, unknown, 42?"]
)
def test_an_age_still_in_doubt_is_not_applied(text: str) -> None:
    assert extract(text).values.get(AGE) is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "[19/05 20:41] Irmã Célia: estou com uma moça aqui, paraguaia, 22 anos\n"
            "[19/05 20:45] Irmã Célia: vocês podem receber ela hoje??",
            "PY",
        ),
        (
            "[19/05/2026, 20:41] Ana: tenemos una chica hondureña, 19 años\n"
            "[19/05/2026, 20:42] Ana: pueden recibirla hoy?",
            "HN",
        ),
        (
            "[03.11 09:12] Marc: un jeune homme malien, 17 ans\n"
            "[03.11 09:13] Marc: vous avez une place ?",
            "ML",
        ),
    ],
)
def test_a_dated_chat_line_is_a_turn_of_its_own(text: str, country: str) -> None:
    assert extract(text).values.get("person.country_of_origin") == country


def test_a_guess_put_as_a_question_in_its_own_chat_line_is_still_offered() -> None:
    text = "[19/05 20:41] Ana: tem 22 anos\n[19/05 20:42] Ana: paraguaia?"
    got = extract(text)
    assert "person.country_of_origin" not in got.values
