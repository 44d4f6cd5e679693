"""Safety facts read by the kind of statement, not its phrasing: "followed" as in care
("suivie par une assistante sociale") is no danger, while "followed" by a person still is.
Every sentence here is invented for the test, in several languages and forms."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE
from tests.intake.reading import clear_values as values

# ------------------------------------------------- "followed" in care, wanted, threatened with


@pytest.mark.parametrize(
    "text",
    [
        "Il est suivi par une autre structure.",
        "Elle est suivie par une assistante sociale depuis mars.",
        "Elle est suivie en psychiatrie.",
        "Ils sont suivis par le CCAS.",
        "Elle est suivie au CMP.",
        "Il est suivi médicalement.",
        "Elle est recherchée par la police.",
        "Elle est menacée d'expulsion.",
        "She is being followed up by the GP.",
        "She is being followed by a caseworker at the council.",
        "La siguen atendiendo en el centro de salud.",
        "La siguen viendo en psicología.",
        "Lo siguen en el centro de salud mental.",
        "Ela está a ser seguida pela psicóloga.",
        "Ela está sendo seguida no CAPS.",
    ],
)
def test_followed_in_care_wanted_or_threatened_with_eviction_is_no_danger(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle est suivie par un homme depuis hier.",
        "Elle est suivie.",
        "Elle est menacée par son ancien patron.",
        "Elle est menacée de mort.",
        "Elle est recherchée par le réseau.",
        "She is being followed by a man in a car.",
        "La siguen desde la estación.",
        "La siguen buscando.",
        "Ela está a ser seguida por um homem.",
        "Está a ser seguida.",
    ],
)
def test_followed_or_hunted_by_a_person_is_still_danger(text):
    assert values(text)[DANGER] is True


# ------------------------------------------------ "he" again, the place by its kind, the man


@pytest.mark.parametrize(
    "text",
    [
        "Il va revenir, il sait où je suis.",
        "He will come back, he knows where I am.",
        "Él va a volver, él sabe dónde vivo.",
        "Ele vai voltar, ele sabe onde eu estou.",
    ],
)
def test_the_same_he_twice_in_her_own_words_is_the_knower(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She is scared, he knows where I live.",
        "Elle a peur, il sait où je suis.",
    ],
)
def test_where_i_live_beside_she_is_the_writer_not_her(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le tenancier connaît le quartier où elle loge.",
        "The pimp knows the street where she lives.",
        "El patrón conoce el barrio donde vive.",
        "O patrão conhece o bairro onde ela mora.",
        "O homem sabe que ela está no hospital.",
        "L'homme sait où elle dort.",
        "El tipo sabe dónde vive.",
        "The man knows she is at the shelter.",
    ],
)
def test_someone_from_that_life_knowing_the_place_she_stays(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sa mère connaît le quartier où elle loge.",
        "Her sister knows the area where she lives.",
        "A mãe sabe que ela está no hospital.",
        "Il connaît la ville où elle est née.",
        "La señora sabe dónde vive su hija.",
    ],
)
def test_family_knowing_or_a_birthplace_is_not_the_exploiters_knowing(text):
    assert KNOWS not in values(text)


# ------------------------------------- working with the authorities, the complaint going on


@pytest.mark.parametrize(
    "text",
    [
        "Manifiesta que sí desea colaborar con la Fiscalía.",
        "Sí quiere que siga la denuncia.",
        "She wants to cooperate with the prosecutor.",
        "She wants to work with the police.",
        "Elle souhaite collaborer avec la police.",
        "Quer colaborar com o Ministério Público.",
    ],
)
def test_a_wish_to_work_with_the_authorities_or_keep_the_complaint_going(text):
    assert values(text)[POLICE] == "yes"


@pytest.mark.parametrize(
    "text",
    ["No desea colaborar con la Fiscalía.", "Elle ne veut pas coopérer avec la police."],
)
def test_refusing_to_work_with_the_authorities_is_a_no(text):
    assert values(text)[POLICE] == "no"


@pytest.mark.parametrize(
    "text", ["She wants to help the nurse.", "Quiere ayudar a su madre.", "Veut aider sa soeur."]
)
def test_helping_someone_else_is_no_police_wish(text):
    assert POLICE not in values(text)
