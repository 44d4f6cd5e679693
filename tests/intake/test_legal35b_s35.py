"""Who holds her papers, read in her own answer and after a fronted document (stop 35,
legal35b).

Her answer "He has my passport" to "Do you have your documents?" is read by the same
holder frame as a note (someone else holds it: no), not as a yes; her own "I have my
passport" stays yes. A document set first and taken up by a clitic ("Son passeport, elle
l'a avec elle") is hers when the pronoun is hers: French "elle" is female, not the
Spanish inclusive "elle". Invented sentences in en/es/fr/pt, each with a counterpart."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

DOCS = "legal.has_identity_documents"


@pytest.mark.parametrize(
    ("question", "other", "hers"),
    [
        ("Do you have your documents?", "He has my passport.", "I have my passport."),
        ("¿Tiene sus documentos?", "Él tiene mi pasaporte.", "Yo tengo mi pasaporte."),
        ("Avez-vous vos papiers ?", "Il a mon passeport.", "J'ai mon passeport."),
        ("Tem os seus documentos?", "Ele tem o meu passaporte.", "Eu tenho o meu passaporte."),
    ],
)
def test_her_answer_names_who_holds_her_passport(question: str, other: str, hers: str) -> None:
    assert interpret_answer(DOCS, other, question=question).values.get(DOCS) is False
    assert interpret_answer(DOCS, hers, question=question).values.get(DOCS) is True


@pytest.mark.parametrize(
    ("hers", "his"),
    [
        (
            "Sophie est une femme de 30 ans. Son passeport, elle l'a avec elle, dans son sac.",
            "Sophie est une femme de 30 ans. Son passeport, il l'a, dans son camion.",
        ),
        (
            "Ana is a 30-year-old woman. Her passport, she has it with her, in her bag.",
            "Ana is a 30-year-old woman. Her passport, the boss has it, in his truck.",
        ),
        (
            "Ana es una mujer de 30 años. Su pasaporte, lo tiene ella, en su bolso.",
            "Ana es una mujer de 30 años. Su pasaporte, lo tiene el patrón.",
        ),
    ],
)
def test_a_fronted_passport_taken_up_by_her_pronoun(hers: str, his: str) -> None:
    assert extract(hers).values.get(DOCS) is True
    assert extract(his).values.get(DOCS) is not True
