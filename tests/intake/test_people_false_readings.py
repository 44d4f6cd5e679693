"""Who the survivor is: readings that must give nothing (or only an offer), by kind,
each kind in invented sentences of en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import reads

AGE = "person.age"

# ------------------------------------------------------------ ages: a span of years


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("Woman, early 50s, Chinese.", 52),
        ("A man in his late twenties.", 28),
        ("Woman in her early thirties.", 32),
        ("Outreach: young man, mid-20s, sleeping rough.", 25),
        ("She looks to be in her late forties.", 48),
    ],
)
def test_an_age_given_as_part_of_a_decade_is_only_offered(text, offered):
    got = extract(text)
    assert AGE not in got.values
    assert got.offered().get(AGE) == offered


@pytest.mark.parametrize(
    "text",
    [
        "Âge approximatif : la vingtaine",
        "Un monsieur, la quarantaine, du Sri Lanka.",
        "Femme dans la trentaine, origine inconnue.",
        "Une dame qui a la cinquantaine passée.",
        "Homme, la soixantaine, parle arabe.",
    ],
)
def test_la_vingtaine_is_a_span_of_ten_years_and_gives_no_age(text):
    assert reads(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Homme d'une quarantaine d'années.", 40),
        ("Une femme d'une trentaine d'années, seule.", 30),
    ],
)
def test_une_trentaine_is_about_thirty(text, age):
    assert reads(text, AGE) == age


# ------------------------------------------------------------ ages: someone else's, in her turn


@pytest.mark.parametrize(
    "text",
    [
        "Advocate: Anyone else there?\nCaller: My roommate's stuck in it too, she's only "
        "seventeen.\nAdvocate: Okay.\nCaller: Yes.",
        "Advocate: Who is with you?\nCaller: My cousin, he is 16.\nAdvocate: Okay.\nCaller: Yes.",
        "Operadora: ¿Alguien más?\nUsuaria: Mi compañera también está, ella tiene 17 años.\n"
        "Operadora: Bien.\nUsuaria: Sí.",
        "Écoutante : Quelqu'un d'autre ?\nAppelante : Ma colocataire aussi, elle a 17 ans.\n"
        "Écoutante : D'accord.\nAppelante : Oui.",
        "Técnica: Mais alguém?\nUtente: A minha colega também, ela tem 17 anos.\n"
        "Técnica: Certo.\nUtente: Sim.",
    ],
)
def test_in_her_own_turn_of_a_transcript_a_third_persons_age_is_not_hers(text):
    assert reads(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Advocate: How old are you?\nCaller: I'm 24, my sister is 17.\nAdvocate: Ok.\n"
            "Caller: Yes.",
            24,
        ),
        (
            "Worker: She is 30 and scared.\nClient: I want to go home.\nWorker: Okay.\n"
            "Client: Yes.",
            30,
        ),
        ("Técnica: Idade?\nUtente: Tenho 31 anos.\nTécnica: Certo.\nUtente: Sim.", 31),
    ],
)
def test_her_own_age_and_the_workers_words_about_her_still_count(text, age):
    assert reads(text, AGE) == age
