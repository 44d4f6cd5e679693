"""Stop 35 (lang35): an interpreter booked as a precaution, had in a time gone by or present
at one meeting says no need now; a blank "Interpreter?:" label asks nothing; a request for
how she is spoken to in more words is her preference; "at her request" gives her no one
else's language; what staff could not do without an interpreter is her need; an answer led
by "before, yes" answers nothing of now. Invented sentences in the four languages, each
with a counterpart that must still give the value (or must not)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import INTERP, OTHERS, PREF, offered

# --- a precaution or a time gone by ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Will call a Dari interpreter for Monday just in case.",
        "El lunes probamos con intérprete de dari por si acaso.",
        "Lundi on réessaie avec un interprète dari au cas où.",
        "Na segunda tentamos com intérprete de dari por precaução.",
    ],
)
def test_an_interpreter_as_a_precaution_is_no_need(text: str) -> None:
    values = extract(text).values
    assert INTERP not in values and PREF not in values


@pytest.mark.parametrize(
    "text",
    [
        "Last year, at her asylum interview, she had a Dari interpreter.",
        "El año pasado, en la entrevista de asilo, tuvo intérprete de dari.",
        "L'an dernier, à l'entretien d'asile, il y avait un interprète dari.",
        "Em 2021, quando chegou a Lisboa, teve intérprete de dari.",
    ],
)
def test_an_interpreter_in_a_time_gone_by_only_offers_her_language(text: str) -> None:
    got = extract(text)
    assert PREF not in got.values and INTERP not in got.values
    assert offered(text, PREF) == "prs"


@pytest.mark.parametrize(
    "text",
    [
        "She needs a Dari interpreter.",
        "Necesita intérprete de dari.",
        "Elle a besoin d'un interprète dari.",
        "Precisa de intérprete de dari.",
    ],
)
def test_an_interpreter_needed_now_is_still_read(text: str) -> None:
    values = extract(text).values
    assert values.get(INTERP) is True and values.get(PREF) == "prs"


def test_a_blank_interpreter_label_asks_nothing_of_the_notes_after_it() -> None:
    text = (
        "Language: \nInterpreter?: \nNotes: call dropped. Will book a Dari interpreter for the\n"
        "morning just in case."
    )
    values = extract(text).values
    assert PREF not in values and INTERP not in values


def test_an_interpreter_label_with_a_value_is_read() -> None:
    values = extract("Interpreter?: yes, Dari\nNotes: she was tired.").values
    assert values.get(INTERP) is True and values.get(PREF) == "prs"


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter present at the hearing: Ms. Rahimi, Dari/English.",
        "Intérprete presente en la vista: Sra. Rahimi, dari/inglés.",
        "Interprète présente lors de l'audience : Mme Rahimi (dari/anglais).",
        "Intérprete presente na audiência: Sra. Rahimi, dari/inglês.",
    ],
)
def test_an_interpreter_present_at_a_meeting_is_only_offered(text: str) -> None:
    assert INTERP not in extract(text).values


# --- what staff could not do without one -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We could not do the intake without an interpreter.",
        "No hemos podido hacer la acogida sin intérprete.",
        "Impossible de faire l'accueil sans interprète.",
        "Não conseguimos fazer o acolhimento sem intérprete.",
    ],
)
def test_what_could_not_be_done_without_an_interpreter_is_a_need(text: str) -> None:
    assert extract(text).values.get(INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "We did the intake without an interpreter.",
        "Hicimos la acogida sin intérprete.",
        "On a fait l'accueil sans interprète.",
        "Fizemos o acolhimento sem intérprete.",
    ],
)
def test_a_meeting_held_without_an_interpreter_is_no_need(text: str) -> None:
    assert extract(text).values.get(INTERP) is not True


# --- a request for how she is spoken to -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She wants everything done in Farsi, though she also speaks Dari.",
        "Habla dari, pero nos pide seguir en farsi.",
        "Elle parle dari, mais elle nous a demandé de garder le farsi.",
        "Fala dari, mas pede para continuar em farsi.",
    ],
)
def test_a_request_for_how_she_is_spoken_to_is_her_preference(text: str) -> None:
    assert extract(text).values.get(PREF) == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "Her brother, called at her request, speaks Farsi.",
        "Su hermano, llamado a petición suya, habla farsi.",
        "Son frère, appelé à sa demande, parle farsi.",
        "O irmão, chamado a pedido dela, fala farsi.",
    ],
)
def test_at_her_request_gives_her_no_one_elses_language(text: str) -> None:
    assert PREF not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "We talked in Farsi, as she prefers.",
        "Hablamos en farsi, como ella prefiere.",
        "On a parlé en farsi, à sa demande.",
        "Falamos em farsi, como ela prefere.",
    ],
)
def test_her_preference_said_after_the_language_is_still_read(text: str) -> None:
    assert extract(text).values.get(PREF) == "fa"


# --- answers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Before, yes, when I arrived I always needed one.",
        "Antes sí, cuando llegué necesitaba siempre.",
        "Avant oui, quand je suis arrivée il m'en fallait un.",
        "Antes sim, quando cheguei precisava sempre.",
    ],
)
def test_a_yes_of_a_time_gone_by_answers_nothing(text: str) -> None:
    assert interpret_answer(INTERP, text).values.get(INTERP) is not True


@pytest.mark.parametrize("text", ["Yes, always.", "Sí, siempre.", "Oui, toujours.", "Sim, sempre."])
def test_a_plain_yes_is_still_a_need(text: str) -> None:
    assert interpret_answer(INTERP, text).values.get(INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Farsi, that is my language. A little English too.",
        "El farsi, es mi idioma. Un poco de inglés también.",
        "Le farsi, c'est ma langue. Un peu d'anglais aussi.",
        "O farsi, é a minha língua. Um pouco de inglês também.",
    ],
)
def test_her_own_language_set_off_is_not_listed_as_another(text: str) -> None:
    got = interpret_answer(OTHERS, text)
    assert got.values.get(OTHERS) != ["fa"]
    assert "fa" not in (got.values.get(OTHERS) or [])
