"""One answer settles every fact it states, sixth round of issue 12: what one free-text
answer settles in a session (`settle_answer`), in invented answers in en/es/fr/pt. A kind
("I don't know", a yes) opening an answer leaves the rest of it to be read; a hedge after
a reason ("because I don't know whether...") is about the reason; "we want" in her own
answer includes her; a second clause states another fact. Each mechanism has as many
answers that must not settle a fact as answers that must."""

from __future__ import annotations

import pytest

from caseassist.intake.answering import settle_answer
from tests.intake.reading import (
    DOCUMENTS,
    FAMILY,
    IMMIGRATION,
    KNOWS,
    LAWYER,
    POLICE,
    RETURN,
    TRAINING,
    WORK,
    settled,
)

# ----------------------------------------- a kind opening the answer, then another fact


@pytest.mark.parametrize(
    "text",
    [
        "No sé si quiero regresar, pero sí quiero llamar a mi hija",
        "No lo sé todavía, pero quiero hablar con mi madre",
        "I don't know yet, but I want to call my mother",
        "Je ne sais pas encore, mais je veux appeler ma mère",
        "Não sei se quero voltar, mas quero falar com a minha mãe",
    ],
)
def test_dont_know_about_going_home_then_a_wish_to_call_family_settles_both(text):
    got = settled(RETURN, text)
    assert got[RETURN] == "undecided"
    assert got[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "No sé, mi hermana quiere llamar a su madre",  # someone else's wish
        "No sé si quiero regresar o llamar a mi familia",  # the hedge covers both
        "I don't know, maybe I will call my mother",  # a hedge
        "Je ne sais pas, ma sœur veut appeler sa mère",
        "Não sei, talvez ligue para a minha mãe mais tarde",
    ],
)
def test_dont_know_then_someone_elses_wish_or_a_hedge_settles_only_the_asked_fact(text):
    got = settled(RETURN, text)
    assert got == {RETURN: "undecided"}


@pytest.mark.parametrize("text", ["Prefiero no decirlo", "I'd rather not say", "Não sei"])
def test_a_bare_kind_settles_only_the_asked_fact(text):
    assert [s.fact for s in settle_answer(FAMILY, text)] == [FAMILY]


# ------------------------------- a yes, then a reason whose hedge is the reason's own


@pytest.mark.parametrize(
    "text",
    [
        "Sí, quiero un abogado porque no sé si puedo quedarme en este país",
        "Yes, I want a lawyer because I'm not sure I can stay in this country",
        "Oui, je veux un avocat parce que je ne sais pas si je peux rester ici",
        "Sim, quero um advogado porque não sei se posso ficar neste país",
    ],
)
def test_yes_then_a_lawyer_then_a_hedged_reason_settles_worry_and_lawyer(text):
    got = settled(IMMIGRATION, text)
    assert got[IMMIGRATION] is True
    assert got[LAWYER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Quizás quiero un abogado porque tengo miedo",  # the hedge before the reason
        "Maybe I want a lawyer, because I'm scared",
        "Peut-être que je veux un avocat parce que j'ai peur",
        "Talvez queira um advogado porque tenho medo",
        "No sé si quiero un abogado, porque cuesta mucho",
    ],
)
def test_a_hedge_before_the_reason_still_covers_the_wish(text):
    got = settled(LAWYER, text)
    assert LAWYER not in got


@pytest.mark.parametrize(
    "text",
    [
        "Creo que sí, porque mi jefe me lo dijo",  # a hedged yes
        "I think so, because the agency told me",
        "Je crois que oui, parce que le patron me l'a dit",
        "Acho que sim, porque o patrão me disse",
    ],
)
def test_a_hedged_yes_before_the_reason_is_no_clear_yes(text):
    assert settled(IMMIGRATION, text).get(IMMIGRATION) is not True


# --------------------------------------------------------- "we want" in her own answer


@pytest.mark.parametrize(
    "text",
    [
        "Queremos regresar a México y avisarle a mi esposa",
        "We want to go back to Nigeria and call my mother",
        "Nous voulons rentrer au Mali et appeler ma mère",
        "A gente quer voltar pro Brasil e falar com a minha mãe",
        "Queremos voltar para Angola e ligar para a minha mãe",
    ],
)
def test_we_want_to_go_home_and_call_family_settles_both(text):
    got = settled(RETURN, text)
    assert got[RETURN] == "yes"
    assert got[FAMILY] is True


