"""Work, training and housing later: the false readings, by kind (refusing the old job,
leaving a place, a limit that is only a word, a wish label list), in invented sentences in
en/es/fr/pt; each must give nothing, or the value the survivor's own statement gives."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear_values

HOUSING = "housing.needs_long_term_housing"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"

NOTHING = object()


def _check(fact: str, text: str, value: object) -> None:
    got = clear_values(text).get(fact, NOTHING)
    assert got is value if isinstance(value, bool) or value is NOTHING else got == value


# ---------------------------------------------------------------- work and housing later

WORK = "jobs.wants_employment"


@pytest.mark.parametrize(
    "text",
    [
        # refusing the job she left is not refusing work
        "She does not want to work for that man again.",
        "Does not want to go back to the farm work.",
        "No quiere volver a trabajar para ese hombre.",
        "No quiere trabajar para ellos nunca más.",
        "Elle ne veut plus travailler pour ce patron.",
        "Il ne veut pas retourner au chantier.",
        "Não quer voltar a trabalhar para o patrão.",
        "Não quer trabalhar para aquela família.",
    ],
)
def test_refusing_the_old_job_is_not_refusing_work(text):
    _check(WORK, text, NOTHING)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She wants to leave the bar and find a job in a shop.", True),
        ("Wants to work again, in a hotel this time.", True),
        ("Does not want to work at all for now.", False),
        ("No quiere trabajar por ahora.", False),
        ("Ne veut pas travailler pour le moment.", False),
    ],
)
def test_work_still_read(text, value):
    _check(WORK, text, value)


@pytest.mark.parametrize(
    "text",
    [
        # leaving the place she was kept is not a wish for a home
        "She wants to leave the apartment where she was kept.",
        "Wants to get out of that flat as soon as possible.",
        "Quiere salir del piso donde la tenían.",
        "Quiere irse de esa casa.",
        "Veut quitter l'appartement où elle était enfermée.",
        "Elle veut sortir de cette maison.",
        "Quer sair do apartamento onde a mantinham.",
        "Quer fugir daquela casa.",
    ],
)
def test_leaving_a_place_is_not_housing_later(text):
    _check(HOUSING, text, NOTHING)


@pytest.mark.parametrize(
    "text",
    [
        "She wants to leave the shelter and find a flat of her own.",
        "Quiere salir del albergue y buscar un piso propio.",
        "Elle veut quitter le foyer et trouver un appartement.",
        "Quer sair do abrigo e arranjar uma casa para morar.",
    ],
)
def test_leaving_the_shelter_for_a_home_still_reads(text):
    _check(HOUSING, text, True)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a limit word of one language that is a plain word of another is no limit
        ("Not hungry, ate at station.", "food.needs_food_now", False),
        (
            "Does not want the police, she was deported before.",
            "safety.wants_law_enforcement",
            "no",
        ),
        (
            "No quiere denunciar, hasta llora cuando se lo dicen.",
            "safety.wants_law_enforcement",
            "no",
        ),
    ],
)
def test_a_word_that_only_looks_like_a_limit_leaves_the_no(text, fact, value):
    _check(fact, text, value)


TRAINING = "jobs.wants_training"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a wish label's list runs on over ";", "|" and "/" parts that hold no label
        ("Desea: seguir trabajando, pero no en el barco; capacitación en otro oficio", TRAINING),
        ("Wants: a job; driving lessons", TRAINING),
        ("Souhaits : logement | formation de cariste", TRAINING),
        ("Deseos: empleo; curso de cocina", TRAINING),
        ("Desejos: trabalho / curso de costura", TRAINING),
        ("Souhaite : un logement stable | un travail", WORK),
    ],
)
def test_a_wish_label_list_runs_over_its_parts(text, fact):
    _check(fact, text, True)


def test_a_part_with_its_own_label_is_not_on_the_list():
    assert TRAINING not in clear_values("Wants: a job | Training: not now")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "job" naming the training it is for: a wish for training, not for a job
        ("Interested in job training (welding).", NOTHING),
        ("Wants job training.", NOTHING),
        ("She would like some job skills training.", NOTHING),
        ("Asks about job readiness classes.", NOTHING),
        ("Keen on a work skills course.", NOTHING),
        # a job and training both wished: the job still reads
        ("Wants a job and training.", True),
        ("Interested in work and job training.", True),
        ("Wants a job, and job training too.", True),
    ],
)
def test_job_training_is_no_wish_for_a_job(text, value):
    _check(WORK, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Interested in job training (welding).",
        "Wants job training.",
        "Would like job skills training.",
    ],
)
def test_job_training_is_still_training(text):
    assert clear_values(text)[TRAINING] is True


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # work as the reason she came, long ago: a past motive, not today's wish
        ("Vino porque quería trabajar en España.", NOTHING),
        ("Veio porque queria trabalhar em Portugal.", NOTHING),
        ("She came to the UK looking for work.", NOTHING),
        ("She came for work as a waitress.", NOTHING),
        ("Elle est venue en France parce qu'elle voulait travailler.", NOTHING),
        ("Vino a España buscando trabajo.", NOTHING),
        # today's wish still reads
        ("She came to the shelter yesterday and wants a job.", True),
        ("Quiere trabajar.", True),
        ("Quer trabalhar.", True),
    ],
)
def test_work_as_the_reason_she_came_is_no_wish(text, value):
    _check(WORK, text, value)
