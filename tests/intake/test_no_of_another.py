"""A "no" that negates the verb of a statement about another fact is not a bare no to the
question asked (a new user's walk-through: "no quiero que sepa la policía", said to the
sharing question, was saved as a refusal to share with anyone)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "text",
    [
        "no quiero que sepa la policía",
        "não quero que a polícia saiba",
        "No quiero que la policía se entere de nada",
    ],
)
def test_a_police_wish_said_to_the_sharing_question_leaves_sharing_open(text):
    got = interpret_answer(CONSENT, text)
    assert got.values.get("safety.wants_law_enforcement") == "no"
    assert CONSENT not in got.values


@pytest.mark.parametrize(
    "fact_id, text, value",
    [
        (CONSENT, "no", "no"),
        (CONSENT, "No, prefiero que no", "no"),
        (CONSENT, "No quiero que compartan nada", "no"),
        ("safety.in_immediate_danger", "No tengo miedo aquí", False),
        ("medical.needs_medication", "No tomo nada", False),
        ("food.needs_food_now", "No, ya comí", False),
    ],
)
def test_a_no_about_the_question_itself_still_answers_it(fact_id, text, value):
    assert interpret_answer(fact_id, text).values.get(fact_id) == value


def test_a_work_barrier_is_not_a_wish_against_work():
    got = interpret_answer("jobs.wants_employment", "No puedo trabajar legalmente.")
    assert got.values.get("jobs.has_work_authorization") == "no"
    assert "jobs.wants_employment" not in got.values


def test_a_declined_gender_still_lets_the_pregnancy_question_be_put():
    """Declining gender is not saying "male": pregnancy, a medical need, is still asked."""
    from caseassist.intake.engine import IntakeSession

    s = IntakeSession(staff_languages=("en",))
    asked = []
    for _ in range(40):
        q = s.next_question()
        if q is None:
            break
        asked.append(q.facts)
        if "person.gender" in q.facts:
            s.decline()
        else:
            s.answer("I don't know")
    assert any("household.pregnant" in facts for facts in asked)


@pytest.mark.parametrize(
    "note",
    [
        'ne veut pas la police : "pas maintenant, peut-etre jamais"',
        "She does not want the police: not now, maybe never.",
        "No quiere denunciar: ahora no, quizás nunca.",
        "Não quer polícia: agora não, talvez nunca.",
    ],
)
def test_maybe_never_is_a_refusal_not_a_doubt(note):
    from caseassist.intake.read import extract

    assert extract(note).values.get("safety.wants_law_enforcement") == "no"


def test_maybe_alone_still_leaves_the_police_wish_undecided():
    from caseassist.intake.read import extract

    got = extract("Maybe she will go to the police.")
    assert got.values.get("safety.wants_law_enforcement") != "no"


def test_the_man_who_exploited_her_casts_no_vote_for_her_sex():
    from caseassist.intake.read import extract

    note = (
        "Represento uma cliente de 33 anos, mocambicana, que fala portugues. "
        "O homem que a explorava descobriu hoje onde ela esta hospedada."
    )
    assert extract(note).values.get("person.gender") == "female"


@pytest.mark.parametrize(
    "note",
    [
        "Habla quechua y espanol pero se entiende mejor en quechua.",
        "Parle quechua et espagnol mais se fait mieux comprendre en quechua.",
        "Fala quíchua e espanhol, mas entende-se melhor em quíchua.",
    ],
)
def test_making_oneself_understood_better_in_a_language_is_a_preference(note):
    """Making oneself understood ("se entiende mejor en") is not a language he only
    understands (a blind scenario read Spanish as his preferred language)."""
    from caseassist.intake.read import extract

    got = extract(note).values
    assert got.get("person.preferred_language") == "qu"
    assert got.get("person.other_languages") == ["es"]


def test_a_referrer_label_line_gives_no_language_of_hers():
    """A transfer form's "Referring staff: ... speaks English/Igbo only" is the aide's; her
    line is "Language: Spanish" (a blind scenario read Igbo as her preferred language)."""
    from caseassist.intake.read import extract

    note = (
        "Referring staff: T. Okonkwo-Baptiste (case aide) - speaks English/Igbo only\n"
        "Client: adult male, 33\n"
        "Language: Spanish (no English)"
    )
    got = extract(note).values
    assert got.get("person.preferred_language") == "es"
    assert "ig" not in (got.get("person.other_languages") or [])
