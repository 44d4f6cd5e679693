"""Stop 26, safety: the police wish answered in a transcript's reply, and who knows where
she is when the note's owner or spelling is loose.

- A reply to a police question that is an emphatic no ("absolutely not", "pas question",
  "ni hablar", "nem pensar"), its wish verb negated alone ("Elle ne veut pas.", "She doesn't
  want to", "Ella no quiere.", "Ela recusa."), or a no with its "he says" after it, is a no.
- "dont" without its apostrophe after "she / he" or before an English verb is "do not": "she
  dont want police" is a no, never a yes.
- A chat line opening with its day and time ("[19/05 20:45]") is a turn of its own: a
  question on the next line does not make it a question.
- A statement to the writer's own office ("to our office", "a notre service") is no police act.
- A relation marked as only claimed ("her so-called boyfriend", "su supuesto novio") is on
  the exploiter's side; "he knows where they are" is only offered ("they" may be others).
- A person who may be from that life with a verb of control right after it ('Boyfriend
  "controls everything"', "el novio la controla") is from that life.
- A knowing verb spelt loosely ("knows were she lives", "no save donde") is read as meant,
  and a time word may stand inside a knowing statement ("found out yesterday where").

Invented sentences, en/es/fr/pt, with readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import KNOWS, POLICE, reads

# ------------------------------------------------- a transcript's reply to a police question


@pytest.mark.parametrize(
    "text",
    [
        "Intake: Police?\nWorker: She says absolutely not.",
        "Intake: Police?\nWorker: Absolutely not, she is scared.",
        "[21:08] Shelter: police?\n[21:09] Lewis (outreach): absolutely not he says",
        "Foyer : Elle veut qu'on appelle la police ?\nVeilleur : Elle ne veut pas, elle dit non.",
        "Foyer : Et la police ?\nConsulat : Pas question.",
        "Acogida: ¿Quiere denunciar?\nPatrullero: Ni hablar, tiene miedo.",
        "Acogida: ¿Y la policía?\nVecina: Ella no quiere.",
        "Técnica: Quer apresentar queixa?\nAgente: Ela recusa.",
        "Técnica: E a polícia?\nAgente: Nem pensar.",
    ],
)
def test_a_refusing_reply_to_a_police_question_is_no(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        # the reply says what she wants done, not a refusal of the police
        "Foyer : Et la police ?\nConsulat : Elle ne veut pas qu'on en parle maintenant, on verra.",
        # a yes after "of course" stays a yes
        "Intake: Does she want to talk to the police?\nWorker: Of course, she asked for them.",
    ],
)
def test_a_reply_that_is_no_refusal_is_not_no(text):
    assert reads(text, POLICE) != "no"


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Absolutely not.", "no"),
        ("Je ne veux pas.", "no"),
        ("She doesn't want to.", "no"),
        ("Ela não quer.", "no"),
        ("Of course not.", "no"),
        ("Of course.", "yes"),
    ],
)
def test_an_answer_of_one_refusal_is_no(answer, value):
    assert interpret_answer(POLICE, answer).values.get(POLICE) == value


# ------------------------------------------------- "dont" written without its apostrophe


@pytest.mark.parametrize(
    "text",
    [
        "she is from nigeria, about 30. she dont want police, she is scared.",
        "he is 40. he dont want police.",
        "pt 30 y/o. pt dont want police involvement.",
    ],
)
def test_dont_without_apostrophe_is_a_negation(text):
    assert reads(text, POLICE) == "no"


def test_french_dont_is_left_alone():
    text = "Elle a 30 ans. La police, dont elle a peur, ne l'a pas encore entendue."
    assert reads(text, POLICE) != "yes"


# ------------------------------------------------- a chat line with its day and time


def test_a_dated_chat_line_is_a_turn_of_its_own():
    text = (
        "[19/05 20:44] Irma Celia (Igreja Comunidade da Graca): nao tem onde dormir hoje\n"
        "[19/05 20:45] Irma Celia (Igreja Comunidade da Graca): nao sabe se quer dar queixa"
        " na policia\n"
        "[19/05 20:45] Irma Celia (Igreja Comunidade da Graca): voces podem receber ela hoje??"
    )
    assert reads(text, POLICE) == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "Ela tem 22 anos. Não sabe se quer dar queixa.",
        "Ela tem 22 anos. Ainda não decidiu se quer dar parte à polícia.",
    ],
)
def test_dar_queixa_is_a_report(text):
    assert reads(text, POLICE) == "undecided"


# ------------------------------------------------- a statement to the writer's own office


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 26. Willing to give a statement to our office, but not sure about police.",
        "Mujer, 26 años. Dispuesta a prestar declaración a nuestra oficina, pero no está"
        " segura sobre la policía.",
        "Femme, 26 ans. Prête à faire une déposition à notre service, mais hésite à porter"
        " plainte.",
    ],
)
def test_a_statement_to_the_writers_office_is_no_police_yes(text):
    assert reads(text, POLICE) == "undecided"


def test_a_statement_to_the_police_is_still_yes():
    assert reads("Woman, 26. She is willing to give a statement to the police.", POLICE) == "yes"


def test_le_cooperation_form_line():
    text = "Victim: F, 19 y/o\nLE cooperation: victim willing to give statement.\n"
    assert reads(text, POLICE) == "yes"


# ------------------------------------------------- who knows: claimed relations, "they"


@pytest.mark.parametrize(
    "text",
    [
        "She is 18. Her so-called boyfriend knows she is here.",
        "Tiene 18 años. Su supuesto novio sabe que está aquí.",
        "Elle a 18 ans. Son soi-disant copain sait qu'elle est ici.",
        "Tem 18 anos. O suposto namorado sabe que ela está aqui.",
    ],
)
def test_a_claimed_relation_knowing_is_yes(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She is 18. Her boyfriend knows she is here.",  # a boyfriend may be her own
        "Tem 18 anos. O dito namorado sabe que ela está aqui.",  # "dito": the one named
    ],
)
def test_a_plain_relation_knowing_is_only_offered(text):
    assert reads(text, KNOWS) in ("possible", None)


@pytest.mark.parametrize(
    "text",
    [
        "The family lives in a room the owner rents to them, so he knows where they are.",
        'Expects the manager "will come looking" but says he has no idea where they are now.',
    ],
)
def test_he_knowing_where_they_are_is_only_offered(text):
    assert reads(text, KNOWS) == "possible"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt female 28. She says the owner knows were she lives and will be angry.", "yes"),
        ("Varon de 44 años. Dice que el jefe no save donde esta ahora.", "no"),
        ("Homem, 30 anos. O patrão sabe aonde ele está.", "yes"),
    ],
)
def test_a_knowing_verb_spelt_loosely(text, value):
    assert reads(text, KNOWS) == value


@pytest.mark.parametrize(
    "text",
    [
        "She is 22. Her boyfriend controls her money. He knows she is here.",
        'Pt F 22. Boyfriend "controls everything". He knows she is here.',
        "Tiene 22 años. El novio la controla. Él sabe que está aquí.",
        "Elle a 22 ans. Le copain la vend. Il sait qu'elle est ici.",
        "Tem 22 anos. O namorado controla tudo. Ele sabe que ela está aqui.",
    ],
)
def test_a_person_who_controls_her_is_from_that_life(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She is 22. Her husband controls her money. He knows she is here.",  # her family
        "She is 22. Her boyfriend visits often. He knows she is here.",  # no control said
    ],
)
def test_a_person_of_hers_knowing_is_only_offered(text):
    assert reads(text, KNOWS) == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. The boss found out yesterday where she is staying.",
        "Mujer de 30. El patrón averiguó ayer dónde vive.",
        "Femme, 30 ans. Le patron sait depuis hier où elle dort.",
        "Cliente de 33 anos. O homem que a explorava descobriu hoje onde ela está hospedada.",
    ],
)
def test_a_time_word_inside_a_knowing_statement(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "She is 18. The guy, her so-called boyfriend, tracks her phone. He knows she's here.",
            "yes",
        ),
        ("Tiene 18 años. El tipo, su supuesto novio, la llama. Él sabe que está aquí.", "yes"),
        # set beside one of hers, the "he" may be either: offered
        ("She is 18. The guy, her brother, tracks her phone. He knows she is here.", "possible"),
    ],
)
def test_a_person_set_beside_a_claimed_relation_is_that_person(text, value):
    assert reads(text, KNOWS) == value
