"""Identity documents that are not hers in hand, and none said in fewer words (stop 31, docs31).

An expired document is not read as one she has; a document someone "had in his possession"
is not on her person; "sin papeles" / "sans papiers" as a status is only offered; a copy
("fotocopia del pasaporte") is not the document; the police holding it as evidence is no
reading; "s/ documentos", "w/o ID" and a passive "foi-lhe tirado" read as none. Invented
sentences in en/es/fr/pt, with counterparts that must not give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import DOCUMENTS, clear, reads


@pytest.mark.parametrize(
    "text",
    [
        "She carries an expired residence card.",
        "Tiene NIE caducado desde el año pasado.",
        "Elle a ses papiers mais ils sont périmés.",
        "Tem o cartão de residência caducado.",
        "Solo tiene una fotocopia del pasaporte.",
        "Elle n'a qu'une photocopie du passeport.",
        "Só tem uma fotocópia da identidade.",
        "The foreman, a man who said he was her uncle, had in his possession the passport.",
        "El encargado, que dijo ser su primo, tenía en su poder el pasaporte de la chica.",
        "Le gérant, qui se disait son oncle, avait en sa possession le passeport.",
        "O dono, que dizia ser tio dela, tinha em seu poder o passaporte.",
    ],
)
def test_expired_copied_or_held_then_is_not_hers(text: str) -> None:
    assert clear(text, DOCUMENTS) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She has her passport with her.",
        "Tiene su pasaporte vigente.",
        "Elle a toujours son passeport valide.",
        "Tem o passaporte consigo.",
    ],
)
def test_her_own_valid_document_is_still_read(text: str) -> None:
    assert clear(text, DOCUMENTS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Mujer de 30 años, hondureña, sin papeles, pide cama.",
        "Homme de 40 ans, sans papiers, cherche un lit.",
    ],
)
def test_without_papers_as_a_status_is_only_offered(text: str) -> None:
    assert reads(text, DOCUMENTS) == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "Su pasaporte está en manos de la policía como prueba.",
        "Her passport is held by the police as evidence.",
        "Son passeport est retenu par la police comme pièce à conviction.",
        "O passaporte está retido pela polícia como prova.",
    ],
)
def test_papers_held_by_the_police_are_not_kept_from_her(text: str) -> None:
    assert clear(text, DOCUMENTS) is not False


@pytest.mark.parametrize(
    "text",
    [
        "S/ documentos, precisa de cama.",
        "S/ documentos, necesita cama hoy.",
        "S/ passeport, besoin d'un lit.",
        "W/o ID, needs a bed tonight.",
        "O passaporte foi-lhe tirado à chegada.",
        "El pasaporte le fue quitado al llegar.",
        "Son passeport lui a été confisqué à l'arrivée.",
    ],
)
def test_none_in_shorthand_or_taken_from_her(text: str) -> None:
    assert clear(text, DOCUMENTS) is False


@pytest.mark.parametrize(
    "text",
    [
        "O passaporte foi-lhe tirado à chegada mas já lho devolveram.",
        "El pasaporte le fue quitado al llegar, pero ya se lo devolvieron.",
        "O patrão tirou-lhe o passaporte mas devolveu-o quando ela saiu.",
        "Mother's passport: s/o Mr. Diaz has it.",
    ],
)
def test_given_back_or_another_sense_is_not_none(text: str) -> None:
    assert clear(text, DOCUMENTS) is not False
