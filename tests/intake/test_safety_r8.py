"""Safety, eighth round: kinds of statement about the police wish, where she is known to
be and her danger, read in invented sentences of several shapes (form line, narrative,
chat line, transcript, answer) in en/es/fr/pt, with at least as many readings that must
not fire as must: an officer's or a relative's word, a report someone else made, what
happened rather than what she wants, a place she has left, a past danger."""

from __future__ import annotations

from caseassist.intake.read import interpret_answer
from tests.intake.expect import NOT_CLEAR, check, each, table

POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"
DANGER = "safety.in_immediate_danger"

# ---------------------------------------------------------------- her word, a bare "no police"

SAYS_NO_CASES = [
    *each(
        "no",
        "Man, 23, from Nepal. He says NO police, afraid he will be deported.",
        "[19:12] M. Duarte: no injuries. she says no police, she is scared.",
        "Client was clear: no police.",
        "She insists no police contact at all.",
        "Mujer de 30 años. Dice que nada de policía, tiene miedo.",
        "Llamada 22:10. La usuaria repite que nada de denuncias por ahora.",
        "Femme, 35 ans. Elle dit pas de police pour l'instant.",
        "Il a dit qu'il n'y aura pas de plainte.",
        "Mulher de 40 anos. Diz que nada de polícia.",
        "Ele insiste: nada de queixa por agora.",
    ),
    # must not: someone else's word, a fact about a report, a service's rule, a question
    *each(
        NOT_CLEAR,
        "The officer said no police report is needed.",
        "Her cousin says no police.",
        "The detective says no police protection is available tonight.",
        "Su hermana dice que nada de policía.",
        "El agente dijo que no hay denuncia contra ella.",
        "Le policier dit pas de plainte possible sans papiers.",
        "Sa mère dit pas de police.",
        "O inspetor disse que nada de queixa foi feita.",
        "A prima diz que nada de polícia.",
        "No police report was filed.",
        "She says no. Police were called by a neighbour.",
    ),
]


