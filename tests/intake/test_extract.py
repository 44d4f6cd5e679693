"""Extraction from referral notes and answers, in phrasings the shared scenarios do not use."""

from __future__ import annotations

import pytest

from caseassist.intake.read import DECLINED, UNKNOWN, answer_kind, extract, interpret_answer
from tests.intake.reading import clear_values as facts
from tests.intake.reading import weighed

KIDS = "household.children_with_them"
DOCS = "legal.has_identity_documents"
ORIGIN = "person.country_of_origin"


def said(text: str) -> dict[str, object]:
    """Clear and possible values together (consent in a note is only ever offered)."""
    got = extract(text)
    return {**got.offered(), **got.values}


def test_consent_reported_in_a_note_is_applied_only_when_plain():
    """A note's plain report of her consent to share with other providers is applied
    (clean-reading level `share`, stop 30); consent to the referral alone says nothing of
    other providers and is offered for staff to confirm with her."""
    got = extract("She has agreed to share her details with partner agencies.")
    assert got.values["consent.share_with_providers"] == "yes"
    got = extract("She has agreed that we share this with you.")
    assert "consent.share_with_providers" not in got.values
    assert got.offered()["consent.share_with_providers"] == "yes"
    # the survivor's own answer settles it
    assert (
        interpret_answer("consent.share_with_providers", "Yes, you can share it.").values[
            "consent.share_with_providers"
        ]
        == "yes"
    )


# ------------------------------------------------------------ ages


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Client is a 52-year-old man.", 52),
        ("Walk-in client, approx. 30 y.o., from Romania.", 30),
        ("The officer brought a young woman (19).", 19),
        ("Patient is a trans woman, 27, speaks Portuguese.", 27),
        ("She says she is 23.", 23),
        ("Mujer de unos cuarenta años.", 40),
        ("Una adolescente de diecisiete años.", 17),
        ("Tiene treinta y cinco años.", 35),
        ("Jeune femme de vingt-deux ans.", 22),
        ("Homme d'une quarantaine d'années.", 40),
        ("Il a 16 ans.", 16),
        ("Femme de soixante et onze ans.", 71),
        ("Client, aged 44, walked in.", 44),
    ],
)
def test_ages_in_digits_and_words(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "Officer Brown, 45 years old, brought her in.",
        "Her son, aged 7, is with her.",
        "Her mother is 60 years old and lives in Mexico.",
        "She has a 3-year-old daughter.",
        "Caseworker Tom Reyes (age 50) called.",
        "Possibly 25, maybe older.",
        "Ella tiene un bebé de 8 meses y gemelos de 4 años.",
        "Son fils a 5 ans.",
        "The shelter is 20 minutes away.",
    ],
)
def test_other_peoples_ages_and_hedged_ages_are_not_taken(text):
    assert "person.age" not in facts(text)


def test_two_different_ages_for_the_survivor_leave_age_unknown():
    assert "person.age" not in facts("She is 24 years old. Later she said she is 31 years old.")


# ------------------------------------------------------------ gender


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("A young woman walked in.", "female"),
        ("Client is a man from Peru.", "male"),
        ("A 16 year old boy was found.", "male"),
        ("Client identifies as non-binary.", "nonbinary"),
        ("Patient is a trans woman.", "female"),
        ("Hombre de Honduras.", "male"),
        ("Una mujer salvadoreña.", "female"),
        ("Jeune homme, 20 ans.", "male"),
        ("She arrived late. She is tired.", "female"),
        ("He arrived by bus. He is tired.", "male"),
        (
            "Patient is a 31-year-old woman. She is afraid the man who brought her will find her.",
            "female",
        ),
    ],
)
def test_gender_from_words_and_pronouns(text, gender):
    assert facts(text).get("person.gender") == gender


@pytest.mark.parametrize(
    "text",
    [
        "Her husband called the hotline.",
        "His mother is in Mexico.",
        "She arrived.",  # one pronoun is not enough
        "Referred by a male nurse.",
        "Son père est au pays.",
    ],
)
def test_gender_not_taken_from_other_people_or_a_lone_pronoun(text):
    assert "person.gender" not in facts(text)


# ------------------------------------------------------------ languages


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("He only speaks Tigrinya.", "ti", []),
        ("Ne parle que le roumain.", "ro", []),
        ("Elle parle principalement le wolof et le français.", "wo", ["fr"]),
        ("Tagalog-speaking client.", "tl", None),
        ("Client is hispanohablante.", "es", None),
        ("Her mother tongue is Amharic.", "am", None),
        ("Requests a Vietnamese interpreter.", "vi", None),
    ],
)
def test_languages_by_name_in_three_languages(text, preferred, others):
    got = facts(text)
    assert got.get("person.preferred_language") == preferred
    if others is not None:
        assert got.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "preferred", "offered"),
    [
        ("Speaks Romanian, some English.", "ro", ["en"]),
        ("Habla k'iche' y poco español.", "quc", ["es"]),
        ("Señora que habla mam y algo de español.", "mam", ["es"]),
        ("Elle parle principalement le wolof, un peu de français.", "wo", ["fr"]),
    ],
)
def test_a_language_spoken_a_little_is_offered_not_stated(text, preferred, offered):
    got = extract(text)
    assert got.values.get("person.preferred_language") == preferred
    assert "person.other_languages" not in got.values
    assert got.offered()["person.other_languages"] == offered


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Arabic and French.",
        "Habla árabe y francés.",
        "Elle parle arabe et français.",
        "Fala árabe e francês.",
        "Languages: Arabic, French",
        "Pt F 23, Morocco, Arabic + French. Worked car wash.",
    ],
)
def test_two_languages_without_a_main_one_are_offered_not_stated(text):
    # nothing says which one she prefers: careful readers disagree, so the first named
    # is offered for staff to confirm, never applied
    got = extract(text)
    assert "person.preferred_language" not in got.values
    assert "person.other_languages" not in got.values
    assert got.offered()["person.preferred_language"] == "ar"
    assert got.offered()["person.other_languages"] == ["fr"]


def test_a_stated_main_language_wins_over_the_order():
    got = facts("Speaks Arabic and French. Her mother tongue is Tigrinya.")
    assert got["person.preferred_language"] == "ti"


@pytest.mark.parametrize(
    ("text", "preferred", "other"),
    [
        ("Habla k'iche' y se defiende en español.", "quc", "es"),
        ("Elle parle wolof et se débrouille en français.", "wo", "fr"),
        ("He speaks Pashto and gets by in English.", "ps", "en"),
    ],
)
def test_getting_by_in_a_language_is_offered_as_a_second_one(text, preferred, other):
    got = extract(text)
    assert got.values["person.preferred_language"] == preferred
    assert got.offered()["person.other_languages"] == [other]


def test_interpreter_request_settles_the_interpreter_fact():
    assert facts("She needs a Nepali interpreter.")["person.needs_interpreter"] is True


# ------------------------------------------------------------ countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Originally from the Dominican Republic.", "DO"),
        ("She says she is Thai.", "TH"),
        ("He is Eritrean.", "ER"),
        ("Client is an Indian national.", "IN"),
        ("Mujer salvadoreña.", "SV"),
        ("Hombre guatemalteco.", "GT"),
        ("Una joven venezolana.", "VE"),
        ("Originaire du Mali.", "ML"),
        ("Elle est ivoirienne.", "CI"),
        ("Il vient d'Afghanistan.", "AF"),
        ("Born in Viet Nam.", "VN"),
        ("Es de Perú.", "PE"),
    ],
)
def test_country_by_name_and_demonym(text, country):
    assert facts(text).get("person.country_of_origin") == country


@pytest.mark.parametrize(
    "text",
    [
        "She might be from Honduras or Guatemala.",
        "Her Mexican employer kept her passport.",
        "She speaks Spanish.",
        "Elle parle français.",
        "She arrived from Mexico by bus.",
    ],
)
def test_country_not_taken_when_unclear_or_not_hers(text):
    assert "person.country_of_origin" not in facts(text)


