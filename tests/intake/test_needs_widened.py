"""Tonight's needs and health, fifth round: each mechanism widened to a family of
phrasings, stated in invented sentences in several of en/es/fr/pt and several forms
(form line, shorthand, narrative, transcript, no accents), with its opposite and its
distractors. No sentence here is taken from the corpus."""

from __future__ import annotations

import pytest

from caseassist.intake import fields
from tests.intake.reading import reads

SHELTER = "shelter.needs_shelter_tonight"


# ------------------------------------------------ a label naming what she lacks


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: none",
        "Housing tonight: nil",
        "Current accommodation: nowhere",
        "Client accommodation: none arranged",
        "Alojamiento: ninguno",
        "Dónde duerme: en ningún lado",
        "Hébergement : aucun",
        "Solution d'hébergement : néant",
        "Alojamento: nenhum",
        "Onde dorme: sem sitio",
        "- Accommodation tonight: none",
    ],
)
def test_a_none_after_a_label_naming_her_place_is_a_need_for_a_bed(text):
    assert reads(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Accommodation: declined",
        "Alojamiento: rechaza",
        "Hébergement : refusé",
        "Alojamento: recusou",
    ],
)
def test_a_place_turned_down_after_such_a_label_is_no_need(text):
    assert reads(text, SHELTER) is False


@pytest.mark.parametrize(
    "text",
    ["Accommodation: yes", "Alojamiento: sí", "Hébergement : non", "Alojamento: sim"],
)
def test_a_bare_yes_or_no_after_such_a_label_says_nothing(text):
    """Either "she has one" or "one is needed": nothing clear."""
    assert fields.read(text) == []


def test_a_label_that_asks_for_the_bed_still_reads_a_bare_no():
    assert reads("Accommodation tonight: no", SHELTER) is False


# ------------------------------------------------ sleeping where nobody lives


@pytest.mark.parametrize(
    "text",
    [
        "She has been sleeping for three nights at the bus station.",
        "He spent the night in a park.",  # ("last night" alone is a night gone by: offered)
        "Client living in her van since she left the farm.",
        "slept outside x2 nights",
        "Pasó dos noches en la estación de autobuses.",
        "Lleva durmiendo en su coche desde el lunes.",
        "vive en la calle desde hace un mes",
        "Elle a passé la nuit dehors.",
        "Elle vivait dans sa voiture depuis mars.",
        "Ele anda a dormir no carro.",
        "Tem dormido na estação.",
        "ela vive na rua desde janeiro",
        "Passou a noite na rua.",
    ],
)
def test_sleeping_where_nobody_lives_in_any_form_of_the_verb_is_a_need(text):
    assert reads(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "She no longer sleeps rough.",
        "No duerme en la calle.",
        "Elle ne dort plus dehors.",
        "Ela não dorme na rua.",
        "Her sister sleeps in the car.",
        "Her friend has been sleeping at the station.",
        "Lives outside the city with her aunt.",
        "Vive en la calle Mayor 5 con su tía.",
        "Ela vive na Rua Augusta, 12.",
        "She slept in a park for weeks two years ago.",
    ],
)
def test_denied_someone_elses_an_address_or_long_ago_says_nothing(text):
    assert reads(text, SHELTER) is None


def test_put_out_by_someone_else_is_still_her_need():
    assert reads("Her employer threw her out this afternoon.", SHELTER) is True
    assert reads("O patrão expulsou-a de casa hoje.", SHELTER) is True


# ------------------------------------------------ an emergency bed, a lack, a roof


@pytest.mark.parametrize(
    "text",
    [
        "Emergency housing needed.",
        "requesting emergency placement",
        "Solicita acogida de urgencia.",
        "Demande de mise à l'abri.",
        "Pede acolhimento de emergência.",
        "needs a roof over her head tonight",
        "Necesita un lugar seguro para pasar la noche.",
        "no accommodation for tonight",
        "Pas de solution d'hébergement pour ce soir.",
        "sem alojamento esta noite",
    ],
)
def test_an_emergency_bed_or_no_bed_tonight_is_a_need(text):
    assert reads(text, SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "She has accommodation with her aunt.",
        "Ya tiene alojamiento con una amiga.",
        "Elle peut dormir chez sa cousine ce soir.",
        "No accommodation needed tonight.",
    ],
)
def test_a_place_of_her_own_or_no_need_is_a_no(text):
    assert reads(text, SHELTER) is False


