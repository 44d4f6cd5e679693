"""Stop 43 (shelter): a bed tonight and a lasting home, read by their mechanism.

A need of a place to live denied with no time of its own is no need later either; a
form label naming a housing need answered "no" denies it; a value saying her place is
settled ("OK", "garantido") after an accommodation label is no bed needed; a plan
waiting on her say ("if she agrees") is only offered; "they" (she and her children)
unable to stay somewhere tonight need a bed; going to a shelter refused is no place of
hers; a stay that ends on a later event or after a count of nights is a place tonight.
Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_BED = "shelter.needs_shelter_tonight"
_HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    "text",
    [
        "Rents a bedsit with her cousin, so she is not looking for housing.",
        "Vive con su pareja en un piso alquilado y no necesita vivienda.",
        "Elle a un bail à son nom et ne cherche pas de logement.",
        "Tem um quarto arrendado e não precisa de habitação.",
    ],
)
def test_a_need_of_housing_denied_is_no_need_later(text):
    assert extract(text).values.get(_HOUSING) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her coworker Lidia does not need accommodation.",
        "Su compañero Iván no necesita alojamiento.",
        "Son collègue Marek ne demande pas d'hébergement.",
        "O colega dela, Rui, não precisa de alojamento.",
    ],
)
def test_a_denial_of_someone_else_is_not_hers(text):
    assert extract(text).values.get(_HOUSING) is None


@pytest.mark.parametrize(
    "text",
    [
        "She does not need emergency accommodation tonight.",
        "No necesita alojamiento urgente, duerme con su tía.",
        "Il dort chez un cousin, pas besoin d'hébergement d'urgence.",
        "Não precisa de alojamento hoje, fica com a mãe.",
    ],
)
def test_tonight_denied_says_nothing_of_later(text):
    assert extract(text).values.get(_HOUSING) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Housing need: no", False),
        ("Necesidad de vivienda: no", False),
        ("Besoin logement : non", False),
        ("Necessidade de habitação: não", False),
        ("Besoin en logement : oui", True),
    ],
)
def test_a_housing_need_label_reads_its_value(text, value):
    assert extract(text).values.get(_HOUSING) is value


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: sorted - renting a room from a friend",
        "Alojamiento: resuelto, en casa de su madre",
        "Hébergement : OK - studio à son nom",
        "Pernoite: já garantido hoje no centro paroquial (vaga até domingo)",
    ],
)
def test_a_settled_place_in_a_form_value_needs_no_bed(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: OK from Thursday, nothing before that",
        "Alojamento: ok, mas precisa de vaga hoje",
    ],
)
def test_a_settled_value_with_a_need_or_later_day_is_not_settled(text):
    assert extract(text).values.get(_BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "I will put in a social housing application for her next month, if she agrees.",
        "Voy a pedir una vivienda social para Marta, si ella quiere.",
        "Je vais déposer une demande de logement social pour elle, si elle est d'accord.",
        "Vou pedir habitação social para a Joana, se ela concordar.",
    ],
)
def test_a_plan_waiting_on_her_say_is_only_offered(text):
    r = extract(text)
    assert r.values.get(_HOUSING) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ella y su hija no pueden quedarse en la pensión esta noche.",
        "Elle et ses enfants ne peuvent pas rester au gymnase ce soir.",
        "Ela e o filho não podem ficar no quarto esta noite.",
    ],
)
def test_she_and_her_children_unable_to_stay_tonight_need_a_bed(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She refuses to go to a shelter tonight, she is scared.",
        "No quiere ir al albergue esta noche.",
        "Não quer ir para o abrigo hoje, tem medo.",
    ],
)
def test_going_to_a_shelter_refused_is_no_place_of_hers(text):
    assert extract(text).values.get(_BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with a church friend for the next four nights.",
        "Se queda en casa de una vecina por las próximas 3 noches.",
        "Elle est hébergée chez une cousine jusqu'à son départ.",
        "Fica em casa de uma amiga até ao voo.",
    ],
)
def test_a_stay_ending_on_a_later_event_is_a_place_tonight(text):
    assert extract(text).values.get(_BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Left the car wash this afternoon; he has nowhere to go at night.",
        "Salió de la casa y no tiene a dónde ir por la noche.",
        "Partie du salon, elle n'a nulle part où aller la nuit.",
        "Saiu da obra e não tem para onde ir à noite.",
    ],
)
def test_nowhere_to_go_at_night_is_a_bed_tonight(text):
    assert extract(text).values.get(_BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "He has been sleeping in his car for four nights.",
        "Lleva durmiendo en la estación por tres noches.",
        "Elle dort dans la gare depuis deux nuits.",
        "Dorme no parque há três noites.",
    ],
)
def test_nights_already_slept_are_no_stay_that_ends_later(text):
    assert extract(text).values.get(_BED) is not False
