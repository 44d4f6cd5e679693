"""Stop 42 (shelter): a bed tonight and a lasting home, read by their mechanism.

A service's bed that awaits her is no place she has; a transfer denied in a medical line
says nothing of a bed; a word cut short with its dot still joins a need to tonight; a
sofa in someone's home is a place she has now; a referrer asks the service to take in a
person she names, or asks around in fewer words; a yes after a need of tonight denied
carries the need to a lasting home. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_BED = "shelter.needs_shelter_tonight"
_HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "Refugio Alba tiene cama esta noche, traedla antes de las nueve.",
        "The Linden shelter has a bed for tonight, bring her in after dinner.",
        "Le foyer Horizon a un lit ce soir, on vous attend à 21h.",
        "A Casa Lume tem cama hoje, podem trazer a senhora às oito.",
    ],
)
def test_a_service_bed_that_awaits_her_is_no_place_she_has(text):
    assert extract(text).values.get(_BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Visto en el centro de salud: cura local, no requiere traslado.",
        "Seen at the walk-in: dressing applied, no transfer needed.",
        "Vue aux urgences : pansement, pas besoin de la déplacer.",
        "Observada no centro de saúde: penso feito, não precisa de transferência.",
    ],
)
def test_a_transfer_denied_says_nothing_of_a_bed(text):
    assert _BED not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Pedimos su traslado hoy mismo: necesita traslado esta noche.",
        "Precisa de transferência hoje, a rede sabe a morada.",
    ],
)
def test_a_transfer_asked_for_tonight_is_a_bed(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Besoin héb. cette nuit, elle attend à la gare du Nord.",
        "Necesita aloj. esta noche, está en la estación.",
        "Precisa aloj. hoje, está na paragem.",
    ],
)
def test_a_word_cut_short_with_its_dot_still_reads_the_need(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Since leaving the farm he sleeps on a friend's couch in town.",
        "Desde el martes duerme en el sofá de un primo.",
        "Depuis lundi elle dort sur le canapé d'une voisine.",
        "Agora dorme no sofá de uma conterrânea.",
    ],
)
def test_a_sofa_in_someones_home_is_a_place_she_has(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "She slept on the boss's couch above the salon.",
        "Dorme no sofá do patrão, por cima da loja.",
        "Duerme en el sofá de una amiga, pero hoy ya no puede seguir ahí.",
    ],
)
def test_a_sofa_of_that_life_or_refused_is_no_place_she_has(text):
    assert extract(text).values.get(_BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Could you accommodate Mrs Abena tonight? Our house is full.",
        "¿Pueden acoger a Marisol esta noche? No tenemos sitio.",
        "Pourriez-vous héberger Mme Koné ce soir ?",
        "Podem acolher a Dona Fátima hoje? Estamos cheios.",
    ],
)
def test_a_referrer_asks_the_service_to_take_in_a_person_she_names(text):
    assert extract(text).values.get(_BED) is True


def test_a_request_to_take_a_call_is_no_bed():
    assert _BED not in extract("Can you receive calls tonight? The office is closed.").values


@pytest.mark.parametrize(
    "text",
    [
        "Salut, t'as une place ce soir ? Une femme de 30 ans à la gare.",
        "¿Alguien con plaza para esta noche? Mujer de 25 años.",
        "Alguém com vaga para hoje à noite? Rapaz de 19 anos.",
    ],
)
def test_a_referrer_asking_around_in_fewer_words_is_a_bed(text):
    assert extract(text).values.get(_BED) is True


def test_a_question_to_her_in_the_familiar_form_is_no_request():
    assert _BED not in extract("Tu as des enfants ?").values


@pytest.mark.parametrize(
    "text",
    [
        "Hoy no necesita plaza, pero sí un alojamiento estable.",
        "NO necesita cama hoy. Sí vivienda permanente.",
        "Pas besoin d'un lit ce soir, mais d'un logement durable.",
        "Não precisa de cama hoje, mas sim de habitação permanente.",
    ],
)
def test_a_yes_after_a_need_of_tonight_denied_is_a_lasting_home(text):
    assert extract(text).values.get(_HOUSING) is True


def test_an_if_before_a_lasting_home_is_no_yes():
    text = "Si consigue una vivienda estable, podrá traer a sus hijos."
    assert _HOUSING not in extract(text).values