# ------------------------------------------------------------ children


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("She came with her son and her daughter.", 2),
        ("Elle est accompagnée de son bébé.", 1),
        ("Tiene a su hija de 2 años con ella.", 1),
        ("Ella tiene 3 hijos con ella: un bebé de 8 meses y gemelos de 4 años.", 3),
        ("She arrived with her twins.", 2),
        ("Client has no kids.", 0),
        ("No tiene hijos.", 0),
        ("Elle n'a pas d'enfants.", 0),
        (
            "He came alone.",
            None,
        ),  # coming alone, in a note that names no children (the blind labels)
        ("He came alone. His two kids are in Lagos.", 0),
        ("Her three children are with her.", 3),
    ],
)
def test_children_with_them_however_described(text, count):
    assert facts(text).get("household.children_with_them") == count


@pytest.mark.parametrize(
    "text",
    [
        "She has two children back home in Nepal.",
        "She has children.",
        "Maybe she has a son with her.",
        "A 16 year old boy was found.",
    ],
)
def test_children_not_counted_when_not_clearly_with_them(text):
    assert "household.children_with_them" not in facts(text)


# ------------------------------------------------------------ bool and enum statements


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She's not hungry, she already ate.", "food.needs_food_now", False),
        ("He hasn't eaten in two days.", "food.needs_food_now", True),
        ("No ha comido en todo el día.", "food.needs_food_now", True),
        ("Elle a faim.", "food.needs_food_now", True),
        ("Il n'a pas faim.", "food.needs_food_now", False),
        ("Needs a bed tonight.", "shelter.needs_shelter_tonight", True),
        ("Has a place to stay with a friend.", "shelter.needs_shelter_tonight", False),
        ("Necesita un lugar para dormir esta noche.", "shelter.needs_shelter_tonight", True),
        ("Elle n'a nulle part où dormir.", "shelter.needs_shelter_tonight", True),
        ("Elle dort chez sa tante.", "shelter.needs_shelter_tonight", False),
        ("She doesn't need a doctor.", "medical.urgent_need", False),
        ("Pas blessée.", "medical.urgent_need", False),
        ("Tiene una herida en el pie que sangra.", "medical.urgent_need", True),
        ("He has a high fever.", "medical.urgent_need", True),
        ("Takes insulin daily.", "medical.needs_medication", True),
        ("Está embarazada de tres meses.", "household.pregnant", True),
        ("She is not pregnant.", "household.pregnant", False),
        ("She is in danger: they are looking for her.", "safety.in_immediate_danger", True),
        ("Survivor states she is safe now.", "safety.in_immediate_danger", False),
        ("The boss knows where she lives.", "safety.trafficker_knows_location", "yes"),
        (
            "He is not sure whether the employer knows where he is.",
            "safety.trafficker_knows_location",
            "unsure",
        ),
        ("She does not want to involve the police.", "safety.wants_law_enforcement", "no"),
        ("Quiere denunciar a su empleador.", "safety.wants_law_enforcement", "yes"),
        ("Elle ne souhaite pas parler aux policiers.", "safety.wants_law_enforcement", "no"),
        ("He might want to talk to the police.", "safety.wants_law_enforcement", "undecided"),
        ("Sus documentos los tiene el patrón.", "legal.has_identity_documents", False),
        ("His employer confiscated his passport.", "legal.has_identity_documents", False),
        ("She still has her passport.", "legal.has_identity_documents", True),
        ("Is worried about being deported.", "legal.immigration_concern", True),
        ("He wants a lawyer.", "legal.wants_legal_help", True),
        ("She wants to go home to her country.", "reintegration.wants_to_return_home", "yes"),
        ("He does not want to return to his country.", "reintegration.wants_to_return_home", "no"),
        ("Wants help finding a job.", "jobs.wants_employment", True),
        ("Elle voudrait reprendre l'école.", "jobs.wants_training", True),
        (
            "She consents to sharing information with providers.",
            "consent.share_with_providers",
            "yes",
        ),
    ],
)
def test_statements_with_negation(text, fact, value):
    assert said(text).get(fact) == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Maybe injured, not sure.", "medical.urgent_need"),
        ("The survivor may be pregnant.", "household.pregnant"),
        ("Quizás tiene hambre.", "food.needs_food_now"),
        ("Elle a peut-être besoin d'un médecin.", "medical.urgent_need"),
        ("Her son is hungry.", "food.needs_food_now"),
        ("The officer was injured during the raid.", "medical.urgent_need"),
        ("She is hungry. She is not hungry.", "food.needs_food_now"),
    ],
)
def test_hedged_contradictory_or_other_peoples_statements_stay_unknown(text, fact):
    assert fact not in facts(text)


def test_injury_described_in_the_note_is_kept_as_text():
    got = extract("She has a burn on her arm.")
    # an injury alone suggests an urgent need: offered to staff, the question still put
    assert "medical.urgent_need" not in got.values
    assert got.offered()["medical.urgent_need"] is True
    assert "burn" in got.values["medical.injuries"]


@pytest.mark.parametrize(
    "text",
    [
        "She has a cut on her leg that is still bleeding.",
        "Lesión: corte profundo en pierna, requiere atención hoy.",
        "Il a une plaie à la jambe qui saigne encore.",
        "Tem uma ferida infetada no pé, precisa de ser visto por um médico.",
    ],
)
def test_an_injury_with_an_urgency_word_is_an_urgent_need(text):
    assert facts(text)["medical.urgent_need"] is True


def test_an_injury_told_in_answer_to_the_medical_question_answers_it():
    got = interpret_answer("medical.urgent_need", "Tengo una cortadura en el brazo.")
    assert got.values["medical.urgent_need"] is True


# ------------------------------------------------------------ names


def test_name_only_from_explicit_forms_and_never_an_officers():
    assert facts("Referred by Officer Daniels. Her name is Ana.")["person.name"] == "Ana"
    assert "person.name" not in facts("Officer Daniels and Nurse Kim brought a woman.")
    assert "person.name" not in facts("Her mother's name is Rosa.")
    assert facts("Se llama Lucía.")["person.name"] == "Lucía"
    assert facts("Elle s'appelle Nadia.")["person.name"] == "Nadia"


# ------------------------------------------------------------ answers


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("food.needs_food_now", "yes please", True),
        ("food.needs_food_now", "No, I ate at the station", False),
        ("food.needs_food_now", "non merci, j'ai déjà mangé", False),
        ("person.age", "I'm 31", 31),
        ("person.age", "about twenty five", 25),
        ("person.age", "treinta y dos", 32),
        ("person.age", "j'ai dix-neuf ans", 19),
        ("household.children_with_them", "two", 2),
        ("household.children_with_them", "none", 0),
        ("household.children_with_them", "my daughter", 1),
        ("household.children_with_them", "Sí, dos niños", 2),
        ("household.children_with_them", "trois enfants", 3),
        ("safety.wants_law_enforcement", "not yet, I need to think", "undecided"),
        ("consent.share_with_providers", "Only if you ask me first each time", "ask_each_time"),
        ("person.gender", "Soy hombre", "male"),
        ("person.gender", "non-binaire", "nonbinary"),
        ("person.preferred_language", "Tagalog, and a little English", "tl"),
        ("person.other_languages", "Hindi y un poco de inglés", ["hi"]),  # "un poco": offered
        ("person.country_of_origin", "I'm from the Philippines", "PH"),
        ("person.country_of_origin", "Soy guatemalteca", "GT"),
        ("legal.has_identity_documents", "My boss has my passport", False),
        ("reintegration.wants_family_contact", "I'd like to call my sister", True),
        ("food.needs_food_now", "Un poco, sí", True),
        ("food.needs_food_now", "I have no food", True),
        ("food.needs_food_now", "No tengo nada que comer", True),
        ("food.needs_food_now", "Je n'ai rien à manger", True),
        ("shelter.needs_shelter_tonight", "No, I have nowhere to sleep", True),
    ],
)
def test_free_text_answers(fact, text, value):
    assert interpret_answer(fact, text).values.get(fact) == value


