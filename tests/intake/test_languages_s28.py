"""Each language mention composed of whose it is, its polarity and its role, stop 28
(lang16), in invented sentences in en/es/fr/pt: "her other language" (one of her
others, never her main one); "no other language" / "the only one she speaks" (an empty
list); a request for how she is spoken to ("asked that we speak to her in English"),
above a mother tongue; a preference said only for when her own language is missing;
form lines inside chat turns, with a time or not, and a label right after a language
label ("Also speaks:", "Autres : aucune"); "Pref." before a language after a turn's
label; two-letter codes under a language label; a relative of hers named through her
("la hermana de la usuaria"); "they" in her own answer; an interpreter asked for on a
condition. Each kind has readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import INTERP, OTHERS, PREF, reads

# ------------------------------------------------------------- her other language


@pytest.mark.parametrize(
    ("text", "pref", "other"),
    [
        ("She speaks English at the interview; her only other language is Somali.", "en", "so"),
        ("Habla inglés en la entrevista; su otra lengua es el somalí.", "en", "so"),
        ("Elle parle anglais à l'entretien ; son autre langue est le somali.", "en", "so"),
        ("Fala inglês na entrevista; a outra língua dela é o somali.", "en", "so"),
    ],
)
def test_her_other_language_is_never_her_main_one(text: str, pref: str, other: str) -> None:
    assert reads(text, PREF) == pref
    assert reads(text, OTHERS) == [other]


@pytest.mark.parametrize(
    "text",
    [
        "The other woman speaks Somali. She speaks English.",
        "La otra mujer habla somalí. Ella habla inglés.",
        "L'autre femme parle somali. Elle parle anglais.",
        "A outra moça fala somali. Ela fala inglês.",
    ],
)
def test_another_woman_is_still_someone_else(text: str) -> None:
    assert reads(text, PREF) == "en"
    assert reads(text, OTHERS) is None


# ------------------------------------------------------------ no other language


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("Speaks Khmer. She speaks no other language.", "km"),
        ("Habla jemer. No habla ningún otro idioma.", "km"),
        ("Parle khmer. Elle ne parle aucune autre langue.", "km"),
        ("Fala khmer. Não fala nenhuma outra língua.", "km"),
        ("Khmer is her first and only language.", "km"),
        ("El jemer es su lengua materna y la única que habla.", "km"),
        ("Le khmer est sa langue maternelle et la seule qu'elle parle.", "km"),
        ("O khmer é a língua materna dela e a única que fala.", "km"),
    ],
)
def test_no_other_language_is_an_empty_list(text: str, pref: str) -> None:
    assert reads(text, PREF) == pref
    assert reads(text, OTHERS) == []


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Khmer. The interpreter speaks no other language.",
        "Habla jemer. El intérprete no habla ningún otro idioma.",
        "Elle parle khmer. L'interprète ne parle aucune autre langue.",
        "Fala khmer. O intérprete não fala nenhuma outra língua.",
        "Khmer is the only language she speaks well; she has some Thai.",
    ],
)
def test_no_other_language_of_someone_else_or_spoken_well(text: str) -> None:
    assert reads(text, OTHERS) != []


# ------------------------------------------------ a request for how she is spoken to


@pytest.mark.parametrize(
    "text",
    [
        "Languages: English (fluent), Edo (mother tongue). She asks that we speak to her in English.",
        "Idiomas: inglés (fluido), edo (lengua materna). Pide que hablemos con ella en inglés.",
        "Langues : anglais (courant), edo (langue maternelle). Elle demande qu'on lui parle en anglais.",
        "Línguas: inglês (fluente), edo (língua materna). Pede que falemos com ela em inglês.",
        "Fluent in both English and Edo, she has asked that all letters to her be in English.",
        "Domina el inglés y el edo, y ha pedido expresamente que las cartas se le manden en inglés.",
        "Elle maîtrise l'anglais et l'edo, et a expressément demandé que les courriers soient en anglais.",
        "Domina o inglês e o edo, e pediu expressamente que as cartas sejam escritas em inglês.",
    ],
)
def test_a_request_names_the_preferred_language(text: str) -> None:
    assert reads(text, PREF) == "en"
    assert reads(text, OTHERS) == ["bin"]


@pytest.mark.parametrize(
    "text",
    [
        "She asked that we call her sister. She speaks Tetum.",
        "Pidió que llamáramos a su hermana en Lisboa. Habla tetún.",
        "Elle a demandé qu'on appelle sa sœur en France. Elle parle tétoum.",
        "She asked for English classes. She speaks Tetum.",
        "Pidió un intérprete de wolof. Habla tetún.",
    ],
)
def test_a_request_for_something_else_names_no_language(text: str) -> None:
    assert reads(text, PREF) == "tet"


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        (
            "The national wishes to be heard in Portuguese; she speaks Spanish without difficulty.",
            "pt",
        ),
        ("La ciudadana desea ser atendida en portugués; habla español sin dificultad.", "pt"),
        (
            "La ressortissante souhaite être entendue en portugais ; elle parle couramment l'espagnol.",
            "pt",
        ),
        ("A cidadã pretende ser ouvida em romeno; fala português fluentemente.", "ro"),
    ],
)
def test_a_wish_to_be_heard_in_a_language(text: str, pref: str) -> None:
    assert reads(text, PREF) == pref


# ------------------------------------------ a preference only for when hers is missing


@pytest.mark.parametrize(
    "text",
    [
        "His language is Albanian; he also speaks Italian. If nobody at the shelter speaks Albanian he would rather use Italian.",
        "Su idioma es el albanés; también habla italiano. Si nadie en el albergue habla albanés, preferiría usar italiano.",
        "Sa langue est l'albanais ; il parle aussi italien. Si personne au foyer ne parle albanais, il préférerait l'italien.",
        "A língua dele é o albanês; também fala italiano. Se ninguém no abrigo falar albanês, ele preferiria italiano.",
    ],
)
def test_a_fallback_preference_is_no_preference(text: str) -> None:
    assert reads(text, PREF) == "sq"
    assert reads(text, OTHERS) == ["it"]


# ------------------------------------------------------ form lines inside chat turns


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: go ahead\nClinic: Preferred language: Vietnamese\nClinic: Other languages: none",
        "Albergue: adelante\n[14:03] Clínica (enf. Ríos): Idioma preferido: vietnamita\n"
        "[14:03] Clínica (enf. Ríos): Otros idiomas: ninguno",
        "Foyer : allez-y\nClinique: Langue préférée : vietnamien | Autres : aucune",
        "Abrigo: pode dizer\nEnfermeira Sousa: Língua preferida: vietnamita | Outras: nenhuma",
    ],
)
def test_a_form_line_in_a_chat_turn(text: str) -> None:
    assert reads(text, PREF) == "vi"
    assert reads(text, OTHERS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Supervisor: Languages: Bengali, Hindi\nWorker: she speaks Nepali.",
        "Capataz: Idiomas: bengalí, hindi\nTrabajadora: ella habla nepalí.",
    ],
)
def test_a_form_line_in_another_persons_turn_is_theirs(text: str) -> None:
    assert reads(text, PREF) != "bn"


@pytest.mark.parametrize(
    ("text", "pref", "other"),
    [
        (
            "- Language: Amharic (primary)\n- Also speaks: Arabic\n- Interpreter: required",
            "am",
            "ar",
        ),
        ("- Idioma: amárico (principal)\n- También: árabe\n- Intérprete: sí", "am", "ar"),
        (
            "- Langue : amharique (principale)\n- Parle aussi : arabe\n- Interprète : oui",
            "am",
            "ar",
        ),
        ("- Língua: amárico (principal)\n- Também fala: árabe\n- Intérprete: sim", "am", "ar"),
    ],
)
def test_a_label_right_after_a_language_label(text: str, pref: str, other: str) -> None:
    assert reads(text, PREF) == pref
    assert reads(text, OTHERS) == [other]


def test_a_bare_others_label_away_from_languages_says_nothing() -> None:
    assert reads("Age: 34\nOthers: none", OTHERS) is None
    assert reads("Edad: 34 | Otros: ninguno", OTHERS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Shelter: go ahead\nClinic: Pref. lang Mandarin; Eng limited.",
        "Albergue: adelante\nClínica: Pref. mandarín; inglés conversacional.",
        "Foyer : allez-y\nClinique : Préf. mandarin ; anglais conversationnel.",
        "Abrigo: pode dizer\nClínica: Pref. mandarim; inglês conversacional.",
    ],
)
def test_pref_with_a_dot_after_a_turns_label(text: str) -> None:
    assert reads(text, PREF) == "zh"


# ------------------------------------------------- codes under a language label


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Languages: ES/EN", ("possible", "possible")),
        ("Idiomas: FR/ES", ("possible", "possible")),
        ("Langue : AR", ("ar", None)),
        ("Língua: PT", ("pt", None)),
        ("Language: Tigrinya\nOther languages: AR/EN", ("ti", ["ar", "en"])),
    ],
)
def test_two_letter_codes_under_a_language_label(text: str, want: tuple) -> None:
    assert (reads(text, PREF), reads(text, OTHERS)) == want


@pytest.mark.parametrize("text", ["Language: no", "Idioma: n/a", "Nationality: FR", "From ES, 34"])
def test_codes_elsewhere_are_no_languages(text: str) -> None:
    assert reads(text, PREF) is None


# ---------------------------------------------------- a relative of hers, "they"


@pytest.mark.parametrize(
    "text",
    [
        "The sister of the client speaks English and will come along.",
        "La hermana de la usuaria habla inglés y vendrá a acompañarla.",
        "La mère de l'usagère, qui parle anglais, a appelé.",
        "A irmã da utente fala inglês e vai acompanhá-la.",
    ],
)
def test_a_relative_named_through_her_speaks_for_herself(text: str) -> None:
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("My language is Nepali. I'm here with my girls; they speak English, I don't.", "ne"),
        ("Mi idioma es el mam. Estoy con mis niños; ellos hablan español, yo no.", "mam"),
        ("Ma langue est le peul. Je suis avec mes filles ; elles parlent français, moi non.", "ff"),
        ("A minha língua é o warao. Estou com os meninos; eles falam português, eu não.", "wba"),
    ],
)
def test_they_in_her_answer_are_not_her(text: str, pref: str) -> None:
    got = interpret_answer(PREF, text, question="Which language is best for you?")
    assert got.values.get(PREF) == pref
    assert "person.other_languages" not in got.values


# --------------------------------------------- an interpreter asked for on a condition


@pytest.mark.parametrize(
    "text",
    [
        "If she ends up at the rural site, she'd need an interpreter there.",
        "Si elle finit sur le site rural, elle aurait besoin d'un interprète là-bas.",
        "Se ela acabar no centro rural, precisaria de um intérprete lá.",
    ],
)
def test_an_interpreter_on_a_condition_is_no_need(text: str) -> None:
    assert reads(text, INTERP) is None


@pytest.mark.parametrize(
    "text",
    [
        "She needs a Tigrinya interpreter.",
        "Necesita intérprete de tigriña.",
        "Elle a besoin d'un interprète tigrinya.",
        "Precisa de intérprete de tigrínia.",
    ],
)
def test_an_interpreter_needed_is_still_read(text: str) -> None:
    assert reads(text, INTERP) is True
    assert reads(text, PREF) == "ti"


def test_unsure_whether_she_needs_an_interpreter_is_only_offered() -> None:
    text = "Não tenho certeza se precisa de intérprete, mas prefere claramente o lingala."
    assert reads(text, INTERP) == "possible"
    assert reads(text, PREF) == "ln"


@pytest.mark.parametrize(
    "text",
    [
        "Fala dari bem como pashto.",
        "Habla dari así como pastún.",
        "Parle dari ainsi que pachto.",
        "Speaks Dari as well as Pashto.",
    ],
)
def test_as_well_as_joins_a_list(text: str) -> None:
    assert reads(text, PREF) == "possible"


# ------------------------------------------------- a course's language, "d'abord"


@pytest.mark.parametrize(
    "text",
    [
        "Wants English classes first, then a job in care.",
        "Quiere clases de español primero, y después trabajar.",
        "Oui, un cours de français d'abord, et après aide-soignante.",
        "Quer aulas de português primeiro, depois trabalhar.",
    ],
)
def test_a_course_language_is_not_hers(text: str) -> None:
    assert reads(text, PREF) is None


def test_a_language_first_in_shorthand_is_her_main_one() -> None:
    text = "Persan d'abord. Parle assez l'anglais pour les démarches."
    assert reads(text, PREF) == "fa"
    assert reads(text, OTHERS) == ["en"]


# ------------------------------------------- an official's bracket, "also" a good one


@pytest.mark.parametrize(
    "text",
    [
        "Inspector: J. Whitcombe (English only - interview via phone interpreter)\nLanguage: Spanish",
        "Inspectora: M. Ruiz (solo habla inglés)\nIdioma: español",
        "Inspecteur : P. Martin (anglais seulement)\nLangue : espagnol",
        "Inspetora: R. Sousa (só fala inglês)\nLíngua: espanhol",
    ],
)
def test_a_named_officials_bracket_is_theirs(text: str) -> None:
    assert reads(text, PREF) == "es"
    assert reads(text, OTHERS) is None


def test_a_bracket_about_her_after_a_name_stays_hers() -> None:
    assert reads("Nurse: Ana (she only speaks Spanish) is here.", PREF) == "es"
    assert reads("Client: Ana (Spanish only)", PREF) == "es"
    text = "Interpreter: not needed (speaks Romanian with our nurse)"
    assert (reads(text, PREF), reads(text, INTERP)) == ("ro", False)


@pytest.mark.parametrize(
    "text",
    [
        "Tigrinya, also fluent Arabic",
        "Tigriña, también árabe fluido",
        "Tigrinya, aussi un bon arabe",
        "Tigrínia, também árabe fluente",
    ],
)
def test_also_a_good_language_is_never_the_preferred_one(text: str) -> None:
    assert reads(text, PREF) != "ar"


@pytest.mark.parametrize(
    "text",
    [
        "Language: Spanish (also some Mixteco per worker)",
        "Idioma: español (también algo de mixteco)",
        "Langue : espagnol (aussi un peu de mixtèque)",
        "Língua: espanhol (também um pouco de mixteco)",
    ],
)
def test_also_with_a_level_weighs_the_next_language(text: str) -> None:
    assert reads(text, PREF) == "es"
    assert reads(text, OTHERS) == "possible"
