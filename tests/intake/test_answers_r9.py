"""One answer that settles several facts of its question group, ninth round of issue 12
(read/answer_group.py, read/answer_knowers.py): who knows where she is in any place
clause, "I'm fine" as no danger now, papers in an answer about work, "learn X" as
training, going back to family as family contact, help with a document as legal help.
Invented answers in en/es/fr/pt, as one-liners, long replies and hesitant ones, with as
many that must not settle the second fact as ones that must; and a real session in which
a multi-fact answer keeps the second question from being asked."""

from __future__ import annotations

import pytest

from caseassist.intake.read.answers import interpret_answer
from tests.intake.reading import (
    AUTH,
    DANGER,
    DOCUMENTS,
    FAMILY,
    KNOWS,
    LAWYER,
    RETURN,
    TRAINING,
    WORK,
    run_session,
    settled,
)

# --------------------------------------------- who knows where she is, any place clause


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        (DANGER, "No. The boss does not know where I am staying now.", "no"),
        (DANGER, "no, they dont know where the shelter is", "no"),
        (DANGER, "Nope. My employer has no clue, he doesn't know where the hostel is.", "no"),
        (DANGER, "No, el patrón no sabe dónde queda el albergue", "no"),
        (KNOWS, "Ellos no saben dónde estoy, gracias a Dios", "no"),
        (DANGER, "Non, la patronne ne sait pas où est le foyer.", "no"),
        (DANGER, "Non, je ne crois pas. Ils ne savent pas où habite ma cousine.", "no"),
        (DANGER, "Não, o patrão não sabe onde fica a casa", "no"),
        (DANGER, "Não. Eles não sabem que eu vim pra cá.", "no"),
        (DANGER, "Yes, my boss knows where I live now, he came to the door", "yes"),
        (DANGER, "Oui, le patron sait où je dors", "yes"),
        (DANGER, "Sim, o encarregado sabe onde estou", "yes"),
    ],
)
def test_a_knower_and_a_know_where_frame_settle_who_knows(asked, text, value):
    assert settled(asked, text)[KNOWS] == value


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (DANGER, "Right now I'm ok, but I don't know if the manager knows where we are"),
        (DANGER, "Ahorita estoy bien, pero no sé si la encargada sabe dónde ando"),
        (DANGER, "Je ne sais pas si le patron sait où je suis"),
        (DANGER, "Não sei se eles sabem onde estou"),
        (KNOWS, "No sé si la patrona sabe dónde vivo ahora"),
        (KNOWS, "Je ne sais pas s'ils savent où je suis"),
    ],
)
def test_dont_know_if_they_know_where_is_unsure(asked, text):
    assert settled(asked, text)[KNOWS] == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "No, my sister knows where I am, she is with me",  # her family
        "No. They know where my family lives back home.",  # not her place
        "Não, mas eles sabem onde a família dela mora",  # a colleague's family
        "No, el patrón sabía dónde vivía antes, pero ya me mudé",  # a place she left
        "No, la policía sabe dónde estoy",  # a helper
        "No, nobody knows where my passport is",  # a thing
        "Non, mes amis savent où je suis, c'est tout",  # her friends
        "Não, a minha irmã sabe onde eu moro",  # her sister
        "No, does the boss know where I am?",  # a question back
        "Non. Ils savent où habite ma copine, mais je n'y vais plus.",  # a yes of a place
    ],
)
def test_no_knower_from_that_life_or_not_her_place_settles_nothing(text):
    assert KNOWS not in settled(DANGER, text)


# --------------------------------------------- "I'm fine" to the danger question


@pytest.mark.parametrize(
    "text",
    [
        "Right now I'm ok",
        "Ahorita estoy bien, gracias",
        "Je vais bien, merci",
        "Aqui estou bem, obrigada",
        "Ahorita estoy bien, pero no sé si el encargado sabe dónde ando",
    ],
)
def test_im_fine_leading_an_answer_is_no_danger_now(text):
    assert settled(DANGER, text)[DANGER] is False


