"""Legal, return and job facts of others, of people in general or kept by the police are not
applied to her (stop 35, legal35).

A remark on people in general after a label and a colon ("Note for staff: many victims ...")
is no statement of hers; documents held for a named group ("the passports of all the
staff") are only offered; a passport recovered but kept as evidence is not back in her
hands; a put-off sentence with its own topic ("A course maybe later") does not make the
statement before it undecided; a person set apart and marked as someone else ("Another
worker, Ana, 19, ...") is the subject of the parts after it, verbs included.
Invented sentences in en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

DOCS = "legal.has_identity_documents"
LEGAL = "legal.wants_legal_help"
RETURN = "reintegration.wants_to_return_home"
PERMIT = "jobs.has_work_authorization"
WORK = "jobs.wants_employment"


@pytest.mark.parametrize(
    ("general", "hers"),
    [
        (
            "Note for the team: many victims are afraid and will not ask for a lawyer.",
            "Note for the team: she is afraid and will not ask for a lawyer.",
        ),
        (
            "Nota para el equipo: muchas víctimas tienen miedo y no piden abogado.",
            "Nota para el equipo: ella tiene miedo y no pide abogado.",
        ),
        (
            "Note pour l'équipe : beaucoup de victimes ont peur et ne demandent pas d'avocat.",
            "Note pour l'équipe : elle a peur et ne demande pas d'avocat.",
        ),
        (
            "Nota para a equipe: muitas vítimas têm medo e não pedem advogado.",
            "Nota para a equipe: ela tem medo e não pede advogado.",
        ),
    ],
)
def test_general_remark_after_a_label_is_not_hers(general: str, hers: str) -> None:
    assert LEGAL not in extract(general).values
    assert extract(hers).values.get(LEGAL) is False


@pytest.mark.parametrize(
    ("group", "hers"),
    [
        (
            "The farm owner kept the passports of all the staff in his office.",
            "The farm owner kept her passport in his office.",
        ),
        (
            "El dueño guardaba los pasaportes de todas las compañeras.",
            "El dueño le quitó el pasaporte.",
        ),
        (
            "Le patron gardait les passeports de ses collègues.",
            "Le patron garde son passeport.",
        ),
        (
            "O patrão ficou com os passaportes das colegas.",
            "O patrão ficou com o passaporte dela.",
        ),
    ],
)
def test_group_documents_only_offered(group: str, hers: str) -> None:
    assert DOCS not in extract(group).values
    assert extract(hers).values.get(DOCS) is False


@pytest.mark.parametrize(
    ("evidence", "returned"),
    [
        ("Passport recovered at the flat, kept as evidence.", "Passport recovered at the flat."),
        (
            "Pasaporte recuperado en el piso, retenido como prueba.",
            "Pasaporte recuperado en el piso.",
        ),
        (
            "Passeport récupéré dans l'appartement, placé sous scellés.",
            "Passeport récupéré dans l'appartement.",
        ),
        (
            "Passaporte recuperado no apartamento, retido como prova.",
            "Passaporte recuperado no apartamento.",
        ),
    ],
)
def test_document_kept_as_evidence_is_not_hers_now(evidence: str, returned: str) -> None:
    assert extract(evidence).values.get(DOCS) is not True
    assert extract(returned).values.get(DOCS) is True


@pytest.mark.parametrize(
    ("topic", "plain"),
    [
        (
            "Yes, she wants to work. She has no permit to work here. A course maybe later.",
            "Yes, she wants to work. She has no permit to work here. Maybe later.",
        ),
    ],
)
def test_put_off_with_its_own_topic_is_not_applied(topic: str, plain: str) -> None:
    assert interpret_answer(WORK, topic).values.get(PERMIT) != "unsure"
    assert interpret_answer(WORK, plain).values.get(PERMIT) != "no"


@pytest.mark.parametrize(
    ("other", "hers"),
    [
        (
            "Another worker, Tomas, 22, speaks Tetum only, wants to go home.",
            "Client, 22, speaks Tetum only, wants to go home.",
        ),
        (
            "Otra trabajadora, Rosa, 22, habla solo quechua, quiere volver a su país.",
            "La usuaria, 22 años, habla solo quechua, quiere volver a su país.",
        ),
        (
            "Une autre ouvrière, Awa, 22, ne parle que wolof, veut rentrer au pays.",
            "Madame, 22 ans, ne parle que wolof, veut rentrer au pays.",
        ),
        (
            "Outra trabalhadora, Rita, 22, só fala crioulo, quer voltar para casa.",
            "A utente, 22 anos, só fala crioulo, quer voltar para casa.",
        ),
    ],
)
def test_marked_other_set_apart_is_the_subject(other: str, hers: str) -> None:
    assert RETURN not in extract(other).values
    assert extract(hers).values.get(RETURN) == "yes"
