"""Answers that state more than the asked fact (stop 31, answers31).

A bare yes to a question that asks a wish and a permit together is outweighed by the clause
that states the permit, or left open when the permit is only named; someone else's permit
then "not me" is her no; a fronted permit then "I don't know" is unsure; "papers" said to
the work question or beside a status worry are only offered as identity documents; a
course "if there is one" is still wanted; a permit value read only in a sentence that
doubts it is offered. Invented answers in en/es/fr/pt, with counterparts that must not
give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import AUTH, DOCUMENTS, POLICE, TRAINING, WORK

CHILDREN = "household.children_with_them"

SHELTER = "shelter.needs_shelter_tonight"
SAFE = "safety.in_immediate_danger"


def _read(fact: str, text: str) -> tuple[dict, dict]:
    got = interpret_answer(fact, text)
    return dict(got.values), dict(got.offered())


# ------------------------------- a bare yes to "work? permit?" and the permit's own clause


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes, I want any job. A work permit I don't have yet.", "no"),
        ("Sí, quiero trabajar en lo que sea. Papeles no tengo.", "no"),
        ("Oui, je veux travailler. Le permis de travail, je l'ai pas.", "no"),
        ("Sim, quero trabalhar. Autorização de trabalho não tenho.", "no"),
        ("yes i want to work. the permit no idea, never saw it", "unsure"),
        ("sí me gustaría trabajar. el permiso no sé, nunca lo vi", "unsure"),
        ("oui je veux travailler. le permis je sais pas", "unsure"),
        ("sim quero muito trabalhar. a autorização de residência não sei", "unsure"),
    ],
)
def test_the_permit_clause_outweighs_the_yes(text: str, value: str) -> None:
    values, _ = _read(AUTH, text)
    assert values.get(AUTH) == value
    assert values.get(WORK) is True


@pytest.mark.parametrize(
    "text",
    [
        "Yes please, I'd love a job. Papers, well, that's complicated.",
        "Sí, quiero trabajar. Los papeles, eso es otra cosa.",
        "Oui, je veux bien travailler. Les papiers, c'est compliqué.",
        "Sim, quero trabalhar. Os papéis, isso é complicado.",
    ],
)
def test_a_yes_beside_a_wish_leaves_a_named_permit_open(text: str) -> None:
    values, _ = _read(AUTH, text)
    assert AUTH not in values


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work. I have a work permit.",
        "Sí quiero trabajar. Permiso sí tengo, el NIE con permiso de trabajo.",
        "Oui je veux travailler. Des papiers oui j'en ai, un permis de travail.",
        "Sim, quero trabalhar. Tenho autorização de trabalho.",
        "Yes.",
        "Sí.",
    ],
)
def test_a_permit_she_has_stays_yes(text: str) -> None:
    values, _ = _read(AUTH, text)
    assert values.get(AUTH) == "yes"


# ------------------------------------------------- someone else's permit, then "not me"


@pytest.mark.parametrize(
    "text",
    [
        "Yes I want to work. My sister has a work permit, not me.",
        "Sí quiero trabajar. Mi prima tiene permiso de trabajo, yo no.",
        "Oui je veux travailler. Ma cousine a un permis de travail, moi non.",
        "Sim, quero trabalhar. A minha prima tem autorização de trabalho, eu não.",
    ],
)
def test_another_womans_permit_then_not_me(text: str) -> None:
    values, _ = _read(WORK, text)
    assert values.get(AUTH) in ("no", None)
    assert values.get(AUTH) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "I want to work. My sister has a work permit.",
        "Quiero trabajar. Mi prima tiene permiso de trabajo.",
        "Je veux travailler. Ma cousine a un permis de travail.",
        "Quero trabalhar. A minha prima tem autorização de trabalho.",
    ],
)
def test_another_womans_permit_alone_is_not_hers(text: str) -> None:
    values, offered = _read(WORK, text)
    assert AUTH not in values and AUTH not in offered


# ------------------------------------------- "papers" beside a rival sense: only offered


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (WORK, "Yes, but the boss still has all my papers."),
        (WORK, "Sí, pero el patrón se quedó con todos mis papeles."),
        (WORK, "Oui, mais le patron a gardé tous mes papiers."),
        (SAFE, "Here I feel safe. But I have no papers and I'm afraid they will deport me."),
        (SAFE, "Ici ça va. Mais je n'ai pas de papiers, j'ai peur qu'on me renvoie."),
        (SAFE, "Aqui estou bem. Mas não tenho documentos e tenho medo de ser deportada."),
        (POLICE, "Not yet. Maybe when my papers are in order."),
        (POLICE, "Ainda não, quando tiver os papéis em dia."),
    ],
)
def test_loose_papers_are_only_offered(fact: str, text: str) -> None:
    values, _ = _read(fact, text)
    assert DOCUMENTS not in values


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (WORK, "Yes, but my boss has my passport."),
        (WORK, "Sí, pero el patrón se quedó con mi pasaporte."),
        (WORK, "Oui, mais le patron a gardé ma carte d'identité."),
        (WORK, "Sim, mas o patrão ficou com o meu passaporte."),
        (SHELTER, "Sí, no tengo dónde dormir. Y el patrón se quedó con mis papeles."),
        (SHELTER, "Oui, ce soir je n'ai pas d'endroit. Mes papiers, c'est le patron qui les a."),
    ],
)
def test_plain_documents_stay_applied(fact: str, text: str) -> None:
    values, _ = _read(fact, text)
    assert values.get(DOCUMENTS) is False


# --------------------------------------------- a course "if there is one" is still wanted


@pytest.mark.parametrize(
    "text",
    [
        "Yes I want a job. If there is a sewing course, I would like that too.",
        "Sí quiero trabajar. Y si hay un curso de cocina, me encantaría.",
        "oui je veux travailler. S'il y a une formation en coiffure, ça me plairait aussi.",
        "Sim, quero trabalhar. Se houver um curso de informática, gostaria.",
    ],
)
def test_an_availability_condition_keeps_the_wish(text: str) -> None:
    values, _ = _read(WORK, text)
    assert values.get(TRAINING) is True


@pytest.mark.parametrize(
    "text",
    [
        "Yes I want a job. If I have time, a course, I would like that.",
        "Oui je veux travailler. Une formation, je ne sais pas, s'il y a, pourquoi pas.",
        "Sim, quero trabalhar. Se tiver tempo, um curso, gostava.",
    ],
)
def test_a_condition_on_her_wish_still_holds_it(text: str) -> None:
    values, _ = _read(WORK, text)
    assert TRAINING not in values


# ------------------------------------- a permit doubted in its own sentence: offered, unsure


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work. But my work permit finished in March, so I don't know if I can.",
        "Sí, quiero trabajar. Pero mi permiso de trabajo se venció, así que no sé si puedo.",
        "Sim, quero trabalhar. Mas a minha autorização expirou, por isso não sei se posso.",
    ],
)
def test_a_doubted_expiry_is_offered(text: str) -> None:
    values, offered = _read(WORK, text)
    assert AUTH not in values
    assert offered.get(AUTH) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "I want to work. I think I have no permit. Well, I don't know, the boss said he fixed it.",
        "Quiero trabajar. Pero permiso no tengo, creo. Bueno, no sé.",
        "Je veux travailler. Je crois que je n'ai pas de permis de travail. Enfin je sais pas.",
        "Quero trabalhar. Acho que não tenho autorização de trabalho. Sei lá.",
    ],
)
def test_a_hedged_permit_and_a_dont_know_is_unsure(text: str) -> None:
    values, _ = _read(WORK, text)
    assert values.get(AUTH) == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work. But my work permit finished in March.",
        "Quiero trabajar. Pero permiso no tengo, creo.",
    ],
)
def test_without_the_doubt_the_reading_stays(text: str) -> None:
    values, offered = _read(WORK, text)
    assert values.get(AUTH, offered.get(AUTH)) == "no"


# ---------------------------------------- "I have no children", then someone else's child


@pytest.mark.parametrize(
    "text",
    [
        "I don't have children. The girl who came with me has a baby.",
        "No tengo hijos. La chica que vino conmigo tiene un bebé.",
        "Je n'ai pas d'enfants. La fille venue avec moi a un bébé.",
        "Eu não tenho filhos. A moça que veio comigo é que tem um bebé.",
    ],
)
def test_no_children_of_hers_is_none(text: str) -> None:
    values, _ = _read(CHILDREN, text)
    assert values.get(CHILDREN) == 0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Yes, my son, he is 4.", 1),
        ("Sí, dos, conmigo.", 2),
        ("Oui, deux, ils sont avec moi.", 2),
        ("Sim, tenho um bebé comigo.", 1),
    ],
)
def test_children_with_her_are_counted(text: str, count: int) -> None:
    values, _ = _read(CHILDREN, text)
    assert values.get(CHILDREN) == count
