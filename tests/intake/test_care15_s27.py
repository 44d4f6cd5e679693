"""Stop 27, care15: health, medicines, counselling and food, read by mechanism in
en/es/fr/pt, each family with a distractor that must not fire.

- a pain in a body part ("a cough and pain in her ribs", "me duele el brazo", "mal au dos",
  "dor nas costas") is a health detail kept in her words, so "What needs care first?" is
  not put again; its urgency is only offered unless the pain is severe; a pain said not
  urgent, chronic or denied keeps nothing, and a stomach ache is no injury;
- counselling asked for in the perfect tense or to be connected with ("ha pedido apoyo
  psicológico", "has asked to be connected with trauma therapy"), with someone to talk to
  in any spelling; a counsellor who is the subject of a wish is no wish for counselling;
- urgent care advised by whoever advises it, with the diagnosis hedged ("advised urgent
  evaluation for a possible concussion"); an injury long past, splinted or seen to is not
  urgent;
- a bare "Sin medicación habitual." is none, a medicine she is without since a time a need;
- another person's diet is not hers; "Nie être enceinte." denies.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
MEDS = "medical.needs_medication"
COUNSEL = "medical.wants_counseling"


def _offered(got) -> dict:
    return dict(got.offered())


# ------------------------------------------------------------------ a pain kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She has a cough and pain in her ribs.", "pain in her ribs"),
        ("Tiene dolor en las costillas desde ayer.", "dolor en las costillas"),
    ],
)
def test_a_pain_in_a_body_part_is_kept_and_urgency_only_offered(text, kept):
    got = extract(text)
    assert kept in got.values.get(INJURIES, "")
    assert URGENT not in got.values and _offered(got).get(URGENT) is True


# (stop 29, care29) a mild pain of the back or a limb is a symptom, not an injury the blind
# labels record: its urgency is still offered, no injury text is kept
@pytest.mark.parametrize(
    "text",
    [
        "He says his back hurts from lifting boxes.",
        "J'ai mal au dos depuis une semaine.",
        "Côtes douloureuses depuis la chute.",
        "Tem dores nas costas.",
    ],
)
def test_a_mild_pain_keeps_no_injury_and_urgency_only_offered(text):
    got = extract(text)
    assert INJURIES not in got.values
    assert URGENT not in got.values and _offered(got).get(URGENT) is True


def test_a_severe_pain_is_urgent():
    got = extract("She has severe pain in her shoulder.")
    assert got.values.get(URGENT) is True and "shoulder" in got.values[INJURIES]


@pytest.mark.parametrize(
    "text",
    [
        "She has no pain in her back.",
        "Back pain, which is chronic, not an emergency.",
        "Dolor en las rodillas, no es urgente.",
        "Mal au dos depuis longtemps, ça peut attendre.",
        "My stomach hurts a lot since yesterday.",
        "Tem dor de barriga desde ontem.",
    ],
)
def test_a_pain_denied_not_urgent_or_of_the_stomach_keeps_no_injury(text):
    assert INJURIES not in extract(text).values


def test_a_pain_in_the_note_means_the_injury_question_is_not_put():
    from caseassist.intake.engine import IntakeSession

    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral("Woman, 30. She has a cough and pain in her ribs.")
    s.correct(URGENT, True, who="t")
    asked = []
    while (q := s.next_question()) is not None:
        asked.append(q.id)
        s.skip() if q.id == "q.medical.injuries" else s.dont_know()
        if len(asked) > 60:
            break
    assert "q.medical.injuries" not in asked


# ------------------------------------------------------------------ counselling


@pytest.mark.parametrize(
    "text",
    [
        "Dear colleagues, my client has asked to be connected with trauma therapy.",
        "Ha pedido apoyo psicologico, quiere empezar cuanto antes.",
        "Mi representada ha solicitado que se le facilite terapia psicológica.",
        "Il aimerait parler a quelqu un, un psychologue.",
        "Ma cliente a demandé à être orientée vers une prise en charge psychotraumatique.",
        "Elle cherche quelqu'un à qui parler.",
        "Ele procura alguém com quem falar.",
        "Un suivi psychologique qu'elle souhaite poursuivre.",
    ],
)
def test_counselling_asked_for_in_any_tense(text):
    assert extract(text).values.get(COUNSEL) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her counsellor wants to find her a flat.",
        "Su psicóloga busca un piso para ella.",
        "Sa psychologue cherche un logement pour elle.",
        "O psicólogo dela quer arranjar-lhe uma casa.",
    ],
)
def test_a_counsellor_wishing_something_is_no_wish_for_counselling(text):
    assert COUNSEL not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She said she would rather not see a counsellor.",
        "Prefiere no ver a un psicólogo por ahora.",
    ],
)
def test_counselling_she_would_rather_not(text):
    assert extract(text).values.get(COUNSEL) is False


# ------------------------------------------------------------------ urgency


@pytest.mark.parametrize(
    "text",
    [
        "Split lip and a black eye; EMS advised urgent evaluation for a possible concussion.",
        "Labio partido; los sanitarios recomiendan valoración urgente por posible traumatismo.",
        "Lèvre fendue ; les pompiers conseillent une évaluation urgente pour suspicion de commotion.",
        "Lábio cortado; os socorristas recomendam avaliação urgente por suspeita de traumatismo.",
    ],
)
def test_urgent_care_advised_with_a_suspected_diagnosis(text):
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "She had a broken arm two years ago.",
        "Hace dos años la trataron de una fractura de brazo.",
        "Fracture du bras il y a deux ans.",
        "Tratou uma fratura no braço há dois anos.",
    ],
)
def test_an_injury_long_past_is_neither_kept_nor_urgent(text):
    got = extract(text)
    assert INJURIES not in got.values and URGENT not in got.values
    assert URGENT not in _offered(got)


def test_a_splinted_injury_is_not_urgent():
    got = extract("- fratura de dedo da mão direita, imobilizado ontem na urgência")
    assert URGENT not in got.values and got.values.get(INJURIES)


# ------------------------------------------------------------------ medicines


@pytest.mark.parametrize(
    "text",
    ["Sin medicación.", "Sin medicación habitual.", "Sem medicação.", "Sans traitement."],
)
def test_a_bare_without_medication_is_none(text):
    assert extract(text).values.get(MEDS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Se quedó sin medicación.",
        "Sin insulina desde el lunes.",
        "Elle est sans son traitement depuis une semaine.",
        "Ele ta sem os remedios de epilepsia faz 4 dias.",
        "Heart medication that she has been without for weeks.",
    ],
)
def test_a_medicine_she_is_without_is_needed(text):
    assert extract(text).values.get(MEDS) is True


# ------------------------------------------------------------------ food and pregnancy


@pytest.mark.parametrize(
    "text",
    [
        "FYI the interpreter is vegan, please order lunch accordingly.",
        "Her son is allergic to peanuts.",
        "Su hijo es alérgico al maní.",
    ],
)
def test_another_persons_diet_is_not_hers(text):
    assert "food.dietary_needs" not in extract(text).values


def test_her_own_diet_is_still_read():
    assert extract("She is vegan.").values.get("food.dietary_needs") == "vegan"


def test_hungry_all_the_time_is_no_need_now():
    got = interpret_answer(
        "food.dietary_needs", "I'm vegetarian. And I'm pregnant, so I'm hungry all the time."
    )
    assert "food.needs_food_now" not in got.values


def test_a_sentence_opening_with_nie_denies():
    assert extract("Nie être enceinte.").values.get("household.pregnant") is False
    assert extract("NIE en trámite, está embarazada.").values.get("household.pregnant") is True


def test_a_form_value_that_saw_no_injury_records_none():
    assert INJURIES not in extract("Lesiones: no se observan ni refiere").values
