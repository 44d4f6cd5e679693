"""Stop 37 (safety): whose police plan it is, and a reply that only says nobody knows."""

import pytest

from caseassist.intake.read import extract, interpret_answer

POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 29. Team plans to notify police next week; she has not been told yet.",
        "Femme, 29 ans. La responsable du foyer veut appeler la police ce soir.",
        "Mulher, 29 anos. A coordenadora da casa quer chamar a polícia amanhã.",
        "Mujer, 29 años. El equipo quiere avisar a la policía mañana.",
    ],
)
def test_a_staff_plan_is_not_her_police_wish(text: str) -> None:
    assert extract(text).values.get(POLICE) is None


def test_her_own_wish_beside_a_staff_word_still_reads() -> None:
    assert extract("Woman, 29. She wants to report the boss to the police.").values[POLICE] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "¿Corre peligro ahora mismo? No está claro.",
        "Corre perigo neste momento? Não se sabe.",
        "Est-elle en danger maintenant ? On ne sait pas.",
        "Is she in danger right now? Not clear.",
    ],
)
def test_a_reply_that_nobody_knows_is_no_safe_reading(text: str) -> None:
    assert extract(text).values.get(DANGER) is None


@pytest.mark.parametrize("reply", ["No está claro todavía.", "Não sabemos.", "Não é claro."])
def test_not_knowing_is_no_no_to_the_danger_question(reply: str) -> None:
    assert interpret_answer(DANGER, reply).values.get(DANGER) is None


def test_a_plain_no_to_the_danger_question_stays_no() -> None:
    assert interpret_answer(DANGER, "No, aquí estoy bien.").values.get(DANGER) is False


@pytest.mark.parametrize(
    "text",
    [
        "Nous ne savons pas encore si elle veut porter plainte.",
        "We do not yet know whether she wants to speak to the police.",
        "Ainda não sabemos se quer apresentar queixa.",
        "Todavía no sabemos si quiere denunciar.",
    ],
)
def test_the_writer_not_knowing_yet_sets_no_police_wish(text: str) -> None:
    assert extract(text).values.get(POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Harm to others: none noted at triage.",
        "Riesgo para terceros: ninguno.",
        "Danger pour autrui : aucun.",
        "Risco para terceiros: nenhum.",
    ],
)
def test_a_screen_of_harm_to_others_is_no_danger_reading(text: str) -> None:
    assert extract(text).values.get(DANGER) is None


def test_a_plain_danger_form_line_still_reads() -> None:
    assert extract("Immediate danger: none.").values.get(DANGER) is False


@pytest.mark.parametrize(
    "text",
    [
        "She is safe at a friend's flat tonight.",
        "Está segura en casa de una amiga esta noche.",
        "Elle est en sécurité chez une amie cette nuit.",
        "Está segura em casa de uma amiga esta noite.",
    ],
)
def test_safe_for_tonight_in_a_note_is_only_offered(text: str) -> None:
    got = extract(text)
    assert got.values.get(DANGER) is None
    assert got.offered().get(DANGER) is False
