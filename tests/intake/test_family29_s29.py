"""Stop 29 (family29): children with her, a pregnancy test, going home, work and family
contact, each in en/es/fr/pt, with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import clear_values as facts

KIDS = "household.children_with_them"
PREGNANT = "household.pregnant"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
WORK = "jobs.wants_employment"
PERMIT = "jobs.has_work_authorization"
TRAINING = "jobs.wants_training"


@pytest.mark.parametrize(
    "text",
    [
        "His two sons are in Peru with his wife; none of them are with him here.",
        "Sus dos hijos están en Perú con la abuela; ninguno de ellos está con ella.",
        "Ses deux fils sont au Pérou chez sa mère ; aucun d'eux n'est avec elle.",
        "Os dois filhos estão no Peru com a avó; nenhum deles está com ela.",
    ],
)
def test_none_of_them_with_her_is_no_child_with_her(text):
    assert facts(text).get(KIDS) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Came in with her cousin Dorina, who brought her own little girl; she is not Vera's child.",
        "Llegó con su prima, que trajo a un niño; no es su hijo.",
        "Elle est venue avec une voisine et un garçon ; ce n'est pas son fils.",
        "Chegou com a vizinha e um menino; não é filho dela.",
    ],
)
def test_a_child_said_not_hers_is_not_counted(text):
    assert facts(text).get(KIDS) in (None, 0)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Her kids, aged 5 and 8, are with her.", 2),
        ("Elle a son fils de 4 ans avec elle, c'est son seul enfant.", 1),
        ("El niño vive con ella en el piso, es su único hijo.", 1),
        ("Está com a filha de 3 anos, a sua única filha, com ela.", 1),
    ],
)
def test_an_age_list_or_her_only_child_counts_them(text, n):
    assert facts(text).get(KIDS) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Preg test neg.", False),
        ("Prueba embarazo neg.", False),
        ("Test grossesse nég.", False),
        ("Teste gravidez neg.", False),
        ("Teste gravidez pos.", True),
        ("Preg, about 20 wks.", True),
    ],
)
def test_a_short_pregnancy_test_result_is_read_as_written(text, value):
    assert facts(text).get(PREGNANT) is value


@pytest.mark.parametrize(
    "text",
    [
        "She wants to go home when it is safe.",
        "Quiere volver a su país cuando sea seguro.",
        "Elle veut rentrer au pays quand ce sera sans danger.",
        "Quer voltar para o Brasil quando for seguro.",
    ],
)
def test_going_home_when_it_is_safe_is_only_offered(text):
    got = extract(text)
    assert HOME not in got.values
    assert got.offered().get(HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She wants to go home if she gets her passport back.",
        "Quiere volver a su país cuando pueda.",
    ],
)
def test_going_home_on_another_condition_is_still_a_wish(text):
    assert facts(text).get(HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Part of me wants to go home.",
        "Una parte de mí quiere volver a casa.",
        "Une partie de moi veut rentrer au pays.",
        "Uma parte de mim quer voltar para casa.",
    ],
)
def test_part_of_me_wants_to_go_home_is_undecided(text):
    assert facts(text).get(HOME) == "undecided"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ce soir : refuse de rentrer chez sa tante, n'a pas d'autre endroit.", None),
        ("Refuse de rentrer au Sénégal.", "no"),
        ("He does not want to go back to Peru, not while it is like this.", None),
        ("He does not want to go back to Peru.", "no"),
    ],
)
def test_a_refusal_tonight_or_for_now_is_no_refusal_of_home(text, value):
    assert facts(text).get(HOME) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No tengo papeles para trabajar.", "no"),
        ("Não tenho papel pra trabalhar aqui.", "no"),
        ("I don't have a work permit.", "no"),
        ("Mais j'ai pas le droit de travailer ici.", "no"),
        ("She has a valid work permit.", "yes"),
    ],
)
def test_papers_to_work_lacked_or_held(text, value):
    assert interpret_answer(WORK, text).values.get(PERMIT) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She started antibiotics and needs to finish the course.", None),
        ("Empezó antibióticos y necesita terminar el curso.", None),
        ("She needs a training course.", True),
    ],
)
def test_a_course_of_antibiotics_is_no_training(text, value):
    assert facts(text).get(TRAINING) is value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quiere llamar a su mujer cuanto antes.", True),
        ("Il voudrait appeler sa femme.", True),
        ("Quer procurar as irmãs.", True),
        ("She wants to look for her sister.", True),
        ("Would like to find work to support her family.", None),
        ("Quer procurar trabalho para ajudar a família.", None),
        ("Quiere hablar con una mujer, no con un hombre.", None),
        ("Elle veut parler à une femme.", None),
        ("She wants to find a job.", None),
    ],
)
def test_his_wife_or_looking_for_a_sister_is_family_contact(text, value):
    assert facts(text).get(FAMILY) is value
