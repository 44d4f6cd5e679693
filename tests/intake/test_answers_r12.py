"""Answers that answer the next question before it is put, twelfth round of issue 12: a
thing named, then taken up by a word of acceptance ("Uma formação também pode ser", "A
course too, why not?", "Un psychologue, je veux bien": read/answer_accepts.py); a going-back
verb with no place, in an answer to the going-home question ("não quero voltar"); her own
words that they will remove her as an immigration worry ("They will send me back to my
country", rules.toml `removal_of_me`), but not the writer's worry (`writer_concerns`) nor
her papers held by the boss; her papers letting her work ("Mi visa no me permite
trabajar", `letting_papers` x `lets_me_work`); a wish said in the first person as counselling
("queria conversar com uma psicóloga", `counsel_cues`) or carried over "and" ("Je veux
rester ici et travailler", `wish_words`); a hedge in a later sentence about another wish of
the group is not the asked wish's ("But I want to call my mum. She doesn't know if I'm
alive", read/answer_group.py `own_topic`). Invented answers in en/es/fr/pt, with as many
that must not settle the fact as ones that must."""

from __future__ import annotations

import pytest

from tests.intake.reading import (
    AUTH,
    FAMILY,
    IMMIGRATION,
    POLICE,
    RETURN,
    TRAINING,
    WORK,
    reads,
    settled,
)

COUNSELING = "medical.wants_counseling"
MEDICATION = "medical.needs_medication"
DOCUMENTS = "legal.has_identity_documents"

# --------------------------------------------- a thing named, then accepted


@pytest.mark.parametrize(
    "text",
    [
        "Sim, quero trabalhar. Uma formação também pode ser.",
        "Yes, any job. A course too, why not?",
        "Oui, du travail. Une formation aussi, pourquoi pas.",
        "Sí, trabajar. Un curso también, ¿por qué no?",
        "Yes I want to work. A training course, I would like that.",
    ],
)
def test_a_course_named_then_accepted_in_a_work_answer_is_training(text):
    got = settled(WORK, text)
    assert got[WORK] is True
    assert got[TRAINING] is True


@pytest.mark.parametrize(
    "text",
    [
        "Un psychologue, je veux bien.",
        "Sim. E queria conversar com uma psicóloga.",
        "Sí. Y quisiera hablar con una psicóloga.",
        "Yes. And a counsellor, yes please.",
    ],
)
def test_counselling_named_then_accepted_in_a_medication_answer(text):
    assert settled(MEDICATION, text).get(COUNSELING) is True


@pytest.mark.parametrize(
    "text",
    [
        "Sim, quero trabalhar. Curso não, obrigada.",  # refused
        "Yes, any job. A course, is it paid?",  # a question back
        "Sí, trabajar. Mi hija quiere un curso, me gustaría para ella.",  # hers, not mine
        "Yes. A course, if there is one near, why not.",  # a condition
        "Oui, du travail. Une formation, je ne sais pas si j'aurai le temps.",
    ],
)
def test_a_course_refused_asked_about_or_someone_elses_is_no_training_yes(text):
    assert settled(WORK, text).get(TRAINING) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Oui. Je veux juste parler à quelqu'un.",  # anyone, not a counsellor (offered)
        "Sí. Psicólogo no, gracias.",
    ],
)
def test_talking_to_anyone_or_counselling_refused_is_no_counselling_yes(text):
    assert settled(MEDICATION, text).get(COUNSELING) is not True


@pytest.mark.parametrize(
    ("asked", "text", "training"),
    [
        (WORK, "No, ahora no puedo trabajar, ni cursos ni nada.", False),
        (WORK, "Não, agora não, nem cursos nem nada.", False),
        (WORK, "Non, pas de travail pour l'instant, ni formation ni rien.", False),
        (WORK, "No, no work for now, and no courses or anything.", False),
    ],
)
def test_nor_courses_nor_anything_refuses_training(asked, text, training):
    assert settled(asked, text).get(TRAINING) is training


# --------------------------------------------- a going-back verb with no place


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Para Cabo Verde não, não quero voltar.", "no"),
        ("A Honduras no, no quiero volver nunca.", "no"),
        ("To Benin, no. I don't want to go back there, ever.", "no"),
        ("Au Mali, non, je ne veux pas repartir.", "no"),
        ("Sí, quiero volver, algún día.", "yes"),
        ("Quero voltar, sim.", "yes"),
    ],
)
def test_a_going_back_verb_alone_answers_the_going_home_question(text, value):
    assert settled(RETURN, text)[RETURN] == value


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (RETURN, "Quiero volver a trabajar, eso sí."),  # back to work, not home
        (RETURN, "I don't want to go back to him."),  # to a person
        (FAMILY, "No. I don't want to go back there either."),  # not the question's place
        (RETURN, "Mi prima quiere volver."),  # someone else
    ],
)
def test_a_going_back_verb_with_its_own_object_or_elsewhere_is_not_going_home(asked, text):
    assert settled(asked, text).get(RETURN) not in ("yes", "no")


