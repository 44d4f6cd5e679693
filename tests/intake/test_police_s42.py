"""Stop 42 (police): her police wish on a form line whose no is said again in her words, a
form value still thinking it over, "would rather not", and the writer's own "we will not"
kept theirs. Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a no, then the same no in her words (or another language)
        ('Police: no - "no police, please". Needs a bed tonight.', "no"),
        ("Police : non, « jamais la police ». Besoin d'un lit.", "no"),
        ("Policía: no – «sin policía». Necesita cama.", "no"),
        ('Polícia: NÃO, "never police". Precisa de cama.', "no"),
        ('Polícia: não – "sem polícia". Precisa de cama hoje.', "no"),
        # a form value that says she is still thinking it over
        ("Polícia: ainda a pensar. Precisa de vaga amanhã.", "undecided"),
        ("Polícia: ainda pensando.", "undecided"),
        ("Policía: pensándolo.", "undecided"),
        ("¿Colabora con la policía?: no lo ha decidido.", "undecided"),
        ("Police: still thinking.", "undecided"),
        # her refusal said as a preference
        ("He would rather not speak to the police.", "no"),
        ("She'd prefer not to involve the police.", "no"),
        # a cooperation label answered no
        ("Colabora com a polícia: não.", "no"),
        ("Collabore avec la police : non.", "no"),
    ],
)
def test_her_police_wish_is_read(text: str, value: str) -> None:
    assert extract(text).values.get(_POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        # after the no, a state of things, not her wish again
        "Police: no - police were not called.",
        "Policía: no – la policía no vino.",
        "Police : non – la police n'est pas venue.",
        # the writer's own plan, or another person's preference
        "We will not call the police tonight.",
        "We would rather not call the police tonight.",
        "Her brother would rather not call the police.",
        "Nous n'appellerons pas la police.",
    ],
)
def test_no_police_wish_of_hers(text: str) -> None:
    assert extract(text).values.get(_POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Wants legal advice before deciding about the police.",
        "Quiere asesoría legal antes de decidir si denuncia.",
        "Veut un conseil juridique avant de décider pour la plainte.",
        "Quer apoio jurídico antes de decidir sobre a queixa.",
    ],
)
def test_a_decision_put_off_is_undecided(text: str) -> None:
    assert extract(text).values.get(_POLICE) == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "Ne veut pas de police pour l'instant — « je verrai plus tard ».",
        'Não quer polícia: "agora não, depois vejo".',
        "Policía: ahora no, después veo.",
    ],
)
def test_not_now_then_a_later_look_is_undecided(text: str) -> None:
    assert extract(text).values.get(_POLICE) == "undecided"


def test_the_writers_we_will_see_is_no_doubt_of_hers() -> None:
    text = (
        "Il n'est pas prêt à parler à la police. Le foyer, lui, voudrait qu'une plainte "
        "soit déposée, on verra avec le juge."
    )
    assert extract(text).values.get(_POLICE) != "undecided"
