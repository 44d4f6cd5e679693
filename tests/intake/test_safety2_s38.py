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
    ex = extract("Lina, 24. At first she said we could share her details if we asked her each time.")
    assert _CONSENT not in ex.values
