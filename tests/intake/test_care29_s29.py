"""Stop 29, care29: injuries kept only when they are injuries now, a meal given is no
sure answer on hunger, and a bed asked for tonight in more words, in en/es/fr/pt, each
family with a counterpart that must not give the value.

- an injury said to be old ("old injury, not new", "una lesión antigua") is no injury to
  ask about now, as a healed one is;
- an ulcer or a sore ("bad leg ulcer") suggests urgent care but is no injury;
- a mild pain ("back pain and a cough") is a symptom: no injury kept; a severe one is;
- a need for a bed from a named later day ("from Sunday night") is not tonight's;
- asked not to be sent back tonight is a bed needed tonight;
- a meal the writer gave says nothing sure of hunger: "no need" only offered.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
FOOD = "food.needs_food_now"
TONIGHT = "shelter.needs_shelter_tonight"


# ------------------------------------------------------------------ old injuries


@pytest.mark.parametrize(
    "text",
    [
        "He walks with a stick, an old knee injury, not new.",
        "Cojea por una lesión antigua de la rodilla.",
        "Elle boite, une blessure ancienne au genou.",
        "Coxeia por causa de uma lesão antiga no joelho.",
    ],
)
def test_an_old_injury_is_not_kept(text):
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He has a knee injury from a fall at work.", "knee injury"),
        ("Tiene una herida en la rodilla.", "herida en la rodilla"),
        ("Il a une plaie au genou.", "plaie au genou"),
        ("Tem uma ferida no joelho.", "ferida no joelho"),
    ],
)
def test_a_new_injury_is_still_kept(text, kept):
    assert kept in extract(text).values.get(INJURIES, "")


# ------------------------------------------------------------------ ulcers and mild pain


@pytest.mark.parametrize(
    "text",
    [
        "Bad leg ulcer, needs dressing today.",
        "Úlcera en el pie, necesita curación hoy.",
        "Ulcère à la jambe, pansement à faire aujourd'hui.",
        "Úlcera na perna, precisa de penso hoje.",
    ],
)
def test_an_ulcer_is_no_injury(text):
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She came in for back pain and a cough.",
        "Vino por dolor de espalda y tos.",
        "Douleurs au genou droit, marche lentement.",
        "Tem dores nas pernas e tosse.",
    ],
)
def test_a_mild_pain_is_a_symptom_not_an_injury(text):
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She has severe pain in her shoulder.",
        "Le duele mucho el brazo.",
        "Elle a très mal au poignet.",
        "Dói muito o braço.",
    ],
)
def test_a_severe_pain_is_kept(text):
    assert extract(text).values.get(INJURIES)


# ------------------------------------------------------------------ shelter tonight


@pytest.mark.parametrize(
    "text",
    [
        "He is leaving on Sunday and will need a place to stay from Sunday night.",
        "Necesitará un lugar para dormir a partir del domingo.",
        "Elle aura besoin d'un hébergement à partir de dimanche.",
        "Vai precisar de alojamento a partir de domingo.",
    ],
)
def test_a_bed_needed_from_a_later_day_is_not_tonight(text):
    assert extract(text).values.get(TONIGHT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She asked me not to send her back to that house tonight.",
        "Nos pidió que no la manden de vuelta a esa casa esta noche.",
        "Elle nous a demandé de ne pas la renvoyer chez eux ce soir.",
        "Pediu para não ser mandada de volta para aquela casa esta noite.",
    ],
)
def test_asked_not_to_be_sent_back_tonight_needs_a_bed(text):
    assert extract(text).values.get(TONIGHT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She asked me to send her back to her aunt's tonight.",
        "Pidió que la llevemos a casa de su tía esta noche.",
    ],
)
def test_asking_to_go_to_a_relative_tonight_is_no_need(text):
    assert extract(text).values.get(TONIGHT) is not True


def test_a_question_about_somewhere_to_sleep_is_no_place_had():
    text = "She is scared to go home tonight and asked if there is somewhere she can sleep."
    assert extract(text).values.get(TONIGHT) is True


# ------------------------------------------------------------------ a meal given


@pytest.mark.parametrize(
    "text",
    [
        "We gave her a sandwich while she waited.",
        "Le dimos de comer mientras esperaba.",
        "On lui a donné à manger pendant l'attente.",
        "Demos-lhe comida enquanto esperava.",
    ],
)
def test_a_meal_given_is_no_sure_answer_on_hunger(text):
    assert FOOD not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Pt was hungry, fed in ED.",
        "He was very hungry, we are giving him food now.",
    ],
)
def test_hunger_met_by_a_meal_is_no_need_now(text):
    assert extract(text).values.get(FOOD) is not True


def test_a_meal_given_and_fine_for_now_is_no_need():
    text = "She has not eaten today, we gave her lunch so she is OK for now."
    assert extract(text).values.get(FOOD) is False


@pytest.mark.parametrize(
    "text",
    [
        "He has no bed for tonight.",
        "No tiene ningún alojamiento para esta noche.",
        "Il n'a aucun hébergement pour ce soir.",
        "Não tem nenhum alojamento para esta noite.",
    ],
)
def test_no_place_at_all_tonight_needs_a_bed(text):
    assert extract(text).values.get(TONIGHT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She says she needs no accommodation for tonight.",
        "Il ne souhaite aucun hébergement ce soir.",
    ],
)
def test_no_place_wanted_tonight_is_no_need(text):
    assert extract(text).values.get(TONIGHT) is not True


# ------------------------------------------------------------------ medicines run out or left behind

MEDS = "medical.needs_medication"


@pytest.mark.parametrize(
    "text",
    [
        "I have no more of my epilepsy pills, I finished the last ones on Sunday.",
        "Se le terminó la medicación hace una semana.",
        "Insuline interrompue depuis trois semaines.",
        "Os comprimidos da pressão ficaram lá na casa do patrão.",
    ],
)
def test_a_medicine_run_out_or_left_behind_is_needed(text):
    assert extract(text).values.get(MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her son has no more of his inhaler.",
        "A su hijo se le terminó la medicación.",
        "Son fils a son insuline interrompue depuis trois semaines.",
        "O filho dela diz que os comprimidos ficaram lá na casa.",
    ],
)
def test_someone_elses_medicine_run_out_is_not_hers(text):
    assert extract(text).values.get(MEDS) is not True
