"""Stop 26, children, pregnancy, documents and medical care: read by mechanism in invented
sentences in en/es/fr/pt, each with a distractor that must not fire.

- a chat line opening with a date and a time ("[19/05 20:43] Celia: ...") is a turn of its
  own: a question two lines later no longer makes the statements before it questions;
- a printed form's label, a leader of dots, its value ("Nationality ...... Ivorian") is a
  form line; a count whose first sentence is only a none ("Dependants present: none.
  States wife and 3 children live in Abidjan") is 0; a text value whose first clause is a
  none ("Injuries: none visible, denies complaints") records no injury;
- children labels that say they are present ("Children present: 1", "Filhos consigo: 2");
- a child brought along after a pause or a coming verb ("Chegou sozinha, com um bebê"),
  not the child of the noun before ("worked for a family with a baby");
- the children a reply names to a question about who is with her ("Is anyone with her? -
  Her two girls");
- coming alone says none are with her only in a note that names children; "no family
  here" beside children put elsewhere is none with her;
- a negator denies having children only with having words between ("no tiene hijos"),
  not another verb ("we can not keep the child overnight"); a count in an answer's part
  that puts them elsewhere is none with her ("Comigo não. Os meus dois ficaram em Bissau");
- a document taken with no subject of its own ("pegaram o passaporte dele"), held from her
  in her own words ("me tenían el pasaporte"), got back in her own words ("ya lo
  recuperé"); none "with him" is no document with him; an expired one says nothing;
- medical complaints denied ("denies medical complaints") is no urgent need.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import clear, reads

CHILDREN = "household.children_with_them"
PREGNANT = "household.pregnant"
DOCUMENTS = "legal.has_identity_documents"
URGENT = "medical.urgent_need"
INJURIES = "medical.injuries"

# ------------------------------------------------------------------ chat turns with a date


def test_a_chat_turn_with_a_date_is_its_own_sentence() -> None:
    note = (
        "[19/05 20:43] Irma Celia (Igreja): ela ta gravida de 3 meses\n"
        "[19/05 20:45] Irma Celia (Igreja): voces podem receber ela hoje??"
    )
    assert clear(note, PREGNANT) is True
    note = (
        "[19/05/2026, 8:43 pm] Ana: she is pregnant\n[19/05/2026, 8:45 pm] Ana: can you take her??"
    )
    assert clear(note, PREGNANT) is True


# ------------------------------------------------------------------ printed forms


def test_a_dotted_leader_is_a_form_line() -> None:
    note = (
        "Referred person ...... adult male, states age 42\n"
        "Dependants present ... none. States wife and 3 children live in Abidjan.\n"
        "Injuries ............. none visible, denies medical complaints\n"
    )
    got = reads(note, CHILDREN)
    assert got == 0
    assert clear(note, INJURIES) is None
    assert clear(note, URGENT) is False


def test_an_ellipsis_in_a_sentence_is_no_form_line() -> None:
    assert clear("She said... nothing more about her children.", CHILDREN) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Children present: 1 (infant son, 8 mo)", 1),
        ("Hijos presentes: ninguno", 0),
        ("Enfants sur place : 2", 2),
        ("Filhos consigo: 2 (6 e 9 anos)", 2),
        ("Dependents present: none", 0),
    ],
)
def test_children_labels_that_say_present(text: str, want: int) -> None:
    assert clear(text, CHILDREN) == want


@pytest.mark.parametrize(
    "text",
    ["Injuries: none visible, denies complaints", "Lesiones: ninguna visible, refiere dolor"],
)
def test_a_none_first_clause_records_no_injury(text: str) -> None:
    assert clear(text, INJURIES) is None


# ------------------------------------------------------------------ children


@pytest.mark.parametrize(
    "text",
    [
        "She came in with a baby.",
        "Llegó sola, con una niña de 3 años.",
        "Elle est arrivée hier avec un bébé.",
        "Chegou sozinha, com um bebê de 8 meses no colo.",
    ],
)
def test_a_child_brought_along(text: str) -> None:
    assert clear(text, CHILDREN) == 1


@pytest.mark.parametrize(
    "text",
    [
        "She worked for a family with a baby.",
        "Trabajaba con una familia con un niño pequeño.",
        "Elle travaillait chez une famille avec un enfant.",
        "Trabalhava numa casa com uma criança de 2 anos.",
    ],
)
def test_the_child_of_the_noun_before_is_not_hers(text: str) -> None:
    assert clear(text, CHILDREN) is None


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("OP: Is anyone with her?\nCALLER: Her two girls, 4 and 7. They are on my sofa.", 2),
        ("Operadora: ¿Viene sola?\nUsuaria: Con mi hija, tiene 8 años.", 1),
        ("Opératrice : Quelqu'un est avec elle ?\nAppelant : Son fils de 5 ans.", 1),
        ("Plantão: Ela está sozinha?\nPM: Não, com a filha dela, de 3 anos.", 1),
        ("OP: Is anyone with her?\nCALLER: Her sister. They are here.", None),
    ],
)
def test_a_reply_to_who_is_with_her(note: str, want: int | None) -> None:
    assert clear(note, CHILDREN) == want


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("Une femme est venue seule ce matin. Elle a faim.", None),
        ("Homem, 27 anos, chegou sozinho. Fala nepali.", None),
        ("She came alone. Her two kids are in Honduras with her mother.", 0),
        ("Veio sozinho. Tem dois filhos em Angola.", 0),
        ("She is alone, nobody with her.", 0),
        ("No tiene familia aquí, su esposa y sus hijos están allá en Bolivia.", 0),
        ("Elle n'a pas de famille ici, ses enfants sont au Mali.", 0),
        ("She has no family here.", None),
    ],
)
def test_alone_speaks_of_children_only_in_a_note_that_names_them(
    note: str, want: int | None
) -> None:
    assert clear(note, CHILDREN) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("She does not have children.", 0),
        ("No tiene hijos.", 0),
        ("Elle n'a pas d'enfants.", 0),
        ("Não tem filhos.", 0),
        ("Our site is adults-only, we can not keep the child overnight.", None),
        ("Household: daughter, 10, with him.", 1),
        ("He came with his adult son, the son is still with the group.", None),
    ],
)
def test_having_denied_and_a_bare_child_with_an_age(text: str, want: int | None) -> None:
    assert clear(text, CHILDREN) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Comigo não. Os meus dois ficaram em Bissau, com a avó.", None),
        ("Not with me, no. My two boys are in Lagos.", None),
        ("Eu não tenho filhos.", 0),
        ("Dois.", 2),
        ("Sí, dos.", 2),
    ],
)
def test_an_answer_counts_only_the_children_with_her(text: str, want: int | None) -> None:
    got = interpret_answer(CHILDREN, text, question="Tem filhos consigo?")
    assert got.values.get(CHILDREN) == want


# ------------------------------------------------------------------ documents


@pytest.mark.parametrize(
    "text",
    [
        "A patroa pegou o passaporte dela.",
        "Diz que não pagavam e pegaram o passaporte dele.",
        "El jefe se llevó su pasaporte.",
        "Me tenían el pasaporte.",
        "Ils me gardaient mon passeport.",
        "He has no passport or other ID with him.",
        "He has no ID with him.",
    ],
)
def test_documents_held_from_her(text: str) -> None:
    assert clear(text, DOCUMENTS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Nunca me pagaban y me tenían el pasaporte. Ya lo recuperé.",
        "Ficaram com o meu passaporte, mas já o recuperei.",
        "Ils avaient pris mon passeport, je l'ai récupéré.",
        "They kept my passport. I got it back.",
    ],
)
def test_a_document_got_back_in_her_own_words(text: str) -> None:
    assert clear(text, DOCUMENTS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Ela pegou o passaporte dela e fugiu.",
        "She has a passport but it expired some years ago.",
        "Tiene pasaporte, pero está vencido.",
        "Elle a son passeport, mais il est périmé.",
        "Tem passaporte, mas está caducado.",
    ],
)
def test_her_own_taking_or_an_expired_document_says_no_none(text: str) -> None:
    assert clear(text, DOCUMENTS) is None


# ------------------------------------------------------------------ urgent care


@pytest.mark.parametrize(
    "text",
    [
        "He denies medical complaints.",
        "Niega molestias médicas.",
        "Nie tout problème de santé.",
        "Sem queixas médicas.",
    ],
)
def test_medical_complaints_denied(text: str) -> None:
    assert clear(text, URGENT) is False


def test_a_symptom_denied_alone_says_nothing() -> None:
    assert clear("Sin fiebre.", URGENT) is None


# ------------------------------------------------------------------ medication


@pytest.mark.parametrize(
    "text",
    [
        "Rx: cephalexin x 7 days - pt needs to keep taking it until finished.",
        "Tiene que tomar el antibiótico hasta terminarlo.",
    ],
)
def test_a_course_kept_to_its_end_is_still_needed(text: str) -> None:
    assert clear(text, "medical.needs_medication") is True


def test_a_course_finished_is_no_need() -> None:
    assert clear("She finished her antibiotics.", "medical.needs_medication") is False
