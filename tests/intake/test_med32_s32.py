"""An injury kept without how or when it came, clinical shorthand read, and an injury
denied only as reported or observed (stop 32, med32).

The kept injury stops where its cause or its time starts ("from the kitchen", "hace un
mes", "depuis hier", "há dois dias"), a care word after a cut tail goes with the tail;
"lac R forearm", "Fx antebraço D" and contusions are injuries, "lac" alone is a lake; a
form's "Lesões aparentes:" is a label, not the injury; "No injuries reported" or "Pas de
blessure constatée" says nothing of urgency, where "No injuries" still says no. Invented
sentences in en/es/fr/pt, each with the ones that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import clear

INJURIES = "medical.injuries"
URGENT = "medical.urgent_need"


# --------------------------------------------- the injury without its cause or time


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("She has a deep cut on her left hand from a broken bottle.", "deep cut on her left hand"),
        ("Burn on his arm since last week, needs dressing today.", "Burn on his arm"),
        ("Cuts on both palms from the packing line, dressed.", "Cuts on both palms"),
        ("Tiene una herida en la pierna desde el sábado.", "herida en la pierna"),
        ("Quemadura en el brazo hace dos semanas.", "Quemadura en el brazo"),
        ("Elle a une plaie au pied depuis trois jours.", "plaie au pied"),
        ("Il a une coupure au bras suite à une chute.", "coupure au bras"),
        ("Tem uma ferida na perna há dois dias.", "ferida na perna"),
        ("Corte na mão quando estava a trabalhar na fábrica.", "Corte na mão"),
    ],
)
def test_an_injury_is_kept_without_how_or_when_it_came(text: str, injury: str) -> None:
    assert clear(text, INJURIES) == injury


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("Bleeding from her nose.", "Bleeding from her nose"),
        (
            "Herida en la mano que no ha visto ningún médico.",
            "Herida en la mano que no ha visto ningún médico",
        ),
        (
            "Ferida na mão que não há maneira de fechar.",
            "Ferida na mão que não há maneira de fechar",
        ),
    ],
)
def test_a_tail_word_inside_the_injury_cuts_nothing(text: str, injury: str) -> None:
    assert clear(text, INJURIES) == injury


# --------------------------------------------- clinical shorthand and contusions


@pytest.mark.parametrize(
    "text",
    [
        "ED: lac R hand, sutured.",
        "Fx L wrist, cast on.",
        "He has contusions on both legs.",
        "Contusiones en la espalda.",
        "Fx muñeca izq., inmovilizada.",
        "Fx poignet D, plâtre.",
        "Fx punho esq, engessado.",
    ],
)
def test_shorthand_and_contusions_are_injuries(text: str) -> None:
    assert clear(text, INJURIES)


@pytest.mark.parametrize(
    "text",
    [
        "She lived near the lac Léman for a year.",
        "Elle habitait au bord du lac avec sa tante.",
        "Vivió junto al lago con su tía.",
        "Morava perto do lago com a tia.",
    ],
)
def test_a_lake_is_no_injury(text: str) -> None:
    assert clear(text, INJURIES) is None


def test_an_apparent_injuries_label_is_no_injury() -> None:
    text = "Idade: 17\nLesões aparentes: escoriação no joelho esquerdo, já limpa\nSexo: F"
    assert clear(text, INJURIES) == "escoriação no joelho esquerdo, já limpa"


# --------------------------------------------- an injury denied as reported or observed


@pytest.mark.parametrize(
    "text",
    [
        "No injuries reported.",
        "He has no injuries that we know of.",
        "Sin lesiones referidas.",
        "No presenta lesiones conocidas.",
        "Pas de blessure constatée.",
        "Aucune blessure signalée.",
        "Sem lesões relatadas.",
        "Não tem ferimentos conhecidos.",
    ],
)
def test_an_injury_denied_as_reported_says_nothing_of_urgency(text: str) -> None:
    assert clear(text, URGENT) is None


@pytest.mark.parametrize(
    "text",
    ["No injuries.", "Sin lesiones.", "Pas de blessure.", "Sem lesões."],
)
def test_an_injury_denied_plainly_is_still_no_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is False


# --------------------------------------------- an injury long past is none now


@pytest.mark.parametrize(
    "text",
    [
        "She was beaten last year and had bruises then.",
        "El año pasado tenía moretones.",
        "Se quemó la mano de pequeña.",
        "L'an dernier elle avait des bleus.",
        "Elle s'est cassé le bras quand elle était enfant.",
        "No ano passado tinha hematomas.",
        "Queimou a mão quando era pequena.",
    ],
)
def test_an_injury_long_past_is_no_injury_now(text: str) -> None:
    assert clear(text, INJURIES) is None


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        (
            "Last year she had bruises; now she has a fresh cut on her hand.",
            "fresh cut on her hand",
        ),
        (
            "A burn on her arm from the fryer, blisters, bandaged here.",
            "burn on her arm, blisters, bandaged here",
        ),
    ],
)
def test_an_injury_now_beside_a_past_one_is_kept(text: str, injury: str) -> None:
    assert clear(text, INJURIES) == injury


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("My ankle is very swollen since I jumped from the van.", "ankle is very swollen"),
        ("Mi tobillo está muy hinchado desde ayer.", "tobillo está muy hinchado"),
        ("Mon poignet est enflé depuis hier.", "poignet est enflé"),
        ("Meu pé está inchado há dois dias.", "pé está inchado"),
    ],
)
def test_her_own_injury_in_an_answer_starts_at_the_body(text: str, injury: str) -> None:
    got = interpret_answer(URGENT, text)
    assert got.values.get(INJURIES) == injury


# --------------------------------------------- an injury feared or threatened


@pytest.mark.parametrize(
    "text",
    [
        "She is afraid of being injured again.",
        "Tiene miedo de ser herida otra vez.",
        "Elle a peur d'être blessée.",
        "Tem medo de ser ferida.",
    ],
)
def test_an_injury_feared_is_no_injury(text: str) -> None:
    assert clear(text, INJURIES) is None


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("He threatened to kill her, she has bruises on her arms.", "bruises on her arms"),
        ("La amenazó con matarla, tiene moretones en los brazos.", "moretones en los brazos"),
        ("Il menaçait de la tuer, elle a des bleus aux bras.", "bleus aux bras"),
        ("Ameaçou matá-la, tem hematomas nos braços.", "hematomas nos braços"),
    ],
)
def test_an_injury_beside_a_threat_is_kept(text: str, injury: str) -> None:
    assert clear(text, INJURIES) == injury
