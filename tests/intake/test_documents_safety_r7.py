"""Documents and safety, seventh round: her identity document read as a frame (the
document word, its possessor, the verb beside it and that verb's subject;
`read/document_frames.py`), in invented sentences of several shapes in en/es/fr/pt, with
as many readings that must not fire as must."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, NOT_NO, NOT_YES, OFFERED, check, each, table

DOCS = "legal.has_identity_documents"

# ---------------------------------------------------------------- who holds it

HOLDER_CASES = [
    # a third person "they", or a pronoun whose person is not the possessor's: none
    *each(
        False,
        "Woman, 41. She cleaned their house for years and they kept her passport.",
        "Man, 27. They still hold his ID card.",
        "Woman, 35, from Peru. He took her passport when they landed.",
        "Man, 52. She has kept his passport since he started on the farm.",
        "Mujer de 30 años. Le quitaron el pasaporte al llegar.",
        "Hombre de 44 años. Le retienen la cédula desde enero.",
        "Femme de 29 ans. Ils ont confisqué son passeport à l'aéroport.",
        "Femme de 33 ans, il a gardé son passeport.",
        "Mulher de 38 anos. Tiraram-lhe o passaporte.",
        "Homem de 25 anos. Ficaram com os documentos dele na obra.",
    ),
    # someone named holds it, before the verb, past a bracket or a relative "who"
    *each(
        False,
        "The family she nannied for (two kids, Brookline) keeps her passport.",
        "Her nephew holds her passport and will not give it to her.",
        "A restaurant owner, who still has her ID card, calls her every day.",
        "La patrona (62 años) guarda su pasaporte en su cuarto.",
        "Trabajaba en una finca con un capataz, que tiene su cédula.",
        "Elle gardait les enfants d'un couple, qui a gardé sa carte d'identité.",
        "Le beau-frère détient son passeport depuis son arrivée.",
        "A patroa (55 anos) tem o passaporte dela.",
        "Vivia com um primo, que guarda o documento de identidade dela.",
    ),
    # her own subject, or "with her" after it: hers
    *each(
        True,
        "Man, 30. He carries his own passport.",
        "Woman, 26. She brought her passport with her.",
        "Femme de 40 ans. Sa carte d'identité nationale est avec elle.",
        "Mujer, 28 años. Su pasaporte hondureño está con ella.",
        "Mulher de 45 anos. O passaporte dela está com ela.",
        "Hombre de 50 años. La cédula la tiene él.",
    ),
    # must not: a copy, another person's document, someone safe holding it, a status
    *each(
        NOT_CLEAR,
        "Woman, 30. They kept a copy of her passport.",
        "Man, 41. The police hold his passport as evidence.",
        "Mujer de 35 años. Su abogada guarda su pasaporte.",
        "Femme de 22 ans. L'avocate garde son passeport au cabinet.",
        "Mulher de 31 anos. A polícia tem o passaporte dela.",
        "Woman, 36. He has his passport; she is with him.",
        "Mujer de 29 años. No tiene papeles.",
    ),
    *each(
        NOT_NO,
        "Woman, 30. They kept the passport number on file.",
        "Man, 40. The boss took his son's passport.",
        "Mujer de 28 años. El patrón tiene el pasaporte de su hija.",
        "Femme de 35 ans. Le patron a gardé le passeport de son fils.",
        "Mulher de 32 anos. O patrão ficou com o passaporte do filho.",
    ),
]


@table(HOLDER_CASES)
def test_who_holds_her_document(text, expected):
    check(text, DOCS, expected)


# ---------------------------------------------------------------- held by, with, given back

AFTER_CASES = [
    # held by someone from that life, after the document, past a second document or an
    # adjective: none
    *each(
        False,
        "Documents: passport and work book retained by the labour broker.",
        "ID: national ID card kept by the agency, never returned.",
        "His passport and birth certificate are with the captain.",
        "Pasaporte y cédula retenidos por el contratista.",
        "Passeport et carte d'identité confisqués par le passeur.",
        "Passaporte e cartão de residência retidos pelo empregador.",
    ),
    # taken, then given back in the same sentence, or wanted back: back / none
    *each(
        True,
        "The recruiter held his passport, which detectives recovered and returned to him.",
        "La patrona retenía su pasaporte, que la policía le devolvió ayer.",
        "Le patron gardait son passeport, qu'elle a récupéré la semaine dernière.",
        "O patrão tinha o passaporte, que ela recuperou ontem.",
    ),
    *each(NOT_YES, "Passport: held by the police as evidence."),
    *each(
        False,
        "She wants help getting her passport back from the farm owner.",
        "Quiere recuperar su pasaporte, lo tiene el dueño del bar.",
        "Elle voudrait récupérer sa carte de séjour.",
        "Quer recuperar o passaporte que ficou com a patroa.",
    ),
    # must not: held by the police or a lawyer, a wish for a new one, "getting" not back
    *each(
        NOT_CLEAR,
        "Pasaporte retenido por la fiscalía.",
        "Woman, 30. She needs to get a passport.",
        "Woman, 30. Getting her passport renewed is her first wish.",
    ),
]


@table(AFTER_CASES)
def test_what_follows_her_document(text, expected):
    check(text, DOCS, expected)


# ---------------------------------------------------------------- without it, and the past

LACK_CASES = [
    *each(
        False,
        "Woman, 24. She ran out last night without her passport.",
        "Salió de la casa sin su pasaporte ni su teléfono.",
        "Elle est partie sans ses papiers d'identité.",
        "Saiu da casa sem o passaporte dela.",
        "No trae papeles, el dueño se quedó con todo.",
    ),
    # must not: another person without one, "sans papiers" as a status, a past "had"
    *each(
        NOT_CLEAR,
        "Her husband came without his passport.",
        "Su hermano llegó sin pasaporte.",
        "Elle est sans papiers depuis deux ans.",
        "O marido dela está sem passaporte.",
    ),
    *each(
        OFFERED,
        "Femme de 30 ans. L'employeur avait ses papiers.",
        "Woman, 45. The employer had her passport.",
    ),
    *each(
        NOT_YES,
        "Mujer de 40 años. La familia tenía su pasaporte.",
        "Mulher de 50 anos. A patroa tinha o passaporte dela.",
    ),
]


@table(LACK_CASES)
def test_without_it_and_held_before(text, expected):
    check(text, DOCS, expected)


# ---------------------------------------------------------------- in her own turn

TURN_CASES = [
    *each(
        False,
        "Llamante: No, ella tiene mi pasaporte y mi acta.",
        "Caller: no, she has my passport.",
        "Appelante : non, il a mes papiers.",
        "Ligante: não, ela tem o meu passaporte.",
    ),
]


@table(TURN_CASES)
def test_her_document_held_by_a_third_person_in_her_turn(text, expected):
    check(text, DOCS, expected)


# ---------------------------------------------------------------- a decision not made yet

POLICE = "safety.wants_law_enforcement"
KNOWS = "safety.trafficker_knows_location"

OPEN_DECISION_CASES = [
    # a negated deciding verb and a "whether": her wish inside it is undecided, never a
    # yes ("quiere poner una denuncia") or a no (the negator before it)
    *each(
        "undecided",
        "Todavía no decidió si quiere denunciar.",
        "No decidió todavía si quiere poner una denuncia.",
        "Aún no decide si denunciar.",
        "Elle n'a toujours pas décidé si elle veut porter plainte.",
        "Ainda não decidiu se vai apresentar queixa.",
    ),
    *each(
        NOT_YES,
        "She hasn't decided yet if she wants to report him.",
        "Él no decidió si va a declarar contra el patrón.",
        "Il n'a pas encore décidé s'il veut parler à la police.",
        "Ele não decidiu se quer fazer queixa na polícia.",
    ),
    # must not: a decision made, a refusal decided, a plain wish
    *each("yes", "She decided to report him.", "Decidió denunciar."),
    *each(
        "no",
        "No quiere denunciar, ya lo decidió.",
        "Elle a décidé de ne pas porter plainte.",
    ),
    *each(NOT_NO, "Ela decidiu apresentar queixa."),
]


@table(OPEN_DECISION_CASES)
def test_a_decision_not_made_yet_is_undecided(text, expected):
    check(text, POLICE, expected)


KNOWS_DOUBT_CASES = [
    # someone from that life knowing (or not) the place she is in now, named as this one
    *each(
        "no",
        "Woman, 30. The trafficker does not know about this shelter.",
        "Mujer de 30 años. El tratante no sabe de este lugar.",
        "Mulher de 30 anos. O patrão não conhece esta casa.",
        "Mulher de 30 anos. O aliciador não sabe deste abrigo.",
        "Femme de 30 ans. Le réseau ne connaît pas notre adresse.",
    ),
    *each(
        "yes",
        "Woman, 30. The boss knows about this place.",
        "Mujer de 30 años. El patrón conoce este albergue.",
    ),
    # must not: she herself, her family, someone unnamed, nobody
    *each(
        NOT_CLEAR,
        "Woman, 30. She knows this place well.",
        "Mujer de 30 años. Ella conoce este albergue.",
        "Mujer de 30 años. Su hermana sabe de este lugar.",
        "Femme de 30 ans. Sa cousine connaît ce foyer.",
        "Mulher de 30 anos. A irmã dela conhece esta casa.",
        "Woman, 30. He does not know about this shelter.",
    ),
    *each("unsure", "She is not sure whether he knows where she is."),
    *each(
        NOT_YES,
        "No está segura de si el patrón sabe dónde está.",
        "Elle n'est pas sûre que le réseau sache où elle est.",
        "Não tem a certeza se o patrão sabe onde ela está.",
    ),
]


@table(KNOWS_DOUBT_CASES)
def test_a_doubt_whether_he_knows_is_no_yes(text, expected):
    check(text, KNOWS, expected)


# ---------------------------------------------------------------- a report, and "LE"

REPORT_CASES = [
    *each(
        "no",
        "She does not want to make a report.",
        "Security called the police about him, but she does not want to file a report herself.",
        "Declines LE.",
        "Pt declines LE involvement.",
    ),
    *each("yes", "She wants to make a report.", "He would like to file a report against the boss."),
    # must not: someone else's report, "le" as a French article, a refusal of something else
    *each(
        NOT_CLEAR,
        "Her cousin made a report last year.",
        "The employer made a police report against her.",
        "Elle refuse le repas.",
        "She declined the offer of a bed.",
        "LE contacted by ER staff.",
        "Il a refusé le travail.",
    ),
]


@table(REPORT_CASES)
def test_a_report_and_law_enforcement_shorthand(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- an aside between commas

ASIDE_CASES = [
    *each(
        "undecided",
        "Ela ainda não decidiu se quer, por sua vez, apresentar queixa.",
        "Todavía no decidió si quiere, por su parte, denunciar.",
    ),
    *each(
        "yes",
        "She, for her part, wants to press charges.",
        "Ella, por su parte, quiere denunciar al patrón.",
    ),
    *each(
        "no",
        "Elle, pour sa part, ne veut pas porter plainte.",
        "Ela, por sua vez, não quer apresentar queixa.",
    ),
    # must not: someone else's wish beside hers, a time aside kept as a time
    *each(
        NOT_YES,
        "Su hermano quiere denunciar; ella, por su parte, no.",
        "Her cousin, for his part, wants to press charges.",
        "Le frère, quant à lui, veut porter plainte.",
        "O irmão dela, por sua vez, quer apresentar queixa.",
    ),
]


@table(ASIDE_CASES)
def test_a_connective_aside_keeps_the_statement_whole(text, expected):
    check(text, POLICE, expected)


# ---------------------------------------------------------------- her own act to come

FUTURE_CASES = [
    *each(
        "yes",
        "She said she would talk to the detective.",
        "He agreed to meet the investigator tomorrow.",
        "Dijo que hablará con el detective.",
        "Elle a dit qu'elle parlerait à l'enquêteur.",
        "Ela disse que vai falar com o investigador amanhã.",
    ),
    # must not: someone else's act, the police acting on her, a labour inspector, a clinic
    *each(
        NOT_YES,
        "The caseworker will talk to the police.",
        "The detective will talk to her tomorrow.",
        "Su hermana va a hablar con la policía.",
        "Ela vai falar com o inspetor do trabalho.",
        "He will go to the labour inspector.",
        "She will go to the clinic.",
        "She will go to the police only if her children are safe.",
    ),
]


@table(FUTURE_CASES)
def test_her_own_contact_to_come_with_the_police(text, expected):
    check(text, POLICE, expected)
