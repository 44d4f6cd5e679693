"""Stop 40 (lead): a medicine of hers run out is an urgent need; one still to run out
("only two left", "le quedan para tres días") is only offered, as the corpus's rule says
(tests/intake/corpus/labels-s40-medicine-run-out-rule.md). Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "He takes pills for his heart and has been without them since Sunday.",
        "Tiene epilepsia y se quedó sin sus pastillas el viernes.",
        "Elle prend un traitement pour la thyroïde et n'en a plus depuis une semaine.",
        "Toma remédio para a pressão e ficou sem ele há cinco dias.",
    ],
)
def test_a_medicine_run_out_settles_an_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Toma pastillas para la tensión y le quedan para tres días.",
        "Il prend des comprimés pour le cœur ; il ne lui en reste que deux.",
        "Usa insulina e só tem para dois dias.",
        "She takes an inhaler for asthma and is running low on it.",
    ],
)
def test_a_medicine_still_to_run_out_is_only_offered(text: str) -> None:
    out = extract(text)
    assert URGENT not in out.values
    assert out.possible.get(URGENT) is True