def test_an_answer_can_state_more_than_was_asked():
    got = interpret_answer("medical.urgent_need", "My ribs hurt a lot, and I am pregnant").values
    assert got["medical.urgent_need"] is True
    assert got["household.pregnant"] is True


def test_unclear_answer_settles_no_value():
    assert (
        "safety.in_immediate_danger"
        not in interpret_answer("safety.in_immediate_danger", "I think so, maybe").values
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I prefer not to say", DECLINED),
        ("prefiero no decirlo", DECLINED),
        ("Je préfère ne pas répondre", DECLINED),
        ("I don't know", UNKNOWN),
        ("no sé", UNKNOWN),
        ("je ne sais pas", UNKNOWN),
        ("Only through the shelter, I do not know another way to reach me safely", None),
    ],
)
def test_decline_and_dont_know_phrases(text, kind):
    assert answer_kind(text) == kind


# ------------------------------------------------------------ whole notes, unseen phrasings


def test_note_with_employer_holding_passport_and_no_bed_tonight():
    got = facts(
        "Anonymous tip via text line. Man, roughly 50, Chinese national, speaks Mandarin only. "
        "Employer holds passport. Sleeping in the restaurant basement; needs somewhere else "
        "tonight. Has diabetes and has run out of insulin."
    )
    assert got["person.age"] == 50 and got["person.gender"] == "male"
    assert got["person.country_of_origin"] == "CN" and got["person.preferred_language"] == "zh"
    assert got["legal.has_identity_documents"] is False
    assert got["shelter.needs_shelter_tonight"] is True
    assert got["medical.needs_medication"] is True


def test_children_of_whom_only_some_are_with_her_stay_unknown():
    got = facts("Elle a trois enfants, dont deux avec elle.")
    assert "household.children_with_them" not in got


def test_caller_who_is_not_the_survivor_gives_no_gender():
    got = facts(
        "Hotline. Caller: a woman who works at a hotel said a coworker, 22, from Guatemala, "
        "needs help. The caller herself is safe. The coworker is not with her."
    )
    assert "person.gender" not in got and "person.age" not in got


def test_medical_shorthand_sex_and_age():
    got = facts(
        "Nurse Amira Haddad, ER. Patient (F, 34) from Ethiopia, speaks Amharic. "
        "Her employer's wife, 60, kept her documents."
    )
    assert got["person.age"] == 34
    assert got["person.country_of_origin"] == "ET"
    assert got["legal.has_identity_documents"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caller is a man, around 40, from Eritrea. He speaks Tigrinya only.",
            {
                "person.age": 40,
                "person.gender": "male",
                "person.country_of_origin": "ER",
                "person.preferred_language": "ti",
            },
        ),
        ("She has two kids with her, ages 4 and 7.", {"household.children_with_them": 2}),
        (
            "He wants to press charges against the employer.",
            {"safety.wants_law_enforcement": "yes"},
        ),
        ("Her passport was taken by the recruiter.", {"legal.has_identity_documents": False}),
        ("Her boss took her phone and her passport.", {"legal.has_identity_documents": False}),
        ("She is about five months pregnant.", {"household.pregnant": True}),
        ("Client says she is not hurt.", {"medical.urgent_need": False}),
        ("Ella no quiere denunciar.", {"safety.wants_law_enforcement": "no"}),
        ("Está golpeada y tiene mucho dolor en las costillas.", {"medical.urgent_need": True}),
        ("Llegó con sus tres hijos.", {"household.children_with_them": 3}),
        (
            "Es una mujer joven de Nicaragua, de unos 22 años.",
            {"person.gender": "female", "person.country_of_origin": "NI", "person.age": 22},
        ),
        ("Elle est arrivée avec ses deux filles.", {"household.children_with_them": 2}),
        (
            "Il a faim et n'a pas d'endroit où dormir.",
            {"food.needs_food_now": True, "shelter.needs_shelter_tonight": True},
        ),
        ("Il ne souhaite pas de contact avec la police.", {"safety.wants_law_enforcement": "no"}),
        ("Elle parle lingala.", {"person.preferred_language": "ln"}),
        (
            "Woman in her mid-30s, Ukrainian.",
            {"person.country_of_origin": "UA", "person.gender": "female"},
        ),
        ("She is staying with a friend tonight.", {"shelter.needs_shelter_tonight": False}),
        ("The trafficker knows where she is staying.", {"safety.trafficker_knows_location": "yes"}),
        (
            "Il n'est pas blessé. Il a ses papiers.",
            {"medical.urgent_need": False, "legal.has_identity_documents": True},
        ),
    ],
)
def test_more_unseen_phrasings(text, expected):
    got = facts(text)
    for fid, value in expected.items():
        assert got.get(fid) == value, fid


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Joven hondureño de diecinueve años.", "male"),
        ("Una joven venezolana.", "female"),
        ("Jeune ivoirienne, 17 ans.", "female"),
    ],
)
def test_gendered_demonyms_in_spanish_and_french(text, gender):
    assert facts(text)["person.gender"] == gender


def test_english_demonym_and_language_words_say_no_gender():
    assert "person.gender" not in facts("Client is Nigerian.")
    assert "person.gender" not in facts("Il parle français. Cliente venue seule.")


def test_one_answer_with_two_joined_verbs_settles_both():
    got = interpret_answer(
        "jobs.wants_employment", "Sí, quiero trabajar y aprender un oficio"
    ).values
    assert got["jobs.wants_employment"] is True and got["jobs.wants_training"] is True


def test_appositive_describing_another_person_is_not_the_survivor():
    got = facts("His employer, a Mexican woman of about 50, kept his passport.")
    assert "person.age" not in got and "person.gender" not in got
    assert "person.country_of_origin" not in got
    assert got["legal.has_identity_documents"] is False
    got = facts(
        "Officer Maria Gomez, 34, from the Human Trafficking Unit, interviewed the victim. "
        "The victim is a 45-year-old Vietnamese man. Officer Gomez speaks Spanish and English. "
        "The victim speaks Vietnamese."
    )
    assert got["person.age"] == 45 and got["person.gender"] == "male"
    assert got["person.country_of_origin"] == "VN" and got["person.preferred_language"] == "vi"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("She has been here 3 years.", None),
        ("Lleva 2 años en el país. Tiene 30 años.", 30),
        ("Elle est en France depuis 3 ans. Elle a 25 ans.", 25),
        ("He worked there for 5 years, he is 40 years old.", 40),
        ("A woman, 24 years of age.", 24),
    ],
)
def test_durations_are_not_ages(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "She was injured last month.",
        "Hace dos años no tenía dónde dormir.",
        "Il y a deux ans, il avait faim tous les jours.",
    ],
)
def test_past_states_say_nothing_about_now(text):
    got = facts(text)
    for fid in ("medical.urgent_need", "shelter.needs_shelter_tonight", "food.needs_food_now"):
        assert fid not in got


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She wants the police to leave her alone.", "safety.wants_law_enforcement", None),
        ("Referred without police.", "safety.wants_law_enforcement", None),
        ("Trafficker does not know her location.", "safety.trafficker_knows_location", "no"),
        ("She is not worried about her immigration status.", "legal.immigration_concern", False),
        ("He has a work permit but no passport.", "legal.has_identity_documents", False),
        ("She does not want to see a counselor right now.", "medical.wants_counseling", False),
    ],
)
def test_needs_facts_not_turned_around(text, fact, value):
    assert facts(text).get(fact) == value


