"""Reading tonight's and later needs (shelter, food, medical, housing, going home, family,
a safe contact) from notes and answers, in invented sentences in several languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from caseassist.intake.text import fold
from tests.intake.reading import clear_values as facts

SHELTER = "shelter.needs_shelter_tonight"


# ------------------------------------------------------------ shelter tonight


@pytest.mark.parametrize(
    ("question", "answer", "value"),
    [
        ("Do you have somewhere safe to stay tonight?", "No.", True),
        ("Do you have a place to sleep tonight?", "Yes, at my aunt's.", False),
        ("¿Tiene un lugar donde quedarse esta noche?", "No, ninguno.", True),
        ("¿Tienes dónde dormir hoy?", "Sí, con mi hermana.", False),
        ("Avez-vous un endroit où dormir cette nuit ?", "Non, rien.", True),
        ("Tem onde dormir hoje?", "Não.", True),
        ("Tem um lugar para ficar esta noite?", "Sim, em casa de uma amiga.", False),
    ],
)
def test_having_a_place_asked_is_the_opposite_of_needing_one(question, answer, value):
    assert interpret_answer(SHELTER, answer, question=question).values[SHELTER] is value


def test_asked_whether_she_needs_a_place_a_yes_is_a_yes():
    got = interpret_answer(SHELTER, "Yes.", question="Do you need a safe place to sleep tonight?")
    assert got.values[SHELTER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Medication needed? no. Bed for tonight needed: yes.",
        "¿Necesita medicación? no. Necesita un sitio para dormir hoy: sí.",
    ],
)
def test_a_bare_no_ending_a_reply_is_not_a_number_sign(text):
    assert facts(text)[SHELTER] is True


def test_a_number_sign_still_joins_its_number():
    got = facts("Room no. 4 is taken. She needs a bed tonight.")
    assert got[SHELTER] is True


# ------------------------------------------------------------ urgent medical need and injuries

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"


@pytest.mark.parametrize(
    "text",
    [
        "Saw the nurse for a sore back, nothing urgent.",
        "Wants a dentist appointment, not an emergency.",
        "Lo médico no es urgente, pide revisión de la vista.",
        "Pas d'urgence médicale.",
        "Consulta no dentista, nada urgente.",
    ],
)
def test_nothing_urgent_beside_a_health_word_is_no_urgent_need(text):
    assert facts(text)[URGENT] is False


def test_nothing_urgent_without_a_health_word_is_only_offered():
    got = extract("The paperwork can wait, nothing urgent.")
    assert URGENT not in got.values
    assert got.offered()[URGENT] is False


@pytest.mark.parametrize(
    "text",
    [
        "He is in good health.",
        "Dice que está bien de salud.",
        "Elle est en bonne santé.",
        "Está de boa saúde.",
        "No doctor needed.",
    ],
)
def test_good_health_is_no_urgent_need(text):
    assert facts(text)[URGENT] is False


@pytest.mark.parametrize(
    "text",
    [
        "She asks to see a doctor for a routine check-up.",
        "Tiene una infección en la mano que está tratando con antibióticos.",
        "Il a une infection traitée par antibiotiques.",
        "Was dehydrated, rehydrated overnight and stable.",
        "She needs care for her children tonight.",
    ],
)
def test_a_routine_visit_or_an_illness_already_treated_is_not_urgent(text):
    assert facts(text).get(URGENT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "He has had a high fever since yesterday.",
        "She is badly dehydrated.",
        "Necesita atención médica hoy mismo.",
        "Elle a besoin de soins ce soir.",
        "Precisa de tratamento hoje.",
        "¿Necesitas un médico? Sí.",
    ],
)
def test_a_need_for_care_today_or_an_acute_symptom_is_urgent(text):
    assert facts(text)[URGENT] is True


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("Injuries: bruises on both arms.", "bruises on both arms"),
        ("She has injuries to her face.", "injuries to her face"),
        ("Presenta lesiones en la espalda.", "lesiones en la espalda"),
        ("Il a des blessures aux mains.", "blessures aux mains"),
        ("Tem ferimentos nas pernas.", "ferimentos nas pernas"),
        ("A deep laceration on the left foot.", "deep laceration on the left foot"),
    ],
)
def test_an_injury_is_described_in_its_own_words(text, injury):
    assert extract(text).values[INJURIES].strip(" .").lower().endswith(injury)


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "A burn on the left arm from a fryer, two blisters, bandaged here. Wants to go home.",
            "burn on the left arm, two blisters, bandaged here",
        ),
        (
            "Crush injury at the press, three fingers broken.",
            "crush injury at the press, three fingers broken",
        ),
        (
            "Llegó por una herida en la pierna, suturada, ya dada de alta.",
            "herida en la pierna, suturada, ya dada de alta",
        ),
        (
            "Il a une plaie au bras, recousue ce matin, et veut porter plainte.",
            "plaie au bras, recousue ce matin",
        ),
        (
            "Tem uma queimadura no pé, já foi vista, quer voltar para casa.",
            "queimadura no pe, ja foi vista",
        ),
        ("She has a cut on her hand, wants to go home.", "cut on her hand"),
    ],
)
def test_an_injury_is_described_with_the_clauses_that_go_on_with_it(text, described):
    got = fold(extract(text).values[INJURIES])
    assert got.endswith(fold(described))


@pytest.mark.parametrize(
    "text",
    [
        "Injuries:",
        "Lesiones",
        "Came in with stomach pain.",
        "Vino por dolor de muelas.",
        "J'ai mal aux dents.",
        "Needs daily wound dressing.",
    ],
)
def test_pain_a_heading_or_a_care_instruction_describes_no_injury(text):
    assert INJURIES not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "No tengo a dónde ir esta noche.",
        "Il a pas d endroit où dormir ce soir.",
        "He is looking for somewhere safe tonight.",
        "Necesita un traslado hoy mismo.",
        "Il faut la déplacer ce soir.",
        "She does not want to go back to the flat tonight.",
        "No quiere volver a esa casa esta noche.",
        "Elle ne veut pas rentrer chez eux ce soir.",
        "Não quer voltar para lá esta noite.",
        "Alojamento para esta noite: necessita",
        "Hébergement ce soir : oui",
    ],
)
def test_a_need_for_a_place_tonight_in_other_words(text):
    assert facts(text)[SHELTER] is True


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with her older sister for now.",
        "Il est hébergé par une association depuis hier.",
        "Elle loge chez une cousine.",
        "Elle a un logement.",
        "Se está quedando en casa de su tía.",
        "Tiene plaza esta noche en el centro.",
        "No bed needed.",
        "Bed tonight: no",
    ],
)
def test_a_place_to_stay_already_is_no_need_tonight(text):
    assert facts(text)[SHELTER] is False


@pytest.mark.parametrize(
    "text",
    [
        "Il était logé par le réseau.",
        "Sabe que duerme en el parque.",
        "Solo puedo quedarme un mes y después no tengo a dónde ir.",
    ],
)
def test_housed_by_the_exploiters_or_a_need_later_is_no_statement_for_tonight(text):
    assert facts(text).get(SHELTER) is not False
    assert "tengo" not in text or SHELTER not in facts(text)


def test_a_speakers_turn_starts_a_sentence_of_its_own():
    text = (
        "operator: Are you somewhere safe?\n"
        "caller: I have nowhere to go tonight\n"
        "operator: Do you need a doctor?\n"
        "caller: no, I am fine"
    )
    assert facts(text)[SHELTER] is True


# ------------------------------------------------------------ medication

MEDICATION = "medical.needs_medication"


@pytest.mark.parametrize(
    "text",
    [
        "She has been without her blood pressure pills for a week.",
        "Her inhaler ran out on Monday.",
        "Se quedó sin sus pastillas hace días.",
        "Elle n'a plus son insuline depuis lundi.",
        "Está sem a medicação há três dias.",
        "Diabetic, on metformin.",
        "Prescribed fluoxetine, wants to keep taking it.",
        "Toma sertralina todos los días.",
        "Sous méthadone.",
        "- insulina para la diabetes",
        "Traitement pour l'asthme",
        "Precisa de continuar com a pomada.",
    ],
)
def test_a_medicine_she_takes_or_lacks(text):
    assert facts(text)[MEDICATION] is True


@pytest.mark.parametrize(
    "text",
    [
        "Le traitement est terminé.",
        "She finished her course of antibiotics.",
        "El tratamiento ya está terminado.",
    ],
)
def test_a_finished_course_of_treatment_is_nothing_to_take(text):
    assert facts(text)[MEDICATION] is False


def test_allergic_to_a_medicine_is_not_taking_it():
    assert MEDICATION not in facts("Allergic to amoxicillin.")


# ------------------------------------------------------------ family contact

FAMILY = "reintegration.wants_family_contact"


@pytest.mark.parametrize(
    "text",
    [
        "Her brother lives in Leeds and she would like to call him.",
        "Su madre está en Cusco, quiere llamarla.",
        "Ses parents sont au Maroc, il voudrait leur parler.",
        "A irmã mora em Luanda e ela quer falar com ela.",
        "Wish: contact with her family in Lagos",
        "Souhait : contact avec ses enfants",
    ],
)
def test_a_wish_to_reach_a_relative_named_in_the_sentence(text):
    assert facts(text)[FAMILY] is True


def test_a_pronoun_with_no_relative_in_the_sentence_is_only_offered():
    got = extract("She would like to call them.")
    assert FAMILY not in got.values
    assert got.offered()[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "He refuses any contact with his family.",
        "Elle refuse tout contact avec sa famille.",
        "No quiere saber nada de su familia.",
        "Recusa o contato com a família.",
    ],
)
def test_refusing_contact_with_the_family(text):
    assert facts(text)[FAMILY] is False


# ------------------------------------------------------------ going home

HOME = "reintegration.wants_to_return_home"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il veut rentrer.", "yes"),
        ("Elle ne veut pas rentrer pour l'instant.", "no"),
        ("Quiere volver a casa.", "yes"),
        ("Quer ir para casa.", "yes"),
        ("Wishes: to go home to Peru", "yes"),
        ("She hasn't decided about going back.", "undecided"),
        ("No sabe si regresar.", "undecided"),
        ("Il ne sait pas s'il veut retourner au Mali.", "undecided"),
        ("Ainda não decidiu se volta.", "undecided"),
        ("He would like to go home to Ghana as soon as possible.", "yes"),
        ("Elle souhaite rentrer au Togo dès que possible.", "yes"),
        ("Quer regressar a Angola assim que possível.", "yes"),
    ],
)
def test_going_home_in_other_words(text, value):
    assert facts(text)[HOME] == value


@pytest.mark.parametrize(
    "text",
    [
        "Elle ne veut pas rentrer chez ce patron ce soir.",
        "She does not want to go home tonight.",
        "Retour au pays : effectué",
    ],
)
def test_tonight_or_a_heading_says_nothing_of_going_home(text):
    assert HOME not in facts(text)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Gostaria de voltar para a sua terra?", "Ainda não sei. Preciso de pensar."),
        ("¿Le gustaría volver a su país?", "Todavía no sé, la verdad."),
        ("Would you like to go back home?", "I do not know yet."),
    ],
)
def test_not_knowing_yet_is_undecided(question, answer):
    assert interpret_answer(HOME, answer, question=question).values[HOME] == "undecided"


# ------------------------------------------------------------ counselling and housing

COUNSELLING = "medical.wants_counseling"
HOUSING = "housing.needs_long_term_housing"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has asked for a support group.", True),
        ("Sees a psychologist and wants to continue.", True),
        ("Manifiesta deseo de apoyo emocional.", True),
        ("Elle bénéficie d'un suivi psy qu'elle souhaite poursuivre.", True),
        ("Gostaria de conversar com uma psicóloga.", True),
        ("Does not want therapy.", False),
    ],
)
def test_a_wish_for_psychological_support(text, value):
    assert facts(text)[COUNSELLING] is value


@pytest.mark.parametrize(
    "text",
    [
        "Is looking for a flat of her own.",
        "Housing: needs LT housing.",
        "Busca un lugar donde vivir.",
        "Souhaite un logement durable.",
        "Procura um lugar para morar.",
        "I need a place for a long time.",
    ],
)
def test_a_need_for_a_home_to_live_in(text):
    assert facts(text)[HOUSING] is True


def test_housing_with_no_long_term_word_is_only_offered():
    got = extract("Cherche logement.")
    assert HOUSING not in got.values
    assert got.offered()[HOUSING] is True


@pytest.mark.parametrize(
    "text",
    [
        "Needs emergency housing tonight.",
        "No quiere volver a esa casa.",
        "No necesita alojamiento urgente.",
    ],
)
def test_tonights_bed_or_the_house_she_left_is_no_long_term_housing(text):
    assert HOUSING not in facts(text)


# ------------------------------------------------------------ a safe contact

CONTACT = "person.safe_contact"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        (
            "Safe contact is a text to her aunt Rosa at 555-0199.",
            "a text to her aunt Rosa at 555-0199",
        ),
        ("She can be reached safely through the church office.", "through the church office"),
        ("Only contact him by WhatsApp after 9pm.", "WhatsApp after 9pm"),
        ("El contacto seguro es su vecina, 555-0123.", "su vecina, 555-0123"),
        ("On peut la joindre plutôt par l'éducatrice du foyer.", "par l'éducatrice du foyer"),
        (
            "Só pode ser contactada pelo número da irmã, 912 000 111.",
            "pelo número da irmã, 912 000 111",
        ),
        (
            "Is there a safe number for her?\nCaller: 555-0101, mornings only.",
            "555-0101, mornings only",
        ),
    ],
)
def test_a_safe_way_to_reach_her_in_the_notes_words(text, contact):
    assert extract(text).values[CONTACT] == contact


@pytest.mark.parametrize(
    "text",
    [
        "The officer can be reached on 555-0100.",
        "There is no safe contact number.",
        "Do not call her on her own phone, the boss reads it.",
        "Safe contact: unknown for now.",
    ],
)
def test_someone_elses_number_or_no_means_is_no_safe_contact(text):
    assert CONTACT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "He has been sleeping at the bus station.",
        "She was kicked out of the house this morning.",
        "Duerme en el parque desde el lunes.",
        "La echaron de la casa hoy.",
        "Elle dort dans sa voiture.",
        "Il a été mis à la porte ce matin.",
        "Dorme na rodoviária.",
        "Precisa de um sítio para dormir.",
        "She cannot stay at the employer's house tonight.",
        "No puede quedarse allí esta noche.",
        "Elle ne peut pas rester chez lui ce soir.",
        "Não pode ficar lá esta noite.",
    ],
)
def test_sleeping_where_nobody_lives_or_unable_to_stay_tonight(text):
    assert facts(text)[SHELTER] is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She will stay with a friend tonight.", False),
        ("Vai ficar em casa da tia.", False),
    ],
)
def test_staying_with_someone_said_in_the_future(text, value):
    assert facts(text)[SHELTER] is value


@pytest.mark.parametrize(
    "text", ["Alojamiento: ninguno", "Accommodation: none", "Hébergement : aucun"]
)
def test_a_bare_housing_heading_with_none_is_not_read_as_no_need(text):
    assert facts(text).get(SHELTER) is not False


# ------------------------------------------------------------ food now

FOOD = "food.needs_food_now"


@pytest.mark.parametrize(
    "text",
    [
        "I don't eat pork.",
        "She does not eat meat.",
        "No come carne de cerdo.",
        "Não come peixe.",
    ],
)
def test_a_food_not_eaten_by_habit_is_a_diet_not_hunger(text):
    assert FOOD not in facts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She did not eat today.", True),
        ("Não comi nada desde manhã.", True),
        ("No comí desde ayer.", True),
        ("Pas faim, a pris le petit déjeuner.", False),
        ("We gave her lunch, she is fine for now.", False),
        ("Le dimos de comer, ya comió.", False),
    ],
)
def test_hunger_now_and_already_fed(text, value):
    assert facts(text)[FOOD] is value


def test_an_inverted_question_mark_opens_a_question_of_its_own():
    text = "¿Quiere denunciar?: no lo sabe ¿Necesita comida ahora?: sí"
    assert facts(text)[FOOD] is True


# ------------------------------------------------------------ dietary needs

DIET = "food.dietary_needs"


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("He does not eat pork.", "no pork"),
        ("No come carne de res.", "sin carne de res"),
        ("Elle ne mange pas de viande.", "pas de viande"),
        ("Não come carne de porco.", "sem carne de porco"),  # the food as written (stop 33)
        ("Segue dieta para diabético.", "dieta para diabético"),
        ("Es vegetariana.", "vegetariana"),
    ],
)
def test_a_food_not_eaten_by_habit_or_a_diet(text, diet):
    assert diet in extract(text).values[DIET].lower()


@pytest.mark.parametrize(
    "text",
    [
        "Wants to talk to her lawyer.",
        "Il veut rentrer dans la police.",
        "Quiere volver a trabajar.",
    ],
)
def test_a_lawyer_joining_the_police_or_going_back_to_work_is_no_family_or_home(text):
    got = extract(text)
    assert FAMILY not in {**got.values, **got.offered()}
    assert HOME not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "She has no place to sleep.",
        "He has no accommodation.",
        "Sin lugar para dormir.",
        "Needs a room right away.",
        "Necesita una habitación hoy mismo.",
        "Elle a besoin d'un toit tout de suite.",
        "Precisa de um quarto imediatamente.",
    ],
)
def test_no_place_or_a_room_needed_now(text):
    assert facts(text)[SHELTER] is True


@pytest.mark.parametrize(
    "text",
    [
        "She would like to call home.",
        "Wants to be in touch with her sister again.",
        "Quiere ponerse en contacto con su madre.",
        "Il voudrait reprendre contact avec sa famille.",
        "Quer entrar em contato com a família.",
        "Quiere llamar a su casa.",
    ],
)
def test_being_in_touch_with_the_family_or_calling_home(text):
    assert facts(text)[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "Asthmatic, uses an inhaler.",
        "Needs her prescription renewed.",
        "Usa insulina.",
        "Il doit renouveler son ordonnance.",
    ],
)
def test_a_medicine_used_or_renewed(text):
    assert facts(text)[MEDICATION] is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (COUNSELLING, "Would benefit from trauma counselling."),
        (COUNSELLING, "Pide psicoterapia."),
        (COUNSELLING, "Souhaite un groupe de soutien."),
        (HOUSING, "Is looking for social housing."),
        (HOUSING, "Cherche un logement social."),
        (HOUSING, "Precisa de habitação social."),
    ],
)
def test_more_words_for_support_and_for_a_home(fact, text):
    assert facts(text)[fact] is True


@pytest.mark.parametrize(
    ("text", "injury"),
    [
        ("He came in with a hand injury.", "hand injury"),
        ("She has injuries.", "has injuries"),
        ("Tiene una lesión.", "lesion"),
        ("Il a des blessures.", "blessures"),
        ("Apresenta lesões.", "apresenta lesoes"),
    ],
)
def test_an_injury_noun_at_the_end_of_its_clause(text, injury):
    from caseassist.intake.text import fold

    assert injury in fold(extract(text).values[INJURIES])


@pytest.mark.parametrize(
    "answer",
    [
        "Não, agora estou segura. Mas tenho fome.",
        "Estamos com fome, eu e a minha filha.",
        "No, ahora estoy bien. Pero tengo hambre.",
        "Non, ça va. Mais j'ai faim.",
    ],
)
def test_hunger_said_in_the_first_person_in_an_answer_about_something_else(answer):
    got = interpret_answer("safety.in_immediate_danger", answer)
    assert got.values.get("food.needs_food_now") is True
