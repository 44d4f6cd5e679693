"""Stop 38 (tonight3): a bed tonight read where it is composed in fewer or other words.

A stay of hers limited past a later day ("cannot stay beyond Sunday", "who cannot keep her
beyond this week") is a bed tonight, negated or not; a limit past tonight itself is only
offered; "from today" is no limit past tonight. A need with a bare place word and today
("necesita sitio hoy"), a referrer asking the service to take her in, a place offered and
accepted, and a form "no" whose reason says she sleeps outside are a need tonight.
Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_FACT = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "She is at her godmother's, who cannot keep her beyond Thursday.",
        "He sleeps in the chapel annex but can't stay beyond the weekend.",
        "Mi tía no puede tenerla más allá del sábado.",
        "Elle dort chez une voisine qui ne peut pas la garder au-delà de mercredi.",
        "Está em casa de uma vizinha, mas não pode ficar além de quinta.",
        "The pastor can no longer host her after Saturday.",
        "L'oncle ne peut plus le loger après jeudi.",
    ],
)
def test_a_stay_limited_past_a_later_day_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her cousin says she cannot stay past tonight.",
        "Duerme en casa de una vecina; no puede quedarse allí más de esta noche.",
    ],
)
def test_a_limit_past_tonight_is_only_offered(text):
    ex = extract(text)
    assert _FACT not in ex.values
    assert ex.offered().get(_FACT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ela não tem onde ficar a partir de hoje.",
        "The boss will not keep her past Friday and she has nowhere to sleep tonight.",
        "She will be able to stay with her aunt after Monday.",
    ],
)
def test_from_today_an_exploiter_or_a_later_place_gives_no_bed_tonight(text):
    assert extract(text).values.get(_FACT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Hombre de 50 años, salió de la finca. Necesita sitio hoy.",
        "Chica de 19 años. Necesita lugar para hoy, no puede volver.",
        "Homem, 44 anos. Precisa de sítio hoje.",
        "Homme, 35 ans. Besoin lit ce soir.",
    ],
)
def test_a_need_with_a_bare_place_and_today_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Os pedimos recibirla hoy mismo, no puede volver a esa casa.",
        "Merci de l'accueillir dès ce soir, elle est à la gare.",
        "Vimos solicitar acolhimento, ainda hoje, para o senhor.",
    ],
)
def test_a_referrer_asking_you_to_take_her_in_today_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 28. She accepts a shelter bed tonight.",
        "Mujer, 28 años. Acepta una plaza en el albergue esta noche.",
        "Femme, 28 ans. Elle accepte une place au foyer ce soir.",
        "Mulher, 28 anos. Aceita uma vaga no abrigo esta noite.",
    ],
)
def test_a_place_offered_and_accepted_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is True


def test_a_place_refused_is_no_need_read():
    assert (
        extract("Woman, 28. She does not accept a shelter bed tonight.").values.get(_FACT)
        is not True
    )


@pytest.mark.parametrize(
    "text",
    [
        "Name: Lin\nAccommodation tonight: no, sleeping in a car park\nPolice: no",
        "Nom : Lin\nHébergement ce soir : non, dort dans la rue\nPolice : non",
        "Nome: Lin\nAlojamento esta noite: não, dorme na rua\nPolícia: não",
    ],
)
def test_a_form_no_whose_reason_is_sleeping_outside_is_a_need(text):
    assert extract(text).values.get(_FACT) is True


def test_a_form_no_with_a_place_of_hers_stays_a_no():
    text = "Name: Lin\nAccommodation tonight: No - staying with her aunt\nPolice: no"
    assert extract(text).values.get(_FACT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Man, 52. He has been staying with an old workmate since he left.",
        "Mujer de 35 años. Salió del piso y ahora vive con una prima.",
        "Femme, 35 ans. Elle dort depuis chez une compatriote.",
        "Mulher, 35 anos. Agora dorme em casa de uma conhecida da igreja.",
    ],
)
def test_a_stay_going_on_now_with_a_host_is_a_bed_tonight(text):
    assert extract(text).values.get(_FACT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 35. Her daughter is now living with her grandmother.",
        "Femme, 35 ans. Elle dort depuis chez une amie, qui ne peut plus l'héberger.",
        "Woman, 35. She is now staying with a friend but needs a bed tonight.",
        "Prefiro que não. Por agora fica só aqui convosco, por favor.",
    ],
)
def test_another_person_a_host_who_refuses_a_need_or_no_lodging_give_no_bed(text):
    assert extract(text).values.get(_FACT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Sooner or later she will need a proper place to live.",
        "Mujer, 30 años. Necesita una vivienda digna.",
        "Femme, 30 ans. Elle cherche un logement décent.",
        "Mulher, 30 anos. Precisa de uma moradia digna.",
    ],
)
def test_a_proper_or_decent_home_is_long_term_housing(text):
    assert extract(text).values.get("housing.needs_long_term_housing") is True


@pytest.mark.parametrize(
    "text",
    [
        "Mujer, 22 años. Hoy no quiere volver a la casa de la patrona.",
        "Mulher, 22 anos. Hoje não quer voltar ao apartamento do dono.",
        "Woman, 22. Tonight she won't go back to the flat above the shop.",
    ],
)
def test_tonight_put_before_a_refusal_to_go_back_is_a_need(text):
    assert extract(text).values.get(_FACT) is True


def test_tonight_before_a_refusal_to_go_back_to_her_country_is_no_need():
    assert _FACT not in extract("Mujer, 22 años. Hoy no quiere volver a su país.").values
