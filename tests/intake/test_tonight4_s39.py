"""Stop 39 (tonight4): a bed tonight, a place she has tonight, food now and housing, read
where they are composed in other words; a night gone by or not sure only offered.

A stay refused with tonight put first, another night refused, a referrer's request in a
chat, a lack on a form are a need tonight; another night allowed, a host's place then
tonight or tonight first, safe at a host's tonight, a stay going on at a lodging place and
a form value naming where she stays are a place she has. A lack told in a past tense and
a need for "today or tomorrow" are offered. A need after a "but" that follows a meal given
or a bed had stands. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_BED = "shelter.needs_shelter_tonight"
_FOOD = "food.needs_food_now"
_HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "Tonight she can no longer stay at the garage.",
        "Hoy ya no puede seguir en el local del tío.",
        "Ce soir elle ne peut plus y rester chez lui.",
        "Hoje já não pode ficar no armazém.",
        "Her neighbour said she can't stay another night.",
        "No puede quedarse otra noche en casa de la vecina.",
        "Son collègue dit qu'il ne peut pas rester une nuit de plus.",
        "O primo disse que ele não pode ficar mais uma noite.",
    ],
)
def test_a_stay_refused_tonight_or_for_another_night_is_a_bed_tonight(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Hey, does anyone have space tonight? Woman, 30, from the bus station.",
        "¿Tenéis plaza para una chica esta noche? Estamos llenas.",
        "Quelqu'un a une place pour ce soir ? Jeune homme, 19 ans.",
        "Alguém tem vaga pra hoje? Rapaz de 20 anos, a gente tá lotado.",
    ],
)
def test_a_referrer_asking_around_for_a_place_tonight_is_a_need(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her landlady says she can stay one more night.",
        "Puede quedarse una noche más en casa de su prima.",
        "Tonight he sleeps at a cousin's.",
        "She sleeps at her aunt's tonight.",
        "She is safe tonight at her sister's.",
        "Esta noche está segura en casa de su madrina.",
        "Ce soir elle est en sécurité chez sa tante.",
        "Hoje à noite está segura em casa da madrinha.",
        "Ahora duerme en la residencia de las monjas.",
        "Il dort pour l'instant à la mosquée du quartier.",
        "Agora dorme na paróquia de São Roque.",
    ],
)
def test_a_place_she_has_tonight_is_no_need(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Tonight she sleeps at a friend's, but the friend has no room after that.",
        "Ahora duerme aquí en la oficina.",
        "She is not safe at her uncle's tonight.",
    ],
)
def test_a_place_with_no_room_here_or_not_safe_is_not_read_as_hers(text):
    assert extract(text).values.get(_BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation tonight: with her godmother until Sunday",
        "Current accommodation: staying with a friend",
        "Alojamiento esta noche: albergue de las hermanas, plaza hasta el jueves",
        "Hébergement ce soir : chez une cousine",
        "Alojamento esta noite: em casa da madrinha",
    ],
)
def test_a_form_value_naming_where_she_stays_is_no_need(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    ["Accommodation tonight: night shelter", "Alojamiento esta noche: albergue municipal"],
)
def test_a_form_value_naming_only_a_lodging_is_offered(text):
    ex = extract(text)
    assert _BED not in ex.values
    assert ex.offered().get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Hébergement : sans solution à partir de ce soir",
        "Alojamiento: sin solución",
        "Accommodation tonight: with her cousin, but no room, needs a bed",
    ],
)
def test_a_form_value_without_a_place_is_a_need(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She had nowhere to sleep.",
        "L'hiver dernier il n'avait nulle part où dormir.",
        "We would need the room today or tomorrow at the latest.",
        "Necesitaríamos la plaza hoy o mañana.",
        "Precisamos da vaga hoje ou amanhã.",
    ],
)
def test_a_night_gone_by_or_not_sure_is_only_offered(text):
    ex = extract(text)
    assert _BED not in ex.values
    assert ex.offered().get(_BED) is True


def test_a_lack_that_still_holds_stays_clear():
    assert extract("She has had nowhere to sleep since Sunday.").values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "We gave him a coffee but he is asking for food.",
        "On lui a donné un thé mais elle demande à manger.",
        "Demos-lhe um chá mas ela pede para comer.",
    ],
)
def test_a_need_for_food_after_but_stands(text):
    assert extract(text).values.get(_FOOD) is True


def test_a_meal_given_alone_is_no_clear_need():
    assert extract("We gave her a sandwich and some tea.").values.get(_FOOD) is not True


def test_a_need_for_a_home_after_but_stands():
    text = "She stays with us tonight, but she needs a proper place to live."
    assert extract(text).values.get(_HOUSING) is True
