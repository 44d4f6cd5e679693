"""Stop 41 (family): her wishes about her family, going home and a course, read in more
words. Invented notes in en/es/fr/pt, each beside a counterpart that must not give the value.

- a relative taken up by a pronoun in a wish or its refusal ("her son is in Kyiv; she does not
  want him contacted", "no quiere que la llamemos"): offered (one relative refused is not her
  whole family, and the pronoun may be she herself);
- a French wish cue split by its negation ("n'envisage pas de rentrer");
- a form label naming the country ("Return to Vietnam: undecided"), a value that says she said
  no ("says no, not now");
- going back with no place said is only offered;
- an interest in a course said with "num" / "interesaría".
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

FAMILY = "reintegration.wants_family_contact"
HOME = "reintegration.wants_to_return_home"
TRAINING = "jobs.wants_training"
OPENING = "Referral for a woman of 30.\n"


def _read(text: str, fact: str) -> tuple[object, object]:
    got = extract(OPENING + text)
    return got.values.get(fact), got.possible.get(fact)


@pytest.mark.parametrize(
    "text",
    [
        "Her son is in Kyiv. She does not want him contacted.",
        "Su padre vive en Lima. No quiere que lo llamemos.",
        "Sa mère est au Mali mais elle ne veut pas qu'on l'appelle.",
        "O pai vive em Bissau e ela não quer que o contactem.",
    ],
)
def test_a_relative_taken_up_by_a_pronoun_refused_is_offered(text: str) -> None:
    assert _read(text, FAMILY) == (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "Her boss phoned twice. She does not want him contacted.",
        "No quiere que la llamemos a este número.",
        "Elle ne veut pas qu'on l'appelle sur ce numéro.",
    ],
)
def test_a_pronoun_with_no_relative_is_only_offered(text: str) -> None:
    assert _read(text, FAMILY) == (None, False)


def test_a_relative_taken_up_by_lhe_is_a_wish() -> None:
    assert _read("A mãe dela está em Luanda e ela gostaria de lhe ligar.", FAMILY)[0] is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle n'envisage pas de rentrer.", "no"),
        ("Il n'envisage plus de retourner au Mali.", "no"),
        ("Elle n'envisage pas un retour au pays.", "no"),
        ("Elle envisage de rentrer au Sénégal.", "yes"),
        ("Sa sœur n'envisage pas de rentrer.", None),
    ],
)
def test_a_french_wish_split_by_its_negation(text: str, value: str | None) -> None:
    assert _read(text, HOME)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Return to Ukraine: undecided; her aunt has offered her a room.", "undecided"),
        ("Return home: says no, not now - debts in her village.", "no"),
        ("Retour au Cameroun : indécise.", "undecided"),
        ("Regreso a Perú: dice que no, por las deudas.", "no"),
        ("Regresso ao Brasil: diz que não - tem medo.", "no"),
    ],
)
def test_a_going_home_label_naming_the_country(text: str, value: str) -> None:
    assert _read(text, HOME)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "She does not wish to return at this time.",
        "No quiere volver por ahora.",
        "Não quer voltar.",
    ],
)
def test_going_back_with_no_place_is_offered(text: str) -> None:
    assert _read(text, HOME) == (None, "no")


def test_going_back_beside_her_country_is_clear() -> None:
    text = "Her country is not safe and she does not want to go back."
    assert _read(text, HOME)[0] == "no"


def test_going_back_to_the_flat_is_not_home() -> None:
    assert _read("She left the flat and does not want to go back there.", HOME) == (None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tem interesse num curso de cozinha.", True),
        ("A irmã tem interesse num curso de cozinha.", None),
        ("Le interesaría aprender un oficio.", True),
    ],
)
def test_an_interest_in_a_course(text: str, value: bool | None) -> None:
    assert _read(text, TRAINING)[0] is value
