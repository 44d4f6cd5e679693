"""A clean reading for every fact, seventh round of issue 12, in invented sentences in
en/es/fr/pt. Each fact's level (`[clean_reading]` in rules.toml) names the checks its
value must pass to be applied; a value that fails one is offered to staff, never applied.
Plain statements stay applied; a past state, a condition, a second side, or another
sentence that says otherwise makes the value only offered, unless the later sentence
says it replaces the earlier ("update", "ya no", "ne veut plus", "já não"). As many
readings must stay applied as must not."""

from __future__ import annotations

import pytest

from caseassist.intake import lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.read import extract
from caseassist.intake.read.clean_reading import CHECKS, fact_checks

PREGNANT = "household.pregnant"
FAMILY = "reintegration.wants_family_contact"
HOME = "reintegration.wants_to_return_home"
TRAINING = "jobs.wants_training"
MEDICATION = "medical.needs_medication"
FEAR = "legal.immigration_concern"
POLICE = "safety.wants_law_enforcement"
COUNSEL = "medical.wants_counseling"
DOCS = "legal.has_identity_documents"
FOOD = "food.needs_food_now"
INTERP = "person.needs_interpreter"
LAWYER = "legal.wants_legal_help"


def _applied_offered(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# ------------------------------------------------------------ plain statements: applied


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Woman, 24, from Ghana. She is pregnant.", PREGNANT, True),
        ("Mujer de 24 años, de Ghana. Está embarazada.", PREGNANT, True),
        ("Femme, 24 ans, du Ghana. Elle est enceinte.", PREGNANT, True),
        ("Mulher, 24 anos, do Gana. Está grávida.", PREGNANT, True),
        ("Woman, 30. She wants to call her mother.", FAMILY, True),
        ("Mujer, 30. Quiere llamar a su madre.", FAMILY, True),
        ("Femme, 30 ans. Elle veut appeler sa mère.", FAMILY, True),
        ("Mulher, 30. Quer ligar à mãe.", FAMILY, True),
        ("Woman, 30. She wants vocational training.", TRAINING, True),
        ("Mujer, 30. Quiere hacer un curso de formación profesional.", TRAINING, True),
        ("Femme, 30 ans. Elle souhaite une formation professionnelle.", TRAINING, True),
        ("Mulher, 30. Quer fazer uma formação profissional.", TRAINING, True),
        ("Woman, 30. She takes insulin for diabetes.", MEDICATION, True),
        ("Mujer, 30. Toma insulina para la diabetes.", MEDICATION, True),
        ("Femme, 30 ans. Elle prend de l'insuline pour son diabète.", MEDICATION, True),
        ("Mulher, 30. Toma insulina para a diabetes.", MEDICATION, True),
        ("Woman, 30. She wants to go home to Peru.", HOME, "yes"),
        ("Mujer, 30. Quiere volver a Perú.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut rentrer au Pérou.", HOME, "yes"),
        ("Mulher, 30. Quer voltar para o Peru.", HOME, "yes"),
        ("Woman, 30. She is hungry.", FOOD, True),
        ("Mujer, 30. Tiene hambre.", FOOD, True),
        ("Femme, 30 ans. Elle a faim.", FOOD, True),
        ("Mulher, 30. Tem fome.", FOOD, True),
        ("Woman, 30. She would like to see a counsellor.", COUNSEL, True),
        ("Mujer, 30. Quiere ver a una psicóloga.", COUNSEL, True),
        ("Femme, 30 ans. Elle veut voir une psychologue.", COUNSEL, True),
        ("Mulher, 30. Quer falar com uma psicóloga.", COUNSEL, True),
    ],
)
def test_a_plain_statement_is_applied(text, fact, value):
    assert _applied_offered(text, fact) == (value, None)


