"""Safety facts composed from their parts (stop 31, safety31), in invented sentences in
en/es/fr/pt: a question put the other way round ("is she safe right now?") offers nothing
by itself; a form's police value with an insistence after it; a wish that the inquiry go
on; her place told to someone from that life; who worked her (the woman she worked for,
the crew, the men who controlled her); someone from that life waiting outside. Each family
has a negated or close counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"


def _value(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ------------------------------------------------- a question put the other way round


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Intake: is she safe right now?\nOutreach: not really, they are looking for her.", None),
        ("Intake: is she safe right now?\nOutreach: no, if he wakes up it is bad.", None),
        ("Acogida: ¿está segura ahora?\nCalle: no sé, él anda cerca.", None),
        ("Accueil : est-elle en sécurité maintenant ?\nMaraude : pas vraiment.", None),
        ("OP: Está em segurança agora?\nL: Não sei... estou escondida.", None),
    ],
)
def test_safe_question_offers_no_safety(text: str, expected: object) -> None:
    reading = extract(text)
    assert reading.values.get(DANGER) == expected
    assert reading.offered().get(DANGER) is not False


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Intake: is she safe right now?\nOutreach: no.", True),
        ("Intake: is she safe right now?\nOutreach: yes, she is with us.", False),
        ("Acogida: ¿está segura ahora?\nCalle: no, él está afuera.", True),
        ("OP: Está em segurança agora?\nL: Não.", True),
    ],
)
def test_safe_question_answered(text: str, expected: object) -> None:
    assert _value(text, DANGER) == expected


# ------------------------------------------------- a police value with an insistence after it


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police: no, she said it twice.", "no"),
        ("Police: no, she was very clear.", "no"),
        ("Police: no contact so far.", None),
        ("Police: no, she said the police never came.", None),
        ("- Policía: no quiere, lo dijo 3 veces.", "no"),
        ("Denuncia: sí, fue muy clara.", "yes"),
        ("Policía: no, dijo que la policía nunca vino.", None),
        ("Police : non, elle l'a dit plusieurs fois.", "no"),
        ("Plainte : non, elle a été très claire.", "no"),
        ("Police : non, elle a dit que la police l'a déjà entendue.", None),
        ("Polícia: não quer, disse duas vezes.", "no"),
        ("Queixa: não, foi muito clara.", "no"),
    ],
)
def test_police_value_insisted(text: str, expected: object) -> None:
    assert _value(text, POLICE) == expected


# ------------------------------------------------- the inquiry going on


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She gave a statement and would like the investigation to go on.", "yes"),
        ("She does not want the investigation to continue.", "no"),
        ("She wants the investigation to stop.", None),
        ("She wants to know about the investigation.", None),
        ("Quiere que la investigación siga adelante.", "yes"),
        ("No quiere que siga la investigación.", "no"),
        ("Quiere saber cómo va la investigación.", None),
        ("Elle souhaite que l'enquête aille jusqu'au bout.", "yes"),
        ("Elle veut savoir où en est l'enquête.", None),
        ("Deseja que o inquérito prossiga.", "yes"),
        ("Quer saber se o inquérito foi arquivado.", None),
        ("O Ministério Público quer que o inquérito avance.", None),
    ],
)
def test_inquiry_goes_on(text: str, expected: object) -> None:
    assert _value(text, POLICE) == expected


# ------------------------------------------------- her place told to someone from that life


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her cousin told the boss where she is staying.", "yes"),
        ("Her cousin did not tell the boss where she is staying.", None),
        ("Her cousin told the police where she is staying.", None),
        ("Su prima le contó al patrón dónde vive.", "yes"),
        ("El patrón le dijo a la policía dónde está ella.", None),
        ("Son frère a dit au réseau où elle habite.", "yes"),
        ("Elle a donné l'adresse du patron à la police.", None),
        ("A irmã passou a morada nova dela ao patrão.", "yes"),
        ("Ela deu o endereço do patrão à polícia.", None),
    ],
)
def test_place_told_to_them(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- who worked her knows


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The crew knows where he sleeps now.", "yes"),
        ("The lady at the front desk knows where she is staying.", None),
        ("La mujer para la que trabajaba sabe dónde vive.", "yes"),
        ("La señora de la iglesia sabe dónde vive.", None),
        ("La dame chez qui elle travaillait sait où elle dort.", "yes"),
        ("La femme du pasteur sait où elle dort.", None),
        ("A mulher para quem trabalhava sabe onde ela dorme.", "yes"),
        ("A senhora da igreja sabe onde ela dorme.", None),
        ("The nurse who held her hand knows where she is.", None),
    ],
)
def test_who_worked_her_knows(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- waiting for her outside


@pytest.mark.parametrize(
    "text, expected",
    [
        ("El jefe la está esperando afuera en el carro.", "yes"),
        ("Su madre la espera afuera.", None),
        ("Le patron l'attend en bas dans sa voiture.", "yes"),
        ("Sa mère l'attend dehors.", None),
        ("O patrão está à espera dela cá fora.", "yes"),
        ("A mãe está à espera dela lá fora.", None),
        ("The boss is waiting for her outside in the car.", "yes"),
        ("Her sister is waiting for her outside.", None),
    ],
)
def test_waiting_outside(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- a decision left open on the act named before


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police: the nurse suggested a complaint; she has not decided.", "undecided"),
        ("The police brought her in; she has not decided yet.", None),
        ("La abogada le explicó cómo poner una denuncia; ella aún no ha decidido.", "undecided"),
        ("La policía la trajo al albergue; no ha decidido todavía.", None),
        ("Le dépôt de plainte reste à décider avec elle.", "undecided"),
        ("Elle a été amenée par la police ; elle n'a pas encore décidé.", None),
        ("A técnica sugeriu apresentar queixa, ela ainda não decidiu.", "undecided"),
        ("Ainda não decidiu onde quer morar.", None),
    ],
)
def test_decision_left_open(text: str, expected: object) -> None:
    assert _value(text, POLICE) == expected


# ------------------------------------------------- still staying where they put her


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She still sleeps in the flat the boss provides.", "yes"),
        ("She still lives in fear of the boss.", None),
        ("She still lives with her mother.", None),
        ("Sigue durmiendo en el cuarto que le da el patrón.", "yes"),
        ("Sigue viviendo lejos del patrón.", None),
        ("Elle dort toujours dans le logement fourni par la gérante du salon.", "yes"),
        ("Elle vit toujours dans la peur du réseau.", None),
        ("Ainda dorme no quarto que o patrão lhe arranjou.", "yes"),
        ("Ainda mora perto do patrão.", None),
    ],
)
def test_still_where_they_put_her(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- a fear that they know is no plain yes


@pytest.mark.parametrize(
    "text",
    [
        "She is afraid they know where she sleeps.",
        "Teme que ellos sepan dónde duerme.",
        "Elle a peur qu'ils sachent où elle dort.",
        "Tem medo que eles saibam onde ela dorme.",
    ],
)
def test_fear_that_they_know_offered(text: str) -> None:
    reading = extract(text)
    assert reading.values.get(KNOWS) is None
    assert reading.offered().get(KNOWS) == "yes"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They know where she sleeps.", "yes"),
        ("Saben dónde duerme, lo dijo el patrón.", "yes"),
        ("Teme que la deporten.", None),
    ],
)
def test_fear_counterparts(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- a question about talking safely


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Écoutante : Vous pouvez parler sans danger ?\nAppelante : oui.", None),
        ("Écoutante : Vous êtes en danger maintenant ?\nAppelante : oui.", True),
        ("OP: ¿Puede hablar sin peligro?\nL: Sí.", None),
        ("OP: ¿Está en peligro ahora?\nL: Sí.", True),
        ("OP: Pode falar sem perigo?\nL: Sim.", None),
        ("OP: Está em perigo agora?\nL: Sim.", True),
        ("Advocate: Can you talk without danger?\nCaller: yes.", None),
        ("Advocate: Are you in danger right now?\nCaller: yes.", True),
    ],
)
def test_talking_safely_is_no_danger_question(text: str, expected: object) -> None:
    reading = extract(text)
    assert reading.values.get(DANGER) == expected
    if expected is None:
        assert DANGER not in reading.offered()


# ------------------------------------------------- asking whether she is in danger


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quiere saber si está en peligro.", None),
        ("Está en peligro ahora mismo.", True),
        ("Elle veut savoir si elle est en danger.", None),
        ("Elle est en danger ce soir.", True),
        ("Ela quer saber se está em perigo.", None),
        ("Está em perigo agora.", True),
        ("She wants to know if she is in danger.", None),
        ("She is in danger right now.", True),
    ],
)
def test_asking_whether_in_danger(text: str, expected: object) -> None:
    assert _value(text, DANGER) == expected
