"""Stop 41 (legal): her legal help and her worry about status, read as a careful reader
would. Invented sentences in en, es, fr and pt.

- a request told as a question ("asked whether someone could help him find a lawyer") is
  her request, applied; a question about what will happen to her stays no request;
- a question the staff will still ask ("we will ask her tomorrow whether she wants a
  lawyer") says nothing of her;
- a wish that her lawyer keep representing her, or pursue her claim, is legal help;
  another person's wish is not hers;
- a fear of losing her permit, visa or right to stay is a worry about her status;
  another person's fear is not hers.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

HELP = "legal.wants_legal_help"
STATUS = "legal.immigration_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Before leaving she asked if we could help her find out what her rights are.",
        "He asked whether somebody could help him talk to a lawyer about his wages.",
        "Preguntó si alguien podía ayudarla a conseguir una abogada.",
        "Elle nous a demandé si on pouvait l'aider à voir une avocate.",
        "Perguntou se alguém a podia ajudar a falar com um advogado.",
    ],
)
def test_a_request_told_as_a_question_is_her_request(text: str) -> None:
    assert extract(text).values.get(HELP) is True


def test_a_question_about_what_will_happen_to_her_is_no_request() -> None:
    got = extract("She asked whether they will send her to prison for the visa.")
    assert HELP not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "We will ask her tomorrow whether she wants a lawyer.",
        "Mañana le preguntaremos si quiere una abogada.",
        "Nous lui demanderons lundi si elle veut un avocat.",
        "Vamos perguntar-lhe amanhã se quer um advogado.",
    ],
)
def test_a_question_still_to_ask_says_nothing_of_her(text: str) -> None:
    got = extract(text)
    assert HELP not in got.values
    assert HELP not in got.offered()


@pytest.mark.parametrize(
    "text",
    [
        "She has asked us to keep representing her in the wage case.",
        "He wants to pursue a T-visa with our help.",
        "Quiere que sigamos llevando su caso desde el despacho.",
        "Il souhaite que je continue à le représenter devant le tribunal.",
        "Ela quer que continuemos a representá-la no processo.",
    ],
)
def test_her_lawyer_asked_to_go_on_is_legal_help(text: str) -> None:
    assert extract(text).values.get(HELP) is True


def test_another_persons_wish_for_her_lawyer_is_not_hers() -> None:
    got = extract("Her cousin wants us to keep representing him.")
    assert HELP not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police: she is afraid of losing her residence permit.",
        "Le preocupa perder el permiso de residencia si cambia de trabajo.",
        "Il ne veut pas la police, par peur de perdre son titre de séjour.",
        "Tem medo de perder o visto se sair da quinta.",
    ],
)
def test_a_fear_of_losing_her_status_is_a_worry_about_it(text: str) -> None:
    assert extract(text).values.get(STATUS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her sister is afraid of losing her residence permit.",
        "Su hermana teme perder el permiso de residencia.",
        "She lost her residence permit card on the bus last week.",
    ],
)
def test_someone_elses_fear_or_a_card_mislaid_is_no_worry_of_hers(text: str) -> None:
    assert STATUS not in extract(text).values
