"""One answer that settles its whole question group, eleventh round of issue 12: a
relative taken up by a pronoun across a sentence that is only her doubt ("Mi mamá quiere
que regrese; yo todavía no sé. Pero quiero hablar con ella": read/scope.py); "more" is no
"but" ("não quero trabalhar mais, nem fazer curso") and a joint refusal's negator stays in
its own clause, articles aside (read/answer_words.py, read/answer_joint.py); a doubt about
the papers named just before ("My permit was for the fishing only, I don't know if it is
still good"); going on studying as training, never someone else's studies
(read/answer_group.py); "no tomo medicinas" as no medication, "my" document held by "ella"
not hers (rules.toml); "this worries me" as a yes to the worry (read/answer_echoes.py). Invented answers
in en/es/fr/pt, one-liners, long replies and hesitant ones, with as many that must not
settle the second fact as ones that must; and a real session in which the second question
of a group is not asked."""

from __future__ import annotations

import pytest

from tests.intake.reading import (
    AUTH,
    DOCUMENTS,
    FAMILY,
    IMMIGRATION,
    RETURN,
    TRAINING,
    WORK,
    reads,
    run_session,
    settled,
)

MEDICATION = "medical.needs_medication"
URGENT = "medical.urgent_need"

# --------------------------------------------- a relative taken up past her doubt


@pytest.mark.parametrize(
    "text",
    [
        "Mi mamá quiere que regrese a Honduras; yo todavía no sé. Pero sí quiero hablar con ella hoy.",
        "A minha mãe quer que eu volte; eu ainda não sei, talvez depois. Mas quero falar com ela, sim.",
        "My mother wants me to go back. I am not sure yet. I do want to call her.",
        "Ma mère veut que je rentre ; je ne sais pas encore. Mais je veux l'appeler.",
        "Mi papá me pide que vuelva. No sé todavía. Quiero llamarlo esta semana.",
    ],
)
def test_a_relative_named_before_her_doubt_settles_family_contact(text):
    got = settled(RETURN, text)
    assert got[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "I don't know yet. But I do want to talk to her today.",  # no one named
        "Todavía no sé. Pero quiero hablar con ella.",
        "Mi mamá quiere que regrese; la abogada no sabe si puedo. Quiero hablar con ella.",
        "My mother wants me to go back; my lawyer is not sure. I want to talk to her.",
        "Ma mère veut que je rentre. Ma voisine ne sait pas encore. Je voudrais l'appeler.",
    ],
)
def test_a_pronoun_with_no_relative_or_another_person_between_is_not_settled(text):
    assert FAMILY not in settled(RETURN, text)


def test_in_a_note_a_pronoun_past_a_doubt_takes_up_the_relative_too():
    note = "Her mother lives in Lagos. She is not sure yet. She would like to call her."
    assert reads(note, FAMILY) is True


# --------------------------------------------- "more" is no "but"; refusals in their clause


@pytest.mark.parametrize(
    "text",
    [
        "Com a minha idade e depois de tudo isto, não quero trabalhar mais, nem fazer curso.",
        "No quiero trabajar más, ni hacer cursos.",
        "Je ne veux plus travailler, ni faire de formation.",
        "I don't want to work anymore, nor take a course.",
        "não quero trabalhar, nem fazer curso.",
    ],
)
def test_a_joint_refusal_with_more_or_a_verb_between_settles_both_no(text):
    got = settled(WORK, text)
    assert got[WORK] is False
    assert got[TRAINING] is False


@pytest.mark.parametrize(
    "text",
    [
        "No work, but a course yes",
        "Trabajo no, pero un curso me gustaría.",
        "Não quero trabalhar, mas um curso sim.",
        "Je n'ai ni travail ni formation.",  # what she lacks, not what she wants
        "No, I want to work, and a course too.",
    ],
)
def test_a_contrast_or_a_lack_is_no_joint_refusal(text):
    assert settled(WORK, text).get(TRAINING) is not False


# --------------------------------------------- a doubt about the papers named before


@pytest.mark.parametrize(
    "text",
    [
        "Yes I want work. My permit was for the fishing only, I dont know if it is still good.",
        "Quiero trabajar. Tengo un permiso, pero no sé si sigue vigente.",
        "Quero trabalhar, tenho o visto, não sei se ainda vale.",
        "I want a job. I have a visa, not sure if it lets me work here.",
    ],
)
def test_a_doubt_about_her_papers_named_before_is_unsure(text):
    assert settled(WORK, text)[AUTH] == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "I want to work, my visa is fine, I don't know if my brother has one.",
        "Sí, quiero trabajar. No sé si hay trabajo aquí.",
        "Quero trabalhar. Não sei se a minha irmã tem papéis.",
        "I want to work. I don't know if it is possible.",
    ],
)
def test_a_doubt_about_something_else_says_nothing_of_her_papers(text):
    assert AUTH not in settled(WORK, text)


# --------------------------------------------- going on studying is training


@pytest.mark.parametrize(
    "text",
    [
        "No quiero trabajar, quiero seguir estudiando y después estudiar enfermería.",
        "Je veux reprendre mes études.",
        "Quero voltar a estudar, se der.",
        "I'd like to go back to school first.",
    ],
)
def test_a_wish_to_go_on_studying_is_training(text):
    assert settled(WORK, text)[TRAINING] is True