def test_accommodation_needs_are_not_accommodation():
    """A need with no night named is only offered; never read as a place she has."""
    assert reads("Has accommodation needs.", SHELTER) == "possible"


# ------------------------------------------------ health and food by label and by kind

URGENT = "medical.urgent_need"
COUNSEL = "medical.wants_counseling"
MEDS = "medical.needs_medication"
INJURIES = "medical.injuries"
FOOD = "food.needs_food_now"


@pytest.mark.parametrize(
    "text",
    [
        "Health: nothing of note",
        "Medical: none known",
        "Santé : rien de particulier",
        "État de santé : RAS",
        "Salud: nada que destacar",
        "Estado de salud: estable",
        "Saúde: nada a assinalar",
    ],
)
def test_nothing_of_note_after_a_health_label_is_no_urgent_need(text):
    assert reads(text, URGENT) is False


@pytest.mark.parametrize(
    "text", ["Health: diabetic", "Medical: yes", "Santé : fatiguée", "Salud: embarazo"]
)
def test_any_other_value_after_a_health_label_says_nothing_of_urgency(text):
    assert reads(text, URGENT) is None


@pytest.mark.parametrize(
    "text",
    [
        "Elle doit voir un médecin aujourd'hui.",
        "Douleurs abdominales intenses.",
        "Dores fortes na barriga.",
        "Dolor de cabeza muy fuerte e intenso.",
        "Intense pain in her side.",
    ],
)
def test_care_today_or_severe_pain_is_an_urgent_need(text):
    assert reads(text, URGENT) is True


def test_an_injury_answering_a_question_on_injuries_only_describes_it():
    """'¿Lesiones?' asks about injuries; what the reply describes suggests, not states,
    an urgent need."""
    text = "¿Lesiones?: ampollas y cortes en los pies"
    assert reads(text, URGENT) == "possible"
    assert reads(text, INJURIES)


@pytest.mark.parametrize(
    "text",
    [
        "Cut on her left hand.",
        "Scratches and bruising on both arms.",
        "Cortes en las manos.",
        "Rasguños en la cara.",
        "Égratignures sur les jambes.",
        "Arranhões no pescoço.",
    ],
)
def test_cuts_scratches_and_bruising_are_injuries(text):
    assert reads(text, INJURIES)


@pytest.mark.parametrize(
    "text",
    [
        "Asked to see a psychologist.",
        "Wants to talk to a counsellor about the nightmares.",
        "Pidió hablar con una psicóloga.",
        "Elle aimerait parler à quelqu'un.",
        "Souhaite voir un psy.",
        "Pediu para falar com uma psicóloga.",
    ],
)
def test_asking_to_see_or_talk_to_someone_is_a_wish_for_counselling(text):
    assert reads(text, COUNSEL) is True


@pytest.mark.parametrize(
    "text",
    [
        "Client has asthma, inhaler left at the house.",
        "She forgot her insulin at the employer's flat.",
        "Se dejó las pastillas en la casa.",
        "Elle a laissé son traitement chez l'employeur.",
        "Deixou os comprimidos em casa do patrão.",
    ],
)
def test_a_medicine_left_behind_is_one_she_needs(text):
    assert reads(text, MEDS) is True


@pytest.mark.parametrize(
    "text, value",
    [
        ("Food: needed", True),
        ("Food: none", True),
        ("Comida: ninguna", True),
        ("Repas : aucun", True),
        ("Comida: sim", True),
        ("Food: declined", False),
    ],
)
def test_a_food_label_reads_a_need_and_a_lack(text, value):
    assert reads(text, FOOD) is value


def test_a_diet_after_a_food_label_is_no_hunger():
    assert reads("Food: no pork", FOOD) is None


# ------------------------------------------------ a referrer asking the service for a bed


@pytest.mark.parametrize(
    "text",
    [
        "Do you have space for her tonight?",
        "Any beds available tonight? She has a 6 year old with her.",
        "Can you take her tonight?",
        "¿Tienen cupo para una mujer y su hija esta noche?",
        "¿Tienen cama para esta noche?",
        "¿Pueden recibirla hoy?",
        "Avez-vous une place pour elle ce soir ?",
        "Pourriez-vous l'accueillir cette nuit ?",
        "Teriam vaga para ela hoje?",
        "Podem recebê-la esta noite?",
    ],
)
def test_a_referrer_asking_the_service_for_a_bed_states_her_need(text):
    assert reads(text, SHELTER) is True


