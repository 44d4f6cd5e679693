"""Stop 34 (people34b): a name answer that names someone else and puts hers off gives no
name of hers; an embassy the writer means to contact only offers its country; another
person's quote that runs past its line is theirs to the closing mark. Invented sentences
in the four languages, each with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import offered

NAME = "person.name"
ORIGIN = "person.country_of_origin"

# --- a name answer about someone else -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My cousin is called Teresa... I will tell you mine later.",
        "Mi tía se llama Teresa... yo todavía no sé, luego le digo.",
        "Ma tante s'appelle Teresa... moi je ne sais pas encore, je vous dirai.",
        "A minha tia se chama Teresa. Eu... depois eu digo o meu nome.",
    ],
)
def test_a_name_answer_about_someone_else_is_not_her_name(text: str) -> None:
    assert NAME not in interpret_answer(NAME, text).values
    assert settle_answer(NAME, text)[0].value is None  # the session asks again later


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("You can call me Teresa.", "Teresa"),
        ("Me llamo Teresa.", "Teresa"),
        ("Je m'appelle Teresa.", "Teresa"),
        ("Pode me chamar de Teresa.", "Teresa"),
    ],
)
def test_her_own_name_answer_is_still_read(text: str, name: str) -> None:
    assert settle_answer(NAME, text)[0].value == name


# --- an embassy the writer means to contact -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We will contact the embassy of Bulgaria to ask about a travel document for her.",
        "Nosotros llamaremos a la embajada de Bulgaria para pedir un salvoconducto.",
        "Nous contacterons l'ambassade de Bulgarie pour un laissez-passer.",
        "Vamos contatar a embaixada da Bulgária para pedir um documento de viagem.",
    ],
)
def test_an_embassy_the_writer_will_call_only_offers_her_origin(text: str) -> None:
    assert ORIGIN not in extract(text).values
    assert offered(text, ORIGIN) == "BG"


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy of Bulgaria refers Ms. D. to the shelter.",
        "La embajada de Bulgaria deriva a la Sra. D. al albergue.",
        "L'ambassade de Bulgarie oriente Mme D. vers le foyer.",
        "A embaixada da Bulgária encaminha a Sra. D. ao abrigo.",
    ],
)
def test_an_embassy_that_refers_her_still_gives_her_origin(text: str) -> None:
    assert extract(text).values.get(ORIGIN) == "BG"


# --- another person's quote past the end of its line -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Her neighbour told her: "I come from Mali and my\nname is Awa".',
        "Su vecina le dijo: «yo vengo de Malí y me\nllamo Awa».",
        "Sa voisine lui a dit : « je viens du Mali et je\nm'appelle Awa ».",
        "A vizinha dela disse: «eu venho do Mali e me\nchamo Awa».",
    ],
)
def test_a_quote_of_another_going_past_its_line_is_not_hers(text: str) -> None:
    values = extract(text).values
    assert NAME not in values and ORIGIN not in values


@pytest.mark.parametrize(
    "text",
    [
        'She told us: "My name is Awa".',
        "Ella nos dijo: «me llamo Awa».",
        "Elle nous a dit : « je m'appelle Awa ».",
        "Ela nos disse: «eu me chamo Awa».",
    ],
)
def test_her_own_quote_still_gives_her_name(text: str) -> None:
    assert extract(text).values.get(NAME) == "Awa"
