"""Stop 33 (safety33): who knows where she is, her danger and her police wish are not read
from a fear, a goal, risk talk in general, a condition, a question put to staff, a knowing
still to come or a danger lived then; a police no with a later maybe is only offered."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE, reads, settled

# (the value a plain statement reads, then look-alikes that must not apply it)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a fear that they know, or that she is in danger, is offered, not applied
        ("She is afraid the boss knows where she lives.", KNOWS, "possible"),
        ("Tiene miedo de que el patrón sepa dónde vive.", KNOWS, "possible"),
        ("Elle craint que le patron sache où elle habite.", KNOWS, "possible"),
        ("Ela receia que o patrão saiba onde ela mora.", KNOWS, "possible"),
        ("Her aunt is worried she is in danger.", DANGER, "possible"),
        ("Tememos que esté en peligro.", DANGER, "possible"),
        ("Nous craignons qu'elle soit en danger.", DANGER, "possible"),
        # a fear set off by a comma or a reason still tells the knowing
        ("She is scared because the boss knows where she lives.", KNOWS, "yes"),
        ("Tiene miedo, el patrón sabe dónde vive.", KNOWS, "yes"),
        ("Elle a peur car le patron sait où elle habite.", KNOWS, "yes"),
        ("Tem medo porque o patrão sabe onde ela mora.", KNOWS, "yes"),
        # a goal states nothing
        ("We moved her so that the boss would not know where she is.", KNOWS, None),
        ("La cambiamos para que el patrón no sepa dónde está.", KNOWS, None),
        ("Nous l'avons déplacée pour que le patron ne sache pas où elle est.", KNOWS, None),
        ("Mudámo-la para que o patrão não saiba onde ela está.", KNOWS, None),
        ("We changed her room so that she is safe.", DANGER, None),
        ("La cambiamos de cuarto para que esté a salvo.", DANGER, None),
        ("Elle a changé de chambre pour qu'elle soit en sécurité.", DANGER, None),
        ("Mudámo-la de quarto para que esteja em segurança.", DANGER, None),
        # risk talk about people in general
        ("Women who run away are often in danger.", DANGER, None),
        ("Las víctimas a menudo corren peligro.", DANGER, None),
        ("Les victimes sont souvent en danger.", DANGER, None),
        ("As vítimas muitas vezes correm perigo.", DANGER, None),
        ("Like many victims, she is in danger right now.", DANGER, True),
        # the writer's open question to staff
        ("Ask whether the boss knows where she is.", KNOWS, None),
        ("Preguntar si el patrón sabe dónde está.", KNOWS, None),
        ("Lui demander si le patron sait où elle est.", KNOWS, None),
        ("Perguntar se o patrão sabe onde ela está.", KNOWS, None),
        ("Preguntar si quiere denunciar.", POLICE, None),
        # a knowing still to come
        ("Le patron finira par savoir où elle est.", KNOWS, None),
        ("O patrão vai saber onde ela está.", KNOWS, None),
        ("Le patron sait où elle est.", KNOWS, "yes"),
        ("O patrão sabe onde ela está.", KNOWS, "yes"),
        # a condition opening the sentence
        ("Si je ne rentre pas ce soir, il va venir me chercher.", KNOWS, "possible"),
        ("Si la encuentra, está en peligro.", DANGER, "possible"),
        ("If he finds her, she is in danger.", DANGER, "possible"),
        ("Se ele a encontrar, ela está em perigo.", DANGER, "possible"),
        ("Sí, el patrón sabe dónde está.", KNOWS, "yes"),
        # a danger lived then, in the first person
        ("Avant j'étais en danger, chez lui.", DANGER, None),
        ("Je suis en danger, il me cherche.", DANGER, True),
        # a police no with a later maybe composed of a maybe and a time to come
        ("No police for now, perhaps once she feels stronger.", POLICE, "possible"),
        ("No quiere denunciar por ahora, quizá cuando se sienta más fuerte.", POLICE, "possible"),
        (
            "Elle ne veut pas porter plainte pour le moment, peut-être quand elle ira mieux.",
            POLICE,
            "possible",
        ),
        (
            "Não quer fazer queixa por enquanto, talvez quando estiver mais forte.",
            POLICE,
            "possible",
        ),
        ("No quiere denunciar.", POLICE, "no"),
        ("Elle dit qu'elle veut porter plainte.", POLICE, "yes"),
        ("The interpreter says she wants to report him.", POLICE, "yes"),
    ],
)
def test_safety_scope(text: str, fact: str, value: object) -> None:
    assert reads(text, fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "I'm afraid he knows.",
        "Tengo miedo de que sepan dónde estoy.",
        "J'ai peur qu'ils sachent où je suis.",
        "Tenho medo que saibam onde estou.",
    ],
)
def test_a_fear_that_they_know_is_no_danger(text: str) -> None:
    assert DANGER not in settled(KNOWS, text)


@pytest.mark.parametrize("text", ["I'm afraid.", "Tengo miedo.", "J'ai peur.", "Tenho medo."])
def test_her_fear_alone_is_danger(text: str) -> None:
    assert settled(DANGER, text).get(DANGER) is True
