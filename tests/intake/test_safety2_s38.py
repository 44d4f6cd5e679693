"""Stop 38 (safety2): the never-wrong facts on wording the rules were not written for.
Someone from her old life coming for her today is a danger now; his waiting at her door is
only offered from a note; a consent asked each time is applied though it is a condition.
Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_DANGER = "safety.in_immediate_danger"
_CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her pimp threatened to come for her tonight.",
        "Lina, 24. The boss told her he will take her back tonight.",
        "Lina, 24. El proxeneta amenazó con venir a buscarla esta noche.",
        "Lina, 24. El patrón le dijo que va a venir a buscarla hoy.",
        "Lina, 24. Le proxénète a menacé de venir la chercher ce soir.",
        "Lina, 24. Le patron lui a dit qu'il viendrait ce soir.",
        "Lina, 24. O chulo ameaçou vir buscá-la esta noite.",
        "Lina, 24. O patrão disse que vem buscá-la hoje.",
    ],
)
def test_someone_of_that_life_coming_for_her_today_is_a_danger_now(text):
    assert extract(text).values.get(_DANGER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her brother said he will come and get her tonight.",
        "Lina, 24. Su hermano dijo que va a venir a buscarla esta noche.",
        "Lina, 24. O irmão disse que vem buscá-la hoje.",
        "Lina, 24. The trafficker threatened to come on Friday.",
        "Lina, 24. Her trafficker was waiting outside the shelter last week.",
    ],
)
def test_a_relative_coming_or_a_day_further_off_is_no_danger_now(text):
    assert _DANGER not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her trafficker is waiting outside.",
        "Lina, 24. The man who controls her is in the waiting room now.",
        "Lina, 24. El tratante la espera afuera en el coche.",
        "Lina, 24. Le proxénète l'attend dans la voiture sur le parking.",
        "Lina, 24. O chulo está lá fora à espera dela.",
        "Lina, 24. O patrão está na sala de espera.",
    ],
)
def test_his_waiting_at_her_door_is_offered_from_a_note(text):
    ex = extract(text)
    assert _DANGER not in ex.values
    assert ex.offered().get(_DANGER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her sister is waiting outside.",
        "Lina, 24. Su hermana la espera afuera.",
        "Lina, 24. Sa sœur l'attend dans la voiture.",
        "Lina, 24. A irmã está lá fora à espera dela.",
    ],
)
def test_her_own_people_at_the_door_are_no_danger(text):
    ex = extract(text)
    assert _DANGER not in ex.values and _DANGER not in ex.offered()


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She agrees to share her details with other agencies, as long as she is "
        "asked first each time.",
        "Lina, 24. Acepta que compartamos sus datos con otros servicios, siempre que se le "
        "pregunte en cada caso.",
        "Lina, 24. Elle accepte que nous transmettions ses informations aux partenaires, à "
        "condition qu'on lui demande au cas par cas.",
        "Lina, 24. Aceita que partilhemos os dados dela com outros serviços, desde que lhe "
        "perguntemos antes de cada vez.",
    ],
)
def test_consent_under_the_condition_of_being_asked_each_time_is_applied(text):
    assert extract(text).values.get(_CONSENT) == "ask_each_time"


def test_consent_asked_each_time_said_at_first_is_still_only_offered():
    ex = extract(
        "Lina, 24. At first she said we could share her details if we asked her each time."
    )
    assert _CONSENT not in ex.values


_KNOWS = "safety.trafficker_knows_location"
_POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lina, 24. She is staying with her aunt. The pimp knows where her aunt lives.", "yes"),
        ("Lina, 24. Está en casa de su prima. El patrón sabe dónde vive la prima.", "yes"),
        ("Lina, 24. Elle dort chez sa tante. Le patron sait où habite sa tante.", "yes"),
        ("Lina, 24. Está em casa da tia. O patrão sabe onde mora a tia.", "yes"),
        ("Lina, 24. O chulo sabe o endereço da prima dela, onde ela está agora.", "yes"),
        (
            "Lina, 24. Elle dort chez sa tante. Le réseau ne connaît pas l'adresse de la tante.",
            "no",
        ),
    ],
)
def test_who_knows_the_home_she_is_in_now_knows_where_she_is(text, value):
    assert extract(text).values.get(_KNOWS) == value


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. The pimp knows where her aunt lives.",
        "Lina, 24. She lived with her aunt last year. The pimp knows where her aunt lives.",
        "Lina, 24. She is staying with her aunt. Her mother knows where her aunt lives.",
        "Lina, 24. El patrón sabe dónde vive la prima.",
    ],
)
def test_a_relatives_home_she_is_not_said_to_be_in_applies_nothing(text):
    assert _KNOWS not in extract(text).values


def test_a_relatives_home_by_its_verb_never_stands_against_a_plain_no():
    text = "Lina, 24. El jefe sabe dónde vive su tía, pero no sabe de aquí."
    assert extract(text).values.get(_KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She is still at the pimp's flat.",
        "Lina, 24. Todavía está en casa de la patrona.",
        "Lina, 24. Elle est encore chez le patron.",
        "Lina, 24. Ela ainda está na casa do patrão.",
    ],
)
def test_still_at_their_place_is_knowing_where_she_is(text):
    assert extract(text).values.get(_KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Her passport is still at the pimp's flat.",
        "Lina, 24. Ya no está en casa de la patrona.",
        "Lina, 24. Elle n'est plus chez le patron.",
        "Lina, 24. Her sister is still at the pimp's flat.",
    ],
)
def test_a_thing_or_a_person_there_or_no_longer_there_is_not_knowing(text):
    assert extract(text).values.get(_KNOWS) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Does not want to talk to the police yet.",
        "Lina, 24. No quiere poner la denuncia todavía.",
        "Lina, 24. Elle ne veut pas encore aller à la police.",
        "Lina, 24. Ainda não quer falar com a polícia.",
    ],
)
def test_a_police_refusal_with_only_yet_is_a_no(text):
    assert extract(text).values.get(_POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. Does not want to talk to the police yet, she is still deciding.",
        "Lina, 24. No quiere poner la denuncia todavía, lo está pensando.",
    ],
)
def test_a_police_refusal_with_yet_and_an_open_decision_is_not_a_no(text):
    assert extract(text).values.get(_POLICE) != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She does not want the police, she is hesitant.",
        "Lina, 24. No quiere denunciar, tiene dudas.",
        "Lina, 24. Elle ne veut pas porter plainte, elle hésite.",
        "Lina, 24. Não quer apresentar queixa, está hesitante.",
    ],
)
def test_a_police_no_beside_her_hesitation_is_not_applied(text):
    assert extract(text).values.get(_POLICE) != "no"


@pytest.mark.parametrize(
    "text",
    [
        "Lina, 24. She does not want her details passed to other services without asking her "
        "first.",
        "Lina, 24. Pide que no pasemos sus datos a otras entidades sin preguntarle antes.",
        "Lina, 24. Elle ne veut pas que ses informations soient transmises sans lui demander.",
        "Lina, 24. Pede que não partilhem os dados dela sem lhe perguntarem antes.",
    ],
)
def test_not_shared_without_asking_her_is_asked_each_time_never_a_no(text):
    assert extract(text).values.get(_CONSENT) == "ask_each_time"


def test_without_asking_about_something_else_is_no_consent():
    ex = extract("Lina, 24. She left the flat without asking her boss.")
    assert _CONSENT not in ex.values and _CONSENT not in ex.offered()


def test_a_plain_request_not_to_share_stays_a_no():
    assert extract("Lina, 24. She does not want her details shared.").values.get(_CONSENT) == "no"
