"""Stop 33 (safety33b): a decline of talking about it states no police wish; "no, maybe
never" in a form value is a no; in her own turn "she" is someone else; a police unit by
name, an agreement to talk, a request said "very clearly", a "w/" form label."""

from __future__ import annotations

import pytest

from tests.intake.reading import POLICE, RETURN, reads, settled

ASKED = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a decline of the topic, then a later maybe: about answering, not the police
        ("Sorry, about that I'd rather not talk. Maybe another day.", None),
        ("No quiero hablar de eso. Tal vez otro día.", None),
        ("Ça je ne veux pas en parler. Peut-être un autre jour.", None),
        ("Disso não quero falar. Talvez amanhã.", None),
        # a refusal named by its object stays a no
        ("Prefiero no hablar con la policía.", "no"),
        ("Je préfère ne pas parler à la police.", "no"),
    ],
)
def test_decline_of_topic(text: str, value: object) -> None:
    assert settled(ASKED, text).get(ASKED) == value


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a hedge that softens a never is a no; a hedge alone stays undecided
        ("Going home: no, maybe never.", RETURN, "no"),
        ("Volver a su país: no, quizás nunca.", RETURN, "no"),
        ("Retour au pays : non, peut-être jamais.", RETURN, "no"),
        ("Regresso ao país: não, talvez nunca.", RETURN, "no"),
        ("Going home: maybe.", RETURN, "undecided"),
        ("Regresso ao país: talvez.", RETURN, "undecided"),
        # in her own turn, "she" is the friend
        (
            "Agent: Alone?\nCaller: With my friend Rosa. She wants to go back to Quito. Not me.",
            RETURN,
            None,
        ),
        ("Agente: ¿Sola?\nLlamante: Con mi prima Eva. Ella quiere volver a Quito.", RETURN, None),
        (
            "Agent : Seule ?\nAppelante : Je suis avec mon amie Inès. Elle veut rentrer au Mali. Moi je reste.",
            RETURN,
            None,
        ),
        (
            "Atendente: Sozinha?\nUtente: Estou com a minha amiga Rita. Ela quer voltar para Angola. Eu fico.",
            RETURN,
            None,
        ),
        (
            "Agente: ¿Sola?\nLlamante: Con mi prima. Ella quiere volver a Quito. Yo quiero volver a Quito también.",
            RETURN,
            "yes",
        ),
        # a police unit by its name, an agreement to talk, a request said very clearly
        ("Elle est d'accord pour parler à la brigade des mineurs.", POLICE, "yes"),
        ("Elle ne veut pas parler à la brigade des mineurs.", POLICE, "no"),
        ("Está de acuerdo en hablar con la policía.", POLICE, "yes"),
        ("No está de acuerdo en hablar con la policía.", POLICE, "no"),
        ("Ela está de acordo em falar com a polícia.", POLICE, "yes"),
        ("She asked us very clearly not to call the police.", POLICE, "no"),
        ("Nos pidió muy claramente que no llamáramos a la policía.", POLICE, "no"),
        ("Elle nous a demandé très clairement de ne pas appeler la police.", POLICE, "no"),
        ("Pediu-nos muito claramente para não chamar a polícia.", POLICE, "no"),
        ("Cooperating w/ investigation: Y", POLICE, "yes"),
        ("Cooperating w/ investigation: N", POLICE, "no"),
    ],
)
def test_reads(text: str, fact: str, value: object) -> None:
    assert reads(text, fact) == value
