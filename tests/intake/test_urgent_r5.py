"""Round 5, urgent medical need: an injury denied plainly ("no injuries", "sin lesiones",
"pas de blessure", "sem ferimentos") is no urgent need, as the blind labels read it; an
injury denied only as seen or as grave ("no visible injuries", "sin lesiones visibles",
"sem lesões graves"), someone else's, or hedged says nothing. Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    "text",
    [
        "No injuries.",
        "No injuries, she says.",
        "Sin lesiones.",
        "Se encuentra tranquila y no presenta lesiones.",
        "Pas de blessure.",
        "Elle est calme, pas de blessures.",
        "Sem ferimentos.",
        "Está calma, sem lesões.",
        "He is not injured.",
    ],
)
def test_an_injury_denied_plainly_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "No serious injuries.",
        "Sem ferimentos graves.",
        "Her son has no injuries.",
        "Su hija no presenta lesiones.",
        "Maybe no injuries, not checked yet.",
        "She reported no injuries.",  # reported: test_needs_kinds reads it as not seen
        "- No injuries reported.",  # the same said after it (stop 32)
        "No se observan heridas.",
        "Não apresenta ferimentos.",
    ],
)
def test_an_injury_denied_as_seen_or_of_another_says_nothing(text: str) -> None:
    assert extract(text).values.get(URGENT) is not False
