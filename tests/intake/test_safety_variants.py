"""Safety facts in more of the ways referrers say them, and the readings that must never
be made (a danger only on a condition, someone safe waiting for her). Every sentence
here is invented for the test, in several languages and forms."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


def values(text: str) -> dict[str, object]:
    return extract(text).values


# ------------------------------------------------------------ danger only on a condition


@pytest.mark.parametrize(
    "text",
    [
        "She would be in danger if she went back home.",
        "She will be in danger if he finds her.",
        "Estaría en peligro si vuelve a su país.",
        "Estarian en peligro si los encuentran",
        "Elle serait en danger si elle rentrait.",
        "Elle sera en danger s'il la retrouve.",
        "Ficaria em perigo se voltasse para casa.",
        "estaria em perigo se a encontrassem",
    ],
)
def test_a_danger_in_the_conditional_or_future_is_not_danger_now(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    ["She is in danger.", "Está en peligro.", "Elle est en danger.", "Ela está em perigo."],
)
def test_a_danger_in_the_present_still_is(text):
    assert values(text)[DANGER] is True


# ------------------------------------------------------------ threats today, denied danger


@pytest.mark.parametrize(
    "text",
    [
        "La amenazaron hoy por teléfono.",
        "Lo amenazaron de muerte esta mañana.",
        "Ils l'ont menacée ce matin.",
        "Il m'a encore menacée ce soir.",
        "Ameaçaram-na esta manhã.",
        "Ameaçou-a de morte hoje.",
        "Teme pela sua vida.",
        "Tem medo de morrer.",
    ],
)
def test_threatened_today_or_fearing_for_her_life_is_danger_now(text):
    assert values(text)[DANGER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Her brother threatened her last year.",
        "La amenazaron hace dos años.",
    ],
)
def test_a_threat_long_past_is_not_danger_now(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Denies current danger.",
        "denies any immediate danger",
        "Niega peligro inmediato.",
        "Nie tout danger immédiat.",
        "Nega perigo imediato.",
        "- denies threats",
    ],
)
def test_denying_danger_is_not_in_danger(text):
    assert values(text)[DANGER] is False


def test_someone_else_denying_danger_says_nothing_of_hers():
    assert DANGER not in values("Her sister denies any danger.")


# ------------------------------------------------------------ someone waiting for her


@pytest.mark.parametrize(
    "text",
    [
        "Hoy le dijeron que lo esperan a la salida.",
        "La esperan en la puerta del albergue.",
        "Ils l'attendent devant le foyer.",
    ],
)
def test_a_plural_verb_with_no_subject_at_her_door_is_they(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lo esperan sus padres a la salida.",
        "Su hermana la espera afuera.",
        "Sa soeur l'attend dehors.",
        "Her brother is waiting outside.",
    ],
)
def test_her_family_waiting_for_her_says_nothing(text):
    got = values(text)
    assert KNOWS not in got
    assert DANGER not in got
