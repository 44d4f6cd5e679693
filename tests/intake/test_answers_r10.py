"""One answer that settles its whole question group, tenth round of issue 12: the knower
named by name, title or as someone else's people (read/answer_persons.py), "where" said
without "where" ("has no idea I came to the clinic"), "but not here" after a knower's
clause, her fear or calm now as danger (read/answer_danger.py), joint refusals of work and
training, a wish that her family know about her, a status paper expired as an immigration
worry (read/answer_joint.py). Invented answers in en/es/fr/pt, one-liners, long replies and
hesitant ones, with as many that must not settle the second fact as ones that must; and a
real session in which the second question of a group is not asked."""

from __future__ import annotations

import pytest

from caseassist.intake.read.answers import interpret_answer
from tests.intake.reading import (
    AUTH,
    DANGER,
    DOCUMENTS,
    FAMILY,
    IMMIGRATION,
    KNOWS,
    LAWYER,
    RETURN,
    TRAINING,
    WORK,
    run_session,
    settled,
)

# --------------------------------------------- the knower named by name, title, or as theirs


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        (DANGER, "Mr. Okafor does not know where I am.", "no"),
        (DANGER, "I think I'm fine. Mrs. Bola has no idea I came to the clinic.", "no"),
        (DANGER, "The captain? He doesn't know I am here.", "no"),
        (DANGER, "Doña Chela no sabe dónde estoy, y estoy tranquila.", "no"),
        (DANGER, "sus hijos no saben que me trajeron aquí", "no"),
        (DANGER, "Madame Ngono ne sait pas où je suis.", "no"),
        (DANGER, "ses hommes ne savent pas que je suis venue ici", "no"),
        (DANGER, "O senhor Tavares não sabe onde estou.", "no"),
        (DANGER, "Os seus homens não sabem que eu vim para cá", "no"),
        (DANGER, "Yes. Vasile and his cousin, they know I sleep at the bus depot.", "yes"),
        (DANGER, "Sí, Don Fermín sabe dónde estoy", "yes"),
        (
            DANGER,
            "Le patron, Monsieur Diop, connaît le foyer où je dormais avant, mais pas ici.",
            "no",
        ),
        (DANGER, "El jefe conoce la casa donde vivía antes, pero aquí no.", "no"),
        (DANGER, "Dona Graça viu-me sair. Não sei se sabe onde estou agora.", "unsure"),
        (DANGER, "La señora Ofelia me buscó ayer. No sé si sabe que estoy aquí.", "unsure"),
    ],
)
def test_a_knower_named_any_way_settles_who_knows(asked, text, value):
    assert settled(asked, text)[KNOWS] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I think I'm fine. Auntie Bola has no idea I came to the clinic.", "no"),
        ("La Cruz Roja no sabe dónde estoy.", "no"),
        ("Oui, Caritas sait où je suis.", "yes"),
        ("Sim, o Nelson sabe onde estou.", "yes"),
    ],
)
def test_a_bare_name_may_be_a_helper_its_knowing_is_only_offered(text, value):
    got = interpret_answer(DANGER, text)
    assert KNOWS not in got.values
    assert got.possible[KNOWS] == value


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (DANGER, "My friend Marivic knows where I am, she brought me."),
        (DANGER, "Ma sœur Awa ne sait pas où je suis."),
        (DANGER, "Mi hermana no sabe dónde estoy."),
        (DANGER, "A minha prima Rute sabe onde estou."),
        (DANGER, "He knows I am pregnant."),
        (DANGER, "Él sabe que estoy embarazada."),
        (DANGER, "The boss knows I went to the police."),
        (DANGER, "Il sait que je suis dans cette ville, mais pas l'adresse."),
        (DANGER, "If Mr. Okafor knows where I am, I will leave."),
        (DANGER, "Does Don Fermín know where I am?"),
        (DANGER, "I have no idea where he is."),
        (DANGER, "No sé dónde está el señor Ruiz."),
        (DANGER, "Ele conhece a minha mãe."),
        (DANGER, "Monsieur Diop connaît mon nom."),
        (DANGER, "Solo Dios sabe dónde estoy ahora."),
        (DANGER, "Only God knows where I am."),
        (DANGER, "No. La Cruz Roja no sabe dónde estoy."),
        (DANGER, "Oui, Caritas sait où je suis."),
    ],
)
def test_her_own_people_or_no_place_frame_settle_no_knower(asked, text):
    assert KNOWS not in settled(asked, text)