def test_three_whole_notes_in_three_languages():
    en = facts(
        "Referral: Safe Harbor hotline, operator J. Kim. The caller is a 31 year old man from "
        "Bangladesh who speaks Bengali and some English. He says he worked on a fishing boat "
        "for two years without pay. He is hungry and has nowhere to sleep. His wrist is swollen "
        "and painful. He does not have his passport; the boat captain keeps it. He wants to "
        "contact his wife in Dhaka. He is willing to talk to the police."
    )
    assert en["person.age"] == 31 and en["person.gender"] == "male"
    assert en["person.country_of_origin"] == "BD" and en["person.preferred_language"] == "bn"
    assert en["food.needs_food_now"] is True and en["shelter.needs_shelter_tonight"] is True
    assert "medical.urgent_need" not in en  # a swollen wrist: offered, asked
    assert en["legal.has_identity_documents"] is False
    assert en["reintegration.wants_family_contact"] is True
    assert en["safety.wants_law_enforcement"] == "yes"
    es = facts(
        "Derivación de la Cruz Roja. Mujer guatemalteca de 26 años, habla mam y español. "
        "Llegó con sus dos hijas de 3 y 5 años. No tienen dónde dormir. No han comido desde "
        "ayer. Ella dice que el dueño de la finca tiene sus documentos. No quiere que la policía "
        "se involucre. Está embarazada de cuatro meses."
    )
    assert es["person.age"] == 26 and es["household.children_with_them"] == 2
    assert es["shelter.needs_shelter_tonight"] is True and es["food.needs_food_now"] is True
    assert es["legal.has_identity_documents"] is False and es["household.pregnant"] is True
    assert es["safety.wants_law_enforcement"] == "no"
    # two languages, none said to be the main one: neither is stated as preferred
    assert "person.preferred_language" not in es and "person.other_languages" not in es
    fr = facts(
        "Orientation par le Samu social. Homme d'environ 45 ans, originaire de Côte d'Ivoire, "
        "parle dioula et un peu de français. Il dort dans la rue depuis une semaine. Il n'est pas "
        "blessé mais il est diabétique et n'a plus d'insuline. Il souhaite retourner dans son pays. "
        "Il ne veut pas porter plainte."
    )
    assert fr["person.age"] == 45 and fr["person.country_of_origin"] == "CI"
    assert fr["person.preferred_language"] == "dyu" and "person.other_languages" not in fr
    # "pas blessé" beside insulin run out: the need stands (s36 and s40 labelling rules; stop 42)
    assert fr["shelter.needs_shelter_tonight"] is True and fr["medical.urgent_need"] is True
    assert fr["medical.needs_medication"] is True
    assert fr["reintegration.wants_to_return_home"] == "yes"
    assert fr["safety.wants_law_enforcement"] == "no"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("She has a son aged 5 with her.", 1),
        ("Her two sons, 10 and 12, are with her.", 2),
        ("She is with her sister and her sister's three children.", None),
        ("Her friend came with two kids.", None),
        ("Elle est venue avec son mari et ses deux enfants.", 2),
        ("Tiene dos hijos pero no están con ella.", None),
        ("Llegó con los hijos de su hermana.", None),
        ("Mujer de 30 años, llegó con sus dos hijos.", 2),
    ],
)
def test_whose_children_and_where(text, count):
    assert facts(text).get("household.children_with_them") == count


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Mme K., 38 ans, camerounaise.", "female"),
        ("Sra. Gómez, 50 años, de Guatemala.", "female"),
        ("School counselor Ms. Patel called about a student.", None),
        ("Referred by Mrs. Lopez, a nurse.", None),
    ],
)
def test_titles_tell_gender_unless_they_name_someone_else(text, gender):
    assert facts(text).get("person.gender") == gender


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was in danger at the farm but is now safe.", False),
        ("Estaba en peligro en la finca, ahora está a salvo.", False),
        ("She fears for her family's safety.", None),
        ("The employer knows her phone number.", None),
        ("Danger assessment completed; no immediate danger.", False),
    ],
)
def test_danger_now_not_then(text, value):
    assert facts(text).get("safety.in_immediate_danger") == value


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("She speaks some English but prefers Spanish.", "es", None),
        ("Her first language is Hmong; she also speaks Thai.", "hmn", ["th"]),
        ("Interpreter needed: Dari.", "prs", None),
        ("Language: Swahili (fluent), English (basic).", "sw", None),
        ("Habla inglés con dificultad; su idioma es el tagalo.", "tl", None),
        ("He understands English but speaks mostly Portuguese.", "pt", None),
        ("Nurse speaks Arabic; patient speaks Kurdish.", "ku", None),
        ("She speaks a little English.", None, None),
    ],
)
def test_which_language_is_preferred(text, preferred, others):
    got = facts(text)
    assert got.get("person.preferred_language") == preferred
    if others is not None:
        assert got.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # another person's claim yields to her own word on the same fact
        ("His employer says he is 19; he says he is 16.", "person.age", 16),
        ("Her employer claims she is 22, but she says she is 17.", "person.age", 17),
        ("El patrón asegura que tiene 20 años, pero ella dice que tiene 16.", "person.age", 16),
        (
            "Son employeur affirme qu'elle a 25 ans, mais elle dit qu'elle a 17 ans.",
            "person.age",
            17,
        ),
        ("O patrão diz que ela tem 21 anos, mas ela diz que tem 15 anos.", "person.age", 15),
        ("Her husband says she is from Nigeria. She says she is from Ghana.", ORIGIN, "GH"),
        ("Su esposo dice que es de Honduras. Ella es de Guatemala.", ORIGIN, "GT"),
        ("The landlord says she has her passport. She does not have her passport.", DOCS, False),
        # alone, another person's word is still read
        ("Her mother says she is 17.", "person.age", 17),
    ],
)
def test_another_persons_claim_yields_to_her_own_word(text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Her family wants her to come home.",
        "The agency wants her to work more.",
        "Sus padres quieren que vuelva a casa.",
        "Quiere que su hija estudie.",
    ],
)
def test_someone_elses_wish_is_not_hers(text):
    got = facts(text)
    for fid in (
        "reintegration.wants_to_return_home",
        "jobs.wants_employment",
        "jobs.wants_training",
    ):
        assert fid not in got


def test_injury_text_keeps_the_note_s_own_words():
    got = facts("Hotline call. She has a cut on her Hand that is bleeding. Her name is Ana.")
    assert got["medical.injuries"] == "cut on her Hand that is bleeding"
    assert got["person.name"] == "Ana"


# ------------------------------------------------------------ phrasings of the 08-12 scenarios


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She'd like to go back to Moldova.", "yes"),
        ("He wants to return to Nepal.", "yes"),
        ("She hopes to go back to the Philippines one day.", "yes"),
        ("She does not want to go back to Nepal.", "no"),
        ("Quiere regresar a Guatemala.", "yes"),
        ("No quiere volver a Honduras.", "no"),
        ("Elle voudrait rentrer au Mali.", "yes"),
        ("Il souhaite retourner en Moldavie.", "yes"),
    ],
)
def test_return_to_a_named_country_is_a_wish_to_return_home(text, value):
    assert facts(text)["reintegration.wants_to_return_home"] == value


@pytest.mark.parametrize(
    "text",
    ["He wants to go back to school.", "She wants to return to work.", "Quiere volver a estudiar."],
)
def test_going_back_to_something_that_is_not_a_country_is_not_returning_home(text):
    assert "reintegration.wants_to_return_home" not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The man who brought her still has her passport.",
        "The woman who recruited him has his papers.",
        "El hombre que la trajo todavía tiene su pasaporte.",
        "L'homme qui l'a fait venir garde toujours son passeport.",
    ],
)
def test_documents_held_by_the_person_who_brought_them(text):
    assert facts(text)["legal.has_identity_documents"] is False


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Il voudrait trouver un travail et suivre une formation.", "jobs.wants_training"),
        ("Le gustaría estudiar y luego trabajar.", "jobs.wants_employment"),
        ("He wants to learn English and find a job.", "jobs.wants_employment"),
    ],
)
def test_a_wish_carries_over_and_to_the_next_verb(text, fact):
    assert facts(text)[fact] is True
    long_note = "The referral came through the regional line after the day shift. " * 4 + text
    assert facts(long_note)[fact] is True


def test_a_negated_wish_stays_negated_over_and():
    got = facts("No quiere trabajar y estudiar.")
    assert got.get("jobs.wants_training") is not True
    assert got.get("jobs.wants_employment") is not True


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She asked to phone her grandmother.", "reintegration.wants_family_contact", True),
        ("Il a où dormir chez un cousin.", "shelter.needs_shelter_tonight", False),
        ("He is not in any danger.", "safety.in_immediate_danger", False),
    ],
)
def test_other_new_phrasings(text, fact, value):
    assert facts(text)[fact] == value


