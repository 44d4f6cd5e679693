"""Whose wish or refusal it is (stop 33, family33).

A refusal read by a fixed rule (consent to share, going home) is still someone's: a
sister's or a brother's is not hers. A clause whose subject is a person the note names as
someone else ("her cousin Ramesh ... Ramesh wants to go back") is theirs; that person saying
"she" wants something is only offered. Invented notes in en/es/fr/pt, each with a
counterpart that must give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

CONSENT = "consent.share_with_providers"
HOME = "reintegration.wants_to_return_home"
OPENING = "Referral for a woman of 30. "


def _values(text: str) -> dict:
    return extract(OPENING + text).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her sister does not want her details shared.", None),
        ("She does not want her details shared.", "no"),
        ("Su hermana no quiere que se compartan sus datos.", None),
        ("No quiere que se compartan sus datos.", "no"),
        ("Sa sœur ne veut pas que ses informations soient partagées.", None),
        ("Elle ne veut pas que ses informations soient partagées.", "no"),
        ("A irmã não quer que os dados dela sejam partilhados.", None),
        ("Não quer que os dados dela sejam partilhados.", "no"),
    ],
)
def test_a_relatives_refusal_to_share_is_not_hers(text: str, value: str | None) -> None:
    assert _values(text).get(CONSENT) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her brother refuses to go back to Romania.", None),
        ("She refuses to go back to Romania.", "no"),
        ("Su hermano se niega a volver a Rumanía.", None),
        ("Son frère refuse de rentrer en Roumanie.", None),
        ("O irmão recusa-se a voltar para a Roménia.", None),
        ("Recusa-se a voltar para a Roménia.", "no"),
    ],
)
def test_a_relatives_refusal_to_go_home_is_not_hers(text: str, value: str | None) -> None:
    assert _values(text).get(HOME) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She came with her cousin Teodor. Teodor wants to go back to Moldova.", None),
        ("She came with her cousin Teodor. She wants to go back to Moldova.", "yes"),
        ("She came with her cousin Teodor and wants to go back to Moldova.", "yes"),
        ("Vino con su primo Teodor. Teodor quiere volver a Moldavia.", None),
        ("Vino con su primo Teodor. Quiere volver a Moldavia.", "yes"),
        ("Elle est venue avec son cousin Teodor. Teodor veut rentrer en Moldavie.", None),
        ("Elle est venue avec son cousin Teodor. Elle veut rentrer en Moldavie.", "yes"),
        ("Acompanhantes: um primo, Teodor, 31 anos. O Teodor quer voltar à Moldávia.", None),
        ("Veio com um primo, Teodor. Quer voltar à Moldávia.", "yes"),
    ],
)
def test_a_named_companions_wish_is_theirs(text: str, value: str | None) -> None:
    assert _values(text).get(HOME) == value


def test_an_initial_of_a_named_friend_is_the_friend() -> None:
    text = "Her friend Bisi is with her too, but B says she only wants a ticket home to Accra."
    got = extract(OPENING + text)
    assert HOME not in got.values
    assert got.offered().get(HOME) == "yes"


def test_a_title_is_no_companion_name() -> None:
    text = "We refer Mr. Tomas K., 29. His colleague Mr. Ivo (22) stays. Mr. Tomas wishes to return to Slovakia."
    assert extract(text).values.get(HOME) == "yes"