# --------------------------------------------- her fear or calm now, in a safety answer


@pytest.mark.parametrize(
    ("asked", "text", "value"),
    [
        (KNOWS, "He doesn't know where I am. I'm not scared tonight.", False),
        (KNOWS, "No saben dónde estoy. Hoy no tengo miedo.", False),
        (KNOWS, "Ils ne savent pas où je suis, et ce soir je n'ai pas peur.", False),
        (KNOWS, "Não sabem onde estou, hoje não tenho medo.", False),
        (KNOWS, "They don't know the address. I feel okay today.", False),
        (KNOWS, "No saben, así que esta noche me siento tranquila.", False),
        (KNOWS, "Não sei se sabe onde estou, mas tenho medo que apareça esta noite.", True),
        (KNOWS, "They know I sleep at the station. I am scared tonight.", True),
        (KNOWS, "Je ne sais pas. J'ai peur qu'il vienne ce soir.", True),
        (KNOWS, "Tengo mucho miedo, el patrón sabe dónde estoy.", True),
    ],
)
def test_her_fear_or_calm_now_settles_danger(asked, text, value):
    assert settled(asked, text)[DANGER] is value


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (KNOWS, "They don't know. I was scared before, on the boat."),
        (KNOWS, "No saben. Tenía miedo antes."),
        (KNOWS, "Tenho medo pelo meu cunhado que ainda está lá."),
        (KNOWS, "I'm scared for my son, he is still there."),
        (KNOWS, "Mi hermana tiene miedo."),
        (KNOWS, "No sé. No estoy segura, a lo mejor lo saben."),
        (KNOWS, "Não estou segura, talvez saibam."),
        (KNOWS, "Ma fille a peur la nuit."),
        (KNOWS, "If he finds me I will be scared."),
        (KNOWS, "Should I be scared?"),
        (KNOWS, "I'm afraid I don't know."),
        (KNOWS, "No tengo miedo, pero me sigue buscando."),
        (KNOWS, "Je n'ai pas peur, mais ils me cherchent."),
        (KNOWS, "A minha filha tem medo do escuro."),
    ],
)
def test_a_past_fear_another_persons_or_a_threat_beside_it_settles_no_danger(asked, text):
    assert DANGER not in settled(asked, text)


# --------------------------------------------- work and training refused together


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (WORK, "At my age, no work and no school."),
        (WORK, "No job, no course, nothing for now."),
        (TRAINING, "Neither work nor a course, I need to rest."),
        (WORK, "Ni trabajo ni cursos por ahora."),
        (WORK, "Trabajar no, y escuela tampoco."),
        (WORK, "Pour l'instant non, ni travail ni formation."),
        (TRAINING, "Pas de travail, pas de formation, je suis trop fatiguée."),
        (WORK, "Trabalhar já não, nem cursos."),
        (TRAINING, "Nem trabalho nem escola, agora não."),
    ],
)
def test_a_joint_refusal_settles_both_wishes_no(asked, text):
    got = settled(asked, text)
    assert got[WORK] is False
    assert got[TRAINING] is False


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (WORK, "No work, but a course yes."),
        (WORK, "I have no work and no school here."),
        (WORK, "No tengo trabajo ni escuela aquí."),
        (WORK, "Je n'ai ni travail ni formation."),
        (WORK, "Não tenho trabalho nem escola."),
        (WORK, "My husband wants no work and no school for me."),
        (WORK, "No sé, ni trabajo ni cursos, no sé si puedo."),
        (WORK, "Ni travail ni formation ?"),
        (WORK, "Si me pagan, ni trabajo ni cursos me importan."),
    ],
)
def test_a_lack_a_contrast_or_someone_elses_words_are_no_joint_refusal(asked, text):
    got = settled(asked, text)
    assert got.get(WORK) is not False or got.get(TRAINING) is not False


@pytest.mark.parametrize(
    ("asked", "text", "fact"),
    [
        (WORK, "Yes, I want work. No course for now.", TRAINING),
        (WORK, "Trabalhar, sim, quero. Curso agora não, obrigada.", TRAINING),
        (WORK, "Sí, trabajo sí. Cursos no.", TRAINING),
        (TRAINING, "Formation, non merci.", TRAINING),
        (TRAINING, "Un cours oui. Du travail, non, pas pour le moment.", WORK),
    ],
)
def test_a_lone_refusal_settles_that_wish_no(asked, text, fact):
    assert settled(asked, text)[fact] is False


