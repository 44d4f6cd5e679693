"""Who knows where she is and her documents (stop 29, safety29), in invented sentences in
en/es/fr/pt: someone from that life who found the place she is in now (a finding verb and
"our shelter"); "with me" said by the helper she is with; a form's own yes or no after a
label ("Trafficker aware of location: N") and a blank form template ("Y/N") never read as
a statement; a document given back by the writer's office ("nous l'avons récupéré");
money kept "for the visa" is no document kept. Each family has a negated or close
distractor that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"
DOCS = "legal.has_identity_documents"


def _value(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ------------------------------------------------- found the place she is in now


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The trafficker has located our shelter.", "yes"),
        ("The trafficker has not found our shelter.", "no"),
        ("Her cousin found this shelter for her.", None),
        ("El patrón ha localizado nuestra casa y ayer rondaba la puerta.", "yes"),
        ("El patrón no ha localizado nuestra casa.", "no"),
        ("Su amiga encontró este albergue en internet.", None),
        ("Le réseau a retrouvé notre foyer hier soir.", "yes"),
        ("Le réseau n'a pas retrouvé notre foyer.", "no"),
        ("Sa tante a trouvé ce foyer pour elle.", None),
        ("O patrão descobriu a nova morada.", "yes"),
        ("O patrão não descobriu a nova morada.", "no"),
        ("A vizinha encontrou esta casa na internet.", None),
    ],
)
def test_found_her_place(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- "with me", said by the helper


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The boss came by yesterday. He doesn't know she is with me.", "no"),
        ("El patrón vino ayer. No saben que está conmigo.", "no"),
        ("O patrão não sabe que ela está comigo.", "no"),
        ("Mi hermana sabe que estoy conmigo.", None),
    ],
)
def test_with_the_helper(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- a form's own yes or no, a blank template


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("Name: Lina\nTrafficker aware of location: N", KNOWS, "no"),
        ("Name: Lina\nTrafficker aware of location: Y", KNOWS, "yes"),
        ("Name: Lina\nTrafficker aware of location: Y/N", KNOWS, None),
        ("Nom : Lina\nTrafiquant connaît l'adresse : N", KNOWS, "no"),
        ("Nom : Lina\nTrafiquant connaît l'adresse : O/N", KNOWS, None),
        ("Name: Lina\nImmediate danger: Y/N\nWants police: Y/N", DANGER, None),
        ("Name: Lina\nImmediate danger: Y/N\nWants police: Y/N", POLICE, None),
        ("Name: Lina\nHas ID: N", DOCS, False),
        ("Name: Lina\nHas ID: Y/N", DOCS, None),
    ],
)
def test_form_values(text: str, fact: str, expected: object) -> None:
    assert _value(text, fact) == expected


# ------------------------------------------------- documents given back by the writer's office


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The boss held his passport; we recovered it today.", True),
        ("The boss held his passport; we have not recovered it.", False),
        ("El patrón retenía su pasaporte; ya se lo hemos devuelto.", True),
        ("El patrón retenía su pasaporte; todavía no lo hemos recuperado.", False),
        ("Son passeport était retenu par l'employeur. Nous l'avons récupéré ce matin.", True),
        ("Son passeport était retenu par l'employeur. Nous ne l'avons pas encore récupéré.", False),
        ("O passaporte estava na posse do mestre; recuperámo-lo hoje.", True),
        ("O passaporte estava na posse do mestre; ainda não o recuperamos.", False),
    ],
)
def test_given_back_by_us(text: str, expected: object) -> None:
    assert _value(text, DOCS) is expected


# ------------------------------------------------- money kept for a document


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He says they kept half his pay for the visa.", None),
        ("He says they kept his passport.", False),
        ("El patrón se quedaba con la mitad del sueldo para los papeles.", None),
        ("El patrón se quedó con su pasaporte.", False),
        ("Le patron gardait la moitié de son salaire pour le visa.", None),
        ("Le patron gardait son passeport.", False),
        ("O patrão ficava com metade do salário para os papéis.", None),
        ("O patrão ficou com o passaporte dela.", False),
    ],
)
def test_money_kept_for_a_document(text: str, expected: object) -> None:
    assert _value(text, DOCS) is expected


# ------------------------------------------------- her place "unknown to" them


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She moved on Monday; current address unknown to her employer.", "no"),
        ("Her location is probably unknown to the trafficker.", None),
        ("Her mother's address is unknown to the trafficker.", None),
        ("Su dirección actual es desconocida para el patrón.", "no"),
        ("La dirección de su hermana es desconocida para el patrón.", None),
        ("Son adresse actuelle est inconnue du réseau.", "no"),
        ("L'adresse de sa cousine est inconnue du patron.", None),
        ("A morada atual é desconhecida do patrão.", "no"),
        ("A morada da irmã é desconhecida do patrão.", None),
    ],
)
def test_unknown_to_them(text: str, expected: object) -> None:
    assert _value(text, KNOWS) == expected


# ------------------------------------------------- a thing kept that is no document (pt)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("O telemóvel dele ficou com o encarregado.", None),
        ("O patrão guarda o dinheiro dela.", None),
        ("O patrão ficou com o passaporte.", False),
        ("Ela guarda o passaporte na bolsa.", None),
    ],
)
def test_thing_kept_is_no_document(text: str, expected: object) -> None:
    assert _value(text, DOCS) is expected


# ------------------------------------------------- she left without them knowing


@pytest.mark.parametrize(
    "text, fact, expected",
    [
        ("She left without the boss knowing.", KNOWS, "no"),
        ("She left without her passport, the boss kept it.", KNOWS, None),
        ("She fled, probably without the boss knowing.", KNOWS, None),
        ("Se fue de noche sin que el patrón lo supiera.", KNOWS, "no"),
        ("Salió sin su pasaporte, el patrón lo tiene.", KNOWS, None),
        ("Elle est partie à l'insu de son employeur.", KNOWS, "no"),
        ("Elle est partie sans que le patron le sache.", KNOWS, "no"),
        ("Ela saiu sem o patrão saber.", KNOWS, "no"),
        ("Ela saiu sem os documentos, o patrão ficou com eles.", KNOWS, None),
        ("She left unknown to her sister.", KNOWS, None),
    ],
)
def test_left_without_them_knowing(text: str, fact: str, expected: object) -> None:
    assert _value(text, fact) == expected
