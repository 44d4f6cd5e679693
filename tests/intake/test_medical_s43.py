"""Stop 43 (medical): another person's pregnancy or medicine after a telling verb, a name, a
title or an age; her news told to a staff member; how far along; a symptom she doubts;
healthy and not ill; a no reply before a colon (invented wording)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
MEDS = "medical.needs_medication"
PREGNANT = "household.pregnant"


@pytest.mark.parametrize(
    "text",
    [
        "She told us her older sister, who works there too, is pregnant.",
        "Me contó que su hermana mayor, que también trabaja allí, está embarazada.",
        "Elle a dit que sa sœur, qui travaille aussi là-bas, est enceinte.",
        "Disse que a irmã dela, que também trabalha lá, está grávida.",
        "Nos contó que su prima, de 22 años, está embarazada de tres meses.",
        "La intérprete, Sra. Ruiz, está embarazada de 7 meses y pidió una pausa.",
        "L'interprète, Mme Diallo, est enceinte de six mois.",
        "A colega de quarto, Fatou, está grávida.",
        "Su compañera de habitación, Awa, está embarazada.",
    ],
)
def test_another_persons_pregnancy_is_not_hers(text: str) -> None:
    reading = extract(text)
    assert PREGNANT not in reading.values
    assert PREGNANT not in reading.offered()


@pytest.mark.parametrize(
    "text",
    [
        "Dijo que la patrona tiene diabetes y necesita insulina.",
        "She said her cousin has asthma and needs an inhaler.",
        "Su nieto de 7 años, que vive con ella, necesita su inhalador.",
        "O filho de 3 anos, que está com ela, toma antibiótico.",
    ],
)
def test_another_persons_medicine_is_not_hers(text: str) -> None:
    assert MEDS not in extract(text).values


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Contou à médica que está grávida de 3 meses.", PREGNANT),
        ("Le dijo a la trabajadora social que está embarazada.", PREGNANT),
        ("Elle a dit à l'infirmière qu'elle est enceinte.", PREGNANT),
        ("Disse ao enfermeiro que tem febre alta desde ontem.", URGENT),
        ("She is about five months along and has had no scan.", PREGNANT),
        ("She is 20 weeks along.", PREGNANT),
        ("She is in her third trimester.", PREGNANT),
        ("Está en el segundo trimestre de embarazo.", PREGNANT),
    ],
)
def test_her_own_state_told_to_staff_or_by_its_term_is_read(text: str, fact: str) -> None:
    assert extract(text).values.get(fact) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her sister is six months along.",
        "La hermana le dijo a la enfermera que está embarazada.",
    ],
)
def test_a_term_or_a_telling_of_someone_else_is_not_hers(text: str) -> None:
    assert extract(text).values.get(PREGNANT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She gets chest pain now and then and is not sure if it is serious.",
        "Tiene fiebre de vez en cuando, no sabe si es grave.",
        "Elle a de la fièvre de temps en temps, elle ne sait pas si c'est grave.",
        "Ela sente dor no peito de vez em quando, pode ser ansiedade.",
    ],
)
def test_a_symptom_she_doubts_or_has_now_and_then_is_only_offered(text: str) -> None:
    reading = extract(text)
    assert URGENT not in reading.values
    assert reading.offered().get(URGENT) is True


def test_a_doubted_symptom_called_urgent_stays_urgent() -> None:
    text = "She has a high fever and needs a doctor urgently, not sure if it is serious."
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She says she is healthy.",
        "She isn't sick at all.",
        "She has no current health complaints.",
        "Ella dice que está sana.",
        "No tiene ninguna otra necesidad médica urgente.",
        "Elle n'est pas malade.",
        "Elle n'a pas d'autres problèmes de santé.",
        "Ela está saudável.",
        "Não tem outro problema de saúde.",
    ],
)
def test_healthy_or_not_ill_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "She is not sick but has a deep cut on her hand.",
        "Her son is not sick.",
        "Ferimentos: nenhum visível, mas ela disse que tem dores nas costas.",
    ],
)
def test_not_ill_beside_a_problem_or_of_someone_else_is_no_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is not False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("¿Está embarazada? No: la prueba de ayer salió negativa.", False),
        ("Grávida? Não: fez o teste ontem.", False),
        ("Enceinte ? Oui : cinq mois.", True),
    ],
)
def test_a_yes_or_no_before_a_colon_answers_the_question(text: str, value: bool) -> None:
    assert extract(text).values.get(PREGNANT) is value


@pytest.mark.parametrize(
    "text",
    [
        "Nurse: Are you hurt? Do you need a doctor?\nClient: No, I'm fine, nothing hurts.",
        "[21:10] Línea: ¿Estás herida? ¿Tu hijo está bien?\n[21:11] Usuaria: no estoy herida.",
        "Écoutante : Êtes-vous blessée ? Faut-il un médecin ?\nAppelante : Non, rien.",
    ],
)
def test_a_no_after_two_questions_answers_the_first_too(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


def test_a_yes_after_two_questions_answers_the_last_only() -> None:
    reading = extract("Are you hurt? Are you pregnant?\nYes, five months.")
    assert reading.values.get(PREGNANT) is True
    assert URGENT not in reading.values


@pytest.mark.parametrize(
    "text",
    [
        "She was discharged without any medication.",
        "Dada de alta sin medicación.",
        "Sortie sans traitement ce matin.",
        "Alta sem medicação, não precisa de nenhuma.",
    ],
)
def test_discharged_without_medicine_needs_none(text: str) -> None:
    assert extract(text).values.get(MEDS) is False


def test_her_sons_discharge_without_medicine_is_his() -> None:
    assert MEDS not in extract("Her son was discharged without medication.").values
