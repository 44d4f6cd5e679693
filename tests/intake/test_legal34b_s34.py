"""Stop 34 (legal34b): documents made anew, wishes carried over "and", a refused plan,
a short series after another person, and a chat question cut at its last turn."""

import pytest

from caseassist.intake.read import extract

DOCS = "legal.has_identity_documents"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"


def _values(text: str) -> dict[str, object]:
    return dict(extract(text).values)


@pytest.mark.parametrize(
    "text",
    [
        "The farm owner kept her passport; the embassy issued her an emergency passport today.",
        "El dueño de la finca le retuvo el pasaporte; el consulado le emitió hoy un pasaporte de emergencia.",
        "Le patron a gardé son passeport ; le consulat a émis hier un passeport d'urgence.",
        "O patrão reteve o passaporte; o consulado emitiu ontem um passaporte de emergência.",
    ],
)
def test_a_document_issued_anew_is_hers(text: str) -> None:
    assert _values(text).get(DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "The embassy has not issued her a passport yet.",
        "El consulado todavía no le emitió el pasaporte.",
        "Le consulat n'a pas encore émis son passeport.",
        "O consulado ainda não emitiu o passaporte dela.",
        "Documents : passeport conservé par le contremaître, non restitué à ce jour",
    ],
)
def test_no_document_issued_or_given_back_is_not_hers(text: str) -> None:
    assert _values(text).get(DOCS) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Tovar expressed the wish to go home with her son and to contact her family.",
        "La señora Tovar expresó el deseo de volver a su país con su hijo y de contactar a su familia.",
        "Mme Tovar a exprimé le souhait de rentrer au pays avec son fils et de contacter sa famille.",
        "A Sra. Tovar manifestou o desejo de regressar ao país com o filho e de contactar a família.",
    ],
)
def test_a_wish_noun_carries_over_and(text: str) -> None:
    got = _values(text)
    assert got.get(FAMILY) is True
    assert got.get(HOME) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Tovar does not want to go home or to contact her family.",
        "A Sra. Tovar não manifestou o desejo de regressar ao país nem de contactar a família.",
    ],
)
def test_a_negated_wish_carries_no_contact(text: str) -> None:
    assert _values(text).get(FAMILY) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Going home to Ghana, never.",
        "Volver a Honduras, ni hablar.",
        "Rentrer en Albanie, jamais.",
        "Voltar para Angola, nunca.",
    ],
)
def test_a_refused_plan_is_no_wish_to_go_home(text: str) -> None:
    assert _values(text).get(HOME) != "yes"


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Her colleague is 29, pregnant and wants to go back to Brazil.", False),
        ("Su colega tiene 29, está embarazada y quiere volver a Brasil.", False),
        ("Sa collègue a 29 ans, enceinte et veut rentrer au Brésil.", False),
        ("A colega dela tem 29 anos, está grávida e quer voltar ao Brasil.", False),
        ("She is 29, tired and wants to go back to Brazil.", True),
        ("Tiene 29 años, está cansada y quiere volver a Brasil.", True),
    ],
)
def test_a_short_series_after_another_person_is_theirs(text: str, hers: bool) -> None:
    assert (_values(text).get(HOME) == "yes") is hers


def test_a_chat_question_is_only_its_last_turn() -> None:
    text = (
        "[visitor] je travaille dans un salon, la patronne garde mes papiers\n"
        "[K.] Etes-vous en securite maintenant ?\n"
        "[visitor] oui je suis chez une amie ce weekend\n"
    )
    assert _values(text).get(DOCS) is not True
