"""A form label left unanswered ("?") and then a line that states something else: the
line is no reply to the label. "L'exploiteur connaît sa localisation : ?" followed by
"Non accompagnée d'enfants." set knows-location to no, a value that must never be wrong."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    "text",
    [
        "L'exploiteur connaît sa localisation : ?\nNon accompagnée d'enfants.",
        "Trafficker knows location: ?\nNot with her children tonight.",
        "El explotador sabe dónde está: ?\nNo tiene hijos aquí.",
        "O explorador sabe onde ela está: ?\nNão tem filhos consigo.",
    ],
)
def test_a_statement_after_an_unanswered_label_is_not_its_value(text):
    assert KNOWS not in extract(text).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police: ?\nNo.", "no"),
        ("Police: ?\nShe said no.", "no"),
        ("Plainte : ?\nNe veut pas porter plainte.", "no"),
        ("Denuncia: ?\nNo quiere denunciar.", "no"),
    ],
)
def test_a_reply_to_an_unanswered_label_still_answers_it(text, value):
    assert extract(text).values.get(POLICE) == value


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("se identifico varon 19 anios, venezolano", 19),
        ("- mujer trans, 26 anios, de Colombia", 26),
    ],
)
def test_anos_written_anios_without_the_n_tilde_is_an_age(text, age):
    """A keyboard without ñ writes "años" as "anios": the blind scenarios lost two ages
    to it, and with them the age limits of two shelters."""
    assert extract(text).values.get("person.age") == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Victim: DOB unknown.\nAge stated by victim: 58", 58),
        ("Victim: F. DOB unknown. Age stated by victim: 58", 58),
        ("Edad declarada por la víctima: 58", 58),
        ("Âge déclaré par la victime : 58", 58),
        ("Idade declarada pela vítima: 58", 58),
    ],
)
def test_a_label_that_says_she_gave_its_value_is_the_label(text, age):
    """ "Age stated by victim: 58" was no label at all, and a blind scenario lost the age
    that ruled out the youth shelter."""
    assert extract(text).values.get("person.age") == age


def test_a_value_given_by_someone_else_stays_unread():
    assert "person.age" not in extract("Age stated by nurse: 58").values