@pytest.mark.parametrize(
    "text",
    [
        "I want to work so my kids can go back to school.",
        "Quiero trabajar. Mi hija quiere seguir estudiando.",
        "No sé si quiero volver a estudiar.",
        "No quiero seguir estudiando.",
    ],
)
def test_someone_elses_studies_a_doubt_or_a_refusal_is_no_training_yes(text):
    assert settled(WORK, text).get(TRAINING) is not True


# --------------------------------------------- "no tomo medicinas"


@pytest.mark.parametrize(
    "text",
    [
        "No, estoy bien, no tomo medicinas",
        "Estoy bien, no tomo medicamentos.",
        "No tomo pastillas",
    ],
)
def test_taking_no_medicines_in_her_words_is_no_medication(text):
    assert settled(URGENT, text)[MEDICATION] is False


@pytest.mark.parametrize(
    "text",
    [
        "Tomo pastillas para la presión y se me acabaron",
        "No tomo mis pastillas desde el lunes, se me acabaron",
        "Mi mamá toma insulina",
    ],
)
def test_a_medicine_she_takes_or_misses_is_no_no(text):
    assert settled(URGENT, text).get(MEDICATION) is not False


# --------------------------------------------- a worry said in the topic's own words


@pytest.mark.parametrize(
    "text",
    [
        "I came as a tourist and my time ran out in the summer, this worries me",
        "Ça m'inquiète beaucoup.",
        "Mi visa venció y eso me preocupa.",
        "O visto acabou, preocupa-me muito.",
    ],
)
def test_it_worries_me_is_an_immigration_worry(text):
    assert settled(IMMIGRATION, text)[IMMIGRATION] is True


@pytest.mark.parametrize(
    "text",
    [
        "Me preocupa mi hermana, no yo.",
        "It worried me before, not now.",
        "Ça ne m'inquiète pas.",
        "Does it worry me? I don't know.",
        "Não me preocupa.",
    ],
)
def test_someone_elses_a_past_or_a_denied_worry_is_no_yes(text):
    assert settled(IMMIGRATION, text).get(IMMIGRATION) is not True


# --------------------------------------------- "my" document held by "ella" is not hers


@pytest.mark.parametrize(
    "text",
    [
        "Mi pasaporte lo tiene ella, y mi partida de nacimiento la tiene mi mamá.",
        "Mis papeles los tiene ella.",
        "My passport, she has it.",
    ],
)
def test_my_document_held_by_her_is_not_settled_as_held(text):
    assert settled(DOCUMENTS, text).get(DOCUMENTS) is not True


@pytest.mark.parametrize(
    "note",
    [
        "El pasaporte lo tiene ella.",
        "Tiene el pasaporte consigo.",
        "She has her passport with her.",
    ],
)
def test_in_a_note_her_document_on_her_is_still_held(note):
    assert reads(note, DOCUMENTS) is True


# --------------------------------------------- a bare yes beside another wish of the group


@pytest.mark.parametrize(
    ("asked", "text", "other"),
    [
        (WORK, "Quero voltar a estudar, sim.", TRAINING),
        (WORK, "Sim, quero aprender a conduzir.", TRAINING),
        (RETURN, "Sí, quiero llamar a mi mamá.", FAMILY),
        (RETURN, "Yes, I want to call my mother.", FAMILY),
    ],
)
def test_a_yes_beside_another_wish_is_that_wishs_not_the_asked_ones(asked, text, other):
    got = settled(asked, text)
    assert got[other] is True
    assert asked not in got


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (WORK, "Yes, and a course too."),
        (WORK, "Oui, et aussi apprendre le français."),
        (RETURN, "Sí, quiero volver con mi mamá."),
        (RETURN, "Yes, and I want to call my mother too."),
        (WORK, "Sí, quiero trabajar y también aprender inglés."),
    ],
)
def test_a_yes_with_an_addition_or_its_own_words_stays_the_asked_ones(asked, text):
    assert settled(asked, text)[asked] in (True, "yes")


# --------------------------------------------- a real session


_run = run_session


@pytest.mark.parametrize(
    ("first", "text", "second", "fact", "value"),
    [
        (
            "q.reintegration.return_home",
            "Mi mamá quiere que regrese a Honduras; yo todavía no sé. Pero sí quiero hablar con ella hoy.",
            "q.reintegration.family",
            FAMILY,
            True,
        ),
        (
            "q.jobs.employment",
            "Com a minha idade, não quero trabalhar mais, nem fazer curso.",
            "q.jobs.training",
            TRAINING,
            False,
        ),
        (
            "q.jobs.employment",
            "Yes I want work. My permit was for the fishing only, I dont know if it is still good.",
            "q.jobs.authorization",
            AUTH,
            "unsure",
        ),
        (
            "q.medical.urgent",
            "No, estoy bien, no tomo medicinas",
            "q.medical.medication",
            MEDICATION,
            False,
        ),
    ],
)
def test_the_second_question_of_a_group_is_not_asked(first, text, second, fact, value):
    asked, s = _run({first: text})
    assert first in asked
    assert second not in asked
    assert s.facts[fact].value == value