@pytest.mark.parametrize(
    "text",
    ["She is allergic to penicillin.", "Es alérgica a la penicilina.", "Allergique à l'aspirine."],
)
def test_a_drug_allergy_is_not_a_dietary_need(text):
    assert "food.dietary_needs" not in facts(text)


def test_a_food_allergy_is_still_a_dietary_need():
    assert facts("Allergic to peanuts.")["food.dietary_needs"] == "Allergic to peanuts"  # as typed


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She is twenty-nine.", "person.age", 29),
        ("He is nineteen.", "person.age", 19),
        ("She is on antidepressants.", "medical.needs_medication", True),
        ("Her documents are with the boss.", "legal.has_identity_documents", False),
        ("Her passport is still with the employer.", "legal.has_identity_documents", False),
        ("She does not want her information shared.", "consent.share_with_providers", "no"),
        ("She doesn't want us to share her details.", "consent.share_with_providers", "no"),
        ("No quiere que se compartan sus datos.", "consent.share_with_providers", "no"),
        (
            "Elle ne veut pas que ses informations soient partagées.",
            "consent.share_with_providers",
            "no",
        ),
    ],
)
def test_more_phrasings_of_unseen_notes(text, fact, value):
    assert said(text)[fact] == value


@pytest.mark.parametrize(
    "text", ["She is twenty minutes away.", "He is fifteen weeks into the job."]
)
def test_a_number_word_that_is_not_an_age(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She wants nothing to do with the police.", "no"),
        ("She is not interested in talking to the police.", "no"),
        ("She is interested in talking to the police.", "yes"),
    ],
)
def test_wanting_nothing_to_do_with_the_police(text, value):
    assert facts(text)["safety.wants_law_enforcement"] == value


# ------------------------------------------------------------ second robustness pass


@pytest.mark.parametrize(
    ("text", "diet"),
    [
        ("She is allergic to penicillin and peanuts.", "allergic to peanuts"),
        ("Allergic to penicillin, peanuts and eggs.", "allergic to peanuts, eggs"),
        ("Alérgica a la penicilina y al maní.", "alergica a mani"),
        ("Allergique à la pénicilline et aux arachides.", "allergique a arachides"),
        ("Allergic to peanuts, speaks Thai.", "allergic to peanuts"),
    ],
)
def test_a_mixed_allergy_keeps_its_food_part(text, diet):
    assert facts(text)["food.dietary_needs"].lower() == diet  # (her capitals kept, stop 27)


@pytest.mark.parametrize(
    "text", ["Allergies: none.", "Allergique à l'aspirine et à l'iode.", "Allergic to bees."]
)
def test_no_food_in_the_allergy_list_is_no_dietary_need(text):
    assert "food.dietary_needs" not in facts(text)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Not ready to go back to Nepal.", "reintegration.wants_to_return_home", "undecided"),
        ("She is ready to go home.", "reintegration.wants_to_return_home", "yes"),
        (
            "Todavía no está lista para volver a su país.",
            "reintegration.wants_to_return_home",
            "undecided",
        ),
        (
            "Elle n'est pas prête à rentrer au pays.",
            "reintegration.wants_to_return_home",
            "undecided",
        ),
        ("Está lista para regresar a Honduras.", "reintegration.wants_to_return_home", "yes"),
        ("She does not want to go back to Nepal.", "reintegration.wants_to_return_home", "no"),
        ("Elle est prête à porter plainte.", "safety.wants_law_enforcement", "yes"),
    ],
)
def test_not_ready_leaves_the_choice_open(text, fact, value):
    assert facts(text)[fact] == value


@pytest.mark.parametrize(
    "text",
    ["She is not ready to talk to the police.", "No está lista para denunciar."],
)
def test_not_ready_for_the_police_is_only_offered(text):
    # a careful reader may hear a no in it: staff confirm "undecided", it is never applied
    got = extract(text)
    assert "safety.wants_law_enforcement" not in got.values
    assert got.offered()["safety.wants_law_enforcement"] == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She is thirty-something.",
        "Woman, 30-something, from Peru.",
        "Tiene treinta y tantos años.",
        "Il a trente et quelques années.",
        "thirty-odd years old",
    ],
)
def test_a_vague_decade_leaves_the_age_open(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "F, approx 30 y/o, Viet national, no ID, req. shelter tonight.",
            {
                "person.gender": "female",
                "person.age": 30,
                "person.country_of_origin": "VN",
                "legal.has_identity_documents": False,
                "shelter.needs_shelter_tonight": True,
            },
        ),
        ("30F, no ID.", {"person.gender": "female", "person.age": 30}),
        ("M/25, Honduran.", {"person.gender": "male", "person.age": 25}),
        ("Pt is a 30 y/o F.", {"person.gender": "female"}),
        ("Ofc. D. Kowalczyk. No meds.", {"medical.needs_medication": False}),
        ("Traitement en cours : insuline, à poursuivre.", {"medical.needs_medication": True}),
        ("Pas de traitement en cours.", {"medical.needs_medication": False}),
        ("He does not take any medication.", {"medical.needs_medication": False}),
        (
            "Souhaite trouver un travail et un logement durable.",
            {"housing.needs_long_term_housing": True, "jobs.wants_employment": True},
        ),
    ],
)
def test_police_and_clinical_shorthand(text, expected):
    got = facts(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Her friend (F), 52, came too.",
        "The boss, M, 50, is Italian.",
        "Room 5 m from the exit.",
        "No meds left.",
    ],
)
def test_shorthand_that_is_not_the_survivors(text):
    got = facts(text)
    assert "person.gender" not in got and "person.age" not in got
    assert got.get("medical.needs_medication") is not False


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("HL call 23:10. F, 34, Honduran.", 34),
        ("Pt M/23, Eritrea.", 23),
        ("Mujer, 27 a., hondureña.", 27),
        ("Connacional, varón, 25a. Explotado en taller.", 25),
        ("Her son, 12, is with her.", None),
        ("Officer Smith, 45, brought her.", None),
        ("Room 12, floor 3.", None),
    ],
)
def test_a_bare_age_beside_the_person_it_describes(text, age):
    assert facts(text).get("person.age") == age


@pytest.mark.parametrize("text", ["Oui, ici ça va.", "Yes... I'm ok here, I feel safe."])
def test_a_yes_its_own_words_contradict_settles_no_danger(text):
    got = interpret_answer("safety.in_immediate_danger", text).values
    assert got.get("safety.in_immediate_danger") is not True


# ---------------------------------------------------------------- assertion status cues


@pytest.mark.parametrize(
    "text",
    [
        "He left this morning and believes the boss does not know where he is.",
        "Ella cree que el patrón no sabe dónde está.",
        "Elle croit que son patron ne sait pas où elle est.",
        "Ela acha que o patrão não sabe onde ela está.",
    ],
)
def test_an_opinion_is_offered_as_it_is_not_as_unsure(text):
    got = extract(text)
    assert "safety.trafficker_knows_location" not in got.values
    assert got.offered().get("safety.trafficker_knows_location") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Doesnt want us to tell the police, she wants to think first.",
        "No quiere denunciar, lo quiere pensar.",
        "Elle ne veut pas porter plainte, elle veut réfléchir.",
    ],
)
def test_a_decision_put_off_to_think_is_undecided(text):
    assert facts(text)["safety.wants_law_enforcement"] == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She does not want to go to the police at the moment.",
        "No quiere denuncia por ahora.",
    ],
)
def test_a_no_for_now_is_a_no(text):
    assert facts(text)["safety.wants_law_enforcement"] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "No sé si quiere denunciar, no lo pregunté.",
        "Je ne sais pas si elle veut porter plainte.",
        "Não sei se ela quer registrar queixa.",
    ],
)
def test_the_writers_own_not_knowing_says_nothing_of_the_survivor(text):
    got = extract(text)
    assert "safety.wants_law_enforcement" not in got.values
    assert "safety.wants_law_enforcement" not in got.offered()


