"""A police or family wish whose subject is a determiner and a noun the lexicon does not
know ("Our granthi would like to report...") is someone else's, most likely: offered to
staff, never her clear wish. Her own words as subject ("the woman", "the client", "she")
still read clear. Invented sentences in en/es/fr/pt."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, OFFERED, check, each, table

CASES = [
    *each(
        OFFERED,
        "Our granthi would like to report the agent to the police.",
        "The pastor wants to call the police.",
        "Nuestro párroco quiere denunciar a la policía.",
        "Notre pasteur voudrait porter plainte à la police.",
        "O pastor quer chamar a polícia.",
    ),
    (
        "Our granthi would like to report the agent to the police, but Harjit does not want that.",
        NOT_CLEAR,
    ),
    *each(
        "yes",
        "The woman would like to report to police.",
        "The client wants to call the police.",
        "Ella quiere denunciar a la policía.",
        "Elle veut porter plainte.",
    ),
]


@table(CASES)
def test_police_wish(text: str, expected: object) -> None:
    check(text, "safety.wants_law_enforcement", expected)
