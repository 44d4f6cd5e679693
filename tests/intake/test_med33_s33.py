"""Medical facts on fresh writing (stop 33, med33).

A visit to care already made cancels a symptom's urgency; a symptom relayed in reply to a
health question is only offered; a child named after the word for her is the subject of
what follows; vitamins only suggest a medication need; a reporting lead is not kept with
an injury; an old pain and an injury form value's asides and later sentences are not an
injury; the day she left is no urgency of an injury. Invented notes in en/es/fr/pt, each
with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
MEDS = "medical.needs_medication"


def _read(text: str) -> tuple[dict, dict]:
    out = extract(text)
    return out.values, out.possible


# ------------------------------------------------------------ care already visited


@pytest.mark.parametrize(
    ("visited", "now"),
    [
        (
            "Woman, 41. She went to the hospital three days ago for a fever.",
            "Woman, 41. She has a fever.",
        ),
        (
            "Mujer, 41. Fue al hospital hace tres días por fiebre.",
            "Mujer, 41. Tiene fiebre.",
        ),
        (
            "Femme, 41 ans. Elle est allée aux urgences il y a trois jours pour de la fièvre.",
            "Femme, 41 ans. Elle a de la fièvre.",
        ),
        (
            "Mulher, 41. Foi ao hospital há três dias com febre.",
            "Mulher, 41. Está com febre.",
        ),
    ],
)
def test_care_visited_is_no_urgent_need(visited: str, now: str) -> None:
    assert URGENT not in _read(visited)[0]
    assert _read(now)[0].get(URGENT) is True


# ------------------------------------------------------------ a symptom relayed to a question


@pytest.mark.parametrize(
    ("symptom", "need"),
    [
        (
            "Q: Is she hurt or ill?\nA: Her back hurts since Monday. I think a doctor should see her.",
            "Q: Is she hurt or ill?\nA: Yes, she is bleeding and needs a doctor tonight.",
        ),
        (
            "P: ¿Está herida?\nR: Le duele la espalda desde el lunes.",
            "P: ¿Está herida?\nR: Sí, tiene fiebre alta y necesita un médico hoy.",
        ),
        (
            "P : Elle est blessée, malade ?\nR : Elle a mal au dos depuis lundi.",
            "P : Elle est blessée, malade ?\nR : Oui, elle saigne et a besoin d'un médecin ce soir.",
        ),
        (
            "CASA: Ela está ferida?\nPRF: Dói-lhe as costas desde segunda.",
            "CASA: Ela está ferida?\nPRF: Tem febre alta, precisa de médico agora.",
        ),
    ],
)
def test_symptom_in_a_reply_is_only_offered(symptom: str, need: str) -> None:
    values, possible = _read(symptom)
    assert URGENT not in values and possible.get(URGENT) is True
    assert _read(need)[0].get(URGENT) is True


# ------------------------------------------------------------ a named child


@pytest.mark.parametrize(
    ("child", "hers"),
    [
        ("Woman, 33. Her daughter Lina, 5, has a fever.", "Woman, 33. She has a fever."),
        ("Mujer, 33. Su hija Lina, 5 años, tiene fiebre.", "Mujer, 33. Tiene fiebre."),
        ("Femme, 33 ans. Sa fille Lina, 5 ans, a de la fièvre.", "Femme, 33 ans. A de la fièvre."),
        ("Mulher, 33. A filha dela, Lina, 5 anos, está com febre.", "Mulher, 33. Está com febre."),
    ],
)
def test_named_child_is_the_subject(child: str, hers: str) -> None:
    assert URGENT not in _read(child)[0]
    assert _read(hers)[0].get(URGENT) is True


# ------------------------------------------------------------ vitamins


@pytest.mark.parametrize(
    ("vitamins", "medicine"),
    [
        ("Woman, 27. She takes vitamins.", "Woman, 27. She takes insulin."),
        ("Mujer, 27. Toma vitaminas.", "Mujer, 27. Toma insulina."),
        ("Femme, 27 ans. Prend des vitamines.", "Femme, 27 ans. Prend de l'insuline."),
        ("Mulher, 27. Toma vitaminas.", "Mulher, 27. Toma insulina."),
    ],
)
def test_vitamins_only_offer_medication(vitamins: str, medicine: str) -> None:
    values, possible = _read(vitamins)
    assert MEDS not in values and possible.get(MEDS) is True
    assert _read(medicine)[0].get(MEDS) is True


# ------------------------------------------------------------ injury text


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("Man, 38. He also mentioned a burn on his left arm.", "burn on his left arm"),
        ("Hombre, 38. Acude por contusiones en la pierna.", "contusiones en la pierna"),
        ("Homme, 38 ans. Il signale une plaie au genou.", "plaie au genou"),
        ("Homem, 38. Mencionou um corte na perna.", "corte na perna"),
    ],
)
def test_reporting_lead_left_out(text: str, injury: str) -> None:
    assert _read(text)[0].get(INJURIES) == injury


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Man, 50. Complains of old back pain.", "Man, 50. Severe pain in his back."),
        ("Hombre, 50. Refiere dolor lumbar antiguo.", "Hombre, 50. Le duele mucho la espalda."),
        ("Homme, 50. Douleur ancienne au dos.", "Homme, 50. Très mal au dos, douleur intense."),
        ("Homem, 50. Queixa-se de dor lombar antiga.", "Homem, 50. Dói muito o braço."),
    ],
)
def test_old_pain_is_no_injury(old: str, new: str) -> None:
    assert INJURIES not in _read(old)[0]
    assert INJURIES in _read(new)[0]


def test_injury_form_value_without_aside_or_later_sentence() -> None:
    note = "Âge : 30\nLésions : plaie au bras (pansement à refaire lundi). Reste en observation ce soir."
    assert _read(note)[0].get(INJURIES) == "plaie au bras"
    both = "Age: 30\nInjuries: cut on left hand. Bruises on both arms. Sleeping now."
    assert _read(both)[0].get(INJURIES) == "cut on left hand. Bruises on both arms"
    old = "Age: 30\nInjuries: old back pain, nothing new"
    assert INJURIES not in _read(old)[0]


# ------------------------------------------------------------ the day she left


@pytest.mark.parametrize(
    ("left", "urgent"),
    [
        (
            "Woman, 23. Left today, cut on her hand.",
            "Woman, 23. Cut on her hand, still bleeding today.",
        ),
        ("Mujer, 23. Salió hoy, corte en la mano.", "Mujer, 23. Corte en la mano, sangrando hoy."),
        (
            "Femme, 23 ans. Arrivée aujourd'hui, coupure à la main.",
            "Femme, 23 ans. Coupure à la main, saigne encore aujourd'hui.",
        ),
        ("Mulher, 23. Chegou hoje, corte na mão.", "Mulher, 23. Corte na mão, sangrando hoje."),
    ],
)
def test_day_she_left_is_no_urgency(left: str, urgent: str) -> None:
    values, possible = _read(left)
    assert URGENT not in values and possible.get(URGENT) is True
    assert _read(urgent)[0].get(URGENT) is True
