"""Stop 26, care14: health that needs care now, read by mechanism in en/es/fr/pt, each
family with a distractor that must not fire.

- an injury the note says has not been treated ("no ha sido atendida", "has not seen a
  doctor", "pas soignée", "não foi tratada") is an urgent medical need, so a medical need:
  its cancel word ("atendida", "soignée") inside the rule's own clear phrase is no care
  done; a cared-for injury still cancels;
- a danger sign in pregnancy (the baby moves less, bleeding, fluid, contractions) is an
  urgent medical need, in a note or an answer (`pregnancy_signs`, and
  `pregnancy_signs_stopped` said with its own negation); denied it says nothing;
- a no with a second side ("not now, but my head hurts a lot") is no clear no to the
  urgent-care question: stated after the contrast it is a yes, only suggested it stays
  open (her words kept), a plain "no, but thank you" stays a no.
"""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from caseassist.intake.facts import State
from caseassist.intake.needs import derive_needs
from caseassist.intake.read import extract
from tests.intake.reading import clear, settled

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"


# ------------------------------------------------------------------ an untreated injury


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, cut on her arm, has not seen a doctor.",
        "She has a burn on her hand that has not been treated.",
        "Mujer de 30 años con una herida en la mano que no ha sido atendida.",
        "Tiene un corte en la pierna, sin atender.",
        "Femme, blessure à la jambe pas soignée.",
        "Coupure à l'avant-bras, elle n'a pas été soignée.",
        "Mulher com ferida no braço que não foi tratada.",
        "Tem uma queimadura na mão, ainda não foi vista por um médico.",
    ],
)
def test_an_untreated_injury_is_a_medical_need(text):
    got = extract(text)
    assert got.values.get(URGENT) is True and got.values.get(INJURIES)
    assert "medical" in {n.category for n in derive_needs(got.values)}


@pytest.mark.parametrize(
    "text",
    [
        "Woman with a cut on her arm, seen by the nurse.",
        "Herida en la mano, ya atendida.",
        "Blessure à la jambe, soignée hier.",
        "Ferida no braço, já foi tratada.",
    ],
)
def test_a_cared_for_injury_is_still_no_urgent_need(text):
    got = extract(text)
    assert URGENT not in got.values and got.values.get(INJURIES)


# ------------------------------------------------------------------ pregnancy danger signs


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant, 5 months. The baby moves less these days.",
        "Pregnant; her waters broke this morning.",
        "Embarazada de 5 meses, dice que el bebé se mueve menos.",
        "Embarazada, pierde líquido desde anoche.",
        "Enceinte, elle ne sent plus bouger le bébé.",
        "Enceinte de 7 mois, saignement vaginal depuis ce matin.",
        "Grávida, o bebé mexe-se menos.",
        "Grávida, o bebé parou de mexer desde ontem.",
    ],
)
def test_a_danger_sign_in_pregnancy_is_an_urgent_medical_need(text):
    assert clear(text, URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant, no contractions, no bleeding.",
        "Embarazada; el bebé se mueve bien.",
        "Enceinte, le bébé bouge bien.",
        "Grávida, sem contrações.",
    ],
)
def test_a_pregnancy_without_a_danger_sign_is_no_urgent_need(text):
    assert clear(text, URGENT) is None


# ------------------------------------------------------------------ a no with a second side


@pytest.mark.parametrize(
    "text",
    [
        "not now, but the baby moves less these days and my back hurts a lot",
        "ahora no, pero el bebé se mueve menos",
        "pas maintenant, mais je perds du liquide",
        "agora não, mas o bebé mexe-se menos",
    ],
)
def test_no_but_a_danger_sign_is_a_yes(text):
    assert settled(URGENT, text)[URGENT] is True


@pytest.mark.parametrize(
    "text",
    [
        "not now, but my head hurts a lot",
        "ahora no, pero me duele la cabeza",
        "pas maintenant, mais j'ai mal au ventre",
        "agora não, mas dói-me a barriga",
    ],
)
def test_no_but_a_symptom_stays_open_with_her_words(text):
    first = settle_answer(URGENT, text)[0]
    assert first.fact == URGENT and first.state is State.UNKNOWN and first.note == text


@pytest.mark.parametrize("text", ["no, but thank you", "no, pero gracias", "non, mais merci"])
def test_no_but_nothing_of_health_is_a_no(text):
    assert settled(URGENT, text)[URGENT] is False