@pytest.mark.parametrize(
    "text",
    [
        "I am not fine at all",  # negated
        "Estou bem, mas tenho medo dele",  # a fear said with it
        "Estoy bien aquí, pero me siguen buscando",  # still looked for
        "Je vais bien, mais j'ai peur qu'il revienne",  # a fear
        "Creo que estoy bien",  # a hedge
    ],
)
def test_im_fine_with_a_fear_a_negation_or_a_hedge_is_not_read(text):
    assert DANGER not in settled(DANGER, text)


# --------------------------------------------- papers in an answer about work


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes I need work, but I do not know if my papers allow me to work here", "unsure"),
        ("Oui, je veux travailler, mais je n'ai pas de papiers pour ça.", "no"),
        ("Oui, je veux travailler, mais mon titre de séjour a expiré", "no"),
        ("Quiero trabajar pero no tengo papeles", "no"),
        ("Sí, pero mi visa está vencida", "no"),
        ("Quero trabalhar mas não tenho autorização de residência", "no"),
        ("Sim, quero trabalhar. Tenho a carteira de trabalho.", "yes"),
        ("Sí, quiero trabajar, tengo permiso de trabajo", "yes"),
        ("Quero muito trabalhar, mas não sei se o meu visto deixa", "unsure"),
    ],
)
def test_papers_said_in_an_answer_about_work_are_the_work_authorization(text, value):
    got = settled(WORK, text)
    assert got[WORK] is True
    assert got[AUTH] == value


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I want to work. My husband has no papers though.",  # someone else's
        "Sí quiero trabajar, mi hermana no tiene permiso",
        "Oui je veux travailler. Avant j'avais un titre de séjour.",  # past
        "Yes I want to work. Do I need a work permit?",  # a question back
        "Quero trabalhar, o patrão ficou com o meu passaporte",  # identity, not work
        "Sí, quiero trabajar, mañana le traigo mis papeles",  # says nothing of a permit
        "Yes I want to work, I have no problem with my papers",  # no lack of papers
        "Yes, I want to work, but I don't know where my papers are",  # lost, not unauthorised
    ],
)
def test_papers_of_someone_else_in_the_past_or_asked_about_are_not_read(text):
    assert AUTH not in settled(WORK, text)


# --------------------------------------------- learning something is training


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (WORK, "Quiero trabajar, y también aprender inglés"),
        (WORK, "I want to work and learn English"),
        (WORK, "Oui je veux travailler et apprendre le français"),
        (WORK, "Quero trabalhar e aprender português"),
        (WORK, "Yes please, a job, and I would really like a sewing course too"),
        (AUTH, "No tengo permiso todavía. Me gustaría aprender a manejar mientras tanto."),
    ],
)
def test_a_wish_to_learn_or_a_course_is_training(asked, text):
    assert settled(asked, text)[TRAINING] is True


@pytest.mark.parametrize(
    "text",
    [
        "Quiero trabajar, no quiero aprender nada más",  # negated
        "I want to work. I learned English back home.",  # past
        "Sí, quiero trabajar. Mi hija quiere aprender inglés.",  # someone else
        "Não, agora não quero trabalhar. Quero estudar, acabar a escola.",  # school
        "Oui, travailler. Je ne sais pas si je veux apprendre un métier.",  # unsure
        "Yes, work. Is there a course I must take?",  # a question back
        "yes, a job, and maybe later I would like a cooking course",  # hedged: offered
    ],
)
def test_no_wish_to_learn_of_hers_is_not_training(text):
    assert settled(WORK, text).get(TRAINING) is not True  # "no quiero aprender": False


# --------------------------------------------- going back to family is family contact


