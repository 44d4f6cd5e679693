"""Stop 32 (shelter32): a bed tonight and hunger now read by mechanisms, in four languages,
with the counterpart that must not give the value. All people are invented."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"
FOOD = "food.needs_food_now"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Worker: Has he eaten today?\nVolunteer: No, nothing since yesterday.", True),
        ("Worker: Did she eat anything?\nVolunteer: Yes.", False),
        ("Educadora: ¿Ha comido algo?\nVecina: No, nada desde anoche.", True),
        ("Educadora: ¿Ha cenado?\nVecina: Sí, cenó con nosotras.", False),
        ("Foyer : Vous avez mangé aujourd'hui ?\nMaraude : Non.", True),
        ("Sophie : il a mangé ?\nKarim : oui", False),
        ("Técnica: Ela já jantou?\nVizinha: Não.", True),
        ("Técnica: Já comeu hoje?\nVizinha: Sim, almoçou na escola.", False),
    ],
)
def test_her_eating_asked_is_hunger_asked_the_other_way_round(text, value):
    assert extract(text).values.get(FOOD) is value


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Does she eat pork?\nVolunteer: No.",
        "Técnica: ¿Come carne?\nVecina: No.",
        "Foyer : Elle mange du porc ?\nMaraude : Non.",
        "Técnica: Ela come carne?\nVizinha: Não.",
        "Worker: Would you like something to eat now?\nClient: No.",
    ],
)
def test_a_diet_or_an_offer_of_food_is_no_eating_question(text):
    assert extract(text).values.get(FOOD) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Has he eaten?\nVolunteer: Not yet, we are heating some soup.",
        "Educadora: ¿Ha comido?\nVecina: Todavía no, le estamos preparando un bocadillo.",
        "Foyer : Il a mangé ?\nMaraude : Pas encore, on lui prépare un repas.",
        "Técnica: Comeram?\nVizinha: Ainda não, estamos fazendo uma sopa.",
    ],
)
def test_a_meal_on_its_way_is_only_offered(text):
    got = extract(text)
    assert FOOD not in got.values
    assert got.offered().get(FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is at a friend's, but the friend cannot keep her tonight.",
        "Her cousin can no longer put her up from tonight.",
        "Una amiga la acogió, pero ya no puede tenerla esta noche.",
        "Su prima no puede alojarla hoy.",
        "Il dort chez un ami qui ne peut plus le loger ce soir.",
        "Sa cousine ne peut pas l'héberger cette nuit.",
        "A amiga já não pode ficar com ela hoje.",
        "A tia não pode recebê-la esta noite.",
    ],
)
def test_a_host_who_cannot_keep_her_tonight_is_a_bed_tonight(text):
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with her cousin, who cannot keep her past tonight.",
        "He sleeps at the hall tonight but we cannot keep him after Sunday.",
        "Elle ne peut plus la garder.",
    ],
)
def test_a_host_refusing_later_is_no_bed_tonight(text):
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: we have a bed tonight, bring her in.",
        "Albergue: tenemos cama esta noche.",
        "[14:12] Foyer : On a un lit ce soir.",
        "Casa: Temos vaga hoje.",
    ],
)
def test_the_services_own_bed_is_not_hers(text):
    assert extract(text).values.get(BED) is not False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pernoite: necessário hoje", True),
        ("Precisa de pernoite hoje: sim", True),
        ("Necesita pernocta esta noche.", True),
        ("Needs an overnight stay tonight.", True),
        ("Sortie prévue 10h, besoin hébergt dès ce jour, nulle part où aller.", True),
        ("Elle a faim et elle na pas dendroit ou dormir.", True),
        ("Pernoite hoje: não, fica com a irmã", False),
    ],
)
def test_overnight_nouns_and_shorthand(text, value):
    assert extract(text).values.get(BED) is value


@pytest.mark.parametrize(
    "text",
    [
        "A: precisa de vaga hoje?\nB: sim, hoje.",
        "A: needs a bed today?\nB: yes",
        "A: Elle a besoin d une place aujourd hui ?\nB: oui",
        "A: Il veut juste dormir quelque part ce soir.",
        "He just wants to sleep somewhere tonight.",
        "Quiere dormir en algún sitio esta noche.",
        "Ela só quer dormir em algum lugar esta noite.",
    ],
)
def test_a_place_asked_for_today_or_a_wish_to_sleep_somewhere(text):
    assert extract(text).values.get(BED) is True


def test_a_place_asked_for_today_is_not_long_term_housing():
    got = extract("A: ¿necesita un sitio hoy?\nB: sí")
    assert got.values.get(BED) is True
    assert "housing.needs_long_term_housing" not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "For a year he worked on farms, sleeping in a van with other men.",
        "Durante dos años trabajó en el campo, durmiendo en el coche.",
        "Durante anos trabalhou na fazenda, vivendo na rua.",
    ],
)
def test_a_state_in_a_span_gone_by_is_not_tonight(text):
    assert BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has been sleeping in her car for months.",
        "Lleva meses durmiendo en el coche.",
        "Elle dort dans sa voiture depuis des mois.",
        "Vive na rua há meses.",
    ],
)
def test_a_state_still_so_is_tonight(text):
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Se aloja en casa de una amiga, pero no hay espacio.",
        "She is staying with a friend but there is no room for her.",
        "Elle loge chez une amie mais il n'y a pas de place.",
        "Está em casa de uma amiga, mas não há espaço.",
    ],
)
def test_a_place_without_room_is_not_hers(text):
    assert extract(text).values.get(BED) is not False


def test_a_place_with_room_stays_hers():
    assert extract("She is staying with a friend tonight.").values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Foyer : Elle a besoin d un hébergement ce soir ?\nClaire : Non, pas encore, elle veut réfléchir.",
        "Worker: Does she need a bed tonight?\nCaller: No, she wants to think about it.",
        "Trabajadora: ¿Necesita alojamiento esta noche?\nVecina: No, lo va a pensar.",
        "Técnica: Precisa de vaga hoje?\nVizinha: Não, ela vai pensar.",
    ],
)
def test_a_need_put_off_in_the_reply_is_not_applied(text):
    assert BED not in extract(text).values


def test_a_plain_no_to_the_need_is_applied():
    text = "Worker: Does she need a bed tonight?\nCaller: No."
    assert extract(text).values.get(BED) is False