# ------------------------------------------------- a past state: offered, never applied


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Woman, 30. She used to take insulin for diabetes.", MEDICATION),
        ("Mujer, 30. Anteriormente tomaba insulina para la diabetes.", MEDICATION),
        ("Femme, 30 ans. Auparavant elle prenait de l'insuline pour son diabète.", MEDICATION),
        ("Mulher, 30. Anteriormente tomava insulina para a diabetes.", MEDICATION),
        ("Woman, 30. At first she took insulin for diabetes.", MEDICATION),
        ("Mujer, 30. Al principio tomaba insulina para la diabetes.", MEDICATION),
        ("Femme, 30 ans. Au début elle prenait de l'insuline pour son diabète.", MEDICATION),
        ("Woman, 30. At first she was hungry.", FOOD),
        ("Mujer, 30. Al principio tenía hambre.", FOOD),
        ("Femme, 30 ans. Au début elle avait faim.", FOOD),
        ("Mulher, 30. Inicialmente tinha fome.", FOOD),
    ],
)
def test_a_past_state_is_only_offered(text, fact):
    assert _applied_offered(text, fact) == (None, True)


# ------------------------------------------------- a condition: offered, never applied


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Woman, 30. She needs insulin only if her sugar is high.", MEDICATION),
        ("Mujer, 30. Necesita insulina solo si tiene el azúcar alto.", MEDICATION),
        ("Femme, 30 ans. Elle a besoin d'insuline seulement si son sucre est élevé.", MEDICATION),
        ("Mulher, 30. Precisa de insulina só se tiver o açúcar alto.", MEDICATION),
        ("Woman, 24. She is pregnant only if the test is right.", PREGNANT),
        ("Mujer, 24. Estaría embarazada solo si la prueba es correcta.", PREGNANT),
    ],
)
def test_a_condition_makes_the_value_only_offered(text, fact):
    assert _applied_offered(text, fact) == (None, True)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a fact whose level has no `conditionals` check: the condition is its content
        ("Woman, 30. She wants to go home to Peru if she can get her passport back.", HOME, "yes"),
        ("Mujer, 30. Quiere volver a Perú si consigue recuperar su pasaporte.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut rentrer au Pérou si elle récupère son passeport.", HOME, "yes"),
        ("Mulher, 30. Quer voltar para o Peru se ela recuperar o passaporte.", HOME, "yes"),
        ("Mujer, 30. Tiene miedo de que la deporten si va a la policía.", FEAR, True),
        ("Femme, 30 ans. Elle a peur d'être expulsée si elle va à la police.", FEAR, True),
        ("Mulher, 30. Tem medo de ser deportada se for à polícia.", FEAR, True),
        # a condition after a wish opens only itself (`[statements] wish_if_after`)
        ("Woman, 30. She wants vocational training only if it is paid.", TRAINING, True),
        ("Mujer, 30. Quiere llamar a su madre si es seguro.", FAMILY, True),
        ("Femme, 30 ans. Elle veut appeler sa mère si c'est sans danger.", FAMILY, True),
        ("Mulher, 30. Quer ligar à mãe se for seguro.", FAMILY, True),
        # an indirect question's "if" is no condition
        (
            "Woman, 30. She wants vocational training, we will check if the course is free.",
            TRAINING,
            True,
        ),
        # a contrast word of another language meaning "more" is no second side
        ("Hombre, 40. Le cogieron el pasaporte nada más llegar.", DOCS, False),
        ("Mujer, 30. Quiere llamar a su madre, necesita más apoyo.", FAMILY, True),
        ("Mulher, 30. Quer ligar à mãe e precisa de mais apoio.", FAMILY, True),
        # a second side about another need leaves it standing
        (
            "Woman, 30. She has not eaten since yesterday, but she needs a bed tonight more than anything.",
            FOOD,
            True,
        ),
        (
            "Mujer, 30. No ha comido desde ayer, pero lo que más necesita es una cama esta noche.",
            FOOD,
            True,
        ),
        (
            "Femme, 30 ans. Elle n'a pas mangé depuis hier, mais elle a surtout besoin d'un lit ce soir.",
            FOOD,
            True,
        ),
        (
            "Mulher, 30. Não come desde ontem, mas precisa sobretudo de uma cama esta noite.",
            FOOD,
            True,
        ),
        # a concession before the statement leaves it standing
        ("Woman, 30. Although she is scared, she wants to call her mother.", FAMILY, True),
        ("Mujer, 30. Aunque tiene miedo, quiere llamar a su madre.", FAMILY, True),
        ("Femme, 30 ans. Bien qu'elle ait peur, elle veut appeler sa mère.", FAMILY, True),
        ("Mulher, 30. Embora tenha medo, quer ligar à mãe.", FAMILY, True),
    ],
)
def test_a_condition_or_concession_that_is_no_doubt_leaves_it_applied(text, fact, value):
    assert _applied_offered(text, fact) == (value, None)