@pytest.mark.parametrize(
    "text",
    [
        "Quiero volver con mi mamá a Santo Domingo",
        "Yes, I want to go back to my mother in Manila",
        "Oui, je veux rentrer chez ma mère au Cameroun",
        "Sim, quero voltar para a minha mãe em Luanda",
        "Sí. Quiero regresar con mis hijos, los extraño mucho, eso es lo que quiero.",
    ],
)
def test_going_back_to_a_family_member_settles_home_and_family(text):
    got = settled(RETURN, text)
    assert got[RETURN] == "yes"
    assert got[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "No, no quiero volver con mi familia, ellos me vendieron",  # negated
        "Mi hermana quiere volver con mi mamá, yo no sé",  # someone else
        "Si vuelvo con mi madre, el patrón me va a encontrar",  # a condition
        "I used to live with my mother, but I won't go back there",
        "Je ne veux pas rentrer chez mes parents",
    ],
)
def test_not_her_wish_to_go_back_to_family_is_not_family_contact(text):
    assert settled(RETURN, text).get(FAMILY) is not True


# --------------------------------------------- help with a document is legal help


@pytest.mark.parametrize(
    "text",
    [
        "No tengo mi cédula, quiero ayuda para sacarla",
        "I don't have my ID, I want help to get a new one",
        "Je n'ai pas ma carte d'identité, je veux de l'aide pour la refaire",
        "Não tenho o passaporte, quero ajuda para tirar outro",
        "No, they kept my passport. I would like help with my papers please.",
    ],
)
def test_help_she_wants_with_a_document_is_legal_help(text):
    got = settled(DOCUMENTS, text)
    assert got.get(DOCUMENTS) is not True
    assert got[LAWYER] is True


@pytest.mark.parametrize(
    "text",
    [
        "No tengo mi pasaporte, y quiero ayuda para conseguir trabajo",  # help with a job
        "I don't have my ID, but I don't need help with it",  # negated
        "Je n'ai pas mes papiers. Ma soeur veut de l'aide pour les refaire.",  # someone else
        "Não tenho documentos. Vocês ajudam a tirar o passaporte?",  # a question back
        "No, my passport is with the boss, I want help to find a place to live",
    ],
)
def test_help_not_hers_or_not_with_a_document_is_not_legal_help(text):
    assert LAWYER not in settled(DOCUMENTS, text)


# --------------------------------------------- the note pipeline's readings win


def test_a_group_reading_never_overrides_what_the_statement_rules_read():
    # the rules read a clear "no" from the first clause; the group reader adds nothing
    out = interpret_answer(DANGER, "No, the trafficker does not know where I live")
    assert out.values[KNOWS] == "no"
    assert out.values[DANGER] is False


# --------------------------------------------- a real session: the second question skipped


_run = run_session


@pytest.mark.parametrize(
    ("first", "text", "second", "fact", "value"),
    [
        (
            "q.safety.danger",
            "Non, le patron ne sait pas où on est.",
            "q.safety.location",
            KNOWS,
            "no",
        ),
        (
            "q.safety.danger",
            "Ahorita estoy bien, pero no sé si el encargado sabe dónde ando",
            "q.safety.location",
            KNOWS,
            "unsure",
        ),
        (
            "q.jobs.employment",
            "Quiero trabajar, y también aprender inglés",
            "q.jobs.training",
            TRAINING,
            True,
        ),
        (
            "q.jobs.employment",
            "Oui, je veux travailler, mais mon titre de séjour a expiré",
            "q.jobs.authorization",
            AUTH,
            "no",
        ),
    ],
)
def test_a_multi_fact_answer_keeps_the_second_question_from_being_asked(
    first, text, second, fact, value
):
    asked, s = _run({first: text})
    assert first in asked
    assert second not in asked
    assert s.facts[fact].value == value


# --------------------------------------------- "not for me": her need is a no


