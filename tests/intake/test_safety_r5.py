"""Safety and consent, round 5: kinds of statement read as a whole, each with the readings
that must not be made. Every sentence is invented for the test, in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE, clear, reads

# ------------------------------------------- a police label answered by what there is


@pytest.mark.parametrize(
    "text",
    [
        "Police: no contact so far.",
        "Police: no prior contact.",
        "Police: no report made yet.",
        "Police: not yet contacted.",
        "Police involvement: none.",
        "Policía: no hubo denuncia.",
        "Policía: sin denuncia.",
        "Denuncia: todavía no presentada.",
        "Plainte : aucune.",
        "Police : pas de plainte déposée.",
        "Plainte : pas encore déposée.",
        "Polícia: sem queixa.",
        "Queixa: nenhuma.",
        "Queixa: ainda não apresentada.",
        "No police contact.",
        "Sin denuncia.",
        "Pas de plainte.",
        "Sem queixa.",
    ],
)
def test_a_police_label_answered_by_what_happened_tells_no_wish(text):
    # no report so far, no contact yet: the state of her case, not whether she wants one
    assert reads(text, POLICE) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police: no.", "no"),
        ("Police: no, not now.", "no"),
        ("Police: does not want.", "no"),
        ("Policía: no por ahora.", "no"),
        ("Denuncia: no quiere.", "no"),
        ("Plainte : non merci.", "no"),
        ("Polícia: não, por enquanto.", "no"),
        ("Queixa: não quer, por agora.", "no"),
        ("Police: yes, wants to report.", "yes"),
        ("Police: not yet, she wants to think.", "undecided"),
        ("Police : pas maintenant, peut-être plus tard.", "undecided"),
        ("Denuncia: no lo tiene claro todavía.", "undecided"),
        ("No police.", "no"),
        ("Pas de police.", "no"),
        ("Sin policía, por favor.", "no"),
        ("Sem polícia por agora.", "no"),
        ("Sin denuncia por ahora.", "no"),
    ],
)
def test_a_police_label_answered_by_her_wish_still_reads(text, value):
    assert clear(text, POLICE) == value


# ------------------------------------------- danger under a modal or a fear: maybe, not now


@pytest.mark.parametrize(
    "text",
    [
        "She could be in danger if the boss finds out.",
        "She might be in danger.",
        "Podría estar en peligro si el patrón se entera.",
        "Teme que podría estar en peligro si la encuentran.",
        "Puede que esté en peligro.",
        "Elle pourrait être en danger si le patron l'apprend.",
        "Elle craint d'être en danger s'ils la retrouvent.",
        "Elle risque d'être en danger.",
        "Ela poderia estar em perigo se o patrão souber.",
        "Ela teme estar em perigo se a encontrarem.",
        "Pode estar em perigo.",
        "Correría peligro si vuelve al piso.",
    ],
)
def test_a_danger_under_a_modal_or_a_fear_is_never_applied(text):
    assert reads(text, DANGER) in (None, "possible")


@pytest.mark.parametrize(
    "text",
    [
        "The boss is looking for her and she is in danger.",
        "El patrón la está buscando, corre peligro.",
        "Dice estar en peligro.",
        "Le patron la cherche, elle est en danger.",
        "O patrão anda à procura dela, está em perigo.",
        "Ela corre perigo neste momento.",
    ],
)
def test_a_danger_said_now_still_is(text):
    assert clear(text, DANGER) is True


# ------------------------------------------- an address she has left is not where she is


@pytest.mark.parametrize(
    "text",
    [
        "The boss knows her old address, not the new one.",
        "The boss knows the address she had before.",
        "El patrón sabe su antigua dirección.",
        "El patrón conoce la dirección anterior.",
        "El patrón sabe su dirección anterior.",
        "Le patron connaît son ancienne adresse.",
        "Le patron connaît l'adresse d'avant.",
        "Le patron connaît son adresse précédente.",
        "O patrão sabe a morada antiga, não a nova.",
        "O patrão conhece o endereço anterior dela.",
        "O traficante sabe a morada velha.",
    ],
)
def test_an_old_address_known_says_nothing_of_where_she_is(text):
    assert clear(text, KNOWS) is None


@pytest.mark.parametrize(
    "text",
    [
        "The boss has her new address.",
        "The trafficker knows where she is staying.",
        "El patrón tiene su nueva dirección.",
        "El patrón sabe su dirección.",
        "Le patron a sa nouvelle adresse.",
        "Le patron connaît son adresse.",
        "O patrão sabe a morada nova dela.",
        "O patrão sabe o endereço dela.",
    ],
)
def test_her_address_now_known_still_is(text):
    assert clear(text, KNOWS) == "yes"


# ------------------------------------------- a condition after the statement: hypothetical


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("She is in danger if she goes back to the flat.", DANGER),
        ("Está en peligro si vuelve al piso.", DANGER),
        ("Elle craint d'être en danger s'ils la retrouvent.", DANGER),
        ("Ela está em perigo se o patrão a encontrar.", DANGER),
        ("The boss would know where she is if she stayed with her aunt.", KNOWS),
        ("The boss knows where she is and says he will come if she does not pay.", KNOWS),
        ("El patrón sabría dónde está si se queda con su tía.", KNOWS),
        ("Le patron saurait où elle est si elle restait chez sa tante.", KNOWS),
    ],
)
def test_a_statement_with_a_condition_after_it_is_only_offered(text, fact):
    assert reads(text, fact) in (None, "possible")


@pytest.mark.parametrize(
    "text",
    [
        "Corre peligro, sí.",
        "Está en peligro, sí, el patrón la busca.",
        "She is in danger, the boss is looking for her.",
        "Elle est en danger, le patron la cherche.",
        "Ela está em perigo, o patrão anda atrás dela.",
        "Está em perigo desde que fugiu.",
    ],
)
def test_a_danger_with_no_condition_after_it_still_is(text):
    assert clear(text, DANGER) is True


# ------------------------------------------- a topic, then a bare answer in running text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sobre la policía, nos dijo que no.", "no"),
        ("Sobre la policía, nos dijo que no, de momento no.", "no"),
        ("Sobre la policía: no, por ahora.", "no"),
        ("En cuanto a la policía, dice que sí.", "yes"),
        ("Quant à la police, elle a dit non.", "no"),
        ("Quant à la police : non, pas maintenant.", "no"),
        ("As for the police, she said no.", "no"),
        ("About the police, she said yes, she wants to report.", "yes"),
        ("About the police, she is undecided.", "undecided"),
        ("Quanto à polícia, ela disse que sim.", "yes"),
        ("Quanto à queixa, disse que sim, quer avançar.", "yes"),
        ("As for the police: not for now.", "no"),
        ("Police: not for now.", "no"),
        ("Policía: ahora no.", "no"),
        ("Plainte : pas maintenant.", "no"),
        ("Queixa: agora não.", "no"),
        ("En cuanto a la denuncia, dice que no sabe todavía.", "undecided"),
    ],
)
def test_a_bare_answer_after_its_topic_answers_it(text, value):
    assert clear(text, POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        "About the police, they came yesterday.",
        "About the police, no contact so far.",
        "About the police, she is afraid of them.",
        "About the police, she says they were kind to her.",
        "About the police, her cousin said no.",
        "Regarding the police, not asked.",
        "Sobre la policía, vinieron ayer al local.",
        "Sobre la policía, nos dijo que no la ayudaron.",
        "Sobre la policía, no sé.",
        "Sobre la denuncia, la hizo su prima el año pasado.",
        "Quant à la police, elle est passée hier.",
        "Quant à la police, elle n'a jamais eu affaire à eux.",
        "Concernant la plainte, c'est son patron qui l'a déposée.",
        "Quanto à polícia, vieram ontem.",
        "Quanto à polícia, nunca foi contactada.",
        "Quanto ao patrão, disse que não.",
    ],
)
def test_a_topic_with_no_bare_answer_or_anothers_answer_tells_no_wish(text):
    assert reads(text, POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "Police: her cousin says no.",
        "Police: the nurse says no.",
        "Denuncia: su madre dice que sí.",
    ],
)
def test_a_label_answered_by_another_person_is_not_hers(text):
    assert clear(text, POLICE) is None


# ------------------------------------------- a no now, then only a "maybe later"


@pytest.mark.parametrize(
    "text",
    [
        "She wants help but NOT police right now, maybe later.",
        "Does not want to press charges for now, perhaps one day.",
        'NO quiere denunciar por ahora, "a lo mejor más adelante".',
        "No quiere poner denuncia, tal vez después.",
        "Ne veut pas porter plainte, peut-être plus tard.",
        "Pas de plainte pour l'instant, peut-être un jour.",
        "Não quer apresentar queixa, talvez mais tarde.",
        "Não quer polícia agora, se calhar depois.",
    ],
)
def test_a_no_now_with_only_a_maybe_later_is_offered_not_applied(text):
    assert reads(text, POLICE) in (None, "possible")


@pytest.mark.parametrize(
    "text",
    [
        "Does not want the police, she wants to think first.",
        "She asked us not to call police yet, she is still thinking about it.",
        "No quiere denunciar, lo quiere pensar.",
        "Pas à la police pour le moment, elle ne sait pas encore.",
        "Ainda não sabe se quer acionar a polícia, prefere pensar.",
        "Police : pas maintenant, peut-être plus tard.",
    ],
)
def test_a_decision_put_off_to_think_is_undecided(text):
    assert clear(text, POLICE) == "undecided"
