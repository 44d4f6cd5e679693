"""Medical facts of her, not of a person named beside her, nor of a time gone by (stop 35, med35).

A description right after another person's set-off name ("with her cousin, Amina, six months
pregnant") or in a bracket after a clause about another person ("The foreman was hurt
(broken arm)") is that person's; a yes after a past lead ("Before, yes") is no answer
now; "Pregnant: test pending" answers nothing; a treatment under way makes an infection no urgent need;
bleeding not controlled makes an injury urgent; a cast removed is a healed injury.
Invented sentences in en/es/fr/pt, each with a counterpart."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
MEDS = "medical.needs_medication"
PREGNANT = "household.pregnant"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Came with her cousin, Amina, six months pregnant, who stays with an aunt.", None),
        ("Came alone, six months pregnant.", True),
        ("Llega con su prima, Amina, embarazada de seis meses, que se queda con una tía.", None),
        ("Llega sola, embarazada de seis meses.", True),
        ("Arrivée avec sa cousine, Amina, enceinte de six mois, qui va chez une tante.", None),
        ("Arrivée seule, enceinte de six mois.", True),
        ("Chegou com a prima, Amina, grávida de seis meses, que fica com uma tia.", None),
        ("Chegou sozinha, grávida de seis meses.", True),
    ],
)
def test_a_description_after_another_persons_name_is_theirs(text: str, value: object) -> None:
    assert extract(text).values.get(PREGNANT) == value


@pytest.mark.parametrize(
    "text",
    [
        "She came with a neighbour (Kemi), who has a cut on her arm.",
        "Vino con una vecina (Kemi), que tiene un corte en el brazo.",
        "Venue avec une voisine (Kemi), qui a une coupure au bras.",
        "Veio com uma vizinha (Kemi), que tem um corte no braço.",
    ],
)
def test_a_relative_clause_after_a_bracketed_name_is_theirs(text: str) -> None:
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("The foreman was hurt during the raid (broken arm, per the police).", False),
        ("She was hit by the foreman during the raid (broken arm).", True),
        ("El capataz resultó herido en la redada (brazo roto, según la policía).", False),
        ("Ella fue golpeada por el capataz (brazo roto).", True),
        ("Le contremaître a été blessé pendant la descente (bras cassé selon la police).", False),
        ("Elle a été frappée par le contremaître (bras cassé).", True),
        ("O capataz ficou ferido na operação (braço partido, segundo a polícia).", False),
        ("Ela foi agredida pelo capataz (braço partido).", True),
    ],
)
def test_a_bracket_after_another_persons_clause_is_theirs(text: str, hurt: bool) -> None:
    assert (INJURIES in extract(text).values) is hurt


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Before, yes, back home.", None),
        ("Yes, every morning.", True),
        ("Antes sí, en mi país.", None),
        ("Sí, cada mañana.", True),
        ("Avant oui, au pays.", None),
        ("Oui, chaque matin.", True),
        ("Antes sim, no meu país.", None),
        ("Sim, todas as manhãs.", True),
    ],
)
def test_a_yes_after_a_time_gone_by_is_no_answer_now(text: str, value: object) -> None:
    assert interpret_answer(MEDS, text).values.get(MEDS) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pregnant: test pending", None),
        ("Pregnant: yes", True),
        ("Embarazada: prueba pendiente", None),
        ("Embarazada: sí", True),
        ("Enceinte : test en attente", None),
        ("Enceinte : oui", True),
        ("Grávida: aguardando exame", None),
        ("Grávida: sim", True),
    ],
)
def test_a_test_still_awaited_answers_no_label(text: str, value: object) -> None:
    assert extract(text).values.get(PREGNANT) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Infected cut on her hand, already on antibiotics.", None),
        ("Infected cut on her hand.", True),
        ("Corte infectado en la mano, ya toma antibióticos.", None),
        ("Corte infectado en la mano.", True),
        ("Coupure infectée à la main, sous antibiotiques.", None),
        ("Coupure infectée à la main.", True),
        ("Corte infetado na mão, já está a tomar antibiótico.", None),
        ("Corte infetado na mão.", True),
    ],
)
def test_a_treatment_under_way_is_no_urgent_need(text: str, value: object) -> None:
    assert extract(text).values.get(URGENT) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Deep cut on her hand, bleeding not controlled.", True),
        ("Deep cut on her hand.", None),
        ("Corte profundo en la mano, sangrado no controlado.", True),
        ("Corte profundo en la mano.", None),
        ("Plaie profonde à la main, saignement non contrôlé.", True),
        ("Plaie profonde à la main.", None),
        ("Corte profundo na mão, sangramento não controlado.", True),
        ("Corte profundo na mão.", None),
    ],
)
def test_bleeding_not_controlled_is_urgent(text: str, value: object) -> None:
    assert extract(text).values.get(URGENT) == value


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("Broken wrist in March, cast removed.", False),
        ("Broken wrist, in a cast.", True),
        ("Fractura de muñeca en marzo, yeso retirado.", False),
        ("Fractura de muñeca, con yeso.", True),
        ("Fracture du poignet en mars, plâtre retiré.", False),
        ("Fracture du poignet, plâtrée.", True),
        ("Fratura do pulso em março, gesso retirado.", False),
        ("Fratura do pulso, com gesso.", True),
    ],
)
def test_a_cast_removed_is_a_healed_injury(text: str, hurt: bool) -> None:
    assert (INJURIES in extract(text).values) is hurt