@pytest.mark.parametrize(
    "text",
    [
        "Mis hijos quieren regresar a México",
        "My sister wants to go home to Nigeria",
        "Ma sœur et son mari veulent rentrer au Mali",
        "Os meus pais querem voltar para Angola",
        "Mi hermana quiere regresar a Honduras, yo no sé",
    ],
)
def test_someone_elses_wish_to_go_home_is_not_hers(text):
    assert settled(RETURN, text).get(RETURN) != "yes"


# ------------------------------------------- a second clause stating another fact


@pytest.mark.parametrize(
    "text",
    [
        "No quiero volver a El Salvador, y no quiero que mi familia sepa dónde estoy",
        "I don't want to go back to Ghana, and I don't want my family to know where I am",
        "Je ne veux pas rentrer au Sénégal, et je ne veux pas que ma famille sache où je suis",
        "Não quero voltar para o Brasil, e não quero que a minha família saiba onde estou",
    ],
)
def test_no_going_home_and_family_not_to_know_where_she_is_settles_both(text):
    got = settled(RETURN, text)
    assert got[RETURN] == "no"
    assert got[FAMILY] is False


@pytest.mark.parametrize(
    "text",
    [
        "No quiero volver, mi hermana no quiere que su familia sepa dónde está",
        "I don't want to go back. My sister doesn't want her family to know where she is",
        "Je ne veux pas rentrer. Ma sœur ne veut pas que sa famille sache où elle est",
        "Não quero voltar, e não quero que o patrão saiba onde estou",  # not her family
    ],
)
def test_someone_elses_family_or_the_boss_knowing_says_nothing_of_family_contact(text):
    assert FAMILY not in settled(RETURN, text)


@pytest.mark.parametrize(
    "text",
    [
        "Quiero trabajar y también estudiar para ser enfermera",
        "I want to work and also study to become a nurse",
        "Je veux travailler et aussi étudier pour devenir aide-soignante",
        "Quero trabalhar e também estudar para ser cozinheira",
    ],
)
def test_work_and_study_for_an_occupation_settles_work_and_training(text):
    got = settled(WORK, text)
    assert got[WORK] is True
    assert got[TRAINING] is True


@pytest.mark.parametrize(
    "text",
    [
        "Quiero trabajar. Mi hija quiere estudiar para ser enfermera",
        "I want to work; my daughter wants to study to become a nurse",
        "Je veux travailler et je veux que mon fils étudie pour devenir médecin",
        "Quero trabalhar e estudar inglês para ser professora",  # a language: only offered
    ],
)
def test_someone_elses_study_or_a_language_is_no_clear_training(text):
    got = settled(WORK, text)
    assert got[WORK] is True
    assert TRAINING not in got


@pytest.mark.parametrize(
    "text",
    [
        "Aquí no tengo pasaporte ni cédula, y no tengo papeles para estar en este país",
        "I don't have my passport. I have no papers to stay in this country",
        "Je n'ai pas mon passeport. Et je n'ai pas de papiers pour rester ici",
        "Não tenho passaporte. E não tenho documentos para ficar aqui",
        "Tenho o meu passaporte, mas o visto já acabou e tenho medo",
    ],
)
def test_documents_then_no_papers_to_stay_settles_documents_and_worry(text):
    got = settled(DOCUMENTS, text)
    assert DOCUMENTS in got
    assert got[IMMIGRATION] is True


@pytest.mark.parametrize(
    "text",
    [
        "Sí, tengo pasaporte y tengo papeles para estar aquí",
        "Yes, I have my passport. My cousin has no papers to stay",
        "Oui, j'ai mon passeport, mon frère n'a pas de papiers pour rester",
        "Sim, tenho passaporte, sem problema com a minha autorização de residência",
        "No problem with my residence permit, I have my passport",
    ],
)
def test_papers_she_has_or_someone_elses_papers_settle_no_worry(text):
    assert IMMIGRATION not in settled(DOCUMENTS, text)


# ------------------------------------------ a negator that is the object of a verb before


AGE = "person.age"


@pytest.mark.parametrize(
    "text",
    [
        "No sé todavía. Antes de decidir nada me gustaría hablar con un abogado",
        "Not yet. i know nothing i want a lawyer first",
        "Pas encore. Je sais rien je veux un avocat d'abord",
        "Ainda não. Antes de assinar nada quero falar com um advogado",
    ],
)
def test_nothing_after_a_verb_does_not_turn_the_wish_after_it(text):
    assert settled(POLICE, text).get(LAWYER) is True


