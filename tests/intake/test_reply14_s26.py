"""Answers she gave plainly, and questions that hurt (stop 26, reply14).

A leading "I told you" no longer hides the yes or no after it (`answer_kinds._after_told`);
a bare "never" is a no (`never_answers`); a child's need named in answer to the
child-needs question, or a thing to eat or drink asked for in answer to the food
question, is a yes (read/answer_needs.py); a child named with a need in another answer
settles the child-needs question; after "my uncle sold me" the family-contact question
is held for the caseworker (intake/held.py); a note's "no phone" answers the
safe-contact question (read/no_phone.py); "Woman, Grace Okafor, 26" gives her full name
(name_set_off.form_opening_names). Invented answers and notes in en/es/fr/pt, with the
ones that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession
from tests.intake.reading import (
    DANGER,
    FAMILY,
    KNOWS,
    RETURN,
    clear,
    offered,
    run_session,
    settled,
)

CHILD_NEED = "household.children_need_care"
FOOD = "food.needs_food_now"
CONTACT = "person.safe_contact"
NAME = "person.name"

# --------------------------------------------- "I told you", then the answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I told you, no", False),
        ("I told you. No.", False),
        ("Ya le dije, no", False),
        ("Je vous l'ai dit, non", False),
        ("Já disse, não", False),
        ("I told you, yes", True),
    ],
)
def test_i_told_you_then_yes_or_no_is_that_answer(text: str, value: bool) -> None:
    assert settled(CHILD_NEED, text).get(CHILD_NEED) is value


@pytest.mark.parametrize(
    "text",
    [
        "I told you, she is hungry",
        "she has a fever",
        "Ya le dije, tiene hambre",
        "El niño tiene fiebre",
        "Je vous l'ai dit, elle a faim",
        "Mon fils est malade",
        "Já disse, ela tem fome",
        "A menina precisa de fraldas",
    ],
)
def test_a_childs_need_named_answers_the_child_needs_question(text: str) -> None:
    assert settled(CHILD_NEED, text).get(CHILD_NEED) is True


@pytest.mark.parametrize(
    "text",
    [
        "I am hungry",
        "my sister is sick",
        "she is not hungry",
        "Is she hungry?",
        "Tengo hambre",
        "Elle n'est pas malade",
        "Eu tenho fome",
    ],
)
def test_her_own_need_or_a_denied_one_is_no_childs_need(text: str) -> None:
    assert settled(CHILD_NEED, text).get(CHILD_NEED) is not True


# --------------------------------------------- a bare "never"


@pytest.mark.parametrize(
    "text",
    [
        "never. they will find me there, my uncle sold me to them",
        "Never again.",
        "Nunca. Me van a encontrar allí.",
        "Nunca más",
        "Jamais. Ils me retrouveraient.",
        "Jamais de la vie",
        "Nunca. Eles encontram-me lá.",
        "Nunca mais",
    ],
)
def test_a_bare_never_is_a_no_to_going_home(text: str) -> None:
    assert settled(RETURN, text).get(RETURN) == "no"


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (DANGER, "Nunca me dejan salir"),
        (KNOWS, "never alone, they watch me"),
        (RETURN, "Never been back since I was ten"),
        (DANGER, "Jamais je n'ai eu aussi peur"),
    ],
)
def test_never_opening_a_statement_is_no_answer(fact: str, text: str) -> None:
    assert fact not in settled(fact, text)


# --------------------------------------------- something to eat or drink asked for


@pytest.mark.parametrize(
    "text",
    [
        "just water please",
        "some bread please",
        "solo agua por favor",
        "un café, por favor",
        "juste de l'eau, s'il vous plaît",
        "quelque chose à boire",
        "só água, por favor",
        "algo para comer, por favor",
    ],
)
def test_a_thing_to_eat_or_drink_asked_for_is_a_yes(text: str) -> None:
    assert settled(FOOD, text).get(FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "I had water already",
        "Is there water?",
        "no water, nothing, thank you",
        "Ya comí, gracias",
        "J'ai déjà bu de l'eau",
        "Não, obrigada, já comi",
    ],
)
def test_food_told_of_or_refused_is_no_request(text: str) -> None:
    assert settled(FOOD, text).get(FOOD) is not True


# --------------------------------------------- a child named with a need, elsewhere


@pytest.mark.parametrize(
    "text",
    [
        "my daughter Blessing is hungry",
        "yes, my daughter Blessing, she is hungry",
        "Sí, mi hija tiene hambre",
        "Oui, ma fille a faim",
        "Sim, a minha filha tem fome",
    ],
)
def test_a_child_named_hungry_is_not_asked_about_again(text: str) -> None:
    asked, s = run_session({"q.household.children": text})
    assert "q.household.children_needs" not in asked
    assert s.facts[CHILD_NEED].value is True


@pytest.mark.parametrize(
    "text", ["yes, one daughter, she is fine", "one, my son. I am hungry", "dos, no están enfermos"]
)
def test_a_child_named_without_a_need_is_still_asked(text: str) -> None:
    asked, _s = run_session({"q.household.children": text})
    assert "q.household.children_needs" in asked


@pytest.mark.parametrize(
    "text",
    [
        "No children. My friend who came with me has a baby, she needs milk for him.",
        "No. La chica que vino conmigo tiene un bebé, necesita leche.",
        "Não tenho filhos. A moça que veio comigo tem um bebé, precisa de leite.",
    ],
)
def test_someone_elses_child_in_need_is_not_hers(text: str) -> None:
    assert CHILD_NEED not in settled("household.children_with_them", text)


# --------------------------------------------- a relative who exploited her


@pytest.mark.parametrize(
    "text",
    [
        "never. they will find me there, my uncle sold me to them",
        "No. Mi tía me trajo para trabajar.",
        "Non. Mon oncle m'a vendue.",
        "Não. O meu tio vendeu-me.",
    ],
)
def test_after_a_relative_named_as_exploiter_family_contact_is_held(text: str) -> None:
    asked, s = run_session({"q.reintegration.return_home": text})
    assert "q.reintegration.family" not in asked
    assert FAMILY not in s.facts  # open: for the caseworker, never settled by the hold
    assert s.held == ["q.reintegration.family"]
    assert IntakeSession.from_dict(s.to_dict()).held == s.held


def test_a_note_naming_a_relative_as_exploiter_holds_it_too() -> None:
    s = IntakeSession()
    s.apply_referral("Woman, 19. Her aunt met her at the station and brought her to us.")
    assert s.held == []
    for note in (
        "Woman, 19. Her aunt brought her to work in a house and kept her pay.",
        "Mujer, 19 años. Dice: mi tía me trajo para trabajar.",
    ):
        s = IntakeSession()
        s.apply_referral(note)
        assert s.held == ["q.reintegration.family"]


@pytest.mark.parametrize(
    "text",
    [
        "No. My uncle did not sell me, the boss did.",
        "No. My uncle helped me escape from the man who sold me.",
        "No. Did my uncle sell me? I don't know.",
    ],
)
def test_a_relative_not_named_as_exploiter_holds_nothing(text: str) -> None:
    asked, s = run_session({"q.reintegration.return_home": text})
    assert "q.reintegration.family" in asked and s.held == []


def test_a_wish_to_call_her_mother_beside_the_boss_who_sold_her_holds_nothing() -> None:
    asked, s = run_session(
        {"q.reintegration.return_home": "No. I want to call my mother. The boss sold me."}
    )
    assert s.held == [] and s.facts[FAMILY].value is True


# --------------------------------------------- a note's "no phone"


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("Woman, 30. No phone.", "No phone"),
        ("She has no phone of her own.", "She has no phone of her own"),
        ("Mujer, 30. Sin teléfono.", "Sin teléfono"),
        ("Femme, 30 ans. Pas de portable.", "Pas de portable"),
        ("Mulher, 30. Sem telemóvel.", "Sem telemóvel"),
    ],
)
def test_a_notes_no_phone_is_only_offered_as_the_safe_contact(note: str, value: str) -> None:
    # stop 37: "no phone" says how she cannot be reached, not how she can; staff confirm it
    assert clear(note, CONTACT) is None
    assert offered(note, CONTACT) == value


@pytest.mark.parametrize(
    "note",
    [
        "Woman, 30. No phone contact with her family since March.",
        "Woman, 30. Her sister has no phone.",
        "Mujer, 30. Su madre no tiene teléfono.",
    ],
)
def test_no_phone_of_someone_else_or_no_contact_is_none(note: str) -> None:
    assert clear(note, CONTACT) is None


def test_the_safe_contact_question_is_still_put_after_a_notes_no_phone() -> None:
    # stop 37: she may have another way (a friend's number, the mobile team): asked
    s = IntakeSession()
    s.apply_referral("Woman, Grace Okafor, 26. no phone")
    asked = []
    while (q := s.next_question()) is not None:
        asked.append(q.id)
        s.dont_know()
    assert "q.person.safe_contact" in asked and "q.person.name" not in asked


# --------------------------------------------- a full name in a form-like opening


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Woman, Grace Okafor, 26", "Grace Okafor"),
        ("Female, Grace Okafor, 26. Nigerian.", "Grace Okafor"),
        ("Mujer, María López, 30 años", "María López"),
        ("Femme, Aminata Diallo, 22 ans", "Aminata Diallo"),
        ("Mulher, Ana Costa, 25", "Ana Costa"),
    ],
)
def test_a_full_name_after_a_person_word_is_her_name(note: str, name: str) -> None:
    assert clear(note, NAME) == name


@pytest.mark.parametrize(
    "note",
    [
        "Woman, Lagos State, 26",
        "Woman, Benin City, 26",
        "Mujer, Casa Alianza, 30",
        "Mother, Grace Okafor, 50",
    ],
)
def test_a_place_or_anothers_line_gives_no_name(note: str) -> None:
    assert clear(note, NAME) is None
