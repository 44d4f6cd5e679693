"""Round 11, health, food and pregnancy: kinds of statement read by mechanism, in invented
sentences in en/es/fr/pt, with the readings that must not fire as many as those that must.

- a checkbox form states only what is ticked ("Embarazada: [ ] sí  [x] no" is a no,
  "[ ] Medical emergency" says nothing, "[x] Urgence médicale" is a need);
- a state "since last week" ("depuis la semaine dernière", "desde la semana pasada") goes
  on: it is not a past one;
- a medication heading with its hospital qualifier ("Discharge meds:", "Traitement de
  sortie :", "Medicación al alta:", "Medicação de alta:") names her medicine;
- a medicine she cannot pay for or buy is needed, its negation is the money's ("no tiene
  cómo pagar el antibiótico" is no "does not take it");
- a medicine prescribed to her, the prescriber the subject ("the doctor prescribed her
  antibiotics", "se le indicó antibiótico", "le médecin lui a prescrit"), is needed; one
  prescribed to her child is not hers;
- none of a medicine since a time ("no insulin since yesterday") is doses missed;
- an injury label whose value opens with a none ("none reported. Declined EMS.") records no
  injury;
- care still to be given, now or urgently ("pending medical assessment today", "sutures à
  faire maintenant") is an urgent need, so is bringing her to care now ("hay que llevarla
  al médico hoy", "levar ao hospital hoje"); no care needed said in each language's words is a no;
- no money to eat ("no tiene plata ni para comer", "n'a pas d'argent pour manger") is hunger
  now; a meal eaten today named by its time ("a mangé à midi", "comió al mediodía") is none;
- a test's result after a pregnancy label ("Pregnant: neg", "Gravidez: negativa") answers it,
  and so does a pregnancy denied by its noun ("niega embarazo", "nie toute grossesse");
- common misspellings ("pregnent", "medcation", "neceista") read as the word.
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, reads

PREGNANT = "household.pregnant"
URGENT = "medical.urgent_need"
MEDS = "medical.needs_medication"
INJURIES = "medical.injuries"
SHELTER = "shelter.needs_shelter_tonight"
INTERP = "person.needs_interpreter"
FOOD = "food.needs_food_now"


# ------------------------------------------------------------------------------ checkboxes


@pytest.mark.parametrize(
    ("text", "fact", "want"),
    [
        (
            "Edad: 41\nEmbarazada: [ ] sí  [x] no\nAlojamiento esta noche: [x] lo necesita",
            PREGNANT,
            False,
        ),
        ("Age: 30\nPregnant: [x] yes  [ ] no", PREGNANT, True),
        ("Âge : 25\nEnceinte : [ ] oui [X] non", PREGNANT, False),
        ("Idade: 22\nGrávida: [x] sim   [ ] não", PREGNANT, True),
        ("Sexo: F    Edad: 41\nSalud urgente: [ ] sí  [x] no", URGENT, False),
        ("Client: F, 33\n[x] Medical emergency\n[ ] Shelter tonight", URGENT, True),
        ("Santé urgente : ☐ oui ☒ non", URGENT, False),
        ("Saúde urgente: ☒ sim ☐ não", URGENT, True),
        ("[x] Interpreter needed    [ ] TTY", INTERP, True),
    ],
)
def test_a_ticked_box_states_its_option(text: str, fact: str, want: object) -> None:
    assert clear(text, fact) is want


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Gender: F\n[x] Emergency shelter needed tonight\n[ ] Medical emergency", URGENT),
        ("Sexo: F\n[ ] Embarazada\n[x] Hijos con ella", PREGNANT),
        ("Sexe : F\n☐ Urgence médicale   ☐ Hébergement ce soir", URGENT),
        ("Sexo: F\nGrávida: [ ] sim [ ] não", PREGNANT),
        ("Embarazada: [ ] sí  [ ] no\nEdad: 30", PREGNANT),
        ("Age: 41\n[ ] Pregnant    [x] Children with her", PREGNANT),
    ],
)
def test_an_unticked_box_states_nothing(text: str, fact: str) -> None:
    assert reads(text, fact) is None


# --------------------------------------------------------------------------- since a past time


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("• Enceinte de 7 mois, suivie à la PMI depuis la semaine dernière", PREGNANT),
        ("Embarazada de 6 meses, en control desde la semana pasada.", PREGNANT),
        ("She is 5 months pregnant, seen by a midwife since last week.", PREGNANT),
        ("she is pregnent, about 5 months she said", PREGNANT),
        ("Client is pregant (approx 20 weeks).", PREGNANT),
    ],
)
def test_a_state_since_a_past_time_goes_on(text: str, fact: str) -> None:
    assert clear(text, fact) is True


@pytest.mark.parametrize(
    "text",
    [
        "She was pregnant last year, the baby is with her mother.",
        "Estuvo embarazada el año pasado.",
        "Elle était enceinte l'an dernier.",
        "Pregnancy test pending.",
    ],
)
def test_a_past_pregnancy_is_not_one_now(text: str) -> None:
    assert clear(text, PREGNANT) is not True


# ------------------------------------------------------------------------ medication headings


@pytest.mark.parametrize(
    "text",
    [
        "Discharge meds: amoxicillin 500 mg x7 days.",
        "Discharge medication: metformin 850 mg twice daily",
        "Traitement de sortie : amoxicilline 1 g matin et soir.",
        "Medicación al alta: ibuprofeno 400 mg c/8h.",
        "Medicação de alta: amoxicilina 500 mg de 8 em 8 horas.",
    ],
)
def test_a_discharge_medication_heading_names_her_medicine(text: str) -> None:
    assert clear(text, MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Discharge date: 14/11. Discharge plan: shelter.",
        "Date de sortie : 13/12, sortie autorisée.",
        "Fecha de alta: 03/12.",
        "Data de alta: amanhã.",
    ],
)
def test_a_discharge_line_without_medicine_names_none(text: str) -> None:
    assert clear(text, MEDS) is None


# ---------------------------------------------------------------------- a medicine unaffordable


@pytest.mark.parametrize(
    "text",
    [
        "She can't afford her inhaler.",
        "She was prescribed antibiotics but cannot afford them.",
        "No tiene cómo pagar el antibiótico.",
        "Le recetaron antibióticos, no los puede pagar.",
        "Elle n'a pas les moyens d'acheter ses médicaments.",
        "Il a une ordonnance d'antibiotiques mais ne peut pas les payer.",
        "Não tem dinheiro para os remédios da pressão.",
        "Não consegue comprar a insulina.",
    ],
)
def test_a_medicine_she_cannot_pay_for_is_needed(text: str) -> None:
    assert clear(text, MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "She cannot afford the rent.",
        "No puede pagar el alquiler.",
        "Elle ne peut pas payer le loyer.",
        "Não tem dinheiro para a passagem.",
    ],
)
def test_something_else_she_cannot_pay_for_is_no_medicine(text: str) -> None:
    assert reads(text, MEDS) is None


@pytest.mark.parametrize(
    "text",
    [
        "He cannot afford it, the bus fare is too much.",
        "No los puede pagar, los billetes de autobús son caros.",
        "Elle ne peut pas les payer, les loyers sont trop chers.",
        "Não os pode pagar, as multas são altas.",
    ],
)
def test_a_pronoun_she_cannot_pay_for_with_no_medicine_is_at_most_offered(text: str) -> None:
    assert clear(text, MEDS) is None


# ------------------------------------------------------------------ prescribed to her by another


@pytest.mark.parametrize(
    "text",
    [
        "The doctor prescribed her antibiotics for the infection.",
        "She was prescribed painkillers at the clinic.",
        "Se le indicó antibiótico 7 días.",
        "El médico le recetó ibuprofeno.",
        "Le médecin lui a prescrit des anti-inflammatoires pour cinq jours.",
        "O médico receitou-lhe paracetamol.",
        "He takes medcation for diabetes and ran out 3 days ago.",
        "Pie diabético infectado, neceista curación y medicamentos.",
    ],
)
def test_a_medicine_prescribed_to_her_is_needed(text: str) -> None:
    assert clear(text, MEDS) is True


@pytest.mark.parametrize(
    "text",
    [
        "The doctor prescribed her son antibiotics.",
        "El médico le recetó a su hija antibióticos.",
        "Le médecin lui a prescrit des antibiotiques, le traitement est terminé.",
        "The doctor prescribed her glasses.",
        "O médico receitou-lhe repouso.",
        "Se le indicó reposo absoluto.",
    ],
)
def test_a_prescription_for_another_or_no_medicine_is_no_need(text: str) -> None:
    assert clear(text, MEDS) is not True


# ----------------------------------------------------------------------------- none since


@pytest.mark.parametrize(
    "text",
    [
        "He is diabetic, no insulin since yesterday.",
        "No meds for three days, she needs them.",
        "Pas d'insuline depuis hier.",
        "No tiene insulina desde el lunes.",
        "No medication since the boss took her bag.",
    ],
)
def test_none_of_a_medicine_since_a_time_is_a_need(text: str) -> None:
    assert clear(text, MEDS) is True


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("No meds.", False),
        ("No current medications.", False),
        ("Pas de traitement.", False),
        ("Ningún medicamento.", False),
        ("Her son has had no insulin since yesterday.", None),
    ],
)
def test_no_medicine_or_someone_elses_is_no_need(text: str, want: object) -> None:
    assert clear(text, MEDS) is want


@pytest.mark.parametrize(
    "text",
    [
        "Her supply of the inhaler ran out.",
        "She takes daily medication for asthma and ran out on Monday.",
    ],
)
def test_a_supply_run_out_is_still_a_need(text: str) -> None:
    assert clear(text, MEDS) is True


# ------------------------------------------------------------------------- injury labels, none


@pytest.mark.parametrize(
    "text",
    [
        "Injuries: none reported. Declined EMS.",
        "Lesiones: ninguna. No precisa asistencia médica.",
        "Blessures : aucune visible. Douleur au dos.",
        "Lesões: nenhuma. Sem queixas.",
    ],
)
def test_an_injury_label_opening_with_none_records_no_injury(text: str) -> None:
    assert clear(text, INJURIES) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Injuries: cut on left hand. Dressed by the nurse.", "cut on left hand"),
        ("Lesiones: quemadura en el brazo. Sin fiebre.", "quemadura en el brazo"),
        ("Blessures : plaie au pied. Pansement fait.", "plaie au pied"),
        ("Lesões: corte na mão. Fizemos o penso.", "corte na mão"),
    ],
)
def test_an_injury_label_opening_with_an_injury_records_it(text: str, want: str) -> None:
    assert want in (clear(text, INJURIES) or "")


# --------------------------------------------------------------------------- care still to give


@pytest.mark.parametrize(
    "text",
    [
        "Pending medical assessment today.",
        "Awaiting a doctor right now, she is shaking.",
        "Pendiente valoración médica hoy por hipotermia leve.",
        "Plaie profonde avant-bras, sutures à faire maintenant.",
        "En attente d'une évaluation médicale urgente.",
        "Aguarda avaliação médica urgente.",
        "Pendente atendimento médico hoje.",
    ],
)
def test_care_still_to_give_now_is_an_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Le duele el pecho desde ayer, hay que llevarla al médico hoy mismo.",
        "Herida en la pierna que no sana, hay que llevarlo al centro de salud hoy.",
        "Queixa-se de dor abdominal, levar ao hospital hoje.",
        "He has a bad burn on his right forearm, needs dressing changed today.",
        "She must see a doctor today.",
        "Il a de la fièvre, il faut l'emmener à la clinique ce soir.",
    ],
)
def test_bringing_her_to_care_now_is_an_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Il doit voir un médecin demain.",
        "Her son must see a doctor today.",
        "No hay que llevarla al médico hoy.",
        "Hay que llevarla al consulado hoy.",
        "Tem de ir ao centro de saúde amanhã para uma consulta de rotina.",
        "Must see a lawyer today.",
    ],
)
def test_care_another_day_someone_elses_or_no_care_place_is_not_urgent(text: str) -> None:
    assert clear(text, URGENT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Medical check-up pending, nothing today.",
        "Sutures à faire demain.",
        "Awaiting a routine check-up today.",
        "Her son is awaiting a doctor today.",
        "Pendiente chequeo de rutina hoy.",
        "Aguarda consulta de rotina hoje.",
        "Pending paperwork today, no medical issue.",
        "Déclaration à faire aujourd'hui à l'hôpital.",
        "Paperwork to be done today at the hospital.",
        "Denuncia por hacer hoy en el hospital.",
    ],
)
def test_care_later_routine_or_someone_elses_is_no_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "No precisa asistencia médica.",
        "No requiere atención médica.",
        "Il ne nécessite pas de soins.",
        "Pas besoin de soins.",
        "Sem necessidade de atendimento médico.",
        "Não precisa de cuidados médicos.",
        "Does not need medical care.",
    ],
)
def test_no_care_needed_is_no_urgent_need(text: str) -> None:
    assert clear(text, URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her daughter does not need medical care, she needs a doctor today.",
        "Her son does not need medical care.",
        "Su hijo no necesita atención médica.",
        "Son frère ne nécessite pas de soins, elle si.",
        "No sabemos si precisa asistencia médica.",
        "Il ne nécessite pas de soins ce soir, mais demain peut-être.",
    ],
)
def test_no_care_of_another_or_hedged_is_not_a_plain_no(text: str) -> None:
    assert clear(text, URGENT) is not False


# ------------------------------------------------------------------------------------ food now


@pytest.mark.parametrize(
    "text",
    [
        "No money to buy food since Monday.",
        "No tiene plata ni para comer.",
        "Elle n'a pas d'argent pour manger.",
        "Não tem dinheiro para comer.",
        "Sin dinero para comida, duerme en la terminal.",
        "No comió hoy.",
    ],
)
def test_no_money_to_eat_is_hunger_now(text: str) -> None:
    assert clear(text, FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "Tiene dinero para comer.",
        "She has money for food until Friday.",
        "Elle a de l'argent pour manger.",
        "Tem dinheiro para comer.",
    ],
)
def test_money_to_eat_is_no_hunger(text: str) -> None:
    assert clear(text, FOOD) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Repas : a mangé à midi, ça va",
        "She ate at lunchtime at the clinic.",
        "Comió al mediodía en el comedor.",
        "Almoçou hoje no centro.",
    ],
)
def test_a_meal_eaten_today_is_no_hunger_now(text: str) -> None:
    assert clear(text, FOOD) is False


@pytest.mark.parametrize(
    "text",
    [
        "She has not had lunch this morning.",
        "Il n'a pas mangé à midi.",
        "No almorzó hoy, tiene hambre.",
        "Eles estão com fome, ninguém comeu hoje, nem ela.",
        "Nadie comió hoy en la casa.",
        "Nobody ate at lunchtime, the boss kept the food.",
    ],
)
def test_a_meal_not_eaten_is_no_no(text: str) -> None:
    assert clear(text, FOOD) is not False


# ------------------------------------------------------------------------- a pregnancy denied


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pregnant: neg", False),
        ("Gravidez: negativa", False),
        ("Embarazada: negativo", False),
        ("Enceinte : négatif", False),
        ("Gravidez: positivo", True),
        ("Pregnant: positive", True),
        ("Denied pregnancy.", False),
        ("Niega embarazo.", False),
        ("Nie toute grossesse.", False),
        ("Nega gravidez.", False),
    ],
)
def test_a_pregnancy_test_result_or_denial_answers_it(text: str, want: bool) -> None:
    assert clear(text, PREGNANT) is want


@pytest.mark.parametrize(
    "text",
    [
        "Her sister denies pregnancy.",
        "Su hermana niega embarazo.",
        "Denies pregnancy test, will decide tomorrow.",
        "Sa cousine nie toute grossesse.",
        "Pregnancy: test pending",
    ],
)
def test_another_womans_denial_or_a_refused_test_is_no_answer(text: str) -> None:
    assert clear(text, PREGNANT) is None
