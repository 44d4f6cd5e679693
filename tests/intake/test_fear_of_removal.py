"""To the danger question, a fear of being sent out of the country is an immigration
worry, settled as such, not a danger now; a fear of a person, or fear alone, still is.
Invented answers in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read.answers import interpret_answer

DANGER = "safety.in_immediate_danger"
WORRY = "legal.immigration_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Not here. What keeps me up is something else: I am afraid of being deported.",
        "Tengo miedo de que me deporten.",
        "J'ai peur d'être expulsée.",
        "Eu tenho medo de ser mandada embora do país.",
    ],
)
def test_a_fear_of_removal_is_a_worry_not_a_danger(text: str) -> None:
    got = interpret_answer(DANGER, text)
    assert DANGER not in got.values
    assert got.values.get(WORRY) is True


@pytest.mark.parametrize(
    "text",
    [
        "I am scared.",
        "I'm afraid they will deport me and he is looking for me.",
        "Tenho medo.",
    ],
)
def test_a_fear_of_someone_or_fear_alone_is_still_danger(text: str) -> None:
    assert interpret_answer(DANGER, text).values.get(DANGER) is True