def test_a_later_doubt_about_her_mother_is_not_a_doubt_about_going_home():
    text = (
        "No. I can't go back to Benin, the people who sent me are there. But I want to call "
        "my mum. She doesn't know if I'm alive."
    )
    got = settled(RETURN, text)
    assert got[RETURN] == "no"
    assert got[FAMILY] is True


# --------------------------------------------- her own words that they will remove her


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (POLICE, "No, no police. They will send me back to my country."),
        (POLICE, "No, la policía no. Me van a deportar."),
        (POLICE, "Non, pas la police, ils vont m'expulser."),
        (POLICE, "Não, polícia não. Se eu for, vão me deportar."),
        (DOCUMENTS, "No, the boss has my passport. I am afraid they will deport me."),
    ],
)
def test_her_words_that_they_will_remove_her_are_an_immigration_worry(asked, text):
    assert settled(asked, text)[IMMIGRATION] is True


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (POLICE, "No, no police. They will send me back to the boss."),
        (POLICE, "No. They won't deport me, the lawyer said, but I don't want the police."),
        (DOCUMENTS, "No, the boss has my passport."),  # a document problem alone
        (POLICE, "No, the police deported my cousin last year."),  # someone else
    ],
)
def test_removal_elsewhere_denied_or_of_another_is_no_immigration_worry(asked, text):
    assert settled(asked, text).get(IMMIGRATION) is not True


# --------------------------------------------- a wish carried over "and" in her words


@pytest.mark.parametrize(
    "text",
    [
        "Non. Je veux rester ici et travailler, un vrai travail.",
        "No. Quiero quedarme aquí y trabajar.",
        "No. I want to stay here and work.",
    ],
)
def test_her_wish_carried_over_and_states_work(text):
    assert settled(RETURN, text)[WORK] is True


# --------------------------------------------- her papers letting her work, in her words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("My visa does not let me work.", "no"),
        ("Mi visa no me permite trabajar.", "no"),
        ("Mon titre de séjour ne me permet pas de travailler.", "no"),
        ("O meu visto não me deixa trabalhar.", "no"),
        ("Mon récépissé me permet de travailler.", "yes"),
        ("Je peux travailler légalement.", "yes"),
    ],
)
def test_her_papers_letting_her_work_are_the_work_authorization(text, value):
    assert settled(WORK, text)[AUTH] == value


@pytest.mark.parametrize(
    "text",
    [
        "My back does not let me work right now.",  # her body, not a permit
        "Mi esposo no me deja trabajar.",  # a person
        "O patrão não me deixa trabalhar noutro sítio.",
    ],
)
def test_a_person_or_her_body_letting_her_work_is_no_permit(text):
    assert AUTH not in settled(WORK, text)


# --------------------------------------------- whose worry, whose papers


@pytest.mark.parametrize(
    "text",
    [
        "We are concerned about her immigration status.",
        "Nos preocupa su situación migratoria.",
        "Nous sommes inquiets pour son statut.",
        "Estamos preocupados com a situação migratória dela.",
        "She is scared, the boss has her papers.",
    ],
)
def test_the_writers_worry_or_papers_held_are_no_immigration_worry_of_hers(text):
    assert reads(text, IMMIGRATION) is None


@pytest.mark.parametrize(
    "text",
    [
        "She is terrified of being deported.",
        "Tiene miedo de que la deporten.",
        "Elle a peur d'être expulsée.",
        "Tem medo de ser deportada.",
    ],
)
def test_her_own_fear_of_removal_stays_an_immigration_worry(text):
    assert reads(text, IMMIGRATION) is True


@pytest.mark.parametrize(
    "text",
    [
        "I am scared, the boss has my papers.",
        "Tengo miedo, el patrón tiene mis papeles.",
        "J'ai peur, le patron a mes papiers.",
    ],
)
def test_her_papers_held_by_the_boss_in_her_answer_is_no_immigration_worry(text):
    assert settled(DOCUMENTS, text).get(IMMIGRATION) is not True