# ------------------------------------------------ a second side: offered, never applied


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Woman, 30. She wants vocational training, but she is not sure when.", TRAINING, True),
        ("Mujer, 30. Quiere hacer un curso de formación, pero no sabe cuándo.", TRAINING, True),
        ("Femme, 30 ans. Elle souhaite une formation, mais elle n'est pas sûre.", TRAINING, True),
        ("Mulher, 30. Quer fazer uma formação, mas não sabe quando.", TRAINING, True),
        ("Woman, 30. She wants to call her mother, but not yet.", FAMILY, True),
        ("Mujer, 30. Quiere llamar a su madre, pero todavía no.", FAMILY, True),
        ("Femme, 30 ans. Elle veut appeler sa mère, mais pas encore.", FAMILY, True),
        ("Mulher, 30. Quer ligar à mãe, mas ainda não.", FAMILY, True),
        ("Woman, 30. She is hungry, but she is not sure.", FOOD, True),
        ("Mujer, 30. Tiene hambre, pero no está segura.", FOOD, True),
        ("Femme, 30 ans. Elle a faim, mais elle n'est pas sûre.", FOOD, True),
        ("Mulher, 30. Tem fome, mas não tem a certeza.", FOOD, True),
        ("Woman, 30. She needs an interpreter, but not yet.", INTERP, True),
        ("Mujer, 30. Necesita intérprete, pero todavía no.", INTERP, True),
        ("Femme, 30 ans. Elle a besoin d'un interprète, mais pas encore.", INTERP, True),
        ("Mulher, 30. Precisa de intérprete, mas ainda não.", INTERP, True),
        ("Woman, 30. She wants to see a lawyer, but not yet.", LAWYER, True),
        ("Mujer, 30. Quiere ver a un abogado, pero todavía no.", LAWYER, True),
        ("Femme, 30 ans. Elle veut voir un avocat, mais pas encore.", LAWYER, True),
        ("Mulher, 30. Quer falar com um advogado, mas ainda não.", LAWYER, True),
        # the other side speaks of the same fact (`[clean_reading.topics]`)
        (
            "Woman, 30. She has not eaten since yesterday, but she refuses any food we offer.",
            FOOD,
            True,
        ),
        (
            "Mujer, 30. No ha comido desde ayer, pero rechaza la comida que le ofrecemos.",
            FOOD,
            True,
        ),
        (
            "Femme, 30 ans. Elle n'a pas mangé depuis hier, mais elle refuse la nourriture que "
            "nous proposons.",
            FOOD,
            True,
        ),
        ("Mulher, 30. Não come desde ontem, mas recusa a comida que oferecemos.", FOOD, True),
        (
            "Woman, 24. She is pregnant, but the pregnancy has not been confirmed by a doctor.",
            PREGNANT,
            True,
        ),
        (
            "Mujer, 24. Está embarazada, pero el embarazo no ha sido confirmado por un médico.",
            PREGNANT,
            True,
        ),
        (
            "Femme, 24 ans. Elle est enceinte, mais la grossesse n'a pas été confirmée par un médecin.",
            PREGNANT,
            True,
        ),
        (
            "Mulher, 24. Está grávida, mas a gravidez não foi confirmada por um médico.",
            PREGNANT,
            True,
        ),
        ("Woman, 30. She wants to go home to Peru, but not to her village.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut rentrer au Pérou, mais elle n'est pas sûre.", HOME, "yes"),
    ],
)
def test_a_second_side_makes_the_value_only_offered(text, fact, value):
    assert _applied_offered(text, fact) == (None, value)


# ------------------------------ a no for now is a no


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. She does not want to go home for now.",
        "Mujer, 30. No quiere volver a su país por ahora.",
        "Femme, 30 ans. Elle ne veut pas rentrer dans son pays pour l'instant.",
        "Mulher, 30. Não quer voltar para o seu país por enquanto.",
    ],
)
def test_a_no_for_now_is_a_no(text):
    assert _applied_offered(text, HOME) == ("no", None)


