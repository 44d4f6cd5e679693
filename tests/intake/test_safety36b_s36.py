"""Stop 36 (safety36b): a police act she allows only on a condition is no refusal; a
request not to tell the police, by any telling verb, is her no; a misspelt negation is
still a negation. Invented sentences in the four languages, each with a counterpart."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import POLICE

# --- a condition, not a refusal ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lidia does not want us to call the police without asking her first.",
        "Lidia no quiere que se llame a la policía sin hablar antes con ella.",
        "Lidia ne veut pas qu'on appelle la police sans lui en parler.",
        "Lidia pede que não se faça nada com a polícia sem falarem primeiro com ela.",
    ],
)
def test_a_police_act_on_her_condition_is_no_refusal(text: str) -> None:
    assert POLICE not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Lidia does not want us to call the police.",
        "Lidia no quiere que se llame a la policía.",
        "Lidia ne veut pas qu'on appelle la police.",
        "Lidia pede que não se chame a polícia.",
    ],
)
def test_without_the_condition_it_is_her_no(text: str) -> None:
    assert extract(text).values.get(POLICE) == "no"


# --- any telling verb in her request ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosa asked us not to notify the police.",
        "Rosa pide no dar aviso a la fiscalía.",
        "Rosa nous a demandé de ne pas avertir la police.",
        "Rosa pediu que não déssemos parte à polícia.",
    ],
)
def test_a_request_not_to_tell_the_police_is_her_no(text: str) -> None:
    assert extract(text).values.get(POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Rosa asked us to notify the police.",
        "Rosa pediu que déssemos parte à polícia.",
    ],
)
def test_a_request_to_tell_the_police_is_not_a_no(text: str) -> None:
    assert extract(text).values.get(POLICE) != "no"


# --- shorthand ----------------------------------------------------------------------


def test_a_misspelt_negation_is_no_wish() -> None:
    assert extract("Dosent want police.").values.get(POLICE) == "no"
    assert extract("Wants police.").values.get(POLICE) != "no"


def test_pt_shorthand_para_nao() -> None:
    assert extract("Pcte pede p/ não chamar polícia.").values.get(POLICE) == "no"


def test_es_shorthand_for_now_and_thinking_is_undecided() -> None:
    assert (
        extract("Pide no dar aviso al MP x ahora, lo va a pensar.").values.get(POLICE)
        == "undecided"
    )


# --- a form line's refusal with its time after it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police: declined for now",
        "Denuncia: rechaza por el momento",
        "Plainte : refusée pour le moment",
        "Queixa: recusou por enquanto",
    ],
)
def test_a_form_refusal_for_now_is_her_no(text: str) -> None:
    assert extract(text).values.get(POLICE) == "no"


def test_a_form_wish_with_a_time_is_never_read_as_a_no() -> None:
    assert extract("Police: wants to report, not now").values.get(POLICE) != "no"
