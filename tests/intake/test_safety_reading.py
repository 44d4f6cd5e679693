"""Safety and consent facts read from notes: form lines and transcript turns answered by
their value or reply, a wish to involve the police in its many phrasings, and what is
not one. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from tests.intake.reading import clear_values as facts

DANGER = "safety.in_immediate_danger"
KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"


# ------------------------------------------------------------ form lines and turns


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Danger right now: she says no", DANGER, False),
        ("In danger: no", DANGER, False),
        ("Peligro ahora: dice que no", DANGER, False),
        ("¿Sabe el explotador dónde vive?: no", KNOWS, "no"),
        ("Le patron sait-il où elle loge ? : oui", KNOWS, "yes"),
        ("Police: not now, maybe later", POLICE, "undecided"),
        ("Police: client says no", POLICE, "no"),
        ("Denuncia: todavía no lo tiene claro", POLICE, "undecided"),
        ("Plainte : indécis", POLICE, "undecided"),
        ("Queixa na polícia: não", POLICE, "no"),
        # a known label joined to its value by a dash reads as a form line
        ("Police - no.", POLICE, "no"),
        ("- Danger now - yes", DANGER, True),
        ("Policía – no quiere", POLICE, "no"),
        ("Perigo - sim", DANGER, True),
        ("Pregnant – no", "household.pregnant", False),
        ("Enceinte — non", "household.pregnant", False),
        ("Interpreter - no", "person.needs_interpreter", False),
        ("Documents - none", "legal.has_identity_documents", False),
        ("Danger - the trafficker knows the address.", KNOWS, "yes"),
        # a dash in a sentence, or after no known label, is no form line
        ("She is 24 - from Honduras.", "person.age", 24),
    ],
)
def test_a_form_line_is_read_as_its_label_answered(text, fact, value):
    assert facts(text).get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant: no\nHungry: no",
        "Embarazada: no\nComida: no",
        "Enceinte : non",
    ],
)
def test_a_label_answered_no_is_not_also_a_statement_of_yes(text):
    got = extract(text)
    assert not got.conflicts
    assert True not in got.values.values()


def test_a_hedged_value_leaves_the_labelled_fact_open():
    got = extract("Pregnant: perhaps - her friend thinks so")
    assert "household.pregnant" not in got.values


def test_a_label_line_is_never_joined_to_the_line_before():
    # "would like a job of his own" must not carry over to the police line below it
    text = "Wants: would like a job of his own\nPolice: he does not want the police involved"
    assert facts(text)[POLICE] == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Worker: Is she safe where she is now?\nCaller: yes, at her aunt's tonight.", False),
        ("Agente: ¿Estás en un lugar seguro?\nUsuario: ahora sí", False),
        ("Bénévole : Tu es en sécurité ce soir ?\nJeune : non, ils me cherchent", True),
        ("Técnica: Corre perigo agora?\nUtente: sim", True),
    ],
)
def test_a_transcript_reply_answers_the_danger_question(text, value):
    assert facts(text)[DANGER] == value


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Does she want to go to the police?\nCaller: she says she doesn't know yet.",
        "Albergue: ¿Quiere poner una denuncia?\nTrabajadora: dice que no sabe.",
    ],
)
def test_not_knowing_yet_about_the_police_is_undecided(text):
    assert facts(text)[POLICE] == "undecided"


def test_a_safe_place_to_sleep_is_not_a_danger_question():
    text = "Worker: Does he have a safe place to sleep tonight?\nCaller: no."
    assert DANGER not in extract(text).values


# ------------------------------------------------------------ wanting the police


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He has agreed to make a statement to detectives.", "yes"),
        ("She is willing to press charges against the couple.", "yes"),
        ("He would like to cooperate with the investigation.", "yes"),
        ("She does not wish to support a prosecution for now.", "no"),
        ("Quiere que sigamos adelante con la querella.", "yes"),
        ("Está dispuesta a declarar ante la fiscalía.", "yes"),
        ("No desea poner una denuncia.", "no"),
        ("Elle souhaite déposer plainte contre son employeur.", "yes"),
        ("Il ne veut pas porter plainte.", "no"),
        ("Ela aceita prestar depoimento.", "yes"),
        ("Não quer que se chame a polícia.", "no"),
    ],
)
def test_a_wish_word_then_a_report_act_in_four_languages(text, value):
    assert facts(text)[POLICE] == value


@pytest.mark.parametrize(
    "text",
    [
        "He has already given a statement to the police.",
        "Ya puso la denuncia en la comisaría.",
        "Elle a déjà porté plainte au commissariat.",
        "Já registrou boletim de ocorrência.",
    ],
)
def test_a_report_she_already_made_is_a_wish_for_the_police(text):
    assert facts(text)[POLICE] == "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She refuses outright the police.", "no"),
        ("Il refuse catégoriquement la police.", "no"),
        ("No quiero saber nada de la policía.", "no"),
        ("Ele não quer saber de polícia.", "no"),
        ("She wants nothing to do with the police.", "no"),
    ],
)
def test_refusing_the_police(text, value):
    assert facts(text).get(POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        "She wants her phone back from the police.",
        "Police brought him to the clinic.",
        "The detective wants her to give a statement.",
        "Her brother wants to go to the police.",
        "He has not reported it to anyone.",
        "Elle a peur de la police.",
    ],
)
def test_what_is_not_her_wish_for_the_police(text):
    assert POLICE not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Está pensando si ir a la policía o no.",
        "Ela ainda não sabe se quer ir à polícia, prefere pensar.",
        "She is considering pressing charges.",
    ],
)
def test_a_wish_still_being_weighed_is_undecided(text):
    assert facts(text)[POLICE] == "undecided"


# ------------------------------------------------------------ who knows where she is


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The recruiter found out where she is staying.", "yes"),
        ("Her old boss knows where she lives now.", "yes"),
        ("The man she worked for does not know this address.", "no"),
        ("El explotador averiguó la dirección del refugio.", "yes"),
        ("Su antigua patrona sabe en qué colegio estudia.", "yes"),
        ("Le réseau ne sait pas où elle dort.", "no"),
        ("O aliciador não sabe onde ela mora.", "no"),
        ("Nobody knows she is here.", "no"),
        ("Nadie sabe que está aquí.", "no"),
        ("Personne ne sait qu'elle est ici.", "no"),
        ("Ninguém sabe que eu estou aqui.", "no"),
    ],
)
def test_a_named_exploiter_or_nobody_knowing_where_she_is(text, value):
    assert facts(text)[KNOWS] == value


@pytest.mark.parametrize(
    "text",
    [
        'She told us: "They know where I sleep."',
        "Ellos saben dónde estoy durmiendo.",
        "Ils savent où j'habite.",
        "Eles sabem onde eu moro.",
        "They know she is here, one of them waited by the gate.",
    ],
)
def test_they_knowing_where_she_is_is_clear_in_her_own_words(text):
    assert facts(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker turned up at the clinic this morning.",
        "Her former employer came to our door yesterday.",
        "El patrón vino a preguntar por ella al albergue.",
        "Son ancien patron s'est présenté à notre porte.",
        "O patrão veio perguntar por ela aqui no abrigo.",
        "The foreman is waiting outside in the car park.",
    ],
)
def test_someone_from_the_life_she_left_at_her_door_knows_where_she_is(text):
    assert facts(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Her family knows where she is and supports her.",
        "The police know where she is staying.",
        "Her caseworker knows where she lives.",
        "Su hermana sabe dónde está.",
        "She knows where her cousin lives.",
        "She does not know where she will sleep tonight.",
        # the friend writing: "I" is the friend, not the survivor
        "She is scared, they know where I live and she would come to my flat.",
        "The gang he was with knows the address of the old flat.",
    ],
)
def test_what_says_nothing_of_the_people_she_left_knowing(text):
    assert KNOWS not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Her parents were told, they know where she is.",
        "He can track her phone and they have her address.",
        "Il sait où elle est.",
    ],
)
def test_who_knows_is_unclear_so_it_is_only_offered(text):
    got = extract(text)
    assert KNOWS not in got.values
    assert got.offered().get(KNOWS) == "yes"


# ------------------------------------------------------------ danger now


@pytest.mark.parametrize(
    "text",
    [
        "Now safe at her sister's flat.",
        "Staying with a cousin, safe for now.",
        "He is safe for the moment at the church.",
    ],
)
def test_safe_for_now_is_not_in_danger(text):
    assert facts(text)[DANGER] is False


def test_a_safe_place_is_not_a_statement_about_danger():
    assert DANGER not in extract("She is now safe-house eligible and needs a safe place.").values


def test_a_question_line_with_leading_mark_is_its_own_turn():
    text = "¿Corre peligro ahora?: dice que no\n¿El explotador sabe dónde vive?: no está segura"
    got = extract(text)
    assert got.values[DANGER] is False
    assert got.values[KNOWS] == "unsure"


def test_spanish_sure_is_not_portuguese_safe():
    # "está segura de que..." is "she is sure that...", never "she is safe"
    assert DANGER not in extract("Está segura de que quiere denunciar.").values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Técnica: Está em segurança agora?\nUtente: Estou, estou em casa da minha tia.", False),
        ("Operadora: ¿Estás a salvo ahora?\nUsuaria: Estoy.", False),
        ("Worker: Are you in danger right now?\nClient: I am.", True),
    ],
)
def test_a_reply_that_echoes_the_verb_is_a_yes(text, value):
    assert facts(text)[DANGER] is value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the subject carried from the clause before, or after "que / that"
        ("El explotador es su excuñado y sí sabe dónde vive ella.", "yes"),
        (
            "Me escribieron desde el número de mi prima diciendo que saben en qué calle estoy.",
            "yes",
        ),
        ("The foreman drove him here and is waiting outside in the car park.", "yes"),
        ("The recruiter followed her to the shelter last night.", "yes"),
        ("Aqui ninguém sabe que eu estou.", "no"),
    ],
)
def test_who_knows_across_clauses(text, value):
    assert facts(text)[KNOWS] == value


@pytest.mark.parametrize(
    "text",
    [
        "Her son lives abroad and does not know where she is.",
        "She called her brother, who knows where she is staying.",
        "Nobody knows that she is pregnant.",
    ],
)
def test_family_across_clauses_says_nothing_of_the_people_she_left(text):
    assert KNOWS not in extract(text).values


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Do the people you left know where you are?", "They know."),
        ("¿Saben ellos dónde está usted?", "Saben."),
        ("Est-ce qu'ils savent où vous êtes ?", "Ils savent."),
    ],
)
def test_a_reply_echoing_they_know_is_a_yes(question, reply):
    got = interpret_answer(KNOWS, reply, question=question)
    assert got.values[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Escaped from her pimp and knows where he lives.",
        "The employer knew where she was at all times.",
        "The recruiter knows where her children are.",
        "The traffickers know the address of her mother back home.",
        "El tratante sabe dónde vive su familia.",
        "Ils connaissent l'adresse de sa mère au pays.",
    ],
)
def test_someone_elses_place_or_the_past_is_not_where_she_is_now(text):
    assert KNOWS not in extract(text).values


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Do you feel safe here?", "Not really."),
        ("¿Se siente segura?", "No mucho."),
        ("Vous vous sentez en sécurité ?", "Pas vraiment."),
        ("Sente-se segura?", "Não muito."),
    ],
)
def test_a_soft_no_to_feeling_safe_is_not_a_clear_danger(question, reply):
    assert DANGER not in interpret_answer(DANGER, reply, question=question).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was asked if she wanted to press charges and said no.", "no"),
        ("Asked whether he wants the police involved, he said yes.", "yes"),
        ("When asked about the police, she said no.", "no"),
        ("Se le preguntó si quería denunciar y dijo que no.", "no"),
        ("On lui a demandé si elle voulait porter plainte, elle a dit non.", "no"),
        ("Perguntámos se queria apresentar queixa e disse que não.", "no"),
    ],
)
def test_a_question_told_in_a_note_is_answered_by_what_she_said(text, value):
    assert facts(text)[POLICE] == value


def test_a_question_told_without_its_answer_sets_nothing():
    assert POLICE not in extract("We asked if she wanted to report it.").values


def test_her_own_question_leaves_the_rest_of_the_sentence():
    text = "He would like to work again and asked whether we could help him with a permit."
    assert facts(text)["jobs.wants_employment"] is True


@pytest.mark.parametrize(
    "text",
    [
        "She declined to give a statement.",
        "He refused to press charges.",
        "No quiso declarar ante la fiscalía.",
        "Elle a refusé de porter plainte.",
        "Recusou-se a apresentar queixa.",
    ],
)
def test_refusing_a_report_act_is_a_no(text):
    assert facts(text)[POLICE] == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her location is known to the traffickers.", "yes"),
        ("The recruiter is aware of her new address.", "yes"),
        ("They know she is at the shelter.", "yes"),
        ("The exploiters have no idea where she is.", "no"),
        ("Le proxénète ignore où elle se trouve.", "no"),
        ("Os exploradores não fazem ideia de onde ela está.", "no"),
        ("Trafficker aware of location: yes", "yes"),
    ],
)
def test_knowing_where_she_is_in_other_words(text, value):
    assert facts(text)[KNOWS] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She is at risk tonight.", True),
        ("She received threats this morning.", True),
        ("Recibió amenazas hoy por teléfono.", True),
        ("No immediate risk.", False),
        ("Sin riesgo inmediato.", False),
        ("Pas de risque immédiat.", False),
        ("Sem risco imediato.", False),
        ("She is in a safe place now.", False),
        ("Está en un lugar seguro.", False),
        ("Elle est dans un lieu sûr.", False),
        ("Está num lugar seguro.", False),
    ],
)
def test_danger_now_in_other_words(text, value):
    assert facts(text)[DANGER] is value


@pytest.mark.parametrize(
    "text",
    [
        "No risk assessment was done yet.",
        "She is at risk of deportation.",
        "Sin riesgo de deportación.",
    ],
)
def test_other_risks_are_not_danger_now(text):
    assert DANGER not in extract(text).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She would like to speak to a detective.", "yes"),
        ("Quiere ir a la comisaría.", "yes"),
        ("Elle veut aller au commissariat.", "yes"),
        ("Quer ir à delegacia.", "yes"),
        ("No police.", "no"),
        ("Sin policía, por favor.", "no"),
        ("Pas de police.", "no"),
        ("Sem polícia.", "no"),
    ],
)
def test_police_in_other_words(text, value):
    assert facts(text)[POLICE] == value


def test_a_report_never_filed_says_nothing_of_her_wish():
    assert POLICE not in extract("No police report was filed.").values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ainda não sei.", "undecided"),
        ("Todavía no lo sé.", "undecided"),
        ("Je ne sais pas encore.", "undecided"),
        ("I don't know yet.", "undecided"),
    ],
)
def test_not_knowing_yet_is_undecided_never_a_no(text, value):
    got = interpret_answer(POLICE, text, question="Would you like the police involved?")
    assert got.values[POLICE] == value


@pytest.mark.parametrize(
    "text", ["I don't think so.", "Creo que no.", "Acho que sim.", "Je crois."]
)
def test_an_opinion_on_whether_they_know_is_unsure(text):
    question = "Do the people you left know where you are?"
    assert interpret_answer(KNOWS, text, question=question).values[KNOWS] == "unsure"


def test_not_yet_in_portuguese_is_undecided():
    got = interpret_answer(POLICE, "Ainda não.", question="Quer que a polícia seja envolvida?")
    assert got.values[POLICE] == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She doesn't want the police at the moment but will think about it.",
        "No quiere denunciar por ahora, lo va a pensar.",
        "Elle ne veut pas porter plainte pour l'instant, elle va y réfléchir.",
        "Não quer apresentar queixa agora, vai pensar nisso.",
        "She is unsure about involving the police.",
        "Está indecisa sobre la denuncia.",
        "Elle hésite à porter plainte.",
        "Ela está indecisa sobre a queixa.",
    ],
)
def test_a_no_for_now_she_will_think_over_is_undecided(text):
    assert facts(text)[POLICE] == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She is in danger of losing her visa.",
        "Está en peligro de perder su trabajo.",
        "Elle est en danger de perdre son logement.",
        "Está em perigo de perder o emprego.",
    ],
)
def test_in_danger_of_losing_something_is_not_danger_now(text):
    assert DANGER not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police involved, she does not know yet.",
        "No quiere denunciar, no sabe todavía.",
        "Elle ne veut pas de la police, elle ne sait pas encore.",
        "Não quer a polícia, ainda não sabe.",
    ],
)
def test_a_no_she_does_not_know_yet_is_undecided(text):
    assert facts(text)[POLICE] == "undecided"


@pytest.mark.parametrize(
    "text",
    [
        "She would not mind talking to police.",
        "She will not be able to go to the police without childcare.",
    ],
)
def test_a_would_not_or_will_not_is_no_refusal_of_the_police(text):
    assert facts(text).get(POLICE) != "no"


@pytest.mark.parametrize(
    "text",
    [
        "She wants to go home because the police are looking for her.",
        "She wants to leave before the police come.",
        "She wants to avoid the police.",
        "Quiere irse antes de que llegue la policía.",
        "Elle veut éviter la police.",
        "Ela quer ir embora porque a polícia está à procura dela.",
        "She wants to work and the police said she can.",
        "She would like a lawyer to talk to the police for her.",
    ],
)
def test_only_filler_words_stand_between_her_wish_and_the_police(text):
    assert facts(text).get(POLICE) != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Doesn't want us to tell the police.",
        "Ne souhaite pas que la police soit prévenue.",
        "Elle ne veut surtout pas que la police soit appelée.",
        "Ne souhaite ni rentrer au pays ni porter plainte.",
    ],
)
def test_not_wanting_the_police_told(text):
    assert facts(text)[POLICE] == "no"


def test_coming_with_her_is_not_finding_her():
    # "brought her" says he knows where she was taken, not that he found her again
    assert KNOWS not in extract("The owner came to the hospital with her and left.").values


@pytest.mark.parametrize(
    "text",
    [
        "Worker: Is she safe to call on this number?\nCaller: yes",
        "Agente: ¿Es seguro llamarla a este número?\nVecina: sí",
    ],
)
def test_a_question_about_a_safe_number_is_not_about_danger(text):
    assert DANGER not in extract(text).values


# ------------------------------------------------------------ the writer's not knowing


@pytest.mark.parametrize(
    "text",
    [
        "Perpetrator knows location: unknown",
        "Trafficker aware of address: n/k",
        "Police: not known",
        "¿Sabe el tratante dónde está?: se desconoce",
        "Denuncia: sin información",
        "Le réseau connaît son adresse : inconnue",
        "Plainte : non connu",
        "Polícia: sem informação",
        "O explorador sabe onde ela está: desconhecida",
        # the question not put: the writer's not knowing, never a "no" nor undecided
        "Denuncia: no se preguntó",
        "Denuncia: no se le ha preguntado todavía",
        "Plainte : pas encore demandé",
        "Plainte : question pas posée",
        "Queixa: não se perguntou",
        "Queixa: ainda não perguntado",
        "Police: not yet asked",
        "Police involvement: not raised with her",
        "Knows where she is: was not asked",
        "¿Sabe el tratante dónde vive?: no se preguntó",
    ],
)
def test_a_form_value_that_stands_in_for_none_sets_nothing(text):
    got = extract(text)
    assert not {KNOWS, POLICE} & (set(got.values) | set(got.possible))


@pytest.mark.parametrize(
    "text",
    [
        "Hay que preguntar si el patrón sabe dónde está.",
        "Falta perguntar se o patrão sabe onde ela está.",
        "Still to ask whether the trafficker knows where she lives.",
        "Whether the employer knows her address: not discussed.",
        "Não disse se quer apresentar queixa.",
        "She did not say whether she wants to press charges.",
    ],
)
def test_what_the_writer_has_not_asked_or_does_not_know_says_nothing(text):
    got = extract(text)
    assert not {KNOWS, POLICE} & set(got.values)


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the trafficker knows where she is.",
        "The caseworker asked if the employer has her address.",
        "Le foyer a demandé si le patron sait où elle habite.",
        "Perguntou se o patrão sabe onde ela mora.",
    ],
)
def test_a_question_told_without_its_reply_is_not_a_statement(text):
    assert KNOWS not in extract(text).values


# ------------------------------------------------------------ a police wish said as a request


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She asked us to call the police.", "yes"),
        ("She begged us to call the police right away.", "yes"),
        ("She asked us not to call the police.", "no"),
        ("Pidió que llamáramos a la policía.", "yes"),
        ("Nos pide que se llame a la policia", "yes"),
        ("Nos pidió que no llamáramos a la policía.", "no"),
        ("Elle nous a demandé d'appeler la police.", "yes"),
        ("Elle nous a demandé de ne pas appeler la police.", "no"),
        ("Pediu-nos para chamar a polícia.", "yes"),
        ("Pediu para não chamar a polícia.", "no"),
    ],
)
def test_her_request_that_someone_call_the_police_is_her_wish(text, value):
    assert facts(text)[POLICE] == value


@pytest.mark.parametrize(
    "text",
    [
        "Her sister asked us to call the police.",
        "The employer asked us to call the police on her.",
        "Le patron a demandé d'appeler la police.",
        "She asked about the police.",
        "She asked for her passport back from the police.",
        "The officer asked her to give a statement.",
    ],
)
def test_a_request_by_someone_else_or_about_the_police_is_no_wish(text):
    assert POLICE not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "She is determined to press charges.",
        "She wants to file a complaint against her employer.",
        "Está decidida a denunciar.",
        "Quiere levantar una denuncia.",
        "Elle tient à porter plainte.",
        "Elle veut déposer une plainte.",
        "Faz questão de apresentar queixa.",
        "Quer fazer uma queixa na polícia.",
    ],
)
def test_resolve_and_a_complaint_are_a_police_wish(text):
    assert facts(text)[POLICE] == "yes"


def test_a_complaint_to_the_labour_inspector_is_not_the_police():
    assert POLICE not in facts("She wants to file a complaint with the labour inspector.")


@pytest.mark.parametrize(
    "text",
    [
        "She will decide later whether to go to the police.",
        "Still deciding about the police.",
        "Elle décidera plus tard si elle porte plainte.",
        "Vai decidir depois se apresenta queixa.",
    ],
)
def test_a_decision_left_for_later_is_undecided(text):
    assert facts(text)[POLICE] == "undecided"


def test_a_police_line_answered_refused_is_a_no():
    assert facts("Police: refused")[POLICE] == "no"


# ------------------------------------------------------------ danger now, said many ways


@pytest.mark.parametrize(
    "text",
    [
        "La están siguiendo.",
        "Lo andan vigilando desde ayer.",
        "Ils la surveillent.",
        "On la suit depuis la gare.",
        "Ela está a ser seguida.",
        "Ele está sendo vigiado.",
        "Ela corre perigo.",
        "They are watching her.",
    ],
)
def test_being_followed_or_in_danger_now_is_danger(text):
    assert facts(text)[DANGER] is True


@pytest.mark.parametrize(
    "text",
    [
        "Ela corre perigo de perder o emprego.",
        "Está a ser acompanhada pela psicóloga.",
        "Her sister is waiting outside for her.",
        "The police are outside the shelter.",
        "Is it safe now to call her?",
    ],
)
def test_a_risk_to_something_else_or_someone_safe_nearby_is_no_danger(text):
    assert DANGER not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Safe now.",
        "Danger: none now",
        "Peligro: ninguno por ahora",
        "Danger immédiat : aucun pour l'instant",
        "Perigo: nenhum de momento",
    ],
)
def test_safe_now_and_none_now_are_no_danger(text):
    assert facts(text)[DANGER] is False


# ------------------------------------------------------------ where she is, known or lost


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker has no idea where she went.",
        "The employer lost track of her.",
        "El patrón desconoce su paradero.",
        "La red le perdió la pista.",
        "Le réseau a perdu sa trace.",
        "Le patron ne sait pas où elle est partie.",
        "O empregador desconhece o paradeiro dela.",
        "Os traficantes perderam o rasto dela.",
    ],
)
def test_someone_from_that_life_who_lost_her_trail_does_not_know(text):
    assert facts(text)[KNOWS] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Her family does not know where she went.",
        "The police lost track of her.",
        "Su hermana desconoce su paradero.",
        "Sa mère a perdu sa trace.",
        "A mãe dela desconhece o paradeiro dela.",
    ],
)
def test_her_family_or_helpers_losing_her_trail_says_nothing(text):
    got = extract(text)
    assert KNOWS not in got.values and KNOWS not in got.possible


def test_a_pronoun_that_does_not_know_is_no_clearer_than_one_that_knows():
    # "she" may be the survivor not knowing where he is: offered, never settled
    got = extract("She does not know where he is.")
    assert KNOWS not in got.values
    assert got.possible[KNOWS] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker knows which shelter she is in.",
        "Le proxénète sait dans quel foyer elle est.",
        "O traficante sabe em que abrigo ela está.",
        "El tratante sabe en qué albergue está.",
    ],
)
def test_knowing_which_place_she_is_in_is_knowing_where_she_is(text):
    assert facts(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("¿El agresor conoce su domicilio?: sí", "yes"),
        ("Exploiteur au courant du lieu : non", "no"),
        ("Agressor conhece a localização: não", "no"),
        ("Abuser knows address: Y", "yes"),
    ],
)
def test_a_knows_location_line_in_other_words_is_read_as_its_label(text, value):
    assert facts(text)[KNOWS] == value


def test_a_held_address_is_offered_in_portuguese_too():
    got = extract("O patrão tem a morada dela.")
    assert KNOWS not in got.values
    assert got.possible[KNOWS] == "yes"


@pytest.mark.parametrize(
    ("words", "other"),
    [
        (["son", "titre", "de", "sejour"], False),  # French: her residence permit
        (["son", "de", "honduras"], False),  # Spanish: they are from Honduras
        (["her", "son"], True),
        (["his", "eldest", "son"], True),
        (["a", "son"], True),
    ],
)
def test_son_is_a_child_only_after_a_word_that_makes_it_one(words, other):
    from caseassist.intake.read.roles import _other_subject

    assert _other_subject(words) is other


def test_her_son_is_still_someone_else():
    assert "food.needs_food_now" not in facts("Her son is hungry.")