URGENT = "medical.urgent_need"
MEDICATION = "medical.needs_medication"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (URGENT, "Not for me, no. My little girl has a cough since Sunday, she is with me."),
        (URGENT, "Yo no, yo estoy bien. El que está malito es mi niño."),
        (URGENT, "Moi, ça va. C'est mon fils qui a de la fièvre."),
        (URGENT, "Eu não. É a minha filha que precisa, tem febre."),
        (MEDICATION, "A mí no, gracias. Mi hermana sí toma pastillas."),
        (DANGER, "Not me, no. My friend who is still there is."),
    ],
)
def test_not_for_me_then_someone_elses_need_is_her_no(asked, text):
    assert settled(asked, text)[asked] is False


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (URGENT, "Yo no sé, me duele mucho la cabeza"),  # "I don't know", not "not me"
        (URGENT, "Me, I have a cut on my hand that hurts a lot"),  # her own need
        (URGENT, "Moi, j'ai très mal au ventre depuis hier"),
        (URGENT, "Eu, sim, preciso de um médico hoje"),
        (MEDICATION, "My sister needs her pills"),  # someone else, no "not me"
        (URGENT, "Not for me to say, ask the nurse"),  # "not for me" opens a longer clause
    ],
)
def test_me_with_a_need_or_someone_else_alone_is_not_her_no(asked, text):
    assert settled(asked, text).get(asked) is not False


# --------------------------------------------- pills and tablets are medication


@pytest.mark.parametrize(
    "text",
    [
        "Só preciso das minhas pílulas para a tensão, acabaram há três dias.",
        "j'ai plus mes cachets pour la tension depuis une semaine",
        "Se me acabaron las píldoras de la presión",
        "Je n'ai plus mes pilules depuis lundi, le patron les a gardées",
    ],
)
def test_pills_she_ran_out_of_are_medication_she_needs(text):
    assert settled(URGENT, text)[MEDICATION] is True


@pytest.mark.parametrize(
    "text",
    [
        "Ma soeur n'a plus ses cachets",  # someone else
        "A minha filha precisa das pílulas dela",
    ],
)
def test_pills_of_someone_else_are_not_hers(text):
    assert settled(URGENT, text).get(MEDICATION) is not True


@pytest.mark.parametrize(
    "text",
    ["Não, tenho as minhas pílulas comigo, está tudo bem", "Non, j'ai mes cachets, merci"],
)
def test_pills_she_has_with_her_are_a_medicine_she_takes_and_no_urgent_need(text):
    # a medicine she takes is needed whatever she has left (labels-s41-medicine-supply-rule.md)
    assert settled(URGENT, text).get(MEDICATION) is True
    assert settled(URGENT, text).get(URGENT) is not True


# --------------------------------------------- someone else's plans set none of her facts


COUNTRY = "person.country_of_origin"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (RETURN, "Mi prima dice que quiere volver a Bolivia, pero yo todavía no lo sé."),
        (RETURN, "My friend wants to go back to Ghana"),
        (RETURN, "Ma cousine veut rentrer au Sénégal"),
        (RETURN, "A minha amiga quer voltar para o Brasil"),
        (WORK, "Mi hermana quiere trabajar en Colombia"),
    ],
)
def test_a_country_in_someone_elses_plans_is_not_hers(asked, text):
    got = settled(asked, text)
    assert COUNTRY not in got
    assert got.get(asked) not in ("yes", True)


@pytest.mark.parametrize(
    ("asked", "text", "code"),
    [
        (RETURN, "Quiero volver a Bolivia, mi prima también", "BO"),
        (RETURN, "Ma cousine veut rentrer au Sénégal, moi aussi je veux rentrer au Sénégal", "SN"),
        (RETURN, "Yes, I want to go back to Ghana, my friend too", "GH"),
        (RETURN, "Sim, quero voltar para o Brasil", "BR"),
        (COUNTRY, "Mi prima y yo somos de Bolivia", "BO"),  # asked: her answer is hers
    ],
)
def test_her_own_country_said_beside_someone_elses_is_kept(asked, text, code):
    assert settled(asked, text)[COUNTRY] == code