@pytest.mark.parametrize(
    ("asked", "text", "fact"),
    [
        (WORK, "Yes. Not the course my sister does.", TRAINING),
        (WORK, "Quiero trabajar. ¿No hay cursos?", TRAINING),
        (WORK, "Oui. Pas de formation ici, c'est dommage.", TRAINING),
        (WORK, "Sim. Curso não sei, talvez.", TRAINING),
        (TRAINING, "Sí, un curso. Trabajo no sé todavía si puedo.", WORK),
    ],
)
def test_a_refusal_with_more_to_it_settles_nothing(asked, text, fact):
    assert settled(asked, text).get(fact) is not False


# --------------------------------------------- family told, family after going back


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (RETURN, "Go back? No. But my parents, yes, I want them to know I am alive."),
        (RETURN, "No quiero volver. Solo quiero que mi abuela sepa que estoy bien."),
        (RETURN, "Rentrer ? Non. Mais je voudrais que ma mère sache que je vais bien."),
        (RETURN, "Voltar não. Mas quero que a minha mãe saiba que estou viva."),
        (RETURN, "Yes, I want to go back to Lagos, to my wife and kids, and I want to call them."),
        (RETURN, "Sim, quero voltar para Beira, para a minha esposa e os miúdos."),
        (RETURN, "Sí, quiero volver a Cusco, con mis hijos."),
    ],
)
def test_a_family_member_told_or_named_after_going_back_is_family_contact(asked, text):
    assert settled(asked, text)[FAMILY] is True


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (RETURN, "No. I don't want my family to know where I am."),
        (RETURN, "No quiero que mi familia sepa nada."),
        (RETURN, "Je ne veux pas que ma mère sache."),
        (RETURN, "Não quero que a minha família saiba."),
        (RETURN, "My husband wants me to go back to him."),
        (RETURN, "Mi novio quiere que regrese con él, pero yo no."),
        (RETURN, "Je veux rentrer, mais pas chez mon mari."),
        (RETURN, "I want to go back to Lagos, but not to my uncle."),
    ],
)
def test_a_refused_telling_or_someone_elses_wish_is_no_family_contact(asked, text):
    assert settled(asked, text).get(FAMILY) is not True


@pytest.mark.parametrize(
    "text",
    [
        "No, no pienso volver, y con mi mamá ya hablo todos los domingos.",
        "No, I already call my mum every week.",
        "Non. Je parle déjà à ma mère tous les soirs.",
        "Não quero voltar. Já falo com a minha mãe todos os dias.",
    ],
)
def test_already_in_touch_with_family_is_no_contact_wanted(text):
    assert settled(RETURN, text)[FAMILY] is False


@pytest.mark.parametrize(
    "text",
    [
        "No. Ya no hablo con mi mamá.",
        "I already called my mum, I want to call her again.",
        "Mon frère parle déjà à ma mère.",
        "Já falei com a minha mãe? Não me lembro.",
    ],
)
def test_no_longer_in_touch_a_wish_or_someone_else_is_not_read_as_in_touch(text):
    assert settled(RETURN, text).get(FAMILY) is not False


# --------------------------------------------- a status paper expired: an immigration worry


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (DOCUMENTS, "My passport is with them and my visa is expired."),
        (DOCUMENTS, "I have my ID, but the work visa ran out last year."),
        (DOCUMENTS, "Tengo mi pasaporte, pero la visa ya se venció."),
        (DOCUMENTS, "Mon passeport est chez le patron et mon visa est fini."),
        (DOCUMENTS, "J'ai ma carte d'identité, mais mon titre de séjour a expiré."),
        (DOCUMENTS, "Tenho o passaporte, mas o visto acabou."),
        (DOCUMENTS, "O visto de estudante já acabou."),
    ],
)
def test_her_visa_or_permit_expired_is_an_immigration_worry(asked, text):
    assert settled(asked, text)[IMMIGRATION] is True


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (DOCUMENTS, "My sister's visa is expired."),
        (DOCUMENTS, "Mi visa de turista vence en mayo, si me la renuevan."),
        (DOCUMENTS, "Mi hermana tiene la visa vencida."),
        (DOCUMENTS, "My passport expired, but my visa is fine."),
        (DOCUMENTS, "Mon passeport est périmé."),
        (DOCUMENTS, "Se a visa vencer, não sei o que fazer."),
        (DOCUMENTS, "If my visa expires I will have to leave."),
        (DOCUMENTS, "Tengo mi pasaporte y mi visa en regla."),
    ],
)
def test_an_id_expired_or_someone_elses_visa_is_no_immigration_reading(asked, text):
    assert IMMIGRATION not in settled(asked, text)


