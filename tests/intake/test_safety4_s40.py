"""Stop 40 (safety4): her police wish told as a reply to an offer, a reply with its reason
after it, a decision put off after an ellipsis, and another person's "no" kept theirs.
Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sex: F\nThe night nurse offered to call the police; she said no.", "no"),
        ("Sex: F\nStaff offered to phone the police for her. She declined.", "no"),
        ("Sex: F\nWe offered to call the police for her. She said yes, please.", "yes"),
        (
            "Sex: F\nReception offered to call the police; she said not now, maybe later.",
            "undecided",
        ),
        ("Sexo: F\nLe ofrecimos llamar a la policía. Lo rechazó.", "no"),
        (
            "Sexo: F\nEl vigilante le ofreció llamar a la policía; dijo que ahora no, quizás "
            "más adelante.",
            "undecided",
        ),
        ("Sexe : F\nOn lui a proposé d'appeler la police ; elle a refusé.", "no"),
        (
            "Sexe : F\nLe gardien lui a proposé d'appeler la police ; elle a dit pas maintenant, "
            "peut-être plus tard.",
            "undecided",
        ),
        ("Sexo: F\nOfereceram-lhe chamar a polícia; recusou.", "no"),
        (
            "Sexo: F\nO segurança ofereceu-se para chamar a polícia; ela disse que agora não, "
            "talvez mais tarde.",
            "undecided",
        ),
    ],
)
def test_an_offer_of_the_police_is_a_question_her_reply_answers(text, value):
    assert extract(text).values.get(_POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nSecurity offered to call the police; her boyfriend said no.",
        "Sex: F\nWe asked if she wants to go to the police; her partner said no.",
        "Sexo: F\nLe preguntamos si quiere denunciar, su pareja dijo que no.",
        "Sex: F\nThe cook offered to call her sister; she said no.",
        "Sex: F\nThey offered her a job in a hotel and she said yes.",
    ],
)
def test_another_persons_no_or_an_offer_of_something_else_is_no_police_wish(text):
    assert extract(text).values.get(_POLICE) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sex: F\nPolice: no, she is scared of them.", "no"),
        ("Sexo: F\nPolicía: dijo que no, que le da miedo.", "no"),
        ("Sexo: F\nDenuncia: dice que no, que no confía en ellos.", "no"),
        ("Sexe : F\nPolice : elle dit non, elle a peur.", "no"),
        ("Sexo: F\nPolícia: diz que não, que tem medo.", "no"),
        ("Sexo: F\nPolicía: dijo que no, que le da miedo, que a lo mejor después.", "undecided"),
    ],
)
def test_a_reply_with_its_reason_after_it_is_still_her_answer(text, value):
    assert extract(text).values.get(_POLICE) == value


def test_a_fact_with_a_fear_after_it_is_still_no_wish():
    assert extract("Sex: F\nPolice: no contact so far, she is scared.").values.get(_POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nPolice: client says not now... maybe later, when she feels stronger.",
        "Sexo: F\nPolicía: ahora no... a lo mejor más adelante.",
        "Sexe : F\nPolice : pas maintenant... peut-être plus tard.",
        "Sexo: F\nPolícia: agora não... talvez mais tarde.",
    ],
)
def test_a_maybe_later_after_an_ellipsis_keeps_the_decision_open(text):
    assert extract(text).values.get(_POLICE) == "undecided"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('Sex: M\nPolice ........ offered. Worker: "not now"', "no"),
        ("Sex: F\nPolice: offered. She said not now, maybe later.", "undecided"),
        ("Sexo: F\nDenuncia: ofrecida. Ella dijo que no.", "no"),
        ("Sexe : F\nPlainte : proposée. Elle : non, pas maintenant.", "no"),
    ],
)
def test_a_form_value_that_is_only_an_offer_is_answered_by_the_next_turn(text, value):
    assert extract(text).values.get(_POLICE) == value


def test_an_offer_with_no_reply_reads_nothing():
    assert extract("Sex: F\nPolice: offered. Thanks for calling.").values.get(_POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nWants police: not now",
        "Sexo: F\nQuiere denunciar: ahora no",
        "Sexe : F\nSouhaite porter plainte : pas maintenant",
        "Sexo: F\nQuer apresentar queixa: agora não",
    ],
)
def test_a_wish_label_answered_not_now_is_never_a_yes(text):
    got = extract(text)
    assert got.values.get(_POLICE) in (None, "no")
    assert got.offered().get(_POLICE) in (None, "no")
