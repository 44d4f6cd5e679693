"""Round 6, ages in answers: an age she doubts ("He says I'm twenty-five, but I think I'm
younger. I'm not really sure.") is offered, never applied; a doubt about something else,
or an approximation the contract takes as an age ("about 30"), leaves it clear.
Invented answers in en/es/fr/pt; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer

AGE = "person.age"
QUESTION = {
    "en": "How old are you?",
    "es": "¿Cuántos años tienes?",
    "fr": "Quel âge avez-vous ?",
    "pt": "Quantos anos você tem?",
}


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", "He says I'm twenty-five, but I think I'm younger. I'm not really sure.", 25),
        ("en", "I'm 25. I'm not really sure.", 25),
        ("en", "Maybe 19, I don't have papers.", 19),
        ("es", "Tengo 30 años, creo.", 30),
        ("es", "Treinta. No estoy segura.", 30),
        ("es", "Mi mamá dice que 17, pero a lo mejor soy más joven.", 17),
        ("fr", "J'ai 30 ans, je crois.", 30),
        ("fr", "Trente ans, peut-être plus.", 30),
        ("fr", "Vingt-deux ans. Pas sûre.", 22),
        ("pt", "Tenho 30 anos, acho eu.", 30),
        ("pt", "Trinta, talvez.", 30),
        ("pt", "Dizem que tenho 16. Não tenho certeza.", 16),
    ],
)
def test_an_age_she_doubts_is_offered_not_applied(lang: str, text: str, age: int) -> None:
    got = interpret_answer(AGE, text, question=QUESTION[lang])
    assert AGE not in got.values
    assert got.offered().get(AGE) == age


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", "I'm 25.", 25),
        ("en", "Twenty-five. I don't know if I want to go to the police though.", 25),
        ("en", "About 30.", 30),
        ("es", "Tengo 30 años. No sé si quiero denunciar.", 30),
        ("es", "Tengo unos 30 años.", 30),
        ("es", "Tengo 30 años. Creo que el patrón sabe dónde estoy ahora mismo.", 30),
        ("fr", "J'ai 30 ans. Je ne sais pas si je veux porter plainte.", 30),
        ("fr", "Environ 30 ans.", 30),
        ("pt", "Tenho 30 anos. Não sei se quero fazer queixa.", 30),
        ("pt", "Tenho 30 anos.", 30),
        ("pt", "Tenho uns 30 anos.", 30),
    ],
)
def test_a_doubt_about_something_else_leaves_her_age_clear(lang: str, text: str, age: int) -> None:
    assert interpret_answer(AGE, text, question=QUESTION[lang]).values.get(AGE) == age
