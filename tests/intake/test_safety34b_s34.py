"""Stop 34, second wave (safety34b): a plain yes or no then a condition answers a yes/no
question; knowing "here" is knowing her place; a "she" of another woman's sentence is hers
only offered; a police no with "yet" is undecided, offered; a request that her details not
be shared is a consent no; someone asking after a person is no open question. Invented
sentences in the four languages, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from caseassist.intake.facts import State
from caseassist.intake.read import extract

DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
CONSENT = "consent.share_with_providers"
ASKED = "Are you in danger right now?"

# --- a plain yes or no, then a condition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes. If the man from the farm sees me he will drag me back there", True),
        ("No. If anything changes I will tell the staff", False),
        ("Sí. Si me encuentra el capataz me vuelve a encerrar", True),
        ("Oui. S'il me retrouve, il me ramène à l'atelier", True),
        ("Sim. Se o encarregado me vir leva-me outra vez para a quinta", True),
    ],
)
def test_a_plain_answer_then_a_condition_is_the_answer(text: str, value: bool) -> None:
    first = settle_answer(DANGER, text, None, ASKED)[0]
    assert first.state is State.KNOWN and first.value is value


@pytest.mark.parametrize(
    "text", ["Yes, if the man from the farm finds me", "I think so. If he sees me he will hurt me"]
)
def test_a_condition_on_the_yes_itself_is_not_applied(text: str) -> None:
    assert settle_answer(DANGER, text, None, ASKED)[0].state is State.UNKNOWN


# --- knowing "here" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker knows nothing about here.",
        "El capataz sabe dónde vive su prima, pero no sabe de aquí.",
        "Le proxénète ne sait rien d'ici.",
        "O patrão sabe onde mora a prima, mas não sabe daqui.",
    ],
)
def test_not_knowing_about_here_is_a_no(text: str) -> None:
    assert extract(text).values.get(KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    ["Su prima conoce al capataz, pero no sabe de aquí.", "El capataz sabe que se fue de aquí."],
)
def test_here_of_another_or_left_is_no_no(text: str) -> None:
    assert extract(text).values.get(KNOWS) is None


# --- a "she" of another woman's sentence ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The interpreter, who lives nearby, fears for her safety: the trafficker knows where she lives.",
        "La intérprete teme por su propia seguridad: el explotador sabe dónde vive ella.",
        "L'interprète craint pour sa sécurité : l'exploiteur sait où elle vit.",
        "A intérprete teme pela sua segurança: o explorador sabe onde ela mora.",
    ],
)
def test_another_womans_place_is_only_offered(text: str) -> None:
    got = extract(text)
    assert KNOWS not in got.values and got.possible.get(KNOWS) == "yes"


def test_her_own_sentence_keeps_the_place() -> None:
    assert (
        extract("The client is scared: the trafficker knows where she lives.").values[KNOWS]
        == "yes"
    )


# --- a police no with "yet" ----------------------------------------------------------


# (stop 38: the "yet" alone is a no, as the stop 37 label ruling on time words reads it;
# with the decision said to be open beside it, it is still not a no)
@pytest.mark.parametrize(
    "text",
    [
        'Does not want the police "yet", she has not decided.',
        "No quiere denunciar todavía, está indecisa.",
        "Ainda não quer polícia, ainda não decidiu.",
    ],
)
def test_not_yet_is_no_no(text: str) -> None:
    assert POLICE not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police.",
        "No quiere policía, todavía tiene miedo.",
        "Não quer polícia, ainda tem medo.",
        "Elle ne veut pas porter plainte.",
    ],
)
def test_a_plain_police_no_stays(text: str) -> None:
    assert extract(text).values.get(POLICE) == "no"


# --- her request that her details not be shared --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She asked us explicitly that her details NOT be shared with other agencies.",
        "Pidió que no se compartan sus datos con otras entidades.",
        "Elle a demandé que ses informations ne soient pas transmises aux partenaires.",
        "Pediu que os dados dela não sejam partilhados com outras entidades.",
    ],
)
def test_a_request_not_to_share_is_a_no(text: str) -> None:
    assert extract(text).values.get(CONSENT) == "no"


def test_another_persons_request_is_not_hers() -> None:
    assert CONSENT not in extract("Her cousin asked that her details not be shared.").values


# --- someone asking after a person ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "O patrão sabe que ele está aqui - passou de carro a perguntar por ele.",
        "El patrón sabe que él está aquí, vino a preguntar por él.",
    ],
)
def test_asking_after_him_leaves_the_statement(text: str) -> None:
    assert extract(text).values.get(KNOWS) == "yes"


def test_a_question_still_to_ask_is_open() -> None:
    assert KNOWS not in extract("O patrão sabe que ele está aqui? A perguntar.").values
