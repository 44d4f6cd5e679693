"""An answer read knowing the question it answers (stop 29, answers29).

A "no" that opens a statement of something else ("No tengo teléfono") is no bare no to the
question asked; a "no" that opens a statement of the asked topic in the other direction
("No tengo a dónde ir" to the bed question) is what it says; a question put the other way
round ("Have you eaten today?", "Do you understand me?") turns a bare yes or no; only
the question's own sentence says which way it was put ("... so we can keep you safe"),
and the session passes the question's words to the reading. Invented answers in
en/es/fr/pt, with the ones that must keep their plain reading."""

from __future__ import annotations

import pytest

from caseassist.intake.facts import State
from caseassist.intake.read import interpret_answer
from tests.intake.reading import DANGER, DOCUMENTS, INTERP, KNOWS, session_at

SHELTER = "shelter.needs_shelter_tonight"
FOOD = "food.needs_food_now"
URGENT = "medical.urgent_need"


def _read(fact: str, question: str, text: str) -> tuple[dict, dict]:
    got = interpret_answer(fact, text, question=question)
    return dict(got.values), dict(got.offered())


# ------------------------------------------- a "no" that opens another statement


@pytest.mark.parametrize(
    ("fact", "question", "text"),
    [
        (DANGER, "¿Está en peligro ahora?", "No tengo teléfono, me lo quitaron."),
        (KNOWS, "Eles sabem onde está?", "Não tenho carregador para o telemóvel."),
        (DOCUMENTS, "Tem os seus documentos?", "Não tenho telemóvel desde ontem."),
        (FOOD, "¿Tiene hambre ahora?", "No tengo ropa limpia."),
    ],
)
def test_a_no_opening_another_statement_is_no_answer(fact: str, question: str, text: str) -> None:
    values, _ = _read(fact, question, text)
    assert fact not in values


@pytest.mark.parametrize(
    ("fact", "question", "text", "value"),
    [
        (FOOD, "Are you hungry now?", "No, I ate at the station.", False),
        (FOOD, "¿Tiene hambre ahora?", "No tengo hambre, gracias.", False),
        (FOOD, "Avez-vous faim maintenant ?", "Non merci, j'ai mangé.", False),
        (FOOD, "Está com fome agora?", "Não tenho fome, obrigada.", False),
        (DOCUMENTS, "¿Tiene sus documentos?", "No tengo documentos.", False),
        (FOOD, "¿Tiene hambre ahora?", "No gracias, estoy bien.", False),
        (FOOD, "Está com fome agora?", "Não tenho.", False),
        (FOOD, "Would you like to eat something?", "No thanks.", False),
        (FOOD, "¿Tiene hambre ahora?", "No necesito nada.", False),
        (DANGER, "Are you in danger now?", "No at this time, I am fine.", False),
        (DANGER, "Êtes-vous en danger ?", "Non selon elle.", False),
    ],
)
def test_a_no_about_the_asked_topic_stays_a_no(
    fact: str, question: str, text: str, value: object
) -> None:
    values, _ = _read(fact, question, text)
    assert values.get(fact) is value


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("¿Necesita un lugar para dormir esta noche?", "No tengo a dónde ir, señora."),
        ("Precisa de um sítio para dormir esta noite?", "Não tenho para onde ir."),
    ],
)
def test_nowhere_to_go_to_the_bed_question_is_a_need(question: str, text: str) -> None:
    values, _ = _read(SHELTER, question, text)
    assert values.get(SHELTER) is True


def test_nowhere_to_go_to_another_question_is_only_offered_and_no_no() -> None:
    values, offered = _read(DANGER, "¿Está en peligro ahora?", "No tengo a dónde ir.")
    assert DANGER not in values
    assert SHELTER not in values and offered.get(SHELTER) is True


# ------------------------------------------------- which way the question was put


@pytest.mark.parametrize(
    ("fact", "question", "text", "value"),
    [
        (FOOD, "Have you eaten anything today?", "No.", True),
        (FOOD, "¿Ha comido algo hoy?", "No.", True),
        (FOOD, "Avez-vous mangé aujourd'hui ?", "Non.", True),
        (FOOD, "Já comeu alguma coisa hoje?", "Não.", True),
        (FOOD, "Have you eaten anything today?", "Yes.", False),
        (INTERP, "Do you understand me in English?", "Yes.", False),
        (INTERP, "¿Me entiende bien?", "No.", True),
        (INTERP, "Vous me comprenez bien ?", "Oui.", False),
        (INTERP, "Percebe o que eu digo?", "Sim.", False),
        (URGENT, "Are you feeling okay today?", "Yes.", False),
        (URGENT, "¿Se siente bien hoy?", "Sí.", False),
    ],
)
def test_a_question_put_the_other_way_turns_a_bare_answer(
    fact: str, question: str, text: str, value: object
) -> None:
    values, _ = _read(fact, question, text)
    assert values.get(fact) is value


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("Are you feeling okay today?", "No."),
        ("Vous vous sentez bien ?", "Non."),
        ("Sente-se bem hoje?", "Não."),
    ],
)
def test_not_feeling_well_is_only_an_offered_urgent_need(question: str, text: str) -> None:
    values, offered = _read(URGENT, question, text)
    assert URGENT not in values and offered.get(URGENT) is True


