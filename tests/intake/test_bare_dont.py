"""A bare "dont" (no apostrophe) before an English verb is "do not", whatever the
subject: a note typed without apostrophes ("She dont want police") must never read as
the wish it refuses. French "dont" ("of whom") before a pronoun or an article stays
French. Invented sentences."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, check, each, table

POLICE_CASES = [
    *each(
        "no",
        "She dont want police to be involve at all.",
        "Client dont want the police, she is scared of them",
        "he dont wanna talk to police",
    ),
    ("La patronne dont elle a peur ne veut pas qu'elle parle à la police.", NOT_CLEAR),
]


@table(POLICE_CASES)
def test_police_wish(text: str, expected: object) -> None:
    check(text, "safety.wants_law_enforcement", expected)


@table([("He dont have his passport, the boss keep it.", False)])
def test_documents(text: str, expected: object) -> None:
    check(text, "legal.has_identity_documents", expected)


@table([("Femme, 31 ans. La patronne, dont elle a peur, garde son passeport.", 31)])
def test_french_dont_is_left_to_french(text: str, expected: object) -> None:
    check(text, "person.age", expected)