def test_a_referrer_asking_for_room_with_no_tonight_only_offers_it():
    # home13: "me avisan si tienen cupo" set a bed tonight the blind label left out
    assert reads("¿Tienen cupo para una mujer y su hija?", SHELTER) == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "Can you take her to the clinic tomorrow?",
        "Do you have her passport?",
        "Is there a lawyer who speaks Tigrinya?",
    ],
)
def test_other_requests_to_the_service_say_nothing_of_a_bed(text):
    assert reads(text, SHELTER) is None


def test_a_question_put_to_her_about_a_place_is_still_answered_by_her_reply():
    note = "Staff: Do you have somewhere to sleep tonight?\nClient: Yes, at my cousin's."
    assert reads(note, SHELTER) is False
    assert reads("Tiene plaza para esta noche en el albergue.", SHELTER) is False


# ------------------------------------------------ a safe way to reach her

CONTACT = "person.safe_contact"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Safe to contact on her own mobile, 07700 900123, texts only.", "07700 900123"),
        ("Best way to reach her: WhatsApp via her cousin.", "WhatsApp via her cousin"),
        ("Contact only through the hotline.", "hotline"),
        ("Only call after 6pm when the employer is out.", "after 6pm"),
        ("Solo llamar a través de la trabajadora social.", "trabajadora social"),
        ("On peut la joindre uniquement par SMS.", "SMS"),
        ("Só ligar depois das 18h.", "depois das 18h"),
        ("Do not call her phone. Contact via the outreach team only.", "outreach team"),
    ],
)
def test_a_way_to_reach_her_is_kept_in_the_notes_own_words(text, kept):
    assert kept in str(reads(text, CONTACT))


@pytest.mark.parametrize(
    "text",
    [
        "The officer can be contacted via the station.",
        "Do not contact her via WhatsApp.",
        "She is not safe to contact by phone.",
    ],
)
def test_someone_elses_contact_or_a_denied_one_is_no_safe_contact(text):
    assert reads(text, CONTACT) is None


# ------------------------------------------------ medicines missed, food days ago


@pytest.mark.parametrize(
    "text",
    [
        "She has not taken her tablets for three days.",
        "No ha tomado su medicación desde el viernes.",
        "Elle n'a pas pris son traitement depuis trois jours.",
        "Não tomou os comprimidos ontem nem hoje.",
        "Diabetic, insulin-dependent.",
        "Es diabética e insulinodependiente.",
        "Elle est diabétique insulino-dépendante.",
        "É diabética e insulinodependente.",
        "Rx: amoxicillin",
        "Receta: metformina",
    ],
)
def test_missed_doses_insulin_dependence_and_a_prescription_label_are_a_need(text):
    assert reads(text, MEDS) is True


def test_someone_elses_missed_doses_are_not_hers():
    assert reads("Her mother has not taken her tablets for days.", MEDS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Last meal was two days ago.",
        "Su última comida fue ayer por la mañana.",
        "Dernier repas hier midi.",
        "A última refeição foi há dois dias.",
        "Pidió algo de comer.",
    ],
)
def test_a_last_meal_days_ago_or_asking_to_eat_is_hunger_now(text):
    assert reads(text, FOOD) is True


# ------------------------------------------------ counselling offered in a transcript


@pytest.mark.parametrize(
    "text, value",
    [
        ("Staff: Would you like to see a counsellor?\nClient: Yes please.", True),
        ("¿Quieres hablar con una psicóloga? - No, ahora no.", False),
        ("Quer apoio psicológico? Não.", False),
    ],
)
def test_a_reply_to_counselling_offered_is_her_wish(text, value):
    assert reads(text, COUNSEL) is value


def test_a_question_about_a_counsellor_asks_nothing_of_her_wish():
    assert reads("Did the psychologist call? No.", COUNSEL) is None


def test_they_have_a_place_tonight_is_never_read_as_a_request():
    """'tienen' is 'they have' in a statement and 'you have' opening a question."""
    text = "Ella y su hija tienen plaza para esta noche en el albergue."
    assert reads(text, SHELTER) is not True
    assert reads("Buenas tardes. ¿Tienen cupo hoy para una señora?", SHELTER) is True