def test_in_an_answer_i_do_not_know_if_is_the_survivors_own():
    got = interpret_answer("safety.wants_law_enforcement", "No sé si quiero denunciar.")
    assert got.values["safety.wants_law_enforcement"] == "undecided"


def test_a_hedge_after_a_topic_shift_is_about_the_other_topic():
    text = "Non, pas la police. Par contre un avocat peut-être, plus tard."
    got = interpret_answer("safety.wants_law_enforcement", text)
    assert got.values["safety.wants_law_enforcement"] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, that's okay. Just tell me first who you are talking to.",
        "Sí, pero solo si me avisan antes.",
        "Oui, à condition qu'on me prévienne.",
    ],
)
def test_a_consent_with_a_condition_is_offered_not_applied(text):
    got = interpret_answer("consent.share_with_providers", text)
    assert "consent.share_with_providers" not in got.values
    assert got.offered()["consent.share_with_providers"] == "yes"


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("Do you feel safe right now?", "Yes, I'm at my cousin's.", False),
        ("Do you feel safe right now?", "No.", True),
        ("¿Se siente segura en este momento?", "Ahora sí.", False),
        ("Êtes-vous en sécurité en ce moment ?", "Oui, ici ça va.", False),
        ("Sente-se em segurança neste momento?", "Agora sim.", False),
        (None, "Yes.", True),
        ("Are you in danger right now?", "Right now, yes.", True),
    ],
)
def test_a_question_put_the_other_way_round_inverts_a_bare_yes(question, text, value):
    got = interpret_answer("safety.in_immediate_danger", text, question=question)
    assert got.values["safety.in_immediate_danger"] is value


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("HL call 23:10. F, 34, Honduran, Spanish only.", "HN"),
        ("W/I 11:05. F, 19, Guatemala, Mam speaker, Spanish 2nd lang.", "GT"),
        ("Client F 38, Ecuador, Spanish + Kichwa.", "EC"),
        ("Madame S., 61 ans bulgare, parle bulgare et turc.", "BG"),
        ("From: Ghana\nLanguages: Twi, English", "GH"),
        ("Origine déclarée : Roumanie", "RO"),
    ],
)
def test_origin_in_shorthand_descriptor_lists_and_form_lines(text, country):
    assert facts(text)["person.country_of_origin"] == country


def test_a_country_alone_in_a_list_without_the_person_is_not_an_origin():
    assert "person.country_of_origin" not in facts("Offices in Lyon, Madrid, Mexico, Quito.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Requiere alojamiento hoy.", True),
        ("Inspector: necesita cupo esta noche", True),
        ("She needs to sleep somewhere tonight, not at my place.", True),
        ("Elle a besoin d'un hébergement ce soir.", True),
        ("Precisa de vaga em abrigo esta noite.", True),
        ("Placed with a foster carer. No shelter bed needed tonight.", False),
    ],
)
def test_a_need_a_shelter_word_and_tonight_in_any_order(text, value):
    assert facts(text)["shelter.needs_shelter_tonight"] is value


@pytest.mark.parametrize(
    "text",
    [
        "Says the salon owner knows where she lives.",
        "She is not in danger right now but the guy who manages her knows where she sleeps.",
        "El dueño sabe perfectamente dónde está él ahora mismo.",
        "A dona da casa sabe onde elu está hoje.",
    ],
)
def test_a_named_person_who_knows_where_they_are_is_a_clear_yes(text):
    assert facts(text)["safety.trafficker_knows_location"] == "yes"


def test_they_know_where_she_is_is_offered_only_after_family_or_helpers():
    # "they" with no one else named is the people she left (the blind labels read it so)
    assert facts("They know where she is.")["safety.trafficker_knows_location"] == "yes"
    got = extract("Her cousins came by, they know where she is.")
    assert "safety.trafficker_knows_location" not in got.values
    assert got.offered()["safety.trafficker_knows_location"] == "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le capitaine a gardé son passeport.", False),
        ("Visitor: they keep her passport.", False),
        ("Pasaporte retenido por el encargado.", False),
        ("O passaporte continua na posse da ex-empregadora.", False),
        ("Tem o bilhete de identidade romeno consigo.", True),
    ],
)
def test_who_holds_the_papers_in_any_order(text, value):
    assert facts(text)["legal.has_identity_documents"] is value


def test_she_keeps_her_own_passport_is_not_held_by_someone_else():
    assert facts("She keeps her passport with her.")["legal.has_identity_documents"] is True


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ela diz que tem uns quarenta anos.", 40),
        ("Homem romeno de sessenta anos.", 60),
        ("Tem vinte e oito anos.", 28),
        ("Tiene treinta y un años.", 31),
    ],
)
def test_ages_in_words_through_text2num(text, age):
    assert facts(text)["person.age"] == age


@pytest.mark.parametrize(
    "text",
    ["O mais velho já tem doze anos.", "Elle a deux fils ; l'aîné a douze ans."],
)
def test_the_eldest_childs_age_is_not_hers(text):
    assert "person.age" not in facts(text)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Intake: does he need a bed tonight? Receptionist: yes. And he has not eaten.",
            "shelter.needs_shelter_tonight",
            True,
        ),
        (
            "Albergue: ¿corre peligro? Padre: sí. Ellos saben que está aquí.",
            "safety.in_immediate_danger",
            True,
        ),
        (
            "Albergue: ¿está embarazada? Dra.: no, le hicimos la prueba.",
            "household.pregnant",
            False,
        ),
        # her documents and the children with her, asked in any words, answered bare
        ("Q: Any children with you?\nA: two", "household.children_with_them", 2),
        ("Agent: Are your kids with you?\nCaller: no, they are home", KIDS, 0),
        ("Operadora: ¿Tienes hijos contigo?\nUsuaria: sí, uno", KIDS, 1),
        ("Écoutante : Vos enfants sont avec vous ?\nAppelante : non, au pays", KIDS, 0),
        ("Técnica: Os filhos estão com você?\nUtente: sim, dois", KIDS, 2),
        ("[14:05] Refuge : des enfants avec elle ?\n[14:05] Foyer : aucun", KIDS, 0),
        ("Filhos com ela? Dois, um bebé e uma menina de 5.", KIDS, 2),
        ("Operadora: ¿Tienes documentos?\nLlamante: No, los tiene el jefe", DOCS, False),
        ("Agent: Do you have your passport?\nCaller: yes, in my bag", DOCS, True),
        ("Écoutante : Vous avez vos papiers ?\nAppelante : non, le patron les garde", DOCS, False),
        ("Atendente: Tens os teus documentos?\nUtente: não", DOCS, False),
        ("Q: do u have ID?\nA: no", DOCS, False),
    ],
)
def test_a_transcripts_reply_answers_its_question(text, fact, value):
    assert facts(text)[fact] == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a question about help with her papers, or who took them, is not whether she has them
        ("Agent: Do you have a lawyer for your papers?\nCaller: no", DOCS),
        ("Agent: Did they take your passport?\nCaller: yes", DOCS),
        ("Operadora: ¿Necesitas ayuda con tus papeles?\nUsuaria: sí", DOCS),
        # children elsewhere, a child's age, a form line stating a count: no count from a reply
        ("Q: Do you have children?\nA: two, back home in Kenya", KIDS),
    ],
)
def test_a_reply_to_another_question_sets_nothing(text, fact):
    assert facts(text).get(fact) is None


def test_a_question_with_no_reply_is_only_offered():
    got = extract("Albergue: ¿quiere denunciar?")
    assert "safety.wants_law_enforcement" not in got.values


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Pt M 23, Eritrea, Tigrinya. Worked car wash.", "ti", None),
        ("F 15, UK national, English. Found at a motel.", "en", None),
        ("Valentina, 23, from Colombia, Spanish.", "es", None),
        ("HL call 23:10. F, 34, Honduran, Spanish only.", "es", []),
    ],
)
def test_languages_in_a_descriptor_line_after_the_nationality(text, preferred, others):
    got = facts(text)
    assert got["person.preferred_language"] == preferred
    assert got.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Embassy of Ethiopia refers Ms. Tigist A., a 24-year-old domestic worker.", "Tigist"),
        ("El Consulado remite a la señora Luz Dary, de 52 años, connacional.", "Luz Dary"),
        ("Name to use: Samuel\nAge: 44", "Samuel"),
        ("Utente: pode me chamar de Kátia.", "Kátia"),
    ],
)
def test_a_titled_name_with_an_age_and_more_name_forms(text, name):
    assert facts(text)["person.name"] == name


