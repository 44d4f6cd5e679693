"""Legal, return and job facts of someone else, of people in general or only maybe hers
are not applied to her (stop 34, legal34).

A giving back negated through its auxiliary ("no se ha recuperado") leaves a withheld
passport withheld; a person owned through "of" or a genitive ("la hermana de la usuaria",
"client's sister"), also cut from the verb by a bracketed aside, is someone else; people
in general opening a clause ("many survivors ... fear deportation") make a remark; a
group's documents held by an employer are only offered; "she" after a friend set apart in
an answer is the friend; "éventuellement" is a maybe; a work permit's "work" is no job
accepted; a note's own maybe over a work permit is only offered. And what now composes:
longing idioms, "le encantaría", fear of the immigration police, a tazkira as an ID.
Invented sentences in en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

DOCS = "legal.has_identity_documents"
IMMIGRATION = "legal.immigration_concern"
RETURN = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
PERMIT = "jobs.has_work_authorization"
WORK = "jobs.wants_employment"
TRAINING = "jobs.wants_training"


def _note(text: str) -> tuple[dict, dict]:
    got = extract(text)
    return dict(got.values), dict(got.offered())


# ------------------------------------------------ a giving back that did not happen


@pytest.mark.parametrize(
    "text",
    [
        "The landlord took her passport and it has not been returned.",
        "El casero se quedó con su pasaporte y no se ha recuperado.",
        "Son passeport a été pris par le logeur et n'a pas été récupéré.",
        "O senhorio ficou com o passaporte dela e não foi devolvido.",
    ],
)
def test_regain_negated_keeps_documents_withheld(text: str) -> None:
    assert _note(text)[0].get(DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "The landlord took her passport and it was returned to her yesterday.",
        "O senhorio ficou com o passaporte dela mas foi devolvido ontem.",
    ],
)
def test_regain_said_gives_documents_back(text: str) -> None:
    assert _note(text)[0].get(DOCS) is True


# ------------------------------------------------ a relative of hers is someone else


@pytest.mark.parametrize(
    "text",
    [
        "Client's cousin (now in Leeds) has no papers and is worried about deportation.",
        "La prima de la usuaria (vive en Murcia) está sin papeles y teme que la deporten.",
        "La cousine de la personne (à Lyon) est sans papiers et craint d'être expulsée.",
        "A prima da usuária (em Santos) está sem documentos e com medo de ser deportada.",
    ],
)
def test_relative_of_hers_fears_are_not_hers(text: str) -> None:
    clear, _ = _note(text)
    assert IMMIGRATION not in clear
    assert DOCS not in clear


@pytest.mark.parametrize(
    "text",
    [
        "Client (31) has no papers and is worried about deportation.",
        "La usuaria (31 años) tiene miedo de que la deporten.",
    ],
)
def test_her_own_fear_after_an_aside_is_hers(text: str) -> None:
    assert _note(text)[0].get(IMMIGRATION) is True


# ------------------------------------------------ people in general


@pytest.mark.parametrize(
    "text",
    [
        "Note for volunteers: many survivors on expired visas fear deportation.",
        "Nota: muchas víctimas con visado caducado temen la deportación.",
        "Rappel : beaucoup de victimes sans titre de séjour craignent l'expulsion.",
        "Lembrete: muitas vítimas com visto vencido têm medo de deportação.",
    ],
)
def test_general_remark_is_not_her_concern(text: str) -> None:
    assert IMMIGRATION not in _note(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Like many survivors, she fears deportation.",
        "Como muchas víctimas, ella teme la deportación.",
    ],
)
def test_she_after_people_in_general_is_hers(text: str) -> None:
    assert _note(text)[0].get(IMMIGRATION) is True


# ------------------------------------------------ a group's documents


@pytest.mark.parametrize(
    "text",
    [
        "At the raid the owner was keeping the passports of nine workers in a drawer.",
        "Na operação, o patrão guardava os passaportes de nove trabalhadores.",
    ],
)
def test_group_documents_only_offered(text: str) -> None:
    clear, offered = _note(text)
    assert DOCS not in clear
    assert offered.get(DOCS) is False


def test_her_document_kept_is_applied() -> None:
    assert _note("The owner was keeping her passport in a drawer.")[0].get(DOCS) is False


# ------------------------------------------------ a friend set apart in her answer


@pytest.mark.parametrize(
    "text",
    [
        "My friend Efua, who cooked with me, she wants to go back to Ghana.",
        "Mi amiga Rosa, que cocinaba conmigo, ella quiere volver a Honduras.",
        "Mon amie Awa, qui cuisinait avec moi, elle veut rentrer au Sénégal.",
        "A minha amiga Lúcia, que cozinhava comigo, ela quer voltar pra Angola.",
    ],
)
def test_friend_set_apart_wish_is_hers_not(text: str) -> None:
    assert RETURN not in interpret_answer(RETURN, text).values


def test_own_wish_in_answer_is_read() -> None:
    assert interpret_answer(RETURN, "I want to go back to Ghana.").values.get(RETURN) == "yes"


# ------------------------------------------------ maybes


def test_eventuellement_is_a_maybe() -> None:
    clear, offered = _note("Souhaiterait éventuellement appeler sa tante.")
    assert FAMILY not in clear
    assert offered.get(FAMILY) is True
    assert _note("Souhaite appeler sa tante.")[0].get(FAMILY) is True


def test_note_maybe_permit_only_offered() -> None:
    clear, offered = _note("She may have a work permit from her last job, we are not sure.")
    assert PERMIT not in clear
    assert offered.get(PERMIT) == "unsure"
    assert _note("She does not know if she is allowed to work here.")[0].get(PERMIT) == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I have the work permit, vale until next year.",
        "Sim, tenho o work permit, vale até dezembro.",
    ],
)
def test_work_permit_is_no_job_accepted(text: str) -> None:
    got = interpret_answer(PERMIT, text).values
    assert got.get(PERMIT) == "yes"
    assert WORK not in got


# ------------------------------------------------ what now composes


@pytest.mark.parametrize(
    "text",
    [
        "She is itching to get back to work.",
        "Se muere de ganas de volver a currar.",
        "Elle meurt d'envie de se remettre au boulot.",
        "Ela está louca pra voltar a trabalhar.",
    ],
)
def test_longing_idioms_want_work(text: str) -> None:
    assert _note(text)[0].get(WORK) is True


def test_longing_idiom_of_daughter_is_not_hers() -> None:
    assert WORK not in _note("Her daughter is dying to work in a salon.")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Dice que le encantaría formarse como costurera.",
        "Disse que adoraria fazer um curso de costura.",
        "Elle dit qu'elle adorerait se former comme couturière.",
    ],
)
def test_would_love_to_train(text: str) -> None:
    assert _note(text)[0].get(TRAINING) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is terrified of immigration officers.",
        "Le da pánico la policía de extranjería.",
        "Elle a très peur de se faire arrêter par la PAF.",
        "Morre de medo da Polícia Federal.",
    ],
)
def test_fear_of_immigration_police(text: str) -> None:
    assert _note(text)[0].get(IMMIGRATION) is True


def test_fear_of_immigration_police_of_her_cousin() -> None:
    assert IMMIGRATION not in _note("Her cousin is afraid of the immigration police.")[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has her tazkira with her.", True),
        ("Tiene su tazkira consigo.", True),
        ("Elle a sa tazkira sur elle.", True),
        ("Ela tem o RNM com ela.", True),
        ("She has no tazkira.", False),
    ],
)
def test_national_cards_are_identity_documents(text: str, value: bool) -> None:
    assert _note(text)[0].get(DOCS) is value
