"""Several people in one note, eighth round: each age, sex and origin goes to the person
its bracket, its copula or its line is about (`read/value_owner.py`,
`read/person_lines.py`), and hers is applied when exactly one value is hers. Invented
sentences in en/es/fr/pt, narrative, chat, form and transcript shapes, with as many
readings that must not fire as must."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, SILENT, check, each, table

AGE = "person.age"
GENDER = "person.gender"
ORIGIN = "person.country_of_origin"
NAME = "person.name"

# ---------------------------------------------------------------- a bracket after a role

BRACKET_CASES = [
    # hers stands beside another person's age in a bracket after a role
    *each(
        31,
        "Woman, 31, from Peru. The boss (about 50, English only) kept her pay.",
        "[09:12] Ana: client is 31, from Honduras. her recruiter (F, ~45) still calls her",
        "Mujer de 31 años. El capataz (un señor de unos 60 años) no le paga.",
        "Femme de 31 ans. Sa sœur (28 ans) vit à Lyon.",
        "Mulher de 31 anos. O encarregado (um senhor de uns 60 anos, que fala espanhol) não paga.",
        "Homem de 31 anos, angolano. O patrão (45 anos) ameaçou denunciá-lo.",
    ),
    # the other person's age alone: never hers
    *each(
        SILENT,
        "The boss (about 50, English only) kept her pay.",
        "El capataz (un señor de unos 60 años) no le paga.",
        "Sa sœur (28 ans) vit à Lyon.",
        "O encarregado (um senhor de uns 60 anos, que fala espanhol) não paga há 5 meses.",
        "Her recruiter (F, ~45) still calls her.",
        "Le passeur (un homme de 40 ans) a gardé ses papiers.",
    ),
]


@table(BRACKET_CASES)
def test_age_in_a_bracket_after_a_role(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a copula's subject

COPULA_CASES = [
    *each(
        23,
        "23yo male from Nepal. The agent is an older man (~55), speaks Hindi.",
        "Hombre de 23 años. El reclutador es un señor de 50 años.",
        "Homme de 23 ans. Le passeur est un homme de 40 ans.",
        "Brasileira, 23 anos. O agenciador é um homem de 35 anos.",
        'Moça de 23 anos. O "agenciador" tem uns 35 anos, fala inglês.',
    ),
    *each(
        SILENT,
        "The agent is an older man (~55), speaks Hindi and English.",
        "El reclutador es un señor de 50 años.",
        "Le passeur est un homme de 40 ans.",
        "O agenciador é um homem de 35 anos.",
    ),
    # her own copula still gives her age
    *each(
        29,
        "She is a woman of 29 from Kenya.",
        "La usuaria es una mujer de 29 años.",
        "La personne orientée est une femme de 29 ans.",
        "A utente é uma mulher de 29 anos.",
    ),
]


@table(COPULA_CASES)
def test_age_after_a_copula_goes_to_its_subject(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a role's form line

FORM_CASES = [
    *each(
        27,
        "Survivor: Rosa\nRosa: F, 27, Mexico (Oaxaca).\nSpouse: M, 31, speaks Spanish.",
        "Usuaria: F, 27, México.\nCónyuge: M, 31.",
        "Victime : F, 27 ans.\nConjoint : M, 31 ans.",
        "Utente: F, 27, Brasil.\nCônjuge: M, 31.",
    ),
    # the other person's line alone
    *each(
        SILENT,
        "Spouse: M, 31, speaks Spanish and Mixtec.",
        "Cónyuge: M, 31.",
        "Conjoint : M, 31 ans.",
        "Cônjuge: M, 31.",
    ),
]


@table(FORM_CASES)
def test_age_on_another_persons_line(text, expected):
    check(text, AGE, expected)


SEX_CASES = [
    *each(
        "female",
        "Survivor: Rosa\nRosa: F, 27, Mexico.\nSpouse: M, 31.\nRecruiter (M, ~45, English only).",
        "Client F, 31. Recruiter (M, ~45) kept her passport.",
    ),
    *each(
        "male",
        "Client M, 23, from Nepal. Recruiter (F, ~45) kept his passport.",
        "Usuario: M, 23.\nCónyuge: F, 21.",
    ),
    # another person's sex alone tells nothing of hers
    *each(
        SILENT,
        "Spouse: M, 31.",
        "Recruiter (F, ~45, English only) kept the passports.",
        "O encarregado (um senhor de uns 60 anos) não paga.",
        "The agent is an older man and speaks Hindi.",
    ),
]


@table(SEX_CASES)
def test_sex_of_the_person_described(text, expected):
    check(text, GENDER, expected)


# ---------------------------------------------------------------- one line per person

LINE_CASES = [
    (
        "Casal brasileiro.\nEla: Ana, 24 anos, grávida.\nEle: Tiago, 29 anos.\n"
        "This referral is for Tiago; Ana is seen by the women's program.",
        {AGE: 29, GENDER: "male", NAME: "Tiago"},
    ),
    (
        "Pareja.\nElla: Rosa, 31 años, mexicana.\nÉl: Juan, 35 años.\nLa derivación es para Rosa.",
        {AGE: 31, GENDER: "female", NAME: "Rosa"},
    ),
    (
        "Deux personnes.\nElle : Awa, 22 ans.\nLui : Moussa, 30 ans.\n"
        "L'orientation concerne Moussa.",
        {AGE: 30, GENDER: "male", NAME: "Moussa"},
    ),
    (
        "Couple.\nShe: Ana, 24.\nHe: Tom, 29.\nThis referral is for Ana.",
        {AGE: 24, GENDER: "female", NAME: "Ana"},
    ),
    # no word of whom the referral is for: neither line is hers
    (
        "Casal brasileiro.\nEla: Ana, 24 anos.\nEle: Tiago, 29 anos.\nOs dois querem denunciar.",
        {AGE: NOT_CLEAR},
    ),
    ("Couple.\nShe: Ana, 24.\nHe: Tom, 29.", {AGE: NOT_CLEAR, NAME: NOT_CLEAR}),
    # the named person has no line of her own: nothing settled by lines
    (
        "Pareja.\nElla: Rosa, 31 años.\nÉl: Juan, 35 años.\nLa derivación es para Marta.",
        {AGE: NOT_CLEAR},
    ),
    (
        "Deux personnes.\nElle : Awa, 22 ans.\nLui : Moussa, 30 ans.",
        {AGE: NOT_CLEAR},
    ),
]


@table([(text, want) for text, want in LINE_CASES])
def test_the_survivors_line_settles_her_values(text, expected):
    for fact, value in expected.items():
        check(text, fact, value)


# ---------------------------------------------------------------- no age at all

NOT_AN_AGE_CASES = [
    # years of a career, a marriage, experience: how long, never an age
    *each(
        63,
        "Sou advogada (Dra. Helena V., 41 anos de profissão). Cliente: mulher, 63 anos.",
        "Abogada con 20 años de experiencia. Usuaria: mujer, 63 años.",
        "Avocate, 15 ans d'expérience. Cliente : femme, 63 ans.",
        "Lawyer, 30 years of practice. Client: woman, 63 years old.",
    ),
    *each(
        SILENT,
        "Dra. Helena V., 41 anos de profissão, atendo em português.",
        "La abogada tiene 20 años de experiencia en trata.",
        "L'intervenante a 15 ans d'expérience.",
        "Casada, 12 años de casados, sin hijos.",
    ),
    # a child's age, named by birth order, is the child's
    *each(
        32,
        "Appelante : Mon aîné de 15 ans est resté à Abidjan.\nÉcoutante : Et vous ?\n"
        "Appelante : J'ai 32 ans.",
        "Woman, 32. Her eldest, 15, stayed in Manila.",
        "Mulher de 32 anos. O primogênito, de 15 anos, ficou em Luanda.",
    ),
    *each(
        SILENT,
        "Mon aîné de 15 ans est resté à Abidjan.",
        "Her eldest, 15, stayed in Manila with her mother.",
    ),
]


@table(NOT_AN_AGE_CASES)
def test_what_is_not_her_age(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a compatriot

COMPATRIOT_CASES = [
    *each(
        44,
        "Tenemos a un connacional de 44 años, originario de Michoacán.",
        "We have a compatriot of 44 at the consulate.",
        "Temos um conterrâneo de 44 anos aqui no consulado.",
    ),
    # one who came with him is someone else
    *each(
        SILENT,
        "Viene con él un compañero de 23 años que quiere regresar.",
        "Llegó con un primo de 23 años.",
    ),
]


@table(COMPATRIOT_CASES)
def test_a_compatriot_is_the_person_referred(text, expected):
    check(text, AGE, expected)


ORIGIN_CASES = [
    *each("MX", "Rosa: F, 27, Mexico (Oaxaca). Spanish only.", "Client: F, 27, México (Chiapas)."),
    *each(
        "BR",
        "Utente: F, 30, Brasil (Goiás).",
    ),
    # a child's or another person's descriptor is not hers
    *each(
        SILENT,
        "Her daughter, 6, Mexico (Oaxaca), with her grandmother.",
        "Recruiter (F, ~45), Mexico (Sonora).",
    ),
]


@table(ORIGIN_CASES)
def test_origin_in_a_descriptor_with_its_region(text, expected):
    check(text, ORIGIN, expected)


# ---------------------------------------------------------------- two ages in one age field

FIELD_CASES = [
    # a second age after another label in the age field: neither is clear ...
    *each(
        NOT_CLEAR,
        "Âge : 17 ans – selon la police : 16 ans.",
        "Edad: 17 años - según la tía: 16 años.",
        "Idade: 17 anos – segundo a tia: 16 anos.",
        "Age: 17 - per her aunt: 16.",
    ),
    # ... unless the label marks a correction: the correction reader takes the new one
    *each(
        16,
        "Personne concernée : garçon\nÂge : 17 ans – rectificatif : 16 ans selon son acte.",
        "Edad: 17 años - corrección: 16 años según su acta.",
        "Idade: 17 anos – retificação: 16 anos.",
        "Age: 17 yrs - correction: 16 per her ID.",
    ),
    # a length after another label does not make her age unclear
    *each(
        17,
        "Âge : 17 ans – arrivée : 2 ans.",
        "Edad: 17 años. Tiempo en el país: 2 años.",
        "Idade: 17 anos – no país: 3 anos.",
        "Age: 17 years old. In the country: 2 years.",
    ),
]


@table(FIELD_CASES)
def test_two_ages_in_the_age_field(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- titles and the man met before

TITLE_CASES = [
    # a title opening the sentence's people is hers, another person named later
    *each(
        "male",
        "El Sr. Ramiro ya no necesita albergue, desde el lunes se queda con su hermano.",
        "Mr. Budi left the vessel on Friday and wants us to call his wife.",
        "O Sr. Tiago chegou ontem, a irmã dele ligou depois.",
    ),
    *each(
        "female",
        "Mme Diallo est arrivée hier avec son frère.",
        "A Sra. Joana ficou com o irmão dela.",
        "Mrs. Okafor came in with her cousin this morning.",
    ),
    # a title set beside a role, or after one, is the other person's
    *each(
        SILENT,
        "Her boss Mr. Lee kept the passports.",
        "Mr. Lee, her employer, kept the passports.",
        "La Sra. Pérez, su patrona, tiene los pasaportes.",
        "Le patron, M. Dubois, garde les papiers.",
    ),
]


@table(TITLE_CASES)
def test_a_title_before_the_other_people(text, expected):
    check(text, GENDER, expected)


MET_BEFORE_CASES = [
    # her gender told, "the man" / "el hombre" / "l'homme" / "o homem" is the one met before
    *each(
        "female",
        "We have a lady here, she is 45. She worked for a man who took her wages. "
        "The man came to the church asking for her.",
        "Es una mujer de 40 años, trabajaba para un hombre que le quitaba el sueldo. "
        "El hombre vino ayer a buscarla.",
        "C'est une femme de 35 ans. Elle travaillait pour un homme. L'homme est venu la chercher.",
        "É uma mulher de 30 anos. Trabalhava para um homem. O homem veio procurá-la ontem.",
    ),
    *each(
        "male",
        "A man of 50 at the church. He cleaned for a woman who kept his pay. "
        "The woman called him last night.",
    ),
    # with nothing told before, the definite noun is the person described
    *each(
        "male",
        "The man is 50 and needs a bed tonight.",
        "El hombre tiene 50 años y necesita cama esta noche.",
    ),
    *each("female", "A mulher tem 35 anos e precisa de uma cama hoje."),
]


@table(MET_BEFORE_CASES)
def test_the_person_met_before(text, expected):
    check(text, GENDER, expected)


# ---------------------------------------------------------------- years spent doing something

YEARS_DOING_CASES = [
    # how long she did something, beside her age: her age stands
    *each(
        62,
        "Don Jean, un señor haitiano de 62 años que tiene más de veinte años cortando caña.",
        "Idade: 62 anos\nSituação: trabalhou cerca de 30 anos como doméstica.",
        "Man, 62, from Haiti; he has 20 years working the cane fields.",
        "Homme de 62 ans, 30 ans comme ouvrier agricole.",
        "Senhor de 62 anos, tem 40 anos trabalhando na roça.",
    ),
    # how long alone: never an age
    *each(
        SILENT,
        "Tiene más de veinte años cortando caña para el mismo ingenio.",
        "Trabalhou cerca de 30 anos como doméstica para uma família.",
        "She has 20 years working as a nanny.",
        "Il a fait 30 ans comme ouvrier agricole.",
    ),
    # a word for her, then her age and a gerund: still her age
    *each(
        40,
        "Mujer de 40 años trabajando en una casa de familia.",
        "Mulher de 40 anos trabalhando em casa de família.",
    ),
]


@table(YEARS_DOING_CASES)
def test_years_spent_doing_something(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a speaker who calls for her

REFERRER_CASES = [
    # the speaker calls for a friend or relative: the speaker's "I am 30" is not hers
    *each(
        23,
        "Visitor: hi, i am asking for my friend, she is from Kenya, she is 23\n"
        "Intake: Is your friend with you?\n"
        "Visitor: yes she is next to me, she says ok to talk\n"
        "Visitor: i am 30 and i have my own papers, its just for her",
        "LIG: Estou a ligar por causa da minha prima. Ela tem 23 anos.\n"
        "OP: Ela tem onde dormir?\nLIG: Ela fica comigo hoje.\n"
        "LIG: Eu tenho 40 anos e nunca vi uma coisa assim.",
        "Vecina: Llamo por mi vecina, ella tiene 23 años.\nOperadora: ¿Está con usted?\n"
        "Vecina: Sí, ella está aquí conmigo.\nVecina: Yo tengo 52 años y vivo sola.",
        "Cousin : J'appelle pour ma cousine, elle a 23 ans.\nÉcoutante : Elle est avec vous ?\n"
        "Cousin : Oui, elle est à côté.\nCousin : Moi j'ai 41 ans.",
    ),
    # the speaker alone speaks of herself: her "I" stays hers
    *each(
        30,
        "Visitor: hi, i need help, i am 30\nIntake: Are you safe?\n"
        "Visitor: yes. my friend lets me sleep at her place, she is kind",
        "LIG: Preciso de ajuda. Tenho 30 anos.\nOP: Está segura?\n"
        "LIG: Sim, estou em casa da minha amiga.",
        "Usuaria: Necesito ayuda, tengo 30 años.\nOperadora: ¿Está a salvo?\n"
        "Usuaria: Sí, estoy con mi hermana, ella me cuida. Ella trabaja de noche.",
    ),
    # the referrer's own age with no age of hers: none
    *each(
        SILENT,
        "Visitor: i am asking for my friend, she is from Kenya\nIntake: ok\n"
        "Visitor: she is scared. i am 30, i am fine",
        "LIG: Ligo por causa da minha prima. Ela saiu de casa.\nOP: Certo.\n"
        "LIG: Ela está comigo. Eu tenho 40 anos.",
    ),
]


@table(REFERRER_CASES)
def test_a_speaker_who_calls_for_her(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a question about another person

ASKED_ABOUT_CASES = [
    # her age asked and answered, then another person's: hers stands
    *each(
        32,
        "Écoutante : Et vous, quel âge avez-vous ?\nAppelante : 32 ans.\n"
        "Écoutante : Et votre fils ?\nAppelante : Il a 7 ans.",
        "Operadora: ¿Qué edad tiene?\nUsuaria: 32.\nOperadora: ¿Y su hija?\nUsuaria: Tiene 8 años.",
        "OP: Quantos anos tem?\nUTENTE: 32.\nOP: E o seu marido?\nUTENTE: Ele tem 35.",
        "Staff: How old are you?\nCaller: 32.\nStaff: And your sister?\nCaller: She is 19.",
    ),
    # the reply about another person alone: never hers
    *each(
        SILENT,
        "Écoutante : Et votre fils ?\nAppelante : Il a 7 ans.",
        "Operadora: ¿Y su hija?\nUsuaria: Tiene 8 años.",
        "Voluntaria: ¿Y tu hermano?\nChica: Tiene 25 años.",
        "OP: E o seu marido?\nUTENTE: Ele tem 35 anos.",
        "Staff: And your sister?\nCaller: She is 19 years old.",
    ),
    # a question that names her too is hers
    *each(
        30,
        "Écoutante : Et vous, votre âge ?\nAppelante : 30 ans.",
        "Staff: And you, how old are you?\nCaller: 30 years old.",
    ),
]


@table(ASKED_ABOUT_CASES)
def test_a_reply_about_another_person(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a line labelled with a kin word

KIN_LINE_CASES = [
    (
        "Pt: M, 31, Honduras.\nWife: F, 29, stays home with the kids.",
        {AGE: 31, GENDER: "male"},
    ),
    ("Client F 34, Peru.\nHusband: M 40.", {AGE: 34, GENDER: "female"}),
    ("Usuaria: F, 34, Perú.\nEsposo: M, 40 años.", {AGE: 34, GENDER: "female"}),
    ("Victime : homme, 24 ans.\nÉpouse : F, 22 ans.", {AGE: 24, GENDER: "male"}),
    ("Utente: H, 24 anos.\nMãe: 60 anos, mora em Luanda.", {AGE: 24}),
    # the kin line alone tells nothing of her
    ("Wife: F, 29, stays home.", {AGE: SILENT, GENDER: SILENT}),
    ("Madre: 60 años, vive en Lima.", {AGE: SILENT}),
    ("Mère : 45 ans, vit à Abidjan.", {AGE: SILENT}),
    # without a colon a kin word may describe her
    ("Mother, 28, from the Dominican Republic, with her 3 children.", {GENDER: "female"}),
]


@table(KIN_LINE_CASES)
def test_a_line_labelled_with_a_kin_word(text, expected):
    for fact, value in expected.items():
        check(text, fact, value)
