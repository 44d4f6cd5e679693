"""Stop 37 (needs): a need that the note does not hold for her now. Nights slept rough
before she reached the writer are her life then; "no visible injury" beside a pain she
complains of is no clear "no urgent need"; a companion set apart by a participle
("venue avec elle") keeps her own need; a need in a past tense is a need of then.
Invented sentences in the four languages, each with a counterpart that keeps the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
BED = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "Before coming to us she slept outside for two nights; she is now with her aunt.",
        "Antes de llegar durmió dos noches en la calle. Ahora está con su tía.",
        "Avant d'arriver, il a dormi dehors pendant deux nuits. Il est maintenant chez sa tante.",
        "Antes de chegar dormiu na rua durante duas noites. Agora está com a tia.",
    ],
)
def test_nights_slept_rough_before_she_came_are_no_bed_tonight(text: str) -> None:
    assert BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has been sleeping rough for two nights.",
        "Lleva dos noches durmiendo en la calle.",
    ],
)
def test_sleeping_rough_still_is_a_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "No visible injuries, but she complains of a bad headache.",
        "Sin lesiones visibles; refiere dolor de cabeza fuerte desde ayer.",
        "Pas de blessure visible, elle se plaint de maux de tête.",
        "Sem lesões visíveis, queixa-se de dores de cabeça.",
    ],
)
def test_no_visible_injury_beside_a_pain_is_no_clear_no(text: str) -> None:
    assert URGENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "No visible injuries.",
        "Sin lesiones visibles.",
        "Pas de blessure visible.",
        "Sem lesões visíveis.",
    ],
)
def test_no_visible_injury_alone_stays_a_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Son cousin, venu avec elle, a besoin d'un lit ce soir.",
        "Su primo, llegado con ella, necesita un lugar donde dormir esta noche.",
        "O primo, vindo com ela, precisa de um lugar para dormir esta noite.",
        "Her cousin, brought in with her, needs a bed tonight.",
    ],
)
def test_a_companion_set_apart_by_a_participle_keeps_his_need(text: str) -> None:
    assert BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Elle avait besoin d'un hébergement ; elle est désormais au foyer.",
        "Necesitaba un sitio donde quedarse; ya está en el albergue.",
    ],
)
def test_a_need_in_a_past_tense_is_a_need_of_then(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Elle a besoin d'un hébergement ce soir.",
        "Necesita un lugar donde dormir esta noche.",
    ],
)
def test_a_need_now_stays_a_need(text: str) -> None:
    assert extract(text).values.get(BED) is True


INJ = "medical.injuries"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Cut on his right hand. Bruises on both knees.", "hand", "knees"),
        ("Herida en el brazo izquierdo. Hematomas en la espalda.", "brazo", "espalda"),
        ("Plaie au bras gauche. Hématome au dos.", "bras", "dos"),
        ("Ferida no braço esquerdo. Hematomas nas costas.", "braço", "costas"),
    ],
)
def test_a_second_injury_in_its_own_sentence_is_kept_too(
    text: str, first: str, second: str
) -> None:
    got = extract(text).values.get(INJ, "")
    assert first in got and second in got


def test_an_injury_said_again_adds_nothing() -> None:
    got = extract("She has a burn on her forearm. The burn was dressed today.").values.get(INJ)
    assert got == "burn on her forearm"


@pytest.mark.parametrize(
    "text",
    [
        "Not injured. She has had a cough since Sunday.",
        "No tiene heridas. Tiene tos desde el domingo.",
        "Pas de blessure. Elle tousse depuis dimanche.",
        "Sem ferimentos. Tem tosse desde domingo.",
        "No injuries. She is asthmatic.",
    ],
)
def test_not_injured_beside_an_illness_of_hers_is_only_offered(text: str) -> None:
    got = extract(text)
    assert URGENT not in got.values
    assert got.possible.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Not injured; no fever, no cough.",
        "Sin heridas, sin fiebre.",
        "She is not injured. Her daughter has a fever.",
        "She is not injured; the 4-year-old has a cough.",
    ],
)
def test_not_injured_beside_a_denied_or_someone_elses_illness_stays_a_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


FOOD = "food.needs_food_now"
HOME = "reintegration.wants_to_return_home"
HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "Il avait faim en arrivant ; il a dîné depuis.",
        "Tenía hambre al llegar; ya cenó con nosotras.",
        "Tinha fome quando chegou; já jantou.",
    ],
)
def test_hunger_in_a_past_tense_is_no_food_need_now(text: str) -> None:
    assert extract(text).values.get(FOOD) is not True


@pytest.mark.parametrize(
    "text",
    [
        "He wants to go home to collect his things, then come back to us.",
        "Quiere volver a casa a recoger sus cosas y después venir aquí.",
        "Quer voltar a casa para buscar as coisas dele.",
        "Il veut retourner chercher ses affaires à l'appartement.",
    ],
)
def test_going_back_only_to_fetch_things_is_no_wish_to_go_home(text: str) -> None:
    got = extract(text).values
    assert HOME not in got and HOUSING not in got


def test_going_home_said_plainly_stays_a_yes() -> None:
    assert extract("Quiere volver a Honduras con su madre.").values.get(HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Il était à la rue avant son hospitalisation ; il sort après-demain.",
        "He was sleeping rough before his admission; discharge is planned for Friday.",
    ],
)
def test_the_street_before_a_hospital_stay_is_no_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is not True


COUNSEL = "medical.wants_counseling"


@pytest.mark.parametrize(
    "text",
    [
        "He would like to talk to someone about his pay.",
        "Quiere hablar con alguien sobre sus papeles.",
        "Quer falar com alguém sobre a dívida.",
    ],
)
def test_someone_to_talk_to_about_money_or_papers_is_no_counselling(text: str) -> None:
    assert COUNSEL not in extract(text).values


def test_someone_to_talk_to_about_what_happened_stays_counselling() -> None:
    got = extract("He would like to talk to someone about what happened to him.")
    assert got.values.get(COUNSEL) is True


FAMILY = "reintegration.wants_family_contact"


@pytest.mark.parametrize(
    "text",
    [
        "Il aimerait parler à son avocat demain.",
        "Elle voudrait appeler son ancien patron pour être payée.",
        "Quer falar com o consulado do país dele.",
    ],
)
def test_a_possessive_or_a_country_is_no_relative_to_contact(text: str) -> None:
    assert FAMILY not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Il aimerait appeler son fils à Dakar.",
        "He would like to call his son in Lagos.",
        "Quer ligar aos pais em Luanda.",
    ],
)
def test_a_relative_to_contact_stays_a_wish(text: str) -> None:
    assert extract(text).values.get(FAMILY) is True
