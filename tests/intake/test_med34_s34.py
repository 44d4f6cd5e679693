"""Medical facts and pregnancy read of her only (stop 34, med34).

A remark on people in general ("Many of the women from that network need counselling") is
not her need; a child set off by an aside ("Her daughter (6) has a fever and needs a
doctor") is the child's; a person set apart with a titled name ("Her employer, Mrs Hale,
is pregnant") is the employer; an answer opening "not me" gives no injury of hers; a form
label answered "doesn't know" states nothing; "No sé." / "Não sei." is no "no"; an injury
whose next short sentence says it healed is not recorded. Invented sentences in
en/es/fr/pt, each with a counterpart that must give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"
COUNSEL = "medical.wants_counseling"
PREGNANT = "household.pregnant"


# ------------------------------------------------ people in general: not her


@pytest.mark.parametrize(
    "text",
    [
        "Many of the women who leave that farm need counselling and have untreated injuries.",
        "Muchas de las mujeres que salen de esa finca necesitan atención psicológica y tienen heridas sin curar.",
        "Beaucoup de victimes de cette filière ont besoin d'un suivi psy et arrivent avec des blessures non soignées.",
        "Muitas vítimas que saem dessa fazenda precisam de acompanhamento psicológico e têm lesões não tratadas.",
    ],
)
def test_people_in_general_state_nothing_of_her(text: str) -> None:
    got = extract(text).values
    assert URGENT not in got and INJURIES not in got and COUNSEL not in got


@pytest.mark.parametrize(
    "text",
    [
        "Like many women from that farm, she needs a doctor today.",
        "Como muchas mujeres de esa finca, ella necesita un médico hoy.",
    ],
)
def test_she_after_the_group_is_hers(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


# ------------------------------------------------ a child set off by an aside


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her son (4) has a high fever and needs to see a doctor tonight.", None),
        ("She has a high fever and needs to see a doctor tonight.", True),
        ("Su hijo (4) tiene fiebre alta y necesita ver a un médico esta noche.", None),
        ("Tiene fiebre alta y necesita ver a un médico esta noche.", True),
        ("Sa fille (6 ans) a une forte fièvre et doit voir un médecin ce soir.", None),
        ("A filha (6) tem febre alta e precisa de ir ao médico hoje.", None),
    ],
)
def test_child_with_an_aside_keeps_the_need(text: str, value: object) -> None:
    assert extract(text).values.get(URGENT) is value


# ------------------------------------------------ a person set apart with a titled name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her employer, Mrs Hale, is pregnant and wanted her to work nights.", None),
        ("She is pregnant and her employer wanted her to work nights.", True),
        ("La patrona, doña Carmen, está embarazada y quería que cuidara a sus hijos.", None),
        ("L'employeuse, Mme Lebrun, est enceinte et voulait qu'elle garde ses enfants.", None),
        ("Elle est enceinte et l'employeuse voulait qu'elle garde ses enfants.", True),
        ("A patroa, Dona Fátima, está grávida.", None),
    ],
)
def test_titled_name_set_apart_is_the_subject(text: str, value: object) -> None:
    assert extract(text).values.get(PREGNANT) is value


# ------------------------------------------------ "not me" then someone else's injury


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Not me. My friend Dina has a burn on her arm.", False),
        ("Yo no. Mi amiga tiene una quemadura en el brazo.", False),
        ("Pas moi. Mon amie a une brûlure au bras.", False),
        ("Eu não. A minha amiga tem uma queimadura no braço.", False),
        ("I have a burn on my arm.", True),
        ("Tengo una quemadura en el brazo.", True),
    ],
)
def test_not_me_gives_no_injury_of_hers(text: str, kept: bool) -> None:
    assert (INJURIES in interpret_answer(INJURIES, text).values) is kept


# ------------------------------------------------ a form label answered "doesn't know"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pregnant: doesn't know", None),
        ("Pregnant: yes", True),
        ("Enceinte : ne sait pas", None),
        ("Enceinte : oui", True),
        ("Embarazada: no lo sabe", None),
        ("Grávida: não sabe", None),
    ],
)
def test_label_answered_unknown_states_nothing(text: str, value: object) -> None:
    assert extract(text).values.get(PREGNANT) is value


# ------------------------------------------------ "No sé." is not a no


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No sé... puede ser, tengo un retraso.", None),
        ("No.", False),
        ("Não sei, pode ser.", None),
        ("Não.", False),
    ],
)
def test_not_knowing_is_no_no(text: str, value: object) -> None:
    assert interpret_answer(PREGNANT, text).values.get(PREGNANT) is value


# ------------------------------------------------ healed, said in the next short sentence


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La herida de la rodilla se la curaron el mes pasado; ya está cicatrizada.", False),
        ("Cut on her left hand. Healed now.", False),
        ("Plaie au genou. Déjà cicatrisée.", False),
        ("Cut on her left hand. She also has a burn on her arm.", True),
    ],
)
def test_healed_next_sentence(text: str, kept: bool) -> None:
    assert (INJURIES in extract(text).values) is kept


# ------------------------------------------------ a clause of its own after the injury


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has a swollen left wrist she cannot move.", "swollen left wrist"),
        ("She has a swollen left wrist that hurts.", None),
    ],
)
def test_injury_cut_before_a_clause_of_its_own(text: str, value: object) -> None:
    got = extract(text).values.get(INJURIES)
    if value is None:
        assert got is None or "swollen left wrist" in got
    else:
        assert got == value
