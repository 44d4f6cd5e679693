"""Answers read for the fact asked and no other (stop 33, answers33).

A topic fronted with its bare reply answers that topic only ("Work yes. Training no."); a
"don't know" said of someone else ("they don't know") is no "I don't know"; "as soon as
possible" is no hedge; a later sentence on a person of hers ("My family thinks...") hedges
nothing of hers; a number said of a person of hers is not her age; her own "so I don't
know" leaves who knows where she is only offered; an echoed verb then a no is no yes;
none children needs a negator, a none word or children elsewhere. Invented answers in
en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

WORK = "jobs.wants_employment"
TRAINING = "jobs.wants_training"
KNOWS = "safety.trafficker_knows_location"
DANGER = "safety.in_immediate_danger"
RETURN = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
AGE = "person.age"
CHILDREN = "household.children_with_them"
MEDICINE = "medical.needs_medication"
OTHERS = "person.other_languages"


def _read(fact: str, text: str, question: str | None = None) -> tuple[dict, dict]:
    got = interpret_answer(fact, text, question)
    return dict(got.values), dict(got.offered())


# ------------------------------------------------ a fronted topic's reply is that topic's


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Work yes. Training no.", False),
        ("Trabajar sí. La formación no.", False),
        ("Travailler oui. La formation, non.", False),
        ("Trabalhar sim. A formação não.", False),
        ("A job, yes. A course too, yes.", True),
    ],
)
def test_fronted_training_reply(text: str, value: bool) -> None:
    assert _read(TRAINING, text)[0].get(TRAINING) is value


@pytest.mark.parametrize(
    "text",
    [
        "Work yes. Training I don't know.",
        "Trabajar sí. La formación no sé.",
        "Travailler oui. La formation je ne sais pas.",
        "Trabalhar sim. A formação não sei.",
    ],
)
def test_work_yes_is_no_training_yes(text: str) -> None:
    values, _ = _read(TRAINING, text)
    assert TRAINING not in values
    assert _read(WORK, text)[0].get(WORK) is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sí, el estómago. Medicamentos no.", False),
        ("Oui, le ventre. Les médicaments, non.", False),
        ("Sim, a barriga. Medicamentos não.", False),
        ("Yes, my stomach. Medicine, yes.", True),
    ],
)
def test_fronted_medicine_reply(text: str, value: bool) -> None:
    assert _read(MEDICINE, text)[0].get(MEDICINE) is value


@pytest.mark.parametrize(
    "text",
    ["No. My mother, yes.", "No. A mi madre, sí.", "Non. Ma mère, oui.", "Não. A minha mãe, sim."],
)
def test_fronted_family_yes(text: str) -> None:
    assert _read(FAMILY, text)[0].get(FAMILY) is True
    assert _read(RETURN, text)[0].get(RETURN) == "no"


# ------------------------------------------------- someone else's "don't know", belief, age


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No, they don't know.", "no"),
        ("No, no lo saben.", "no"),
        ("I don't know.", "unsure"),
        ("No sé.", "unsure"),
    ],
)
def test_their_dont_know(text: str, value: str) -> None:
    question = "Do you think the people you left know where you are?"
    assert _read(KNOWS, text, question)[0].get(KNOWS) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes, to Ghana, as soon as possible.", "yes"),
        ("Sí, a Perú, lo antes posible.", "yes"),
        ("Oui, au Mali, le plus vite possible.", "yes"),
        ("Sim, para Moçambique, o mais depressa possível.", "yes"),
        ("Yes, maybe, if possible.", "undecided"),
    ],
)
def test_as_soon_as_possible_is_no_hedge(text: str, value: str | None) -> None:
    assert _read(RETURN, text)[0].get(RETURN) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No. My family thinks I have a good job here.", "no"),
        ("No. Mi familia piensa que tengo un buen trabajo aquí. No se lo puedo decir.", "no"),
        ("Non. Ma famille pense que j'ai un bon travail ici.", "no"),
        ("Não. A minha família pensa que tenho um bom trabalho aqui.", "no"),
        ("No. I think I will stay.", None),
    ],
)
def test_their_belief_hedges_nothing_of_hers(text: str, value: str | None) -> None:
    got = _read(RETURN, text)[0].get(RETURN)
    assert got == value if value else got != "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tomi. My daughter is 6.", None),
        ("Tomi. Mi hija tiene 6 años.", None),
        ("Tomi. Ma fille a 6 ans.", None),
        ("Tomi. A minha filha tem 6 anos.", None),
        ("Tomi. 27.", 27),
        ("I am 31. My son is 8.", 31),
    ],
)
def test_age_of_another_is_not_hers(text: str, value: int | None) -> None:
    assert _read(AGE, text)[0].get(AGE) == value


# --------------------------------------------------------------- her doubt, her reply


@pytest.mark.parametrize(
    "text",
    [
        "The man from the bar doesn't know this place. But my aunt told him I'm in town, so I don't know.",
        "El hombre del bar no conoce este sitio. Pero mi tía le dijo que estoy en la ciudad, así que no sé.",
        "L'homme du bar ne connaît pas cet endroit. Mais ma tante lui a dit que je suis en ville, alors je ne sais pas.",
        "O homem do bar não conhece este sítio. Mas a minha tia disse-lhe que estou na cidade, por isso não sei.",
    ],
)
def test_her_doubt_offers_who_knows(text: str) -> None:
    values, offered = _read(DANGER, text)
    assert KNOWS not in values
    assert offered.get(KNOWS) == "no"


def test_plain_who_knows_still_applied() -> None:
    assert _read(DANGER, "He doesn't know where I am.")[0].get(KNOWS) == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Aqui consigo, não.", None), ("Consigo, não.", None), ("Estoy, sí.", True)],
)
def test_echo_then_no_is_no_yes(text: str, value: bool | None) -> None:
    assert _read(DANGER, text, "Está em perigo neste momento?")[0].get(DANGER) is value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My brother's kids are with me, two of them.", 2),
        ("Los hijos de mi hermano están conmigo, son dos.", 2),
        ("Les enfants de mon frère sont avec moi, ils sont deux.", 2),
        ("No, my kids are with my mother back home.", 0),
        ("Não, os meus filhos estão com a minha mãe.", 0),
    ],
)
def test_children_none_needs_a_no(text: str, value: int) -> None:
    assert _read(CHILDREN, text)[0].get(CHILDREN) == value
