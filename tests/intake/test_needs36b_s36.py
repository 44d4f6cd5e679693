"""Stop 36 (needs36b): "not injured" is no urgent need only when no current health problem
of hers is read (labels-s36-not-injured-rule.md). Invented sentences in four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "Pas de blessure. Sous traitement antipaludéen, à poursuivre cinq jours.",
        "Not injured. Takes tablets for her blood pressure every day.",
    ],
)
def test_not_injured_beside_a_needed_medicine_is_only_offered(text: str) -> None:
    got = extract(text)
    assert URGENT not in got.values and got.offered().get(URGENT) is False


# a medicine run out is itself a care need offered (stop 39, health3): the need, not the no
@pytest.mark.parametrize(
    "text",
    [
        "Not injured. Her inhaler ran out two days ago.",
        "No tiene heridas, pero se quedó sin su insulina hace tres días.",
        "Sem ferimentos. Ficou sem os comprimidos da tensão há uma semana.",
    ],
)
def test_not_injured_beside_a_medicine_run_out_offers_the_need(text: str) -> None:
    got = extract(text)
    assert got.values.get(URGENT) is True  # the need stands (s40 labelling rule; stop 42)


@pytest.mark.parametrize(
    "text",
    [
        "She is not injured.",
        "No tiene heridas y no necesita atención médica. Toma pastillas para el asma.",
        "Pas de blessure nécessitant des soins urgents. Elle prend de l'insuline.",
        "Sem ferimentos, não precisa de cuidados urgentes; toma comprimidos para a tensão.",
    ],
)
def test_a_need_denied_itself_stays_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Medical: no visible injuries, declined a check.",
        "Sin lesiones visibles.",
        "Aucune blessure visible.",
        "Sem lesões visíveis.",
    ],
)
def test_no_visible_injury_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "No visible injuries, not examined yet.",
        "Her son has no visible injuries.",
        "No injuries that we know of.",
        "Pas d'urgence vitale selon les pompiers, coupure à la main.",
        "Sin riesgo vital, corte en la mano.",
        "Sem risco de vida, corte na mão.",
    ],
)
def test_hedged_or_someone_elses_none_is_not_applied(text: str) -> None:
    assert extract(text).values.get(URGENT) is not False
