"""Needs and health read falsely, by kind: an injury seen to or said to be nothing
serious, "not tonight", treatment that is care for a wound, a plain no to a text question,
shorthand negation ("s/", "w/o"). Invented sentences in en/es/fr/pt; none is taken from
the corpus."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import clear, reads

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
SHELTER = "shelter.needs_shelter_tonight"
MEDICATION = "medical.needs_medication"


# ------------------------------------- an injury seen to, healed, or said to be not serious


@pytest.mark.parametrize(
    "text",
    [
        "Bruises on her arms, a doctor has already seen them, nothing serious.",
        "Small cut on his hand, healed now.",
        "Quemaduras leves en los brazos, ya curadas, no es urgente.",
        "Cortes en las manos, atendidas en el centro de salud.",
        "Tiene un golpe en la rodilla, nada grave.",
        "Des bleus sur les bras, le médecin l'a vue, rien de grave.",
        "Hématomes au visage, soignés hier.",
        "Tem nódoas negras nas pernas, o médico já viu, nada grave.",
        "Feridas nos pés, já tratadas no posto de saúde.",
        "Slight fever since yesterday, nothing serious.",
        "Fiebre leve desde ayer, no es grave.",
    ],
)
def test_an_injury_seen_to_or_not_serious_is_no_urgent_need(text):
    assert reads(text, URGENT) in (None, False, "possible")
    assert clear(text, URGENT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Deep cut on her arm, still bleeding.",
        "Tiene una herida en la pierna que sangra.",
        "Il a une plaie infectée au pied.",
        "Tem uma ferida infetada no pé.",
    ],
)
def test_an_injury_bleeding_or_infected_now_is_still_urgent(text):
    assert clear(text, URGENT) is True
    assert clear(text, INJURIES)


@pytest.mark.parametrize(
    "text",
    [
        "Quemaduras leves en los brazos, ya curadas, no es urgente.",
        "Bruises on her arms, a doctor has already seen them, nothing serious.",
        "Tem nódoas negras nas pernas, o médico já viu, nada grave.",
    ],
)
def test_an_injury_seen_to_is_still_recorded(text):
    assert clear(text, INJURIES)


# --------------------------------------------------------------- shorthand negation


@pytest.mark.parametrize(
    "text",
    [
        "Menor s/ ferimentos aparentes.",
        "Criança s/ lesões.",
        "Niño s/ heridas.",
        "Pt w/o injuries.",
        "Client w/o visible wounds, calm.",
    ],
)
def test_shorthand_without_denies_the_injury(text):
    assert clear(text, INJURIES) is None
    assert clear(text, URGENT) is not True


def test_shorthand_with_keeps_the_injury():
    assert clear("Woman w/ bruises on her face.", INJURIES)


# ------------------------------------------------------------------- not tonight


@pytest.mark.parametrize(
    "text",
    [
        "She will need a bed from Friday, not tonight.",
        "Needs a bed, not tonight but from Monday.",
        "Necesitará alojamiento a partir de mañana, no esta noche.",
        "Sa chambre se termine demain matin : elle aura besoin d'une place à partir de demain soir, pas ce soir.",
        "Vai precisar de abrigo a partir de amanhã, não esta noite.",
    ],
)
def test_a_need_said_not_to_be_tonight_is_no_bed_tonight(text):
    assert clear(text, SHELTER) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Needs a bed tonight.",
        "Elle a besoin d'un hébergement ce soir, pas demain.",
        "No, esta noche no tiene dónde dormir.",
        "Hoy no tiene dónde dormir.",
    ],
)
def test_a_need_tonight_beside_another_day_is_still_tonight(text):
    assert clear(text, SHELTER) is True


# ------------------------------------------------- treatment as care for a wound


@pytest.mark.parametrize(
    "text",
    [
        "Medical: Infected cut on left hand - requires treatment today.",
        "Wound needs treatment.",
        "Needs treatment for her burns.",
        "Necesita tratamiento para la herida.",
        "Precisa de tratamento para a ferida.",
        "Besoin d'un traitement pour ses plaies.",
    ],
)
def test_treatment_for_a_wound_is_not_a_medicine(text):
    assert clear(text, MEDICATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is on treatment for HIV.",
        "Needs to continue her treatment.",
        "Necesita tratamiento para la diabetes.",
        "Besoin d'un traitement pour l'asthme.",
        "Sous traitement pour le VIH.",
        "N'a pas pris son traitement depuis lundi.",
        "Takes antibiotics for an infected cut.",
    ],
)
def test_treatment_for_an_illness_is_a_medicine(text):
    assert clear(text, MEDICATION) is True


# ------------------------------------------------- a plain no to a text question


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Do you have any injuries?", "No."),
        ("Do you have any injuries?", "No, I'm fine, just tired."),
        ("¿Tiene alguna herida?", "No, ninguna, solo estoy cansada."),
        ("Avez-vous des blessures ?", "Non, je n'ai pas de blessure. Juste fatiguée."),
        ("Tem alguma ferida?", "Não, estou bem."),
    ],
)
def test_a_plain_no_to_an_injury_question_records_no_injury(question, reply):
    assert interpret_answer(INJURIES, reply, question=question).values.get(INJURIES) is None


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Do you have any injuries?", "My wrist hurts a lot."),
        ("Do you have any injuries?", "No, but my ribs are broken since last week."),
        ("¿Tiene alguna herida?", "Sí, un corte en la mano."),
    ],
)
def test_an_injury_named_in_a_reply_is_recorded(question, reply):
    assert interpret_answer(INJURIES, reply, question=question).values.get(INJURIES)


@pytest.mark.parametrize(
    "text",
    ["Maria's injuries include a broken wrist.", "The client's wounds were dressed yesterday."],
)
def test_a_possessive_s_is_not_shorthand_for_without(text):
    assert clear(text, INJURIES)


# ------------------------------------------------- hunger: someone else's, or met now

FOOD = "food.needs_food_now"


@pytest.mark.parametrize(
    "text",
    [
        "Her son has not eaten since yesterday.",
        "Los niños no han comido desde la mañana.",
        "Son fils n'a pas mangé.",
        "O filho dela não comeu nada.",
    ],
)
def test_her_childrens_missed_meal_is_food_needed_now(text):
    # the household's hunger is hers to meet (project scenario 09)
    assert clear(text, FOOD) is True


@pytest.mark.parametrize(
    "text",
    [
        "He's very thin and hungry, we are feeding him now.",
        "Hungry on arrival, we fed her straight away.",
        "Tenía mucha hambre, ya le dimos de comer.",
        "Elle avait faim, on lui a donné à manger.",
        "Estava com fome, já lhe demos comida.",
    ],
)
def test_hunger_met_in_the_same_sentence_is_no_need_now(text):
    assert clear(text, FOOD) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She has not eaten since yesterday.",
        "No ha comido desde ayer.",
        "Elle n'a rien mangé depuis hier.",
        "Não comeu nada desde ontem.",
        "Está com fome.",
        "He is hungry.",
    ],
)
def test_her_own_hunger_is_still_read(text):
    assert clear(text, FOOD) is True


# ------------------------------------------ an injury description keeps its list


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Il a des plaies aux pieds et la gale ; les soins ont commencé.", ("plaies", "gale")),
        ("Tiene moretones en la cara y sarna.", ("moretones", "sarna")),
        ("She has bruises on her arms and a swollen eye.", ("bruises", "eye")),
        ("Tem feridas nas mãos e piolhos.", ("feridas", "piolhos")),
    ],
)
def test_an_injury_description_keeps_a_short_item_after_it(text, words):
    got = str(clear(text, INJURIES))
    assert all(w in got for w in words)


def test_an_injury_description_stops_before_another_matter():
    assert "home" not in str(clear("Cut on her hand, wants to go back home soon.", INJURIES))


# ------------------------------------- the referrer's own place tonight, and its request


@pytest.mark.parametrize(
    "text",
    [
        "We can keep her here tonight.",
        "She stays with us tonight, the room is free.",
        "Esta noche sigue con nosotras.",
        "La tenemos aquí esta noche.",
        "Non, on le garde à la cure cette nuit.",
        "Elle dort chez nous ce soir.",
        "Hoje dorme connosco na paróquia.",
        "Fica conosco esta noite.",
    ],
)
def test_the_referrer_keeping_her_tonight_is_no_need_for_a_bed(text):
    assert clear(text, SHELTER) is False


@pytest.mark.parametrize(
    "text",
    [
        "We cannot keep him there again tonight, the hall is booked.",
        "We need a bed for her tonight.",
        "Tenemos a una víctima en el cuartel, necesitamos cupo para hoy.",
        "Il nous faut une place ce soir pour elle.",
        "Precisamos de vaga para hoje.",
        "Ñ tem p/ onde ir hj.",
        "N tem pra onde ir hoje.",
    ],
)
def test_the_referrer_asking_for_a_place_tonight_is_a_need(text):
    assert clear(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Dice que esa familia no sabe que está con nosotros.",
        "We need to know if she has documents.",
        "Necesitamos saber si tiene pasaporte.",
        "She stays with us for now.",
        "Precisamos de falar com ela amanhã.",
    ],
)
def test_other_words_of_the_referrer_settle_no_bed(text):
    assert clear(text, SHELTER) is None


# ------------------------------------------ ulcers, blows, infection: word families


@pytest.mark.parametrize(
    "text",
    [
        "Bump on his head from a fall.",
        "Tiene un golpe en el brazo que le duele mucho.",
        "Il a des coups au visage.",
        "Elle a une bosse sur la tête.",
        "Levou uma pancada na cabeça.",
    ],
)
def test_a_blow_to_the_body_is_an_injury(text):
    # (stop 29) an ulcer is no injury the blind labels record: test_care29_s29.py
    assert clear(text, INJURIES)


@pytest.mark.parametrize(
    "text",
    [
        "Des coups à la porte la nuit.",
        "Un golpe en la puerta.",
        "Il a eu un coup de fil de sa soeur.",
        "Golpe de estado en su país.",
        "Tiene una úlcera gástrica.",
        "History of a peptic ulcer, no complaints.",
    ],
)
def test_a_blow_that_is_not_to_the_body_or_a_stomach_ulcer_is_no_injury(text):
    assert clear(text, INJURIES) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pie diabético infectado, necesita curación.",
        "Il a une plaie infectée au pied.",
        "Tem uma ferida infetada no pé.",
    ],
)
def test_an_infected_wound_now_is_an_urgent_need(text):
    assert clear(text, URGENT) is True


# ------------------------------------------ a medicine to buy or asked for


@pytest.mark.parametrize(
    "text",
    [
        "Needs help to buy her blood pressure pills.",
        "She asked for painkillers.",
        "Lo que pide: ayuda para comprar sus medicinas de la presión.",
        "Elle demande de l'aide pour acheter ses médicaments.",
        "Pede ajuda para comprar os remédios da diabetes.",
    ],
)
def test_a_medicine_to_buy_or_asked_for_is_needed(text):
    assert clear(text, MEDICATION) is True


@pytest.mark.parametrize(
    "text",
    ["She bought her medication yesterday.", "Le compramos sus medicinas ayer."],
)
def test_a_medicine_already_bought_is_no_need_read(text):
    assert clear(text, MEDICATION) is None
