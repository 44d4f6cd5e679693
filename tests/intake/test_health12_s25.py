"""Stop 25, health and food: whose a need is, when it is, and what an injury's words are,
read by mechanism in invented sentences in en/es/fr/pt, each with a distractor that must
not fire.

- a verb joined by "and" to a clause about another person, with no subject of its own, is
  that person's ("Her son has a fever and needs a doctor tonight"), in a note as in an
  answer;
- a yes that goes on only about another person ("Sí, mi hija tiene fiebre") answers
  nothing of hers: the asked health need stays open (her children's hunger stays the
  household's, hers to meet);
- food needed later ("will need a meal later", "más tarde", "plus tard", "mais tarde") is
  no need now;
- no more care needed ("needs no further treatment", "pas d'autre soin nécessaire",
  "aucun soin nécessaire", "não necessita de outros cuidados") is no urgent need;
- an injury's words start at the injury, past the words that bring it in ("came in with
  a burn on her forearm" keeps "burn on her forearm");
- a long answer to a text question is never stored whole: the part that states it, else
  offered for staff to cut down.
"""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from caseassist.intake.facts import State
from caseassist.intake.read import interpret_answer
from tests.intake.reading import clear, settled

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
FOOD = "food.needs_food_now"


# ------------------------------------------------------- a verb joined to another's clause


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Her son has a fever and needs a doctor tonight.",
        "Mujer, 30 años. Su hija tiene fiebre y necesita un médico hoy.",
        "Femme, 30 ans. Son fils a de la fièvre et doit voir un médecin ce soir.",
        "Mulher, 30 anos. O filho dela tem febre e precisa de médico hoje.",
    ],
)
def test_a_verb_joined_to_another_persons_clause_is_theirs(text: str) -> None:
    assert clear(text, URGENT) is None


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("She has a fever and needs a doctor tonight.", URGENT),
        ("Woman, 30, has a fever and needs a doctor tonight.", URGENT),
        ("Tiene fiebre y necesita un médico hoy.", URGENT),
        ("Her son is with her. She is hungry and has not eaten since yesterday.", FOOD),
    ],
)
def test_her_own_joined_verb_still_reads(text: str, fact: str) -> None:
    assert clear(text, fact) is True


# ------------------------------------------------------------------ a yes about another


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (URGENT, "Sí, mi hija tiene fiebre."),
        (URGENT, "Sí, mi hija tiene fiebre, necesita un médico hoy."),
        (URGENT, "Yes, my daughter has a fever."),
        (URGENT, "Oui, ma fille a de la fièvre."),
        (URGENT, "Sim, a minha filha tem febre."),
        ("medical.needs_medication", "Yes, my son needs his inhaler."),
    ],
)
def test_a_yes_about_another_person_settles_nothing_of_hers(asked: str, text: str) -> None:
    assert asked not in settled(asked, text)


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (URGENT, "Sí, tengo fiebre."),
        (URGENT, "Sí, mi hija y yo tenemos fiebre."),
        (URGENT, "Yes."),
        (FOOD, "Oui, j'ai très faim."),
        (FOOD, "Sí, mis hijos tienen hambre."),  # the household's hunger is hers to meet
    ],
)
def test_her_own_yes_still_settles(asked: str, text: str) -> None:
    assert settled(asked, text).get(asked) is True


# ------------------------------------------------------------------------- food later


@pytest.mark.parametrize(
    "text",
    [
        "She will need food later.",
        "She ate at the police station; she will need dinner later.",
        "Necesitará comer más tarde.",
        "Elle aura besoin de manger plus tard.",
        "Vai precisar de jantar mais tarde.",
    ],
)
def test_food_needed_later_is_no_need_now(text: str) -> None:
    assert clear(text, FOOD) is None


def test_hunger_now_with_a_meal_later_is_a_need() -> None:
    assert clear("She is hungry, we will give her food later.", FOOD) is True


# ------------------------------------------------------------------ no more care needed


@pytest.mark.parametrize(
    "text",
    [
        "It has been set and splinted, he needs no further treatment today.",
        "No further treatment needed.",
        "She needs no further medical care.",
        "No necesita otra atención médica.",
        "Coupures aux mains, soignées sur place, pas d'autre soin nécessaire ce jour.",
        "État de santé : RAS, aucun soin nécessaire.",
        "Elle n'a pas besoin de voir un médecin.",
        "Não necessita de outros cuidados médicos.",
    ],
)
def test_no_more_care_needed_is_no_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is False


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Her son needs no further treatment.", None),
        ("Aucun médecin ne l'a vue, elle a besoin de soins.", True),
    ],
)
def test_no_more_care_distractors(text: str, want: object) -> None:
    assert clear(text, URGENT) is want


# ------------------------------------------------------------------ an injury's words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Patient is a 41-year-old woman from the Philippines who came in with a burn on "
            "her left forearm and a sprained wrist.",
            "burn on her left forearm and a sprained wrist",
        ),
        ("Tiene una herida infectada en el pie.", "herida infectada en el pie"),
        ("Elle s'est fait une entorse au poignet droit.", "entorse au poignet droit"),
        ("Il a une plaie au pied qui saigne encore.", "plaie au pied qui saigne encore"),
        ("Chegou com queimadura de 2º grau no antebraço.", "queimadura de 2º grau no antebraço"),
        ("Knee is swollen.", "Knee is swollen"),  # no word brings it in: kept as written
    ],
)
def test_an_injury_is_described_from_the_injury_on(text: str, want: str) -> None:
    assert clear(text, INJURIES) == want


# ------------------------------------------------------------------ long text answers


def test_a_long_answer_keeps_the_part_that_names_the_injury() -> None:
    long = (
        "Well, it started when I was working at the farm, a long time ago. " * 5
        + "I have a deep cut on my left hand from the machine. "
        + "The boss never let us rest, not even on Sundays. " * 5
    )
    got = interpret_answer(INJURIES, long)
    assert got.values[INJURIES] == "deep cut on my left hand"  # (its cause is no injury: stop 32)
    assert settled(INJURIES, long)[INJURIES] == "deep cut on my left hand"


def test_a_long_answer_naming_no_injury_is_only_offered() -> None:
    long = "Well, it started when I was working at the farm, a long time ago. " * 10
    got = interpret_answer(INJURIES, long)
    assert INJURIES not in got.values
    assert got.possible[INJURIES] == long.strip()
    first = settle_answer(INJURIES, long)[0]
    assert (first.state, first.note) == (State.UNKNOWN, long.strip())  # kept for staff to cut


def test_a_short_answer_is_kept_in_her_words() -> None:
    text = "Tengo una quemadura en el brazo, de la plancha."
    assert interpret_answer(INJURIES, text).values[INJURIES] == text
