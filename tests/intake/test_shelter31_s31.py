"""Stop 31 (shelter31): a place asked about in a chat without its question mark or in any
words, a wish to leave tonight, children stated before a request, and what `make eval`
scores. Each case is an invented sentence in en/es/fr/pt; each has a counterpart that must
not give the value (a place she has, a negation, a hedge, someone else's child)."""

from __future__ import annotations

import pytest

from caseassist.intake.corpus import Item
from caseassist.intake.evaluate import Outcome, Report, score
from caseassist.intake.read.answers import interpret_answer
from caseassist.intake.read.note import extract

BED = "shelter.needs_shelter_tonight"
KIDS = "household.children_with_them"
FOOD = "food.needs_food_now"


def _bed(text: str) -> object:
    return extract(text).values.get(BED)


# A chat line that asks without its "?" (an inverted verb opens it) takes its reply.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[20:11] Night desk: has she got a bed for tonight\n[20:12] Outreach: nope", True),
        ("Desk: is there anywhere he can sleep tonight\nVan: no, nothing", True),
        ("[20:11] Accueil: est-ce qu'elle a un endroit pour ce soir\n[20:12] Maraude: non", True),
        (
            "[20:11] Night desk: has she got a bed for tonight\n[20:12] Outreach: yes, at her brother's",
            False,
        ),
    ],
)
def test_an_unmarked_chat_question_takes_its_reply(text, value):
    assert _bed(text) is value


@pytest.mark.parametrize(
    "text",
    [
        "[20:11] Night desk: has she got a bed for tonight\n[20:12] Outreach: not sure",
        "Desk: does she have somewhere to sleep tonight\nVan: she didn't say",
    ],
)
def test_an_unmarked_question_alone_states_no_place(text):
    """Before stop 31 "does she have somewhere to sleep tonight" read as a place she has."""
    assert _bed(text) is None


# A place asked about in any words (a place word and a night word), put the other way round.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Intake: ¿Tiene ella una cama para esta noche?\nCalle: No.", True),
        ("Foyer : A-t-il un lit pour cette nuit ?\nMaraude : Non.", True),
        ("Abrigo: Ela tem uma cama para esta noite?\nRua: Não.", True),
        ("Intake: ¿Tiene ella una cama para esta noche?\nCalle: Sí, en casa de su prima.", False),
        ("Abrigo: Ela tem uma cama para esta noite?\nRua: Sim, na casa da tia.", False),
    ],
)
def test_a_place_asked_by_composition_takes_its_reply(text, value):
    assert _bed(text) is value


@pytest.mark.parametrize(
    "text",
    [
        "Intake: ¿Tiene ella una cama para esta noche?\nCalle: No sé.",
        "Foyer : A-t-il un lit pour cette nuit ?\nMaraude : Je ne sais pas.",
    ],
)
def test_a_reply_that_does_not_know_gives_no_bed(text):
    assert _bed(text) is None


# Wanting or being ready to leave where she is tonight is a bed tonight.
@pytest.mark.parametrize(
    "text",
    [
        "Outreach: she wants out tonight, the manager is asleep.",
        "She is ready to come in tonight.",
        "Quiere salir de ahí esta noche, el dueño la amenaza.",
        "Elle est prête à quitter l'appartement cette nuit.",
        "Está pronta para sair esta noite.",
    ],
)
def test_a_wish_to_leave_tonight_is_a_bed_tonight(text):
    assert _bed(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "She wants to leave tonight to stay with her aunt.",
        "Maybe she wants to leave tonight, not sure.",
        "Ela talvez queira sair hoje, não sabe ainda.",
        "Está lista para irse hoy mismo.",  # today alone: she may go to her family
        "She wants to leave the job next month.",
    ],
)
def test_a_leave_with_a_host_a_hedge_or_no_night_is_no_bed(text):
    assert _bed(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "She doesn't want to leave tonight.",
        "Elle ne veut pas partir ce soir.",
        "No quiere salir esta noche.",
    ],
)
def test_not_wanting_to_leave_tonight_stays_a_place_she_keeps(text):
    assert _bed(text) is False