@pytest.mark.parametrize(
    "text",
    [
        "No quiero nada con la policía",
        "I want nothing to do with the police",
        "Je ne veux pas de police, rien",
        "Não quero nada com a polícia",
        "No quiero denunciar nada",
    ],
)
def test_nothing_inside_or_opening_the_statement_still_negates_it(text):
    assert settled(POLICE, text).get(POLICE) == "no"


# ------------------------------------------------ an age she doubts is no clear age


@pytest.mark.parametrize(
    "text",
    [
        "He says I'm twenty-five, but I think I'm younger. I'm not really sure.",
        "Mi jefe dice que tengo 25, pero no estoy segura, creo que tengo menos",
        "Le patron dit que j'ai 25 ans, mais je ne suis pas sûre",
        "O patrão diz que tenho 25, mas acho que sou mais nova",
    ],
)
def test_an_age_said_with_her_doubt_is_not_settled(text):
    assert AGE not in settled(AGE, text)


@pytest.mark.parametrize(
    "text, age",
    [
        ("I'm twenty-five.", 25),
        ("Tengo 25 años, y mi hermana tiene 30", 25),
        ("J'ai 25 ans.", 25),
        ("Tenho vinte e cinco anos, sim", 25),
    ],
)
def test_an_age_said_plainly_is_settled(text, age):
    assert settled(AGE, text)[AGE] == age


# ------------------------------ her doubt whether she may stay in the country is the worry


@pytest.mark.parametrize(
    "text",
    [
        "No sé si puedo quedarme en este país",
        "I want to know if I can stay in this country",
        "Je ne sais pas si je peux rester en France",
        "Não sei se posso ficar neste país",
    ],
)
def test_not_knowing_whether_she_may_stay_in_the_country_is_an_immigration_worry(text):
    assert settled(IMMIGRATION, text)[IMMIGRATION] is True


@pytest.mark.parametrize(
    "text",
    [
        "No sé si puedo quedarme con mi prima",  # a place to sleep
        "I don't know if I can stay at my cousin's tonight",
        "Ma sœur ne sait pas si elle peut rester en France",  # someone else
        "Não sei, a minha irmã não sabe se pode ficar no país",
        "No lo sé, la verdad, no sé nada de eso",  # "No" is "I don't know" here
    ],
)
def test_staying_with_someone_or_someone_elses_stay_is_no_worry_of_hers(text):
    assert IMMIGRATION not in settled(IMMIGRATION, text)


# ------------------------------ a knowing she wishes away is no statement that he knows


@pytest.mark.parametrize(
    "text",
    [
        "No quiero que el patrón sepa dónde estoy",
        "I don't want the boss to know where I am",
        "Je ne veux pas que le patron sache où je suis",
        "Não quero que o patrão saiba onde estou",
    ],
)
def test_a_wish_that_the_boss_not_know_says_nothing_of_what_he_knows(text):
    assert KNOWS not in settled(FAMILY, text)


@pytest.mark.parametrize(
    "text",
    [
        "Quiero irme porque el patrón sabe dónde estoy",
        "I want to leave because the boss knows where I am",
        "Je veux partir, le patron sait où je suis",
        "Quero sair daqui, o patrão sabe onde estou",
    ],
)
def test_a_wish_beside_a_plain_statement_that_he_knows_keeps_it(text):
    assert settled(FAMILY, text).get(KNOWS) == "yes"


# --------------------- a later sentence opened by its own topic keeps its hedge to itself

COUNSEL = "medical.wants_counseling"


@pytest.mark.parametrize(
    "text",
    [
        "Sí, me gustaría. Sobre el abogado, no sé todavía",
        "Yes, I would like that. As for a lawyer, maybe later",
        "Oui, j'aimerais bien. Quant à l'avocat, peut-être plus tard",
        "Sim, gostaria. Quanto ao advogado, talvez depois",
    ],
)
def test_a_yes_then_a_hedge_about_another_topic_is_a_clear_yes(text):
    assert settled(COUNSEL, text)[COUNSEL] is True


@pytest.mark.parametrize(
    "text",
    [
        "Sí, quizás. Sobre el abogado, sí",  # the hedge is the yes's own
        "Yes, maybe. As for a lawyer, yes",
        "Oui, peut-être. Quant à l'avocat, oui",
        "Sim, talvez, e quanto ao advogado sim",  # not a sentence of its own
    ],
)
def test_a_hedge_beside_the_yes_still_makes_it_unclear(text):
    assert COUNSEL not in settled(COUNSEL, text)