# --------------------------------------------- an answer that corrects itself


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        (RETURN, "Yes. No, sorry, I mean no, I want to stay here", "no"),
        (RETURN, "Oui... enfin non, je veux rester ici", "no"),
        (DANGER, "Não. Quer dizer, sim, ele anda atrás de mim", True),
        (URGENT, "No, actually yes, my arm hurts a lot", True),
        (KNOWS, "They don't know where I am. Well, actually they do, he saw me yesterday", "yes"),
        (WORK, "No quiero... perdón, sí, sí quiero trabajar", True),
    ],
)
def test_what_she_says_after_correcting_herself_is_the_answer(asked, text, value):
    assert settled(asked, text)[asked] == value


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        (WORK, "Actually, I'd like to work", True),  # "actually" opening, nothing corrected
        (DANGER, "No, sorry, I haven't eaten since yesterday", False),  # "sorry" then no reply
        (DANGER, "No. Sorry, no, I am safe here.", False),  # the same answer again
        (RETURN, "Non, pardon de vous déranger, je veux rester ici", "no"),
        (WORK, "Sí, en realidad necesito trabajar ya", True),
        (DANGER, "Não, desculpe, estou bem aqui", False),
    ],
)
def test_a_marker_with_no_new_reply_after_it_changes_nothing(asked, text, value):
    assert settled(asked, text)[asked] == value


def test_a_correction_keeps_the_other_facts_said_before_it():
    got = settled(DANGER, "No, I have nowhere to sleep tonight. Sorry, I mean yes, he follows me")
    assert got[DANGER] is True
    assert got["shelter.needs_shelter_tonight"] is True


# --------------------------------------------- a wish said once, for the clauses after it


@pytest.mark.parametrize(
    "text",
    [
        "Oui. Je veux rentrer aux Philippines, voir mes enfants.",
        "Sí, quiero regresar a Honduras, abrazar a mis hijos",
        "Yes, I want to go home to Ghana, see my kids again",
        "Sim, quero voltar para Cabo Verde, ver a minha mãe",
    ],
)
def test_a_wish_to_go_home_carries_to_seeing_family_after_it(text):
    got = settled(RETURN, text)
    assert got[RETURN] == "yes"
    assert got[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "No quiero volver, mis hijos están bien con mi mamá",  # not a wish to see them
        "I want to stay here, my mother is there, I call her sometimes",  # a habit
        "Je veux rester ici. Ma soeur veut voir nos parents.",  # someone else
        "Não sei se quero voltar, ver a minha mãe seria difícil",  # unsure, no wish
    ],
)
def test_family_named_without_her_wish_to_see_them_is_not_family_contact(text):
    assert settled(RETURN, text).get(FAMILY) is not True


# --------------------------------------------- a hedge about another fact of the group


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Trabalhar, sim, quero. Curso agora não, quem sabe mais pra frente.", True),
        ("Yes, I want to work. A course, maybe later.", True),
        ("Sí, quiero trabajar. Un curso, no sé, tal vez después.", True),
        ("Oui, je veux travailler. Une formation, peut-être plus tard.", True),
    ],
)
def test_a_hedge_in_a_sentence_about_another_fact_leaves_the_asked_one(text, value):
    assert settled(WORK, text)[WORK] is value


@pytest.mark.parametrize(
    "text",
    [
        "Sí. Bueno, no sé, tal vez trabajar más adelante.",  # the hedge is about work
        "Yes. Maybe, I am not sure I want to work yet.",
        "Oui. Enfin, peut-être, je ne sais pas encore.",
        "Sim. Talvez, ainda não sei se quero trabalhar.",
    ],
)
def test_a_hedge_about_the_asked_fact_still_holds_it_back(text):
    assert settled(WORK, text).get(WORK) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Ça va, mais il m'a menacée hier au téléphone",
        "Estoy bien, pero me amenazaron ayer",
        "I'm ok, but he keeps threatening my family",
        "Estou bem, mas eles andam atrás de mim",
    ],
)
def test_im_fine_beside_a_threat_is_not_read(text):
    assert settled(DANGER, text).get(DANGER) is not False
