"""What blind scenario sets and a new user's walk-through showed once scored, each read as
its mechanism in the four note languages: a declined gender keeps the pregnancy question,
"maybe never" is a refusal, the exploiter casts no vote for her sex, making oneself
understood is a preference, a referrer's form line is not hers."""

from __future__ import annotations

import pytest


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