# ------------------------------- another sentence against it: applied only if it replaces


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Woman, 30. She wants to return home. Update: she no longer wants to return home.",
            HOME,
            "no",
        ),
        (
            "Mujer, 30. Quiere volver a su país. Actualización: ya no quiere volver a su país.",
            HOME,
            "no",
        ),
        (
            "Femme, 30 ans. Elle veut rentrer dans son pays. Mise à jour : elle ne veut plus "
            "rentrer dans son pays.",
            HOME,
            "no",
        ),
        (
            "Mulher, 30. Quer voltar ao seu país. Atualização: já não quer voltar ao seu país.",
            HOME,
            "no",
        ),
        (
            "Woman, 24. She is pregnant. Update: she is not pregnant, the test was negative.",
            PREGNANT,
            False,
        ),
        ("Mujer, 24. Está embarazada. Corrección: no está embarazada.", PREGNANT, False),
        (
            "Femme, 24 ans. Elle est enceinte. Correction : elle n'est pas enceinte.",
            PREGNANT,
            False,
        ),
        ("Mulher, 24. Está grávida. Correção: não está grávida.", PREGNANT, False),
        (
            "Woman, 30. She wants to press charges. Update: she no longer wants to involve the police.",
            POLICE,
            "no",
        ),
        ("Mujer, 30. Quiere denunciar. Actualización: ya no quiere denunciar.", POLICE, "no"),
    ],
)
def test_a_later_statement_that_says_it_replaces_the_earlier_is_applied(text, fact, value):
    assert _applied_offered(text, fact) == (value, None)


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Woman, 30. She wants to return home. Later she said she does not want to return home.",
            HOME,
        ),
        ("Mujer, 30. Quiere volver a su país. Después dijo que no quiere volver a su país.", HOME),
        (
            "Femme, 30 ans. Elle veut rentrer dans son pays. Plus tard elle a dit qu'elle ne veut "
            "pas rentrer dans son pays.",
            HOME,
        ),
        (
            "Mulher, 30. Quer voltar ao seu país. Depois disse que não quer voltar ao seu país.",
            HOME,
        ),
        ("Mulher, 24. Está grávida. Não está grávida.", PREGNANT),
        (
            "Femme, 30 ans. Elle veut porter plainte. Plus tard elle a dit qu'elle ne veut pas porter plainte.",
            POLICE,
        ),
        # "for now" is no word of replacing
        ("Mujer, 30. Quiere volver a su país. Por ahora no quiere volver a su país.", HOME),
        ("Woman, 30. She wants to return home. She does not want to return home for now.", HOME),
        # "now" in the earlier sentence replaces nothing after it
        (
            "Woman, 30. Now she wants to return home. Later she said she does not want to return home.",
            HOME,
        ),
        # a doubt said apart holds the value back: no later word settles it
        (
            "Woman, 30. She wants to call her mother. She may not want any contact with her family.",
            FAMILY,
        ),
        (
            "Femme, 30 ans. Elle veut appeler sa mère. Elle ne veut peut-être aucun contact avec sa "
            "famille.",
            FAMILY,
        ),
    ],
)
def test_sentences_that_disagree_apply_nothing(text, fact):
    assert extract(text).values.get(fact) is None


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. She wants to call her mother. Her brother says she does not want any "
        "contact with the family.",
        "Femme, 30 ans. Elle veut appeler sa mère. Son frère dit qu'elle ne veut aucun contact "
        "avec la famille.",
        "Mulher, 30. Quer ligar à mãe. O irmão diz que ela não quer nenhum contacto com a família.",
    ],
)
def test_someone_elses_word_against_her_wish_only_offers_it(text):
    assert _applied_offered(text, FAMILY) == (None, True)


# ------------------------------------------------------------------------ the levels' data


def test_every_level_names_known_facts_and_checks():
    """A misspelt fact or check would leave a fact applied as read, silently."""
    levels = lexicon.words_of_rules("clean_reading", "levels")
    assert levels and all(set(checks) <= set(CHECKS) for checks in levels.values())
    listed = [f for level in levels for f in lexicon.words_of_rules("clean_reading", level)]
    assert set(listed) <= set(FACTS)
    assert len(listed) == len(set(listed)), "a fact in two levels"
    critical = ("safety.wants_law_enforcement", "safety.trafficker_knows_location")
    critical += ("safety.in_immediate_danger", "consent.share_with_providers")
    for fid in critical:  # no wrong value at all: every check of a statement
        assert {"readings", "pasts", "conditionals", "contrasts"} <= fact_checks()[fid]
