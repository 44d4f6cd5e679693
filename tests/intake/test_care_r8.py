"""Health, legal help, work and going home, eighth round of issue 12, in invented
sentences in en/es/fr/pt: what each reading must apply, and as many readings that must
not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.clean_reading import fact_checks

HOME = "reintegration.wants_to_return_home"
LAWYER = "legal.wants_legal_help"
MEDICATION = "medical.needs_medication"


def _applied_offered(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# --------------------- going home and legal help: no second-opinion check (measured)
# On the dev halves and on practice sets a to d the check held back no wrong or spurious
# value for these two facts, and a right one: a "not yet" about another matter in the
# same sentence ("ne sait pas encore [pour la police], elle veut d'abord parler à un
# avocat").


def test_wishes_keep_no_second_opinion_check():
    for fid in (HOME, LAWYER):
        assert "second_opinions" not in fact_checks()[fid]
        assert {"readings", "pasts", "contrasts"} <= fact_checks()[fid]


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Femme, 24 ans. Pour la police, elle ne sait pas encore, elle veut d'abord parler à un avocat.",
            LAWYER,
            True,
        ),
        (
            "Woman, 24. About the police she is not sure yet, she wants to talk to a lawyer first.",
            LAWYER,
            True,
        ),
        (
            "Mujer, 24. De la policía todavía no sabe, quiere hablar con un abogado primero.",
            LAWYER,
            True,
        ),
        (
            "Mulher, 24. Sobre a polícia ainda não sabe, quer falar com um advogado primeiro.",
            LAWYER,
            True,
        ),
        ("Woman, 30. She wants to go home to Peru for now.", HOME, "yes"),
        ("Mujer, 30. Por ahora quiere volver a Perú.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut voir un avocat pour l'instant.", LAWYER, True),
        ("Mulher, 30. Quer falar com um advogado, por enquanto.", LAWYER, True),
    ],
)
def test_a_wish_with_another_matter_put_off_is_applied(text, fact, value):
    assert _applied_offered(text, fact) == (value, None)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # the checks they keep still hold: a second side on the same wish, a past
        ("Woman, 30. She wants to go home to Peru, but not to her village.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut rentrer au Pérou, mais elle n'est pas sûre.", HOME, "yes"),
        ("Woman, 30. She wants to see a lawyer, but not yet.", LAWYER, True),
        ("Mujer, 30. Quiere ver a un abogado, pero todavía no.", LAWYER, True),
        ("Femme, 30 ans. Elle veut voir un avocat, mais pas encore.", LAWYER, True),
        ("Mulher, 30. Quer falar com um advogado, mas ainda não.", LAWYER, True),
    ],
)
def test_a_wish_with_a_second_side_stays_offered(text, fact, value):
    assert _applied_offered(text, fact) == (None, value)


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. At first she wanted to go home to Peru.",
        "Mujer, 30. Al principio quería volver a Perú.",
        "Femme, 30 ans. Au début elle voulait rentrer au Pérou.",
        "Mulher, 30. No início queria voltar para o Peru.",
    ],
)
def test_a_past_wish_is_not_applied(text):
    assert _applied_offered(text, HOME)[0] is None
