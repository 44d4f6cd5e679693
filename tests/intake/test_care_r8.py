"""Health, legal help, work and going home, eighth round of issue 12, in invented
sentences in en/es/fr/pt: what each reading must apply, and as many readings that must
not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from caseassist.intake.read.clean_reading import fact_checks

HOME = "reintegration.wants_to_return_home"
LAWYER = "legal.wants_legal_help"
MEDICATION = "medical.needs_medication"


def _applied_offered(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# --------------------- going home and legal help: no second-opinion check (measured)
# On the dev halves and on practice sets a to d the check held back no wrong or spurious
# value for these two facts, and a right one: a "not yet" about another matter in the
# same sentence ("ne sait pas encore [pour la police], elle veut d'abord parler à un
# avocat").


def test_wishes_keep_no_second_opinion_check():
    for fid in (HOME, LAWYER):
        assert "second_opinions" not in fact_checks()[fid]
        assert {"readings", "pasts", "contrasts"} <= fact_checks()[fid]


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Femme, 24 ans. Pour la police, elle ne sait pas encore, elle veut d'abord parler à un avocat.",
            LAWYER,
            True,
        ),
        (
            "Woman, 24. About the police she is not sure yet, she wants to talk to a lawyer first.",
            LAWYER,
            True,
        ),
        (
            "Mujer, 24. De la policía todavía no sabe, quiere hablar con un abogado primero.",
            LAWYER,
            True,
        ),
        (
            "Mulher, 24. Sobre a polícia ainda não sabe, quer falar com um advogado primeiro.",
            LAWYER,
            True,
        ),
        ("Woman, 30. She wants to go home to Peru for now.", HOME, "yes"),
        ("Mujer, 30. Por ahora quiere volver a Perú.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut voir un avocat pour l'instant.", LAWYER, True),
        ("Mulher, 30. Quer falar com um advogado, por enquanto.", LAWYER, True),
    ],
)
def test_a_wish_with_another_matter_put_off_is_applied(text, fact, value):
    assert _applied_offered(text, fact) == (value, None)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # the checks they keep still hold: a second side on the same wish, a past
        ("Woman, 30. She wants to go home to Peru, but not to her village.", HOME, "yes"),
        ("Femme, 30 ans. Elle veut rentrer au Pérou, mais elle n'est pas sûre.", HOME, "yes"),
        ("Woman, 30. She wants to see a lawyer, but not yet.", LAWYER, True),
        ("Mujer, 30. Quiere ver a un abogado, pero todavía no.", LAWYER, True),
        ("Femme, 30 ans. Elle veut voir un avocat, mais pas encore.", LAWYER, True),
        ("Mulher, 30. Quer falar com um advogado, mas ainda não.", LAWYER, True),
    ],
)
def test_a_wish_with_a_second_side_stays_offered(text, fact, value):
    assert _applied_offered(text, fact) == (None, value)


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. At first she wanted to go home to Peru.",
        "Mujer, 30. Al principio quería volver a Perú.",
        "Femme, 30 ans. Au début elle voulait rentrer au Pérou.",
        "Mulher, 30. No início queria voltar para o Peru.",
    ],
)
def test_a_past_wish_is_not_applied(text):
    assert _applied_offered(text, HOME)[0] is None


# ------------------------------ an injury label denied: no urgent need, as "denies injuries"

URGENT = "medical.urgent_need"
WORK_AUTH = "jobs.has_work_authorization"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 40.\nInjuries: denies",
        "Woman, 40.\nInjuries: client denies",
        "Mujer, 40.\nLesiones: niega",
        "Femme, 40 ans.\nBlessures : nie",
        "Mulher, 40.\nFerimentos: nega",
        "Mulher, 26. Ela tá tranquila, sem machucados.",
        "Mulher, 26. Não tem machucados.",
        "Woman, 30. She denies any injuries.",
    ],
)
def test_an_injury_denied_is_no_urgent_need(text):
    assert _applied_offered(text, URGENT) == (False, None)


@pytest.mark.parametrize(
    "text",
    [
        # ("Injuries: none visible" is now a no, as "no visible injuries" is: stop 42)
        "Woman, 40.\nPolice: denies",
        "Mujer, 40.\nPolicía: niega",
        "Femme, 40 ans.\nPlainte : nie",
        "Mulher, 40.\nFilhos: nega",
        "Mulher, 26. O filho tem machucados no braço.",
        "Woman, 30. Her son has injuries on his arm.",
        "Mulher, 26. Tem machucados nas pernas.",
    ],
)
def test_a_denial_elsewhere_or_a_seen_none_is_no_urgent_no(text):
    assert _applied_offered(text, URGENT)[0] is not False


# ------------------------------ a work permit said to be still valid: yes; no longer: no


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mulher, 30. A autorização de trabalho ainda vale.", "yes"),
        ("Mulher, 30. A autorização de trabalho dela continua válida.", "yes"),
        ("Mujer, 30. Su permiso de trabajo todavía vale.", "yes"),
        ("Woman, 30. Her work permit is current.", "yes"),
        ("Femme, 30 ans. Son permis de travail est en cours de validité.", "yes"),
        ("Mulher, 30. A autorização de trabalho já não vale.", "no"),
        ("Woman, 30. She has no current work permit.", "no"),
        ("Mujer, 30. Su permiso de trabajo ya no es válido.", "no"),
    ],
)
def test_a_work_permit_still_valid_or_not(text, value):
    assert _applied_offered(text, WORK_AUTH)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Mulher, 30. O passaporte ainda vale.",
        "Mujer, 30. Vale, quiere trabajar.",
        "Woman, 30. Her passport is current.",
        "Femme, 30 ans. Son passeport est en cours de validité.",
        "Woman, 30. Her visa expired last year.",
        "Mujer, 30. Tiene la visa vencida.",
        "Femme, 30 ans. Son titre de séjour a expiré.",
        "Mulher, 30. O visto caducou.",
    ],
)
def test_validity_of_another_paper_says_nothing_of_work(text):
    assert _applied_offered(text, WORK_AUTH) == (None, None)


# ------------------------------ a medicine she is out of: she needs it now


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 60. Medical: type 2 diabetes; out of metformin since Sat.",
        "Woman, 60. She is out of her blood pressure tablets.",
        "Homem, 60. O remédio acabou há 4 dias.",
        "Mujer, 60. Se le acabó la insulina.",
        "Femme, 60 ans. Elle n'a plus de médicaments.",
    ],
)
def test_a_medicine_run_out_is_needed(text):
    assert _applied_offered(text, MEDICATION) == (True, None)


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 60. She is out of danger and takes no medication.",
        "Woman, 60. Out of the hospital since Monday, no medicines.",
        "Woman, 60. Out of work since March.",
        "Mujer, 60. Salió del hospital sin problemas.",
        "Femme, 60 ans. Elle est sortie de l'hôpital hier.",
    ],
)
def test_out_of_something_else_or_someone_elses_medicine_is_no_need(text):
    assert _applied_offered(text, MEDICATION)[0] is not True


# ------------------------------ an intention or a wish still held is a wish

WORK = "jobs.wants_employment"


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Hombre, 44. Sigue queriendo buscar trabajo aquí.", WORK, True),
        ("Hombre, 44. Pretende buscar trabajo aquí.", WORK, True),
        ("Mulher, 47. Pretende voltar a trabalhar.", WORK, True),
        ("Mulher, 47. Continua a querer trabalhar cá.", WORK, True),
        ("Man, 44. He intends to look for work here.", WORK, True),
        ("Femme, 47 ans. Elle a l'intention de chercher un travail.", WORK, True),
        ("Mulher, 47. Pretende regressar a Moçambique.", HOME, "yes"),
        ("Mujer, 47. Tiene la intención de volver a su país.", HOME, "yes"),
    ],
)
def test_an_intention_is_a_wish(text, fact, value):
    assert _applied_offered(text, fact)[0] == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Mulher, 47. O patrão pretende mandá-la de volta para Moçambique.", HOME),
        ("Hombre, 44. El patrón pretende que siga trabajando sin pago.", WORK),
        ("Man, 44. His employer intends to send him back home.", HOME),
        ("Mulher, 47. Não pretende voltar a trabalhar para a mesma família.", WORK),
        ("Femme, 47 ans. Son patron a l'intention de la renvoyer au pays.", HOME),
        ("Mujer, 47. No pretende volver a su país.", HOME),
        ("Mulher, 47. A irmã pretende voltar para Angola.", HOME),
        ("Hombre, 44. Su compañero sigue queriendo regresar a México.", HOME),
    ],
)
def test_someone_elses_intention_or_a_no_is_no_yes(text, fact):
    assert _applied_offered(text, fact)[0] not in (True, "yes")


# ------------------------------ a request for help to reach a relative is her wish

FAMILY = "reintegration.wants_family_contact"


@pytest.mark.parametrize(
    "text",
    [
        "My son lives in Sofia. Please help me call him.",
        "Please help me call my mother.",
        "Mi hija está en Quito. Por favor ayúdenme a llamarla.",
        "Ayúdeme a llamar a mi mamá, por favor.",
        "Ma sœur est à Douala. Aidez-moi à l'appeler.",
        "Aidez-moi à contacter ma famille.",
        "O meu filho está em Luanda. Ajudem-me a ligar-lhe.",
        "Por favor, ajude-me a falar com a minha mãe.",
    ],
)
def test_a_request_for_help_to_reach_a_relative_is_her_wish(text):
    assert interpret_answer(HOME, text).values.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "Please help me find a lawyer.",
        "Please help me, I have nowhere to sleep.",
        "Por favor ayúdenme a encontrar trabajo.",
        "Nadie me ayudó a llamar a mi mamá.",
        "Aidez-moi à trouver un logement.",
        "Ajudem-me a arranjar um quarto.",
        "My boss never let me call my mother.",
        "Please help me, my mother must not know where I am.",
    ],
)
def test_a_request_for_other_help_is_no_family_contact(text):
    assert interpret_answer(HOME, text).values.get(FAMILY) is not True


# ------------------------------ a medicine named, then taken from her by a pronoun


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 66. She has blood pressure pills but the man kept them.",
        "Woman, 40. She had an inhaler for asthma, but they took it.",
        "Mujer, 50. Tenía insulina, pero se la quitaron.",
        "Femme, 50 ans. Elle avait ses comprimés mais il les a pris.",
        "Mulher, 50. Os comprimidos dela, o homem ficou com eles.",
        "Mulher, 50. Tinha insulina, mas tiraram-lha.",
    ],
)
def test_a_medicine_taken_from_her_is_needed(text):
    assert _applied_offered(text, MEDICATION) == (True, None)


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 50. The boss kept her passport and took it to the office.",
        "Woman, 50. He took her phone and kept it.",
        "Mujer, 50. No tiene pasaporte, se lo quitaron.",
        "Mujer, 50. Le quitaron el celular, el patrón se lo quedó.",
        "Femme, 50 ans. Ses papiers, c'est le patron qui les a gardés.",
        "Mulher, 50. O dinheiro, o patrão ficou com ele.",
    ],
)
def test_other_things_taken_are_no_medicine(text):
    assert _applied_offered(text, MEDICATION) == (None, None)


def test_an_answer_naming_a_medicine_taken_settles_it():
    got = interpret_answer(MEDICATION, "Da... my inhaler for asthma, they took it")
    assert got.values.get(MEDICATION) is True


# ------------------------------ someone else's medicine run out is not hers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Woman, 60. Her son ran out of insulin.", None),
        ("Woman, 60. Her son is without insulin.", None),
        ("Mujer, 60. Su hijo se quedó sin insulina.", None),
        ("Femme, 60 ans. Son fils est sans insuline.", None),
        ("Woman, 60. She ran out of insulin.", True),
        ("Mujer, 60. Se quedó sin insulina.", True),
        ("Femme, 60 ans. Elle est sans insuline.", True),
        ("Woman, 60. Out of insulin since Sunday.", True),
    ],
)
def test_whose_medicine_ran_out(text, value):
    assert _applied_offered(text, MEDICATION)[0] == value
