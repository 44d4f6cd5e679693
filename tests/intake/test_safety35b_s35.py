"""The police wish in fresh phrasings (stop 35, safety35b).

Meeting the police is a police act; a request not to call them made again and again is a
refusal (a header's bracket alias for her turns: test_turn_legend.py). Invented sentences
in en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She agreed to meet the police tomorrow morning.", "yes"),
        ("Aceitou encontrar-se com a polícia amanhã.", "yes"),
        ("Elle a accepté de rencontrer les services de police demain.", "yes"),
        ("He asked us repeatedly not to call the police.", "no"),
        ("Nos pidió varias veces que no llamáramos a la policía.", "no"),
        ("Il nous a demandé plusieurs fois de ne pas appeler la police.", "no"),
        ("Pediu várias vezes para não chamar a polícia.", "no"),
    ],
)
def test_police_wish_read(text: str, value: str) -> None:
    assert extract(text).values.get(POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        "Her cousin agreed to meet the police tomorrow morning.",
        "A irmã dela aceitou encontrar-se com a polícia amanhã.",
        "Son frère a accepté de rencontrer les services de police.",
        "Her sister asked us repeatedly not to call the police.",
        "Su hermana nos pidió varias veces que no llamáramos a la policía.",
    ],
)
def test_someone_elses_police_wish_not_read(text: str) -> None:
    assert extract(text).values.get(POLICE) is None


_QUOTED_REPLY = "> She does not\n> want the police involved.\n"


def test_a_wrapped_quoted_reply_keeps_its_sentence() -> None:
    """A '>' line is no sentence of its own: an e-mail reply wraps one sentence over several
    quoted lines, and a cut there would part "does not" from "want the police"."""
    assert extract(_QUOTED_REPLY).values.get(POLICE) != "yes"