@pytest.mark.parametrize(
    "question",
    [
        "Are you in danger right now? We only ask so we can keep you safe.",
        "¿Está en peligro ahora? Preguntamos para que esté segura.",
        "Êtes-vous en danger ? Nous demandons pour votre sécurité.",
        "Está em perigo agora? Perguntamos pela sua segurança.",
    ],
)
def test_only_the_asking_sentence_says_which_way(question: str) -> None:
    values, _ = _read(DANGER, question, "No.")
    assert values.get(DANGER) is False


# --------------------------------------------------------- the session's question


@pytest.mark.parametrize("text", ["No.", "Não.", "Non.", "No"])
def test_the_session_reads_a_no_to_the_danger_question_as_no_danger(text: str) -> None:
    s = session_at("q.safety.danger")
    s.answer(text)
    assert s.facts[DANGER].state is State.KNOWN and s.facts[DANGER].value is False


@pytest.mark.parametrize("text", ["No tengo teléfono.", "Não tenho telemóvel."])
def test_the_session_leaves_the_question_open_after_another_no(text: str) -> None:
    s = session_at("q.safety.danger")
    s.answer(text)
    assert DANGER not in s.facts or s.facts[DANGER].state is not State.KNOWN


def test_the_session_reads_nowhere_to_go_to_the_bed_question() -> None:
    s = session_at("q.shelter.tonight")
    s.answer("No tengo a dónde ir.")
    assert s.facts[SHELTER].value is True


# ------------------------------------------------- whose a later hedge is


@pytest.mark.parametrize(
    ("fact", "question", "text", "value"),
    [
        (
            DANGER,
            "Do you feel safe here?",
            "Here, yes. But he called me, I think he is angry.",
            False,
        ),
        (
            DANGER,
            "¿Está en peligro ahora?",
            "Aquí dentro, no. Pero ella me llamó, creo que está enfadada.",
            False,
        ),
        (
            DANGER,
            "Êtes-vous en danger ici ?",
            "Ici, non. Mais il m'a appelée, je crois qu'il est fâché.",
            False,
        ),
        (
            DANGER,
            "Está em perigo agora?",
            "Aqui dentro, não. Mas ele ligou-me, acho que está zangado.",
            False,
        ),
        (
            URGENT,
            "Do you need a doctor today?",
            "Today, no. But I am pregnant, five months I think.",
            False,
        ),
    ],
)
def test_a_later_sentence_about_someone_else_keeps_its_hedge(
    fact: str, question: str, text: str, value: object
) -> None:
    values, _ = _read(fact, question, text)
    assert values.get(fact) is value


@pytest.mark.parametrize(
    ("fact", "question", "text"),
    [
        (DANGER, "Are you in danger now?", "No. I'm not sure."),
        (DANGER, "¿Está en peligro ahora?", "No. Bueno, no sé, creo que no."),
        (DANGER, "Êtes-vous en danger ?", "Non. Enfin, je crois, je ne suis pas sûre."),
        (DANGER, "Está em perigo agora?", "Não. Acho eu, não tenho a certeza."),
    ],
)
def test_a_later_hedge_of_her_own_answer_still_hedges_it(
    fact: str, question: str, text: str
) -> None:
    values, _ = _read(fact, question, text)
    assert fact not in values


# ------------------------------------- "I don't know", asking not to say, "no need"

RETURN = "reintegration.wants_to_return_home"
NAME = "person.name"


@pytest.mark.parametrize(
    "text",
    [
        "I don't know yet. Part of me wants to go home, but there is nothing there.",
        "No sé todavía. Una parte de mí quiere volver, pero allí no hay nada.",
        "Je ne sais pas encore. Une partie de moi veut rentrer, mais il n'y a rien là-bas.",
        "Não sei ainda. Uma parte de mim quer voltar, mas lá não há nada.",
    ],
)
def test_i_dont_know_then_a_wish_is_undecided(text: str) -> None:
    values, _ = _read(RETURN, "Would you like to go back home one day?", text)
    assert values.get(RETURN) == "undecided"


def test_a_plain_wish_to_go_home_stays_yes() -> None:
    values, _ = _read(RETURN, "Would you like to go back home one day?", "Yes, I want to go home.")
    assert values.get(RETURN) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Can I not say that yet? Sorry, maybe another day.",
        "¿Puedo no decirlo todavía? Perdón.",
        "Je peux ne pas le dire pour l'instant ? Pardon.",
        "Posso não dizer ainda? Desculpe.",
    ],
)
def test_asking_not_to_say_gives_no_name(text: str) -> None:
    values, _ = _read(NAME, "What name would you like us to use?", text)
    assert NAME not in values


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "¿Necesita un intérprete?",
            "No hace falta. Mi idioma es el aimara, pero hablo bien español.",
        ),
        (
            "Precisa de um intérprete?",
            "Não precisa. A minha língua é o crioulo, mas falo bem português.",
        ),
    ],
)
def test_no_need_then_her_languages_is_no_interpreter(question: str, text: str) -> None:
    values, _ = _read(INTERP, question, text)
    assert values.get(INTERP) is False
