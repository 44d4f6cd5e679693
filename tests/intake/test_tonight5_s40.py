"""Stop 40 (tonight5): a place she has tonight read where a note goes on to say what she
will need later, or where the stay began at a time gone by.

A need for a place to live later ("so she will need somewhere stable to live") no longer
voids a stay of hers now in the same sentence; a stay going on now ("has been staying",
"desde entonces", "depuis") is not set in the past by the time it began ("left last
month"). Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_BED = "shelter.needs_shelter_tonight"
_HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "He has been staying with his uncle and needs somewhere to live long term.",
        "Ahora duerme en casa de un amigo, pero necesita un lugar fijo donde vivir.",
        "Il est hébergé actuellement chez un cousin mais il a besoin d'un logement durable.",
        "Está alojado com um amigo por enquanto e precisa de habitação permanente.",
    ],
)
def test_a_need_for_a_home_later_leaves_her_place_now(text):
    got = extract(text).values
    assert got.get(_BED) is False
    assert got.get(_HOUSING) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has been staying with a friend but needs a bed tonight and long-term housing later.",
        "Ahora duerme en casa de un amigo, pero necesita un sitio para dormir esta noche.",
    ],
)
def test_a_need_for_tonight_still_voids_the_place(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "He arrived last month and has been sleeping at the temple since.",
        "Llegó el mes pasado y desde entonces duerme en la mezquita.",
        "Arrivée le mois dernier, elle dort depuis chez une compatriote.",
        "Chegou no mês passado e desde então dorme na igreja.",
        "Left last week and has been staying with a friend, who can no longer host him after Friday.",
    ],
)
def test_a_stay_begun_in_the_past_and_going_on_is_a_place_tonight(text):
    assert extract(text).values.get(_BED) is False


def test_a_night_of_then_says_nothing_of_tonight():
    assert _BED not in extract("He slept in the van last month.").values


@pytest.mark.parametrize(
    "text",
    [
        "The nuns can keep her until Sunday night, not after that.",
        "The pastor can put him up until Monday.",
        "Su prima puede alojarla hasta el viernes.",
        "Son cousin peut l'héberger jusqu'à vendredi.",
        "A prima pode acolhê-la até sexta.",
    ],
)
def test_a_host_keeping_her_until_a_later_day_is_a_place_tonight(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Staying with a neighbour, has to leave on Monday.",
        "She is at her cousin's flat but must leave by Friday.",
        "Está en casa de una amiga, tiene que irse el lunes.",
        "Elle est chez une amie, doit partir lundi.",
        "Il loge chez un compatriote mais doit quitter ce logement vendredi.",
        "Está em casa de uma amiga, mas tem de sair na sexta.",
    ],
)
def test_a_departure_set_on_a_later_day_leaves_the_place_tonight(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "She is at a friend's but has to leave tonight.",
        "Está en casa de una amiga, tiene que irse hoy.",
    ],
)
def test_a_departure_tonight_is_a_need(text):
    assert extract(text).values.get(_BED) is True


def test_a_host_only_until_tonight_says_no_place():
    assert _BED not in extract("Her cousin can keep her only until tonight.").values


@pytest.mark.parametrize(
    "text",
    [
        "No tiene dónde ir al salir, no quiere volver a ese piso.",
        "She won't go back there and has nowhere to go.",
        "Elle ne veut pas y retourner, elle n'a nulle part où aller.",
        "Não tem para onde ir ao sair do hospital.",
    ],
)
def test_nowhere_to_go_on_leaving_now_is_a_need_tonight(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has nowhere to go.",
        "Tem alta amanhã e ao sair não tem para onde ir.",
        "She has nowhere to go when she leaves the shelter next month.",
    ],
)
def test_nowhere_to_go_with_no_night_or_a_later_day_is_only_offered(text):
    assert _BED not in extract(text).values