@table(SAYS_NO_CASES)
def test_her_word_against_the_police(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- a stance "re:" the police

STANCE_CASES = [
    *each(
        "undecided",
        "LE involvement: neighbor called police 10/15 re: shouting, client was not "
        "interviewed. Client undecided re: police.",
        "Client undecided re: police.",
        "Pt unsure re: pressing charges.",
    ),
    *each(
        "no",
        "She does NOT want any further contact with police, she only spoke to them because "
        "she was scared.",
        "Client does not want further contact with the police.",
        "She wants no more contact with the police after tonight.",
    ),
    # must not: a doubt about what happened, a subject line, a reply about the past
    *each(
        NOT_CLEAR,
        "Re: police report, she is not sure whether the police were called.",
        "Regarding the police report, she is not sure whether the police were called.",
        "Re: shouting at the house. Police came to the door.",
        "Undecided re: her return home; the police drove her here.",
    ),
]


@table(STANCE_CASES)
def test_a_stance_on_the_police(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- a told question, then its reply

TOLD_CASES = [
    *each(
        "undecided",
        "RN: Asked about police.\nInterp: She says she is not sure yet, maybe later.",
        "Asked about police. She says she is not sure yet, maybe later.",
        "Questionnée sur la plainte. Elle dit qu'elle ne sait pas encore.",
    ),
    *each(
        "no",
        "RN: Asked about police.\nInterp: She says no.",
        "Preguntada por la policía. Dice que no quiere denunciar.",
        "Perguntada sobre a polícia. Diz que não quer apresentar queixa.",
    ),
    *each(
        "yes",
        "Perguntada sobre a polícia. Diz que sim, quer apresentar queixa.",
        "Asked about the police. She said yes, she wants to make a statement.",
    ),
    # must not: another person's reply, a next sentence that answers nothing, her own question
    *each(
        NOT_CLEAR,
        "Asked about police. Her brother says yes.",
        "Asked about the police. She has two children with her.",
        "She asked about the police. She says she is scared.",
        "Preguntada por la policía. Su madre dice que sí.",
        "Questionnée sur la plainte. L'éducatrice dit qu'elle a peur.",
        "Perguntada sobre a polícia. O irmão diz que não.",
    ),
]


@table(TOLD_CASES)
def test_a_told_question_and_the_reply_after_it(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- her move to the new place

MOVE_CASES = [
    *each(
        "no",
        "Tuvimos que trasladarla porque el tratante descubrió la dirección de nuestro "
        "albergue; él no sabe que viene para allá.",
        "We had to move her because the trafficker found out the address of our shelter; "
        "he does not know she is coming to you.",
        "Nous avons dû la transférer car le proxénète a trouvé l'adresse du foyer ; il ne "
        "sait pas qu'elle vient chez vous.",
        "Tivemos de transferi-la porque o patrão descobriu a morada da casa; ele não sabe "
        "que ela vem para aí.",
        "El patrón la buscó en el albergue. Él no sabe que está aquí.",
        "The trafficker does not know she is coming to you.",
        "O patrão ligou ontem. Ele não sabe que está aqui.",
    ),
    *each(
        "yes",
        "The trafficker knows she is coming to you.",
        "El tratante sabe que viene para acá.",
    ),
    # must not: a place she has left (the move told beside it), someone safe knowing, a
    # "he" that may be another person
    *each(
        NOT_CLEAR,
        "El tratante descubrió la dirección de nuestro albergue. La trasladamos esta tarde.",
        "The trafficker found out the address of our shelter. We moved her to you tonight.",
        "Le proxénète a trouvé l'adresse du foyer. Nous l'avons transférée ce soir.",
        "O patrão descobriu a morada da casa. A transferimos hoje.",
        "Her sister knows she is coming to you.",
        "Sa mère sait qu'elle vient chez vous.",
        "Su hermano la visita. Él sabe que está aquí.",
        "We spoke to her brother and the trafficker. He knows she is here.",
    ),
]


@table(MOVE_CASES)
def test_who_knows_of_her_move(text, expected):
    check(text, KNOWS, expected)


# ---------------------------------------------------------------- a titled person, in her answer

ASKED_KNOWER_CASES = [
    (DANGER, "Ahorita no estoy en peligro; la señora no sabe dónde estoy.", "no"),
    (KNOWS, "La señora no sabe dónde estoy.", "no"),
    (KNOWS, "La señora sabe dónde estoy, vino ayer.", "yes"),
    (DANGER, "The lady doesn't know where I am.", "no"),
    (KNOWS, "No. Madame ne sait pas où je suis.", "no"),
    (DANGER, "A senhora não sabe onde estou, estou tranquila.", "no"),
    (KNOWS, "Mrs Carter knows where I live now.", "yes"),
    # must not: a helper named by her place, a condition, a hedge, another question, her
    # old place, someone else's place
    (KNOWS, "La señora del albergue sabe dónde estoy.", None),
    (KNOWS, "If the lady finds out where I am, she will come.", None),
    (KNOWS, "Se a senhora souber onde estou, vem buscar-me.", None),
    (DANGER, "Creo que la señora no sabe dónde estoy.", None),
    (DANGER, "Peut-être que madame ne sait pas où je suis.", None),
    ("food.needs_food_now", "The lady doesn't know where I am.", None),
    (DANGER, "La señora sabe dónde vivía antes.", None),
    (DANGER, "The lady knows where my sister lives.", None),
]


@table([((q, text), want) for q, text, want in ASKED_KNOWER_CASES])
def test_a_titled_person_in_her_answer_to_a_safety_question(text, expected):
    """`None`: neither a yes nor a no (a hedge may still leave "unsure")."""
    question, words = text
    got = interpret_answer(question, words).values.get(KNOWS)
    if expected is None:
        assert got not in ("yes", "no"), f"{KNOWS}: wanted no yes or no, read {got!r}"
    else:
        assert got == expected, f"{KNOWS}: wanted {expected!r}, read {got!r}"


# ---------------------------------------------------------------- on their side

THEIR_SIDE_CASES = [
    *each(
        "yes",
        "She was forced into sex work by the man who brought her in (says he is her "
        "boyfriend, approx 27). He knows she is here and is waiting in the parking lot.",
        "She worked for the owner's brother. He knows she is here.",
        "The boss's lawyer called. He knows she is at the shelter.",
        "Trabajaba para el hermano del patrón. Él sabe que ella está aquí.",
        "Le frère du patron sait où elle habite.",
        "O irmão do patrão sabe onde ela mora.",
        "The man who brought her (he says he is her uncle) knows where she is staying.",
    ),
    # must not: her own family, a family member who spoke to the boss, a claim that is
    # hers, a wife who may be kind to her
    *each(
        NOT_CLEAR,
        "Her boyfriend brought her in. He knows she is here.",
        "Her brother called the boss. He knows she is here.",
        "Her brother knows where she lives.",
        "The owner's wife is kind to her. She knows she is here.",
        "Su hermana trabajaba para el patrón. Ella sabe dónde está.",
        "Her mother, who says she is her aunt, knows where she is.",
        "Sa mère ne sait pas qu'elle est venue chez nous.",
        "Su mamá no sabe que vino con nosotras.",
    ),
]


@table(THEIR_SIDE_CASES)
def test_a_person_on_the_exploiters_side(text, expected):
    check(text, KNOWS, expected)


ARRIVAL_CASES = [
    *each(
        "no",
        "Le patron ne sait pas qu il est chez nous.",
        "Le patron ne sait pas qu'elle est venue chez nous.",
        "El patrón no sabe que vino con nosotros.",
        "The boss does not know she came to us.",
        "O patrão não sabe que ela veio para cá.",
    ),
    *each(
        "yes",
        "The boss knows she came to us last week.",
        "La patronne sait qu'elle est venue ici.",
    ),
    *each(
        NOT_CLEAR,
        "The boss knows she came to us for English classes in May, before she moved away.",
        "Su amiga sabe que vino con nosotros.",
        "L'assistante sociale sait qu'il est venu chez nous.",
        "A irmã sabe que ela veio para cá.",
        "The boss would know if she came to us.",
    ),
]


@table(ARRIVAL_CASES)
def test_who_knows_of_her_arrival(text, expected):
    check(text, KNOWS, expected)


# ---------------------------------------------------------------- a report she filed, a wish in form words

FILED_CASES = [
    *each(
        "yes",
        "Plainte : déposée par le jeune ce soir, il souhaite poursuivre la procédure.",
        "Complaint filed by the client on Monday.",
        "Complaint filed by her on Monday.",
        "Denuncia presentada por ella el lunes.",
        "Queixa apresentada pela vítima ontem.",
        "Colaboración: manifiesta su voluntad de colaborar con la investigación.",
        "Elle a exprimé sa volonté de porter plainte.",
        "Manifestou vontade de apresentar queixa.",
        "He is willing to give a full statement and has agreed to be a witness.",
    ),
    *each(
        "undecided",
        "No ha decidido aún si poner la denuncia.",
        "Elle n'a pas encore décidé si elle porte plainte.",
    ),
    # must not: a report someone else filed, no agent, a report against her, an officer's
    # willingness, a past report she no longer stands by
    *each(
        NOT_CLEAR,
        "Report filed by transit police (not by client).",
        "Complaint filed by her employer.",
        "La denuncia fue presentada por la empleadora.",
        "Denuncia presentada por el patrón.",
        "Queixa apresentada pela patroa contra ela.",
        "Plainte : déposée ce soir.",
        "Plainte déposée par la mère.",
        "The officer is willing to give a full statement.",
        "Su hermana manifiesta su voluntad de denunciar.",
        "She has not yet made a formal statement.",
    ),
    (
        "Complaint filed by the client on Monday. She now wants nothing more to do with the police.",
        "no",
    ),
]


@table(FILED_CASES)
def test_a_report_she_filed_and_a_wish_in_form_words(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- danger now, not if or then

DANGER_CASES = [
    *each(False, "Não se encontra atualmente em perigo.", "Ela não se encontra em perigo."),
    *each(
        True, "Encontra-se neste momento em perigo.", "Ela está em perigo, ele anda à procura dela."
    ),
    # must not: a danger on a condition (Portuguese "se" + verb), a past danger
    *each(
        NOT_CLEAR,
        "Ela está em perigo se voltar.",
        "Ela se encontra em perigo se voltar para a casa do patrão.",
        "Ela corre perigo se a encontrarem.",
        "Corre perigo se sair do abrigo.",
        "Encontrava-se em perigo na quinta.",
        "She is in danger if they find her.",
    ),
]


@table(DANGER_CASES)
def test_danger_now_not_on_a_condition(text, expected):
    check(text, DANGER, expected)