@pytest.mark.parametrize(
    ("asked", "text", "fact"),
    [
        (DOCUMENTS, "No, he kept it. Can I talk to a lawyer about getting it back?", LAWYER),
        (DOCUMENTS, "Non. Est-ce que je peux avoir un avocat pour ça ?", LAWYER),
        (IMMIGRATION, "Sí. Si me pueden conseguir una abogada, eso quisiera.", LAWYER),
        (DOCUMENTS, "Não tenho. Posso falar com um advogado?", LAWYER),
        (LAWYER, "Yes, a lawyer. And I want to know if I can stay.", IMMIGRATION),
        (LAWYER, "Sí. Lo que más miedo me da es que me deporten.", IMMIGRATION),
        (LAWYER, "Oui. Je voudrais savoir si je peux rester en France.", IMMIGRATION),
        (LAWYER, "Sim, tenho medo que me mandem de volta.", IMMIGRATION),
    ],
)
def test_a_lawyer_asked_for_or_a_doubt_she_may_stay_settles_the_legal_group(asked, text, fact):
    assert settled(asked, text)[fact] is True


@pytest.mark.parametrize(
    ("asked", "text", "fact"),
    [
        (DOCUMENTS, "Can I stay here without a lawyer?", LAWYER),
        (DOCUMENTS, "My sister asked if she can get a lawyer.", LAWYER),
        (DOCUMENTS, "Si necesito un abogado, le aviso.", LAWYER),
        (DOCUMENTS, "Est-ce que l'avocat vient demain ?", LAWYER),
        (LAWYER, "No. I'm a citizen, nobody can send me back.", IMMIGRATION),
        (LAWYER, "Mi mamá tiene miedo de que la deporten.", IMMIGRATION),
        (LAWYER, "Não, não tenho medo que me mandem de volta.", IMMIGRATION),
    ],
)
def test_a_lawyer_she_does_without_or_someone_elses_worry_settles_nothing(asked, text, fact):
    assert settled(asked, text).get(fact) is not True


# --------------------------------------------- work papers: postposed no, a hedge before "but"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quiero seguir trabajando. Permiso de trabajo no tengo.", "no"),
        ("I want to work, maybe in a kitchen, but I have no permit here.", "no"),
        ("Quero trabalhar, talvez num café, mas autorização de trabalho não tenho.", "no"),
    ],
)
def test_a_permit_she_says_she_lacks_settles_no_authorization(text, value):
    assert settled(WORK, text)[AUTH] == value


@pytest.mark.parametrize(
    "text",
    [
        "I want to work, but maybe I have no permit, I'm not sure.",
        "Quiero trabajar, mi hermano no tiene permiso.",
        "Je veux travailler, mais je ne sais pas si mon titre de séjour me le permet.",
    ],
)
def test_a_hedged_or_someone_elses_permit_is_not_applied(text):
    assert settled(WORK, text).get(AUTH) != "no"


# --------------------------------------------- a real session


_run = run_session


@pytest.mark.parametrize(
    ("first", "text", "second", "fact", "value"),
    [
        (
            "q.safety.danger",
            "Mr. Okafor has no idea I came here. I feel okay today.",
            "q.safety.location",
            KNOWS,
            "no",
        ),
        (
            "q.safety.danger",
            "Doña Chela no sabe dónde estoy. Hoy no tengo miedo.",
            "q.safety.location",
            KNOWS,
            "no",
        ),
        (
            "q.jobs.employment",
            "Pour l'instant non, ni travail ni formation.",
            "q.jobs.training",
            TRAINING,
            False,
        ),
        (
            "q.legal.documents",
            "Tenho o passaporte, mas o visto acabou.",
            "q.legal.immigration",
            IMMIGRATION,
            True,
        ),
        (
            "q.reintegration.return_home",
            "No quiero volver. Solo quiero que mi abuela sepa que estoy bien.",
            "q.reintegration.family",
            FAMILY,
            True,
        ),
    ],
)
def test_the_second_question_of_a_group_is_not_asked(first, text, second, fact, value):
    asked, s = _run({first: text})
    assert first in asked
    assert second not in asked
    assert s.facts[fact].value == value
