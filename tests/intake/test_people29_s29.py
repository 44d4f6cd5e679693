"""Stop 29 (people29): a titled name before a bare age set off by commas gives her age
(never a host's or an employer's), and a transcript's "how may I call / address you"
makes the bare reply her name. All people are invented."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession


def _facts(text: str) -> dict[str, object]:
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(text)
    return {k: v.value for k, v in s.facts.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Teodora Vlas, 31, came to our office this morning.",
        "Sra. Teodora Vlas, 31, llegó esta mañana a la oficina.",
        "Mme Teodora Vlas, 31, est venue ce matin au bureau.",
        "Sra. Teodora Vlas, 31, chegou hoje de manhã ao gabinete.",
    ],
)
def test_titled_name_then_bare_age(text: str) -> None:
    assert _facts(text).get("person.age") == 31


@pytest.mark.parametrize(
    "text",
    [
        "She lives with Mrs. Teodora Vlas, 71, in a flat.",
        "Vive con la Sra. Teodora Vlas, 71, en un piso.",
        "Elle vit chez Mme Teodora Vlas, 71, dans un studio.",
        "Mora com a Sra. Teodora Vlas, 71, num apartamento.",
    ],
)
def test_someone_she_lives_with_gives_no_age(text: str) -> None:
    assert _facts(text).get("person.age") is None


def test_title_given_name_and_initial_then_bare_age() -> None:
    assert _facts("Ms. Teodora V., 31, is from Moldova.").get("person.age") == 31


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Operator: How would you like to be addressed?\nCaller: Lidia.\nOperator: Thanks.",
            "Lidia",
        ),
        ("Operadora: ¿Cómo puedo llamarla?\nLlamante: Lidia.\nOperadora: Gracias.", "Lidia"),
        (
            "Écoutante : Comment puis-je l'appeler ?\nAppelante : Lidia.\nÉcoutante : Merci.",
            "Lidia",
        ),
        ("Operadora: Como posso chamar-lhe?\nChamadora: Lidia.\nOperadora: Obrigada.", "Lidia"),
    ],
)
def test_reply_to_how_may_i_call_you(text: str, name: str) -> None:
    assert _facts(text).get("person.name") == name


@pytest.mark.parametrize(
    "text",
    [
        "Operator: How would you like to be addressed?\nCaller: I'd rather not say.",
        "Operadora: ¿Cómo puedo llamarla?\nLlamante: Prefiero no decirlo.",
        "Écoutante : Comment puis-je l'appeler ?\nAppelante : Je préfère ne pas le dire.",
        "Operadora: Como posso chamar-lhe?\nChamadora: Prefiro não dizer.",
    ],
)
def test_declined_reply_gives_no_name(text: str) -> None:
    assert _facts(text).get("person.name") is None