@pytest.mark.parametrize(
    "text",
    ["Her mother, Mrs. Rosa, 60 years old, lives in Lima.", "Mr. Smith called at 5 a.m."],
)
def test_a_titled_name_of_someone_else_or_without_an_age_is_not_hers(text):
    assert "person.name" not in facts(text)


def test_not_wanting_to_give_a_name_is_a_decline():
    assert answer_kind("No quiero dar mi nombre por ahora. Díganme como quieran.") == DECLINED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talked w a trans woman, Valentina, 23, from Colombia, spanish.", "Valentina"),
        ("Referring Yanelis, 27, cuban, spanish.", "Yanelis"),
        ("A young man at the truck stop on Route 9, Marco, says he is 21, from Italy.", "Marco"),
        ("Je vous adresse Mariam, 15 ans, malienne.", "Mariam"),
    ],
)
def test_a_name_set_off_by_commas_before_an_age(text, name):
    assert facts(text)["person.name"] == name


@pytest.mark.parametrize(
    "text",
    ["Her son, Tom, 12, lives in Lima.", "Intake: Thanks, 5 minutes.", "Seen Monday, 23 March."],
)
def test_a_comma_and_a_number_alone_make_no_name(text):
    assert "person.name" not in facts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Está tomando antibiótico por la muela.", True),
        ("Il a des comprimés à finir.", True),
        ("Em uso de antibiótico (amoxicilina 7d), precisa manter.", True),
        ("No toma medicación.", False),
    ],
)
def test_a_medicine_and_a_taking_word_in_any_order(text, value):
    assert facts(text)["medical.needs_medication"] is value


def test_a_finished_course_is_nothing_to_take():
    # (the blind labels read "le traitement est terminé" as no medication needed)
    assert (
        facts("Paludisme traité ; le traitement est terminé.")["medical.needs_medication"] is False
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Elle souhaite parler à sa tante.", True),
        ("Pede p avisar a esposa em Codó.", True),
        ("Souhaite un contact avec sa famille à Mbandaka.", True),
        ("Elle ne souhaite pas contacter sa famille.", False),
    ],
)
def test_a_wish_a_contacting_verb_and_a_relative_in_order(text, value):
    assert facts(text)["reintegration.wants_family_contact"] is value


def test_a_relatives_own_wish_is_not_hers():
    assert "reintegration.wants_family_contact" not in facts("Her mother wants to call her sister.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She would very much like to eventually return to Nepal.", "yes"),
        ("Elle souhaite retourner dans son village près de Ségou.", "yes"),
        ("Quiere regresar a su pueblo.", "yes"),
    ],
)
def test_a_wish_a_going_back_verb_and_home_in_order(text, value):
    assert facts(text)["reintegration.wants_to_return_home"] == value


def test_the_house_she_left_is_not_home():
    assert "reintegration.wants_to_return_home" not in facts("Ella no quiere regresar a esa casa.")


# ------------------------------------------------------------ language weights (issue 12, round 3)


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Speaks Lao; her English is fluent.", "lo", ["en"]),
        ("Habla quechua y un castellano bastante fluido.", "qu", ["es"]),
        ("Elle parle lingala, et un bon anglais.", "ln", ["en"]),
        ("Fala mandinga e fala português bem.", "mnk", ["pt"]),
        ("Languages: Somali (home), English (fluent), Arabic", "so", ["en", "ar"]),
        ("Idioma: aimara (materno); también español fluido", "ay", ["es"]),
        ("Langues : bambara (première), français", "bm", ["fr"]),
    ],
)
def test_a_language_spoken_well_is_another_one_not_the_main_one(text, preferred, others):
    got = weighed(text)
    assert got.get("person.preferred_language") == preferred
    assert got.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Nurse: she speaks Dari. She does not speak English.", "prs"),
        ("Habla wolof; no habla español.", "wo"),
        ("Il parle peul. Pas de français.", "ff"),
        ("Fala tétum, não fala inglês nem português.", "tet"),
        ("Spoke with her: Tigrinya, no English.", "ti"),
    ],
)
def test_a_language_she_does_not_speak_is_never_listed(text, preferred):
    got = extract(text)
    assert got.values.get("person.preferred_language") == preferred
    assert not got.values.get("person.other_languages")
    assert not got.offered().get("person.other_languages")


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("I speak a little Portuguese but no Amharic. She speaks Amharic.", "am"),
        ("Je parle espagnol avec elle. Elle parle surtout quechua.", "qu"),
        ("Yo hablo inglés con ella; ella habla tigriña.", "ti"),
    ],
)
def test_the_writers_own_languages_are_not_hers(text, preferred):
    got = extract(text)
    assert got.values.get("person.preferred_language") == preferred
    assert not got.values.get("person.other_languages")


@pytest.mark.parametrize(
    "text",
    [
        "Understands English.",
        "Entiende el inglés.",
        "Elle comprend bien le français.",
        "Entende português.",
    ],
)
def test_a_language_only_understood_is_offered_not_stated(text):
    got = extract(text)
    assert "person.preferred_language" not in got.values
    assert "person.other_languages" not in got.values


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Desk: What language does he speak?\nVolunteer: Pashto. And some Urdu.", "ps", None),
        (
            "Refuge : Elle parle quelle langue ?\nFoyer : Le swahili, et un bon anglais. Le français, non.",
            "sw",
            ["en"],
        ),  # fmt: skip
        ("Casa: Fala português?\nAgente: Não, só tigrínia.", "ti", []),
        ("Centre : Elle parle français ?\nAgent : Non, malgache.", "mg", None),
    ],
)
def test_a_transcripts_reply_to_a_language_question_names_her_languages(text, preferred, others):
    got = weighed(text)
    assert got.get("person.preferred_language") == preferred
    assert got.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Male, 40, Tamil speaker, interpreter used (phone).", True),
        ("We spoke through a Tamil interpreter.", True),
        ("Please arrange an interpreter for Thursday.", True),
        ("Se trabajó con intérprete de tamil.", True),
        ("On a pris l'interprète au téléphone.", True),
        ("Usamos um intérprete por telefone.", True),
        ("He does not need an interpreter.", False),
        ("No necesita intérprete.", False),
        ("I dont need an interpreter.", False),
    ],
)
def test_an_interpreter_used_or_needed_for_her(text, value):
    assert facts(text).get("person.needs_interpreter") is value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Speaks Kurdish (Sorani).", "ckb"),
        ("Langue : portugais (Brésil)", "pt-BR"),
        ("Habla darija.", "ary"),  # named alone; "árabe (darija)" is ar (test_languages_r5)
        ("Parle arabe tchadien.", "ar"),
        ("Speaks Mandinka.", "mnk"),
        ("Speaks Twi.", "tw"),
    ],
)
def test_varieties_and_names_cldr_spells_otherwise(text, code):
    assert facts(text)["person.preferred_language"] == code


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Speaks Somali; Arabic as a second language.", "so", ["ar"]),
        ("Habla mixteco; español como segunda lengua.", "mix", ["es"]),
        ("Il parle soninké, le français comme deuxième langue.", "snk", ["fr"]),
        ("Mi lengua es el guaraní, pero el castellano lo hablo bien.", "gn", ["es"]),
        ("Referral: M, 40, ghanaian, twi + english (prefers twi).", "tw", ["en"]),
        ("Résident : homme, 30 ans, sénégalais (wolof, français).", "wo", ["fr"]),
        ("Prefere falar em português mas também fala umbundu.", "pt", ["umb"]),
        ("Padre: ¿Qué idioma?\nPadre: Español, nada más.", "es", []),
    ],
)
def test_more_ways_notes_weigh_languages(text, preferred, others):
    got = weighed(text)
    assert got.get("person.preferred_language") == preferred
    assert got.get("person.other_languages") == others


