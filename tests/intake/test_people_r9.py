"""Who she is, ninth round: ages that belong to several people (a list, a span) or to
an indefinite person of the other sex are never hers (`read/age_spans.py`,
`read/other_sex_ages.py`); a chat line's clock time is no reply to "how old"
(`read/ages.py`); a form label that names her by her role reads as the plain label
(`read/role_labels.py`). Invented sentences in en/es/fr/pt, in form, narrative, chat,
transcript and school-letter shapes, with as many readings that must not fire as must."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, SILENT, check, each, table

AGE = "person.age"
GENDER = "person.gender"
ORIGIN = "person.country_of_origin"

# ---------------------------------------------------------------- several people's ages

SPAN_CASES = [
    # hers beside a list or a span of other people's ages
    *each(
        47,
        "Man, 47, from Ecuador. The other workers (aged 19 to 30) were sent elsewhere.",
        "Se deriva a un hombre de 47 años. Los demás (entre 19 y 30 años) van a otra entidad.",
        "Âge : 47 ans\nLes trois autres ouvriers (19 à 30 ans) sont hébergés ailleurs.",
        "Homem de 47 anos, angolano. Os colegas, entre 19 e 30 anos, ficaram na quinta.",
        "Elle a 47 ans. Ses enfants, 9 et 12 ans, sont au pays.",
        "Mujer de 47 años; sus hijos tienen 8 y 11 años.",
    ),
    # a list or span alone: no one person's age
    *each(
        SILENT,
        "The other men (between 19 and 30 years old) stay at the farm.",
        "Los demás trabajadores (entre 19 y 30 años) se derivaron a otra entidad.",
        "Les autres ouvriers, sénégalais, 19 à 30 ans, parlent wolof.",
        "Os outros, dos 19 aos 30 anos, continuam na obra.",
        "Oui, les deux, 3 et 7 ans, sont avec elle.",
        "Trabalhadores de 20 a 35 anos foram encontrados no local.",
    ),
]


@table(SPAN_CASES)
def test_ages_of_several_people_are_not_hers(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- a clock time in a chat

CHAT = {
    "en": "[02:16] Advisor: How old are you?\n[02:17] Survivor: {n}\n[02:17] Advisor: Are you safe?",
    "es": "[01:54] Orientadora: ¿Cuántos años tienes?\n[01:55] Usuaria: {n}\n[01:55] Orientadora: ¿Estás a salvo?",
    "fr": "[23:40] Écoutante : Quel âge avez-vous ?\n[23:41] Appelante : {n}\n[23:41] Écoutante : Vous êtes en sécurité ?",
    "pt": "[00:12] Voluntária: Quantos anos tem?\n[00:13] Utente: {n}\n[00:13] Voluntária: Está em segurança?",
}
CLOCK_CASES = [
    *[(CHAT[lang].format(n=n), n) for lang in CHAT for n in (20, 34)],
    # a reply that gives no number: the clock's minutes are never an age
    *each(
        SILENT,
        CHAT["en"].format(n="rather not say"),
        CHAT["es"].format(n="prefiero no decirlo"),
        CHAT["fr"].format(n="je préfère ne pas dire"),
        CHAT["pt"].format(n="prefiro não dizer"),
        "[02:16] Advisor: Where are you now?\n[02:17] Survivor: at the station",
        "[14:25] Orientadora: ¿Dónde estás?\n[14:26] Usuaria: en la estación",
    ),
]


@table(CLOCK_CASES)
def test_a_chat_clock_time_is_no_age(text, expected):
    check(text, AGE, expected)


# ---------------------------------------------------------------- her role in a label

ROLE_LABEL_CASES = [
    *each(
        15,
        "STUDENT SUPPORT REFERRAL\nStudent age: 15\nGender: female",
        "Pupil's age: 15",
        "- Client age: 15",
        "Fiche de liaison\nÂge de l'élève : 15 ans\nSexe : F",
        "Âge du jeune : 15 ans",
        "Edad del menor: 15\nSexo: varón",
        "Edad de la alumna: 15 años",
        "Idade da aluna: 15\nNacionalidade: guineense",
        "Idade do utente: 15 anos",
    ),
    # a label naming another person keeps its words and gives her nothing
    *each(
        SILENT,
        "Mother's age: 40",
        "Âge de la tante : 40 ans",
        "Edad del patrón: 40",
        "Idade do patrão: 40",
        "Teacher age: 40",
        "Âge de l'employeur : 40 ans",
    ),
]


@table(ROLE_LABEL_CASES)
def test_age_label_that_names_her_role(text, expected):
    check(text, AGE, expected)


ROLE_ORIGIN_CASES = [
    *each("HN", "Pupil nationality: Honduran", "Student country of birth: Honduras"),
    *each(
        "NI", "Nacionalidad del trabajador: nicaragüense", "Nacionalidad de la usuaria: Nicaragua"
    ),
    *each("AO", "Nacionalidade do trabalhador: angolano", "Nacionalidade da utente: Angola"),
    *each("ML", "Nationalité du travailleur : malien", "Pays d'origine de l'élève : Mali"),
    *each(
        NOT_CLEAR,
        "Employer nationality: Honduran",
        "Nacionalidad del patrón: nicaragüense",
        "Nationalité de l'employeur : malien",
        "Nacionalidade do patrão: angolano",
    ),
]


@table(ROLE_ORIGIN_CASES)
def test_origin_label_that_names_her_role(text, expected):
    check(text, ORIGIN, expected)


ROLE_SEX_CASES = [
    # the role word of the label still tells her sex where it agrees in gender
    *each("female", "Idade da aluna: 15", "Edad de la alumna: 15 años"),
    # a masculine role word in a form is the generic one ("Edad del menor" for a girl too)
    *each(NOT_CLEAR, "Student age: 15", "Âge de l'élève : 15 ans", "Edad del alumno: 15 años"),
    *each(NOT_CLEAR, "Âge du jeune : 15 ans", "Edad del menor: 15"),
    ("Idade do aluno: 15", "male"),  # the pt folder lists "aluno" as a man's word
]


@table(ROLE_SEX_CASES)
def test_role_label_keeps_the_sex_its_word_gives(text, expected):
    check(text, GENDER, expected)


# ---------------------------------------------------------------- the other sex

OTHER_SEX_CASES = [
    *each(
        15,
        "Student age: 15\nGender: female\nConcern: a 22-yr-old man has been arranging dates for her.",
        "Girl, 15. A 30 year old man picks her up after school.",
        "Chica de 15 años. Un hombre de 30 años la recoge a la salida del colegio.",
        "Jeune fille de 15 ans. Un homme de 30 ans l'attend à la sortie du collège.",
        "Menina de 15 anos. Um homem de 30 anos vai buscá-la à escola.",
        "Boy, 15. A woman of 40 keeps his papers.",
    ),
    # the other-sex person's age alone, or a same-sex indefinite person: never read away
    *each(
        NOT_CLEAR,
        "Gender: female. A 22-yr-old man has been arranging dates for her.",
        "Mujer. Un hombre de 40 años la controla.",
        "Femme. Un homme de 40 ans la surveille.",
        "Mulher. Um homem de 40 anos controla-a.",
    ),
]


@table(OTHER_SEX_CASES)
def test_age_of_an_indefinite_person_of_the_other_sex(text, expected):
    check(text, AGE, expected)


OTHER_SEX_GENDER_CASES = [
    # an indefinite noun after an age written before it brings in someone else
    *each(
        "female",
        "Girl, 15. A 30 year old man picks her up after school.",
        "Woman, 34, from Peru. A 40-yr-old man keeps her passport.",
    ),
    *each("male", "Boy, 16, from Guinea. A 45 year old woman sends him to beg."),
    # the person the note opens with, introduced with an age: that is the survivor
    *each(
        "male",
        "A 30 year old man, Nigerian, was found at the station.",
        "Referral for a 58-yr-old man from Nicaragua.",
    ),
    *each("female", "A 41 year old woman from the Philippines knocked on the door."),
]


@table(OTHER_SEX_GENDER_CASES)
def test_gender_beside_an_aged_indefinite_person(text, expected):
    check(text, GENDER, expected)


# ---------------------------------------------------------------- whose sex a noun tells

SEX_CASES = [
    # another person's relative, a passer-by's sex mark, a letter's salutation: never hers
    *each(
        "female",
        "A woman, 41, knocked on the door. The employer's husband came asking for her.",
        "Client is a woman from Peru. The farmer's son drove her to the station; she is safe.",
        "Madame, Monsieur,\nNous vous adressons Mme K., 38 ans, ivoirienne. Elle parle français.",
        "Estimados señores:\nLes derivamos a la Sra. P., de 40 años. Ella habla español.",
        "Prezados senhores,\nEncaminhamos a Sra. F., 66 anos. Ela fala crioulo.",
        "Señora, 45 años, hondureña, sin documentos.",
    ),
    *each(
        "male",
        "Subject: adult male, age 66. A passerby (F, approx. 30) called 911. He needs a bed.",
        "Dear Sir or Madam,\nWe refer Mr. T., 29, to you. He speaks Haitian Creole.",
        "Un transeúnte (mujer, unos 30 años) llamó al 112. El señor tiene 70 años; él está solo.",
        "Accueil de jour, passage spontané. Monsieur, 63 ans, du Congo-Brazzaville.",
        "Senhor, 70 anos, angolano, dorme na rua.",
    ),
    # the salutation alone, a relative alone: no sex of hers
    *each(
        NOT_CLEAR,
        "Madame, Monsieur,",
        "Dear Sir or Madam,",
        "Prezados senhores,",
        "The employer's husband came to the door at 9:30.",
        "A passerby (F, approx. 30) called 911.",
        "Estimadas señoras:",
    ),
]


@table(SEX_CASES)
def test_sex_words_that_describe_someone_else(text, expected):
    check(text, GENDER, expected)


# ---------------------------------------------------------------- a titled name

TITLED_CASES = [
    # the titled person after "de / of", an article or a verb: the age is that person's
    *each(
        29,
        "Je suis l'avocate de M. P., 29 ans, de nationalité haïtienne.",
        "Bom dia, colegas,\nEncaminhamos a Sra. F., 29 anos, cabo-verdiana.",
        "Les escribo como abogada de la Sra. R., 29 años, hondureña.",
        "I am writing as the lawyer of Mr. T., 29 years old, from Haiti.",
        "Msg left by a neighbour, Mrs. Lee (she is 68). She is calling for a woman, 29 yrs old.",
        "Le foyer nous adresse Mme D., 29 ans. Son patron, M. R. (55 ans), la menace.",
    ),
    # a titled name in apposition to another person: that person's age, never hers
    *each(
        SILENT,
        "Her boss, Mr. Lee, 50, kept her passport.",
        "Msg left by a neighbour, Mrs. Lee (she is 68, English speaker).",
        "Le patron, M. R., 55 ans, a gardé son passeport.",
        "El empleador, Sr. Gómez, 60 años, no le pagaba.",
        "A patroa, D. Rosa, 70 anos, ficou com o passaporte.",
        "The employer, Mrs. Khan (about 50), still calls her.",
    ),
]


@table(TITLED_CASES)
def test_age_after_a_titled_name(text, expected):
    check(text, AGE, expected)


OTHER_GROUP_ORIGIN_CASES = [
    # another group's demonym in a bracket after "the N other ...": not her origin
    *each(
        "ML",
        "Nationalité : malienne\nLes trois autres ouvriers (sénégalais, 19 à 30 ans) sont partis.",
        "Hombre de 52 años, maliense. Los demás (senegaleses) se derivaron a otra entidad.",
        "Homem de 52 anos, maliano. Os outros dois (senegaleses) ficaram na obra.",
        "Man, 52, from Mali. The two other workers (Senegalese) stayed on the farm.",
    ),
    *each(
        NOT_CLEAR,
        "Les trois autres ouvriers (sénégalais, 19 à 30 ans) sont hébergés par un cousin.",
        "Los demás (senegaleses, entre 19 y 30 años) se derivaron a otra entidad.",
        "Os outros dois (senegaleses) ficaram na obra.",
        "The two other workers (Senegalese) stayed on the farm.",
    ),
]


@table(OTHER_GROUP_ORIGIN_CASES)
def test_origin_of_the_other_people_in_a_group(text, expected):
    check(text, ORIGIN, expected)


# ---------------------------------------------------------------- an age, then her country

AGE_THEN_COUNTRY_CASES = [
    # a one-line answer or chat turn: her age, then the country alone
    *each(
        "GW", "[01:04] utilizador: 19 anos, guiné-bissau. falo portugues", "19 anos, Guiné-Bissau."
    ),
    *each("HN", "Usuaria: 30 años, Honduras.", "Caller: 24, Honduras"),
    *each("ML", "22 ans, Mali.", "Appelant : 22 ans, Mali"),
    # a kin label's line, a duration, a child: not her country
    *each(
        SILENT,
        "Madre: 45 años, Honduras.",
        "Mother: 45, Honduras, Spanish",
        "Mère : 45 ans, Mali, parle bambara.",
        "Mãe: 45 anos, Angola.",
        "Há 2 anos, Angola.",
        "Her daughter is 16, Guatemala.",
    ),
]


@table(AGE_THEN_COUNTRY_CASES)
def test_country_after_her_age_in_one_line(text, expected):
    check(text, ORIGIN, expected)


# ---------------------------------------------------------------- a shorthand line, an "of" phrase

LINE_AND_OF_CASES = [
    # a line opening with a sex mark and an age starts a sentence of its own
    *each(
        "female",
        "CeGIDD — orientation\nF 24a, roumaine, romani + roumain",
        "Triage note\nf 19, from Peru, speaks Spanish",
        "Derivación\nF 30, hondureña",
    ),
    *each("male", "Orientation\nM 31 ans, malien", "Encaminhamento\nM 40, angolano"),
    # the noun completing another person with "of / de" is a third person
    *each(
        "male",
        "Acolhemos o Domingos, 55 anos, angolano. O filho da senhora que o trouxe também lá trabalhava.",
        "He is 40. The son of the woman who recruited him is in jail. He needs a bed.",
        "Es un hombre de 40 años. El hijo de la señora que lo trajo trabaja allí.",
        "Il a 40 ans. Le fils de la dame qui l'a fait venir travaille là-bas. Il veut un avocat.",
    ),
    *each(
        NOT_CLEAR,
        "O filho da senhora que o trouxe também lá trabalhava.",
        "The son of the woman who recruited him is in jail.",
        "El hijo de la señora trabaja allí.",
        "Le fils de la dame travaille là-bas.",
    ),
]


@table(LINE_AND_OF_CASES)
def test_sex_on_a_shorthand_line_and_after_of(text, expected):
    check(text, GENDER, expected)
