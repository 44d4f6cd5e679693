"""Stop 26: "health details" in a consent lets the provider read what care she needs now
(pregnant, urgent care, medication) and her injuries, each by its label in the staff's
language; a no, an unknown, or a consent without health details shares none of it."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.cases.consent import Consent
from caseassist.cases.referrals import summary_parts

NOW = dt.datetime(2026, 12, 3, 18, 0, tzinfo=dt.UTC)
FACTS = {
    "person.name": "Grace",
    "household.pregnant": True,
    "medical.urgent_need": True,
    "medical.needs_medication": False,
    "medical.injuries": "herida en la mano",
}


def _summary(categories: tuple[str, ...], locale: str) -> str:
    consent = Consent("c1", "referral", "Clinic", categories, "verbal", NOW, None, None)
    return summary_parts(
        case_code="C-1",
        need="medical",
        provider="Clinic",
        consent=consent,
        facts=FACTS,
        now=NOW,
        locale=locale,
    ).text()


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("en", "Health details: Pregnant; Urgent medical need; Injuries: herida en la mano"),
        ("es", "Datos de salud: Embarazo; Necesidad médica urgente; Lesiones: herida en la mano"),
        (
            "fr",
            "Informations de santé: Grossesse; Besoin médical urgent; Blessures: herida en la mano",
        ),
        (
            "pt",
            "Dados de saúde: Grávida; Necessidade médica urgente; Ferimentos: herida en la mano",
        ),
    ],
)
def test_health_details_in_the_staffs_language(locale, line):
    text = _summary(("medical",), locale)
    assert line in text.splitlines()
    assert "Grace" not in text  # her name was not ticked


def test_without_health_details_no_health_fact_is_shared():
    text = _summary(("name",), "en")
    assert "Grace" in text
    assert "Pregnant" not in text and "Injuries" not in text and "herida" not in text