def test_a_bracketed_list_after_a_nationality_is_her_languages():
    got = extract("Résident : homme, 30 ans, sénégalais (wolof, français).")
    assert got.offered() == {"person.preferred_language": "wo", "person.other_languages": ["fr"]}


def test_a_communication_language_label_with_its_region():
    got = weighed("Langue de communication : portugais (Brésil) ; parle aussi espagnol")
    assert got["person.preferred_language"] == "pt-BR"
    assert got["person.other_languages"] == ["es"]


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tamil with an interpreter on the phone.",
        "Se habló con intérprete.",
        "Entretien avec l'interprète.",
        "Conversa com um intérprete.",
    ],
)
def test_with_an_interpreter_right_before_the_noun(text):
    assert facts(text)["person.needs_interpreter"] is True


def test_with_far_from_the_interpreter_word_says_nothing():
    text = "Língua: nepalês; fala inglês com fluência\nIntérprete: só se a conversa for longa"
    assert "person.needs_interpreter" not in facts(text)


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("I speak Arabic too. But English is better for me.", "en", ["ar"]),
        ("Hablo quechua también, pero el español es mejor.", "es", ["qu"]),
        ("Parle créole, et un peu de français.", "ht", None),
    ],
)
def test_a_language_said_to_be_better_is_the_main_one(text, preferred, others):
    got = interpret_answer("person.country_of_origin", text)
    assert got.values.get("person.preferred_language") == preferred
    assert got.values.get("person.other_languages") == others


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("* língua: shona; fala inglês bem; português não", "sn", ["en"]),
        ("Languages: Pashto; English with ease; French no", "ps", ["en"]),
        ("Habla español (su lengua materna) e inglés.", "es", ["en"]),
        ("Con el francés se defiende, pero prefiere hablar en lingala.", "ln", None),
        ("Il parle anglais, mais il préfère parler en tigrinya.", "ti", ["en"]),
    ],
)
def test_preferring_denying_and_describing_a_language_after_it(text, preferred, others):
    got = weighed(text)
    assert got.get("person.preferred_language") == preferred
    assert got.get("person.other_languages") == others


def test_a_chat_turn_joined_to_the_question_after_it_still_names_her_language():
    text = (
        "Trabajadora social: señor de 70 años, mexicano, habla náhuatl\n"
        "Albergue: ¿tiene medicamentos?\n"
        "Trabajadora social: no"
    )
    assert facts(text)["person.preferred_language"] == "nah"


@pytest.mark.parametrize(
    ("text", "others", "offered"),
    [
        ("I speak Somali. And Arabic, I can talk fine. English a few words only.", ["ar"], None),
        ("Pashto, and I understand Urdu.", ["ps"], None),
        ("Je comprends un peu le français.", None, ["fr"]),
        ("Only Tigrinya, not Arabic.", [], None),
        ("Só tigrínia, árabe não.", [], None),
    ],
)
def test_an_answer_about_other_languages_lists_only_those_spoken(text, others, offered):
    got = interpret_answer("person.other_languages", text)
    assert got.values.get("person.other_languages") == others
    if offered is not None:
        assert got.offered().get("person.other_languages") == offered


def test_english_so_is_not_portuguese_only():
    text = "At school everything was English, so I'm good with both. I prefer Spanish."
    got = extract(text, answer=True)
    assert got.values["person.preferred_language"] == "es"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Interpreter present throughout.", True),
        ("An interpreter should be booked for Monday.", True),
        ("Se requiere intérprete de quechua.", True),
        ("Prévoir un interprète en tigrinya.", True),
        ("Par l'intermédiaire d'un interprète, elle dit avoir 20 ans.", True),
        ("Foi ouvida por intermédio de um intérprete.", True),
        ("No interpreter needed.", False),
        ("She works as an interpreter for the council.", None),
    ],
)
def test_more_ways_an_interpreter_is_used_for_her(text, value):
    assert facts(text).get("person.needs_interpreter") is value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Habla solamente tzotzil.", "tzo"),
        ("Speaks Q'anjob'al only.", "kjb"),
        ("Elle parle tamazight.", "tzm"),
        ("Fala apenas emakhuwa.", "vmw"),
        ("Speaks Sylheti.", "syl"),
    ],
)
def test_languages_cldr_does_not_name(text, code):
    assert facts(text)["person.preferred_language"] == code


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Communicates in Dari.", "prs"),
        ("She is most comfortable in French.", "fr"),
        ("Se siente más cómoda en español.", "es"),
        ("Elle est plus à l'aise en anglais, elle parle aussi lingala.", "en"),
        ("Sente-se mais à vontade em francês.", "fr"),
        ("Elle s'exprime en lingala.", "ln"),
    ],
)
def test_communicating_and_being_most_at_ease_in_a_language(text, preferred):
    assert facts(text)["person.preferred_language"] == preferred


def test_not_speaking_a_language_well_is_speaking_it_a_little():
    got = extract("She does not speak English well; she speaks Tigrinya.")
    assert got.values["person.preferred_language"] == "ti"
    assert got.offered()["person.other_languages"] == ["en"]


def test_but_is_not_more():
    got = extract("Elle parle wolof, mais parle français.")
    assert "person.preferred_language" not in got.values


def test_a_language_word_before_another_noun_is_not_a_language_spoken():
    assert "person.other_languages" not in facts("Speaks Dari. Her English teacher is good.")


def test_no_interpreter_of_her_language_does_not_deny_it():
    got = facts("Speaks Spanish only. No Spanish interpreter was available tonight.")
    assert got["person.preferred_language"] == "es"


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("The officer, who speaks Spanish, stayed with her. She speaks Mam.", "mam"),
        ("Our Arabic-speaking volunteer met her; she speaks Kurdish.", "ku"),
        ("The caller (her sister) speaks English; the survivor speaks Vietnamese.", "vi"),
        ("El agente, que habla inglés, la acompañó. Ella habla q'eqchi'.", "kek"),
        ("L'infirmière, qui parle anglais, l'a reçue. Elle parle peul.", "ff"),
        ("Una mujer, que habla quechua, llegó sola.", "qu"),
    ],
)
def test_another_persons_language_is_not_hers(text, preferred):
    got = extract(text)
    assert got.values.get("person.preferred_language") == preferred
    assert not got.values.get("person.other_languages")


def test_an_interpreter_label_after_a_language_line_is_not_an_x_interpreter():
    text = "Languages: Romanian, Russian\nInterpreter: not needed\nAge: 70"
    assert facts(text)["person.needs_interpreter"] is False


@pytest.mark.parametrize(
    "text",
    [
        "[via interpreter] He says he is twenty.",
        "(a través de la intérprete) Dice que tiene veinte años.",
        "[interprète, tigrinya] Elle dit qu'elle a vingt ans.",
        "[intérprete] Diz que tem vinte anos.",
    ],
)
def test_a_recorders_tag_at_the_start_of_an_answer_is_not_her_words(text):
    got = interpret_answer("person.age", text)
    assert got.values["person.age"] == 20
    assert "person.needs_interpreter" not in got.values
    assert "person.preferred_language" not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "A língua dela é o tétum, português ainda está a aprender.",
        "Speaks Tetum; English still learning.",
        "Habla tetún; el español lo está aprendiendo.",
    ],
)
def test_a_language_still_being_learned_is_offered(text):
    got = extract(text)
    assert got.values["person.preferred_language"] == "tet"
    assert "person.other_languages" not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Tamil, poor English.",
        "Elle parle tamoul et un anglais approximatif.",
        "Habla tamil y un inglés rudimentario.",
        "Fala tâmil e um inglês fraco.",
    ],
)
def test_a_poor_or_rudimentary_language_is_offered(text):
    got = extract(text)
    assert got.values["person.preferred_language"] == "ta"
    assert got.offered()["person.other_languages"] == ["en"]


def test_cape_verdean_creole():
    assert (
        facts("Não fala português; fala só crioulo de Cabo Verde.")["person.preferred_language"]
        == "kea"
    )
