"""Her identity documents: whose documents a sentence speaks of, and where they are now
(stop 42, documents).

A document fronted with its possessor and taken up by a clitic ("el pasaporte de ella lo
guarda la tía") is held by the subject after the verb, never by "ella" before the clitic.
The documents of her coworkers held by a boss say nothing of hers, so they no longer
outweigh a line that says she has her own. A document kept in a safe at the writer's office
is not in her hands and not kept from her by that life: nothing is read. Invented notes in
en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

DOCS = "legal.has_identity_documents"


def _read(text: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(DOCS), got.offered().get(DOCS)


@pytest.mark.parametrize(
    "text",
    [
        "Mujer de 23 años. El pasaporte de ella lo guarda su tía en Quito.",
        "Chica de 17. La cédula y el pasaporte de ella los tiene el dueño del taller.",
        "Hombre de 40. Los documentos de él los retiene el capataz de la finca.",
        "Mujer de 31. El DNI de ella lo tenía la señora de la casa y no se lo quiere dar.",
    ],
)
def test_a_fronted_document_of_hers_held_by_the_subject_after_the_verb_is_none(
    text: str,
) -> None:
    assert _read(text)[0] is False


def test_a_fronted_document_of_hers_that_she_holds_herself_is_hers() -> None:
    assert _read("Mujer de 23 años. El pasaporte de ella lo tiene ella misma.")[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "Sex: F\nID: passport, with her\nNotes: the supervisor kept the passports of the other workers.",
        "Woman, 28. She has her own passport. The foreman held the passports of her coworkers.",
        "Mujer, 35. Tiene su pasaporte. El encargado retiene los pasaportes de sus compañeras.",
        "Sexe : F\nPièce d'identité : passeport en sa possession\n"
        "Observations : passeports de plusieurs collègues conservés par le gérant.",
        "Mulher, 30. Tem o passaporte dela. O encarregado guardava os passaportes das colegas.",
    ],
)
def test_coworkers_documents_held_do_not_outweigh_her_own(text: str) -> None:
    assert _read(text)[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "Mujer, 30. El capataz retiene los pasaportes de sus compañeras.",
        "Man, 44. The skipper kept the passports of all the crew.",
    ],
)
def test_a_groups_documents_alone_are_never_applied(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Man, 39. His passport is kept in our office safe while the case is open.",
        "Femme, 26. Son passeport est conservé dans notre coffre pendant la procédure.",
        "Mujer, 26. Su pasaporte está en nuestra caja fuerte hasta el juicio.",
        "Mulher, 26. O passaporte dela está no nosso cofre até ao julgamento.",
    ],
)
def test_a_document_kept_in_the_writers_safe_is_not_read(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Man, 22, found at the site this morning. No ID on him. Needs a bed.",
        "Woman, 41. Has no documents on her; the agent still has her passport.",
        "Femme, 33. Aucun papier sur elle à son arrivée au foyer.",
        "Mujer, 28. No lleva ningún documento encima.",
        "Mulher, 28. Sem documentos em cima quando chegou.",
    ],
)
def test_no_document_on_her_is_none(text: str) -> None:
    assert _read(text)[0] is False


def test_her_document_on_her_is_hers() -> None:
    assert _read("Woman, 41. She has her passport on her.")[0] is True
