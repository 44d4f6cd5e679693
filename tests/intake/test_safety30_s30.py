"""Safety in notes, stop 30 (safety30), in invented sentences in en/es/fr/pt: another
person's plan to call the police, a danger lived then, a clinical screen, where she is
from, where to find her, he may find her, and a form's "declines"; each with the
sentence that must not give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
DANGER = "safety.in_immediate_danger"


# ------------------------------------ a title or a body opening the clause: their plan


@pytest.mark.parametrize(
    "text",
    [
        "Our principal plans to call the police about the man at the gate.",
        "The headteacher wants to report it to the police.",
        "La directora quiere llamar a la policía.",
        "Le proviseur veut appeler la police.",
        "A escola vai chamar a polícia.",
        "A diretora quer chamar a polícia hoje.",
    ],
)
def test_someone_elses_police_plan_is_neither_applied_nor_offered(text: str) -> None:
    assert clear(text, POLICE) is None
    assert offered(text, POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "She plans to call the police.",
        "Quiere llamar a la policía.",
        "Elle veut appeler la police.",
        "Ela quer chamar a polícia.",
    ],
)
def test_her_own_police_plan_is_still_read(text: str) -> None:
    assert clear(text, POLICE) == "yes"


def test_a_school_as_a_place_keeps_her_need() -> None:
    text = "Ela vai à escola e precisa de cama hoje."
    assert clear(text, "shelter.needs_shelter_tonight") is True


# ------------------------------------------------------- a danger lived or felt then


@pytest.mark.parametrize(
    "text",
    [
        "She escaped after being in danger for two years.",
        "Vivía en peligro constante en esa casa.",
        "Elle se sentait en danger chez eux.",
        "Elle vivait en danger permanent là-bas.",
    ],
)
def test_a_past_danger_is_not_now(text: str) -> None:
    assert clear(text, DANGER) is None


@pytest.mark.parametrize(
    "text",
    ["She is in danger.", "Está en peligro.", "Elle est en danger.", "Ela está em perigo."],
)
def test_a_present_danger_is_read(text: str) -> None:
    assert clear(text, DANGER) is True


def test_a_modal_danger_in_spanish_is_only_offered() -> None:
    assert clear("Puede estar en peligro.", DANGER) is None
    assert offered("Puede estar en peligro.", DANGER) is True


@pytest.mark.parametrize(
    "text",
    [
        "No risk to staff.",
        "No risk of self-harm.",
        "No danger to others.",
        "Sin riesgo suicida.",
        "Pas de risque suicidaire.",
        "Aucun danger pour autrui.",
    ],
)
def test_a_clinical_screen_is_not_her_safety(text: str) -> None:
    assert clear(text, DANGER) is None


@pytest.mark.parametrize(
    "text", ["No immediate danger.", "Sin riesgo.", "Pas de danger.", "Aucun risque immédiat."]
)
def test_no_danger_is_still_read(text: str) -> None:
    assert clear(text, DANGER) is False


# -------------------------------------------------------------- who knows where she is


@pytest.mark.parametrize(
    "text",
    [
        "The boss knows where to find her.",
        "El tratante sabe dónde encontrarla.",
        "Le trafiquant sait où la trouver.",
        "O traficante sabe onde encontrá-la.",
        "The trafficker knows the address of the shelter.",
        "El tratante conoce la dirección del albergue.",
        "Le proxénète connaît l'adresse du foyer.",
        "O patrão conhece a morada do abrigo.",
    ],
)
def test_knowing_where_to_find_her_or_the_shelter_is_a_yes(text: str) -> None:
    assert clear(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The boss wants to know where to find her.",
        "Her mother knows where to find her.",
        "The boss does not know where to find her.",
    ],
)
def test_wanting_to_know_or_a_relative_knowing_is_no_yes(text: str) -> None:
    assert clear(text, KNOWS) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The boss knows where she is from.",
        "The trafficker knows where she comes from.",
        "Le patron sait où elle est née.",
        "O patrão sabe onde ela nasceu.",
        "El patrón sabe que está en Madrid.",
        "Pero él sabe que estoy en esta ciudad, no sabe dónde exactamente.",
    ],
)
def test_her_origin_or_her_city_is_not_where_she_is(text: str) -> None:
    assert clear(text, KNOWS) is None


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker may find her.",
        "Teme que el patrón pueda encontrarla.",
        "Elle a peur que le réseau puisse la retrouver.",
        "O patrão pode encontrá-la.",
    ],
)
def test_he_may_find_her_is_only_offered_as_unsure(text: str) -> None:
    assert clear(text, KNOWS) is None
    assert offered(text, KNOWS) == "unsure"


def test_he_could_never_find_her_offers_nothing() -> None:
    assert offered("The trafficker could never find her here.", KNOWS) is None


# ------------------------------------------------------------ a form's "declines"


@pytest.mark.parametrize(
    "text",
    ["Police: declines.", "Policía: declina.", "Police : décline.", "Polícia: declina."],
)
def test_a_form_declines_is_a_police_no(text: str) -> None:
    assert clear(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Elle ne souhaite pas que je prévienne la police.",
        "She does not want us to call the police.",
    ],
)
def test_not_wanting_the_writer_to_call_is_a_no(text: str) -> None:
    assert clear(text, POLICE) == "no"


def test_the_writer_calling_at_her_wish_is_only_offered() -> None:
    text = "Elle souhaite que je prévienne la police."
    assert clear(text, POLICE) is None