# Children stated before a request in the same answer, and "consigo" in a question.
@pytest.mark.parametrize(
    "answer",
    [
        "No, I'm fine. My daughter has a cough though, she's here with me, could a nurse see her?",
        "Moi non. Mon fils a de la fièvre, il est avec moi, vous pouvez le voir ?",
        "Eu não. O meu filho está com febre, está aqui comigo, alguém pode ver ele?",
    ],
)
def test_a_child_stated_before_a_request_is_with_her(answer):
    assert interpret_answer("medical.urgent_need", answer).values.get(KIDS) == 1


@pytest.mark.parametrize(
    "answer",
    [
        "Moi non. Mon fils a de la fièvre, il est resté au pays, vous pouvez m'aider ?",
        "Eu não. O meu filho está doente, está com a avó no Brasil, podem ajudar?",
        "No. Your son, is he with you, can we see him?",
    ],
)
def test_a_child_away_before_a_request_is_not_with_her(answer):
    assert KIDS not in interpret_answer("medical.urgent_need", answer).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Técnica: Tem filhos consigo?\nUtente: não, estão com a minha mãe", 0),
        ("Técnica: Tem filhos consigo?\nUtente: sim, a minha filha de 4 anos", 1),
        ("Trabajadora: ¿Trae a sus hijos consigo?\nElla: No, se quedaron en Honduras.", 0),
        ("Worker: Did she bring her kids along?\nOutreach: no, they're back home with her mum", 0),
    ],
)
def test_children_asked_with_consigo_take_the_reply(text, value):
    assert extract(text).values.get(KIDS) == value


def test_children_asked_then_a_reply_that_does_not_say():
    assert KIDS not in extract("Técnica: Tem filhos consigo?\nUtente: não sei o que dizer").values


# Hunger: nobody having eaten is no meal had (a meal given after it only offers a no).
@pytest.mark.parametrize(
    "text",
    [
        "Neither has eaten much in days, we gave them soup.",
        "Nobody has eaten since noon, we gave them bread.",
    ],
)
def test_a_meal_nobody_had_is_no_clear_meal(text):
    assert FOOD not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has not eaten since yesterday.",
        "No ha comido desde ayer.",
        "Elle n'a pas mangé depuis hier.",
        "Ela não comeu nada desde ontem.",
    ],
)
def test_her_own_hunger_is_still_read(text):
    assert extract(text).values.get(FOOD) is True


def test_a_fact_beyond_the_contract_is_not_scored_spurious():
    """A child's need told in an answer is right, but the corpus never labels it."""
    item = Item("xx-a-1", "en", "answer", "My boy has not eaten.", {FOOD: True})
    report = Report()
    score(item, "dev", Outcome({FOOD: True, "household.children_need_care": True}), report)
    assert report.total(None, "dev").spurious == 0
    assert report.total(None, "dev").tp == 1
    score(item, "dev", Outcome({FOOD: True, KIDS: 1}), report)  # a contract fact still counts
    assert report.total(None, "dev").spurious == 1


# A bed listed as a noun (a connector or an article before it) is a need; a form label is not.
@pytest.mark.parametrize(
    "text",
    [
        "Outreach: food for her, and a bed for tonight",
        "Clínica: comida, y cama para esta noche",
        "Maraude : repas chaud, et un lit pour cette nuit",
        "Rua: comida, e uma cama para esta noite",
    ],
)
def test_a_bed_listed_as_a_noun_is_a_need(text):
    assert _bed(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has a bed for tonight.",
        "Alojamiento esta noche: plaza confirmada en el albergue municipal",
        "Hébergement ce soir : chez sa cousine",
    ],
)
def test_a_bed_she_has_or_a_form_label_is_no_listed_need(text):
    assert _bed(text) is not True
