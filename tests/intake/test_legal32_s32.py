"""Her papers, her status worry and her wish for a lawyer, read with their scope (stop 32,
legal32).

A work permit run out or still applied for is not one held; an application named by its
noun or a question whether she may only offers legal help; a wish that someone represent
her is legal help; "no identity document" beside a lesser document she holds is only
offered; a document still being issued is not hers yet; a man with her as the clitic after
him is someone else; a fear of removal in more words; a wish after "but" leaves her papers
standing. Invented sentences in en/es/fr/pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

DOCS = "legal.has_identity_documents"
WORRY = "legal.immigration_concern"
PERMIT = "jobs.has_work_authorization"
LAWYER = "legal.wants_legal_help"


# ------------------------------------------------------ a permit run out or applied for

PERMIT_HELD = [
    "She has a valid work permit.",
    "Tiene permiso de trabajo.",
    "Il a un permis de travail.",
    "Tem autorização de trabalho.",
]
PERMIT_NOT_HELD = [
    "She has a work permit but it expired last month.",
    "He has a work permit, renewal pending.",
    "Tiene permiso de trabajo, pero está vencido desde marzo.",
    "Tiene permiso de trabajo en trámite.",
    "Il a un titre de séjour salarié mais il est expiré depuis janvier.",
    "Elle a un permis de travail, en cours de renouvellement.",
    "Tem autorização de trabalho, mas caducou em janeiro.",
]


@pytest.mark.parametrize("text", PERMIT_HELD)
def test_a_permit_held_is_yes(text: str) -> None:
    assert clear(text, PERMIT) == "yes"


@pytest.mark.parametrize("text", PERMIT_NOT_HELD)
def test_a_permit_run_out_or_pending_is_not_yes(text: str) -> None:
    assert clear(text, PERMIT) != "yes"


NO_PERMIT_BUT_WISH = [
    "She has no work permit but wants to work.",
    "No tiene permiso de trabajo, pero quiere trabajar.",
    "Il n'a pas de permis de travail, mais il voudrait travailler.",
    "Ele não tem autorização de trabalho, mas quer trabalhar.",
]


@pytest.mark.parametrize("text", NO_PERMIT_BUT_WISH)
def test_a_wish_after_but_leaves_no_permit_standing(text: str) -> None:
    assert clear(text, PERMIT) == "no"


def test_a_doubt_after_but_still_holds_the_permit_back() -> None:
    assert clear("She has no work permit, but she is not sure.", PERMIT) is None


# ------------------------------------------------------------ legal help, with its scope

NOT_SAID = [
    "Ella todavía no nos ha dicho si quiere asesoría legal.",
    "Elle ne nous a pas dit si elle veut un avocat.",
    "Ainda não nos disse se quer um advogado.",
    "She has not said whether she wants a lawyer.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_not_said_whether_she_wants_a_lawyer_is_not_applied(text: str) -> None:
    assert clear(text, LAWYER) is None


APPLICATIONS = [
    "Transmission au parquet et demande d'ordonnance de protection.",
    "O pedido de autorização de residência foi feito ontem.",
    "Tiene NIE caducado; pregunta si puede regularizar.",
    "She asked if she can regularise her status.",
]


@pytest.mark.parametrize("text", APPLICATIONS)
def test_an_application_or_a_question_only_offers_legal_help(text: str) -> None:
    assert clear(text, LAWYER) is None
    assert offered(text, LAWYER) is True


# (a wish to regularise with nobody named to help only offers legal help since stop 39,
# needs3: tests/intake/test_needs3_s39.py)
WANTS_HELP = [
    "She would like help to regularise her status.",
    "Quiere ayuda para regularizar su situación.",
    "Elle souhaite une ordonnance de protection.",
    "Quer ajuda para regularizar a situação.",
]


@pytest.mark.parametrize("text", WANTS_HELP)
def test_her_own_wish_for_a_legal_step_is_applied(text: str) -> None:
    assert clear(text, LAWYER) is True


REPRESENT = [
    "She wants someone to represent her.",
    "Quiere que un abogado la represente.",
    "Elle veut qu'une avocate la défende.",
    "Ele quer, sim, que a clínica continue a representá-lo.",
    "She wants to claim her unpaid wages with the help of a lawyer.",
    "Quiere reclamar los salarios adeudados con ayuda de un abogado.",
]


@pytest.mark.parametrize("text", REPRESENT)
def test_a_wish_to_be_represented_is_legal_help(text: str) -> None:
    assert clear(text, LAWYER) is True


@pytest.mark.parametrize(
    "text",
    ["Deseja representar criminalmente: SIM", "Her brother wants a lawyer to defend him."],
)
def test_a_criminal_complaint_or_his_lawyer_is_no_legal_help(text: str) -> None:
    assert clear(text, LAWYER) is None


# --------------------------------------------------------------------- identity papers

LESSER = [
    "She only has her student card, no passport.",
    "Tiene su licencia de conducir pero no tiene pasaporte.",
    "Elle n'a qu'une carte d'étudiante, pas de passeport.",
    "Documentos: carnet de estudiante; el pasaporte lo tiene la patrona.",
]


@pytest.mark.parametrize("text", LESSER)
def test_none_beside_a_lesser_document_is_only_offered(text: str) -> None:
    assert clear(text, DOCS) is None
    assert offered(text, DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "No passport or driving licence.",
        "The boss took her passport.",
        "Sin pasaporte.",
        "El patrón le quitó el pasaporte y la licencia de conducir.",
        "Son passeport et son permis de conduire sont chez le patron.",
    ],
)
def test_none_with_no_lesser_document_held_is_applied(text: str) -> None:
    assert clear(text, DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Our office has begun issuing an emergency travel document.",
        "Tiene el pasaporte en trámite.",
    ],
)
def test_a_document_being_issued_is_not_hers_yet(text: str) -> None:
    assert clear(text, DOCS) is not True


SOMEONE_ELSE_KEEPS = [
    "Un hombre la obliga a vender y tiene su pasaporte.",
    "Un homme l'oblige à vendre et garde son passeport.",
    "Elle dit que la dame a gardé son passeport.",
]


@pytest.mark.parametrize("text", SOMEONE_ELSE_KEEPS)
def test_a_man_acting_on_her_keeps_her_passport(text: str) -> None:
    assert clear(text, DOCS) is not True


@pytest.mark.parametrize("text", ["Elle a gardé son passeport.", "J'ai gardé mon passeport."])
def test_her_own_keeping_is_hers(text: str) -> None:
    assert clear(text, DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Docs: kept by boss",
        "Docs: retenidos por el patrón",
        "Docs : confisqués par le patron",
        "Docs: retidos pelo patrão",
    ],
)
def test_docs_held_in_a_form_line_are_none(text: str) -> None:
    assert clear(text, DOCS) is False


# ------------------------------------------------------------------ a fear of removal

REMOVAL = [
    "He is worried about removal.",
    "She is scared they will send her home.",
    "Elle craint une obligation de quitter le territoire.",
    "Receia ser afastada do país.",
    "Tiene miedo de que la metan en un avión.",
    "Está preocupada com a sua situação de permanência.",
]


@pytest.mark.parametrize("text", REMOVAL)
def test_a_fear_of_removal_is_the_worry(text: str) -> None:
    assert clear(text, WORRY) is True


@pytest.mark.parametrize(
    "text",
    [
        "We are worried about removal of her children.",
        "She is worried about where to stay tonight.",
    ],
)
def test_the_writer_worry_or_a_bed_is_no_status_worry(text: str) -> None:
    assert clear(text, WORRY) is None
