"""Her papers, her status worry and her right to work, read with their scope (stop 33,
legal33).

A to-do question ("ask her if", "preguntarle si") says nothing yet; a right to work still to
be obtained is not held, another person's is theirs, a pending permit or a tourist visa is
only offered; "no visa" is no missing identity document; a fear stays a fear when the reason
after it is negated; a relative named first after "a"/"à" owns the document taken; a remark
on people in general names nobody's document. Invented sentences in en/es/fr/pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import AUTH, DOCUMENTS, IMMIGRATION, clear, offered

# ------------------------------------------------------------------ a to-do question

ASKED_TO_DO = [
    ("Ask her if she has a work permit.", AUTH),
    ("Preguntarle si tiene permiso de trabajo.", AUTH),
    ("Lui demander si elle a un permis de travail.", AUTH),
    ("Perguntar-lhe se tem autorização de trabalho.", AUTH),
    ("Hay que preguntarle si tiene su pasaporte.", DOCUMENTS),
    ("Il faudra lui demander si elle a son passeport.", DOCUMENTS),
    ("É preciso perguntar-lhe se tem o passaporte.", DOCUMENTS),
]
STATED = [
    ("Tiene permiso de trabajo.", AUTH, "yes"),
    ("Il a un permis de travail.", AUTH, "yes"),
    ("Tem autorização de trabalho.", AUTH, "yes"),
    ("Tiene su pasaporte consigo.", DOCUMENTS, True),
]


@pytest.mark.parametrize(("text", "fact"), ASKED_TO_DO)
def test_a_question_still_to_ask_reads_nothing(text: str, fact: str) -> None:
    assert clear(text, fact) is None


@pytest.mark.parametrize(("text", "fact", "value"), STATED)
def test_the_same_stated_is_read(text: str, fact: str, value: object) -> None:
    assert clear(text, fact) == value


# ------------------------------------------------------------------ the right to work

NOT_HELD = [
    "She wants to obtain a valid work permit.",
    "Quiere obtener un permiso de trabajo vigente.",
    "Elle aimerait obtenir le droit de travailler.",
    "Gostaria de obter o direito de trabalhar.",
]
HELD = [
    "She has a valid work permit.",
    "Tiene un permiso de trabajo vigente.",
    "Elle a le droit de travailler.",
    "Tem direito a trabalhar.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_a_right_still_to_obtain_is_not_held(text: str) -> None:
    assert clear(text, AUTH) != "yes"


@pytest.mark.parametrize("text", HELD)
def test_a_right_held_is_yes(text: str) -> None:
    assert clear(text, AUTH) == "yes"


def test_another_persons_right_to_work_is_theirs() -> None:
    assert clear("Her husband is not allowed to work.", AUTH) is None
    assert clear("She is not allowed to work.", AUTH) == "no"


PENDING = [
    "Her work permit application is still pending.",
    "Su solicitud de permiso de trabajo está pendiente.",
    "Sa demande d'autorisation de travail est en cours.",
    "O pedido de autorização de trabalho ainda está pendente.",
]


@pytest.mark.parametrize("text", PENDING)
def test_a_pending_permit_only_offers_unsure(text: str) -> None:
    assert clear(text, AUTH) is None
    assert offered(text, AUTH) == "unsure"


TOURIST = [
    "She came in on a tourist visa.",
    "Entró con visado de turista.",
    "Elle est arrivée avec un visa touristique.",
    "Chegou com visto de turista.",
]


@pytest.mark.parametrize("text", TOURIST)
def test_a_tourist_visa_offers_no_right_to_work(text: str) -> None:
    assert clear(text, AUTH) is None
    assert offered(text, AUTH) == "no"


def test_a_tourist_visa_then_a_permit_is_the_permit() -> None:
    assert clear("She came on a tourist visa and now has a work permit.", AUTH) == "yes"
    assert offered("Her sister came on a tourist visa.", AUTH) is None


# ------------------------------------------------------------------ status and fear


def test_no_visa_is_no_missing_identity_document() -> None:
    assert clear("She has no visa.", DOCUMENTS) is None
    assert clear("She has no passport and no visa.", DOCUMENTS) is False


FEAR_BECAUSE_NONE = [
    "She is scared because she has no papers.",
    "Tiene miedo porque no tiene papeles.",
    "Está angustiada porque no tiene papeles.",
    "Tem medo porque não tem papéis.",
]
NO_FEAR = [
    "She is not afraid of deportation.",
    "No tiene miedo de la deportación.",
    "Elle n'a pas peur d'être expulsée.",
    "Não tem medo de ser deportada.",
]


@pytest.mark.parametrize("text", FEAR_BECAUSE_NONE)
def test_a_fear_with_a_negated_reason_is_a_fear(text: str) -> None:
    assert clear(text, IMMIGRATION) is True


@pytest.mark.parametrize("text", NO_FEAR)
def test_a_fear_denied_is_no_fear(text: str) -> None:
    assert clear(text, IMMIGRATION) is not True


FEARS_IN_MORE_WORDS = [
    "Le aterra que la detenga migración.",
    "Su mayor preocupación es su situación migratoria.",
    "Elle est terrifiée à l'idée d'être renvoyée dans son pays.",
    "Está aterrorizada com a ideia de ser mandada de volta.",
]
STATUS_OF_OTHERS = [
    "Her brother is afraid of being deported.",
    "Su hermano tiene miedo de que lo deporten.",
    "Son frère a peur d'être expulsé.",
    "O irmão tem medo de ser deportado.",
]


@pytest.mark.parametrize("text", FEARS_IN_MORE_WORDS)
def test_a_fear_of_removal_in_more_words(text: str) -> None:
    assert clear(text, IMMIGRATION) is True


@pytest.mark.parametrize("text", STATUS_OF_OTHERS)
def test_another_persons_fear_is_theirs(text: str) -> None:
    assert clear(text, IMMIGRATION) is None


def test_sem_papeis_alone_is_only_offered() -> None:
    assert clear("Sem papéis, vive cá há anos.", DOCUMENTS) is None
    assert clear("Sem papéis: o patrão ficou com o passaporte.", DOCUMENTS) is False


# ------------------------------------------------------------------ whose document


@pytest.mark.parametrize(
    "text",
    ["A su prima le quitó el pasaporte el mismo hombre.", "À sa sœur, on a pris le passeport."],
)
def test_a_relative_named_first_owns_the_document_taken(text: str) -> None:
    assert clear(text, DOCUMENTS) is None


@pytest.mark.parametrize(
    "text", ["Su marido le quitó el pasaporte.", "À son arrivée, on lui a pris son passeport."]
)
def test_taken_from_her_is_none(text: str) -> None:
    assert clear(text, DOCUMENTS) is False


GENERAL_REMARKS = [
    "The lawyer said that employers often keep workers' passports.",
    "La abogada comentó que muchos empleadores retienen pasaportes.",
    "L'avocate a dit que les employeurs gardent souvent les passeports.",
    "A advogada disse que os patrões costumam ficar com os passaportes.",
]


@pytest.mark.parametrize("text", GENERAL_REMARKS)
def test_a_general_remark_names_nobodys_document(text: str) -> None:
    assert clear(text, DOCUMENTS) is None


def test_often_kept_her_passport_is_hers() -> None:
    assert clear("The boss often kept her passport in his car.", DOCUMENTS) is False
