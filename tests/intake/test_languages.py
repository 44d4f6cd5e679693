"""Languages and the interpreter, each rule stated in invented sentences in several of
en/es/fr/pt and several forms (form line, bullet, transcript, shorthand, narrative,
no accents, typos). Issue 12, fourth round."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, weighed
from tests.intake.reading import clear_values as _clear

# ------------------------------------------------ "X is her (first / second) language"


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Speaks Tamil and English, Tamil is her first language.", "ta", ["en"]),
        ("Dari is his main language; he gets by in Pashto.", "prs", None),
        ("- habla mam y español, el mam es su idioma principal", "mam", ["es"]),
        ("Parle dari et anglais ; l'anglais est sa deuxième langue.", "prs", ["en"]),
        ("Fala crioulo e português; o português é a língua dela.", "pt", None),
        ("fala tetum e portugues, o tetum e a sua lingua materna", "tet", ["pt"]),
        ("English is her second language. She speaks Amharic.", "am", ["en"]),
    ],
)
def test_a_language_said_to_be_hers_by_a_possessive_phrase(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


# ------------------------------------------------ "English is fine": usable, not a rank


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Luganda and English - English is fine for her.",
        "Languages: Twi; English is ok",
        "Parle wolof, le français ça va.",
        "Parle bambara ; le français sans problème.",
    ],
)
def test_a_language_she_can_use_does_not_make_the_other_one_preferred(text):
    got = extract(text)
    assert PREF not in got.values and OTHERS not in got.values
    assert got.offered().get(PREF)


def test_a_language_spoken_fluently_still_ranks_below_the_one_named_plainly():
    assert weighed("Speaks Lao; her English is fluent.") == {PREF: "lo", OTHERS: ["en"]}


# ------------------------------------------------ the interpreter in a form line


@pytest.mark.parametrize(
    ("text", "preferred", "interpreter"),
    [
        ("Intérprete: no, habla español", "es", False),
        ("Interprète : non, parle français", "fr", False),
        ("Intérprete: não, fala português", "pt", False),
        ("Interpreter: no, speaks English", "en", False),
        ("Needs interpreter: yes (Dari)", "prs", True),
        ("Intérprete: sí (dari)", "prs", True),
        ("Interpreter language: Tigrinya", "ti", True),
        ("Langue de l'interprète : tigrigna", "ti", True),
        ("Idioma del intérprete: tigriña", "ti", True),
        ("Interpreter needed: Pashto", "ps", True),
    ],
)
def test_an_interpreter_label_with_a_yes_or_no_and_her_language(text, preferred, interpreter):
    got = extract(text)
    assert not got.conflicts
    assert got.values.get(PREF) == preferred
    assert got.values.get(INTERP) is interpreter


@pytest.mark.parametrize(
    "text",
    [
        "Intérprete: não necessário se a conversa for em inglês",
        "Interpreter: not needed if the meeting is in English",
        "Interprète : pas nécessaire si elle est accompagnée de sa sœur",
        "Intérprete: no hace falta si la entrevista es en inglés",
        "Interpreter needed unless her cousin comes along.",
    ],
)
def test_an_interpreter_needed_or_not_only_on_a_condition_says_nothing_clear(text):
    assert INTERP not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Please book an interpreter for her, she is Eritrean.",
        "Se trabajó con intérprete de tamil.",
        "Entretien via interprète au téléphone.",
        "Precisa de intérprete.",
    ],
)
def test_a_plain_interpreter_need_is_still_read(text):
    assert extract(text).values[INTERP] is True


# ------------------------------------------------ a language being learned, levels


@pytest.mark.parametrize(
    ("text", "preferred", "learned"),
    [
        ("Langue : khmer ; français en cours d'apprentissage", "km", "fr"),
        ("Speaks Dari; learning English.", "prs", "en"),
        ("Habla árabe; está aprendiendo español.", "ar", "es"),
        ("Fala árabe; está a aprender português.", "ar", "pt"),
        ("parle tigrigna, il apprend le francais", "ti", "fr"),
        ("Languages: Dari (native), English (A2)", "prs", "en"),
        ("Idiomas: árabe, español (principiante)", "ar", "es"),
        ("Langues : tigrigna, anglais (débutant)", "ti", "en"),
        ("Línguas: tigrínia, inglês (iniciante)", "ti", "en"),
    ],
)
def test_a_language_being_learned_is_offered_and_the_other_is_hers(text, preferred, learned):
    got = extract(text)
    assert got.values.get(PREF) == preferred
    assert OTHERS not in got.values
    assert got.offered()[OTHERS] == [learned]


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Languages: Pashto, English (B2)", "ps", ["en"]),
        ("Idiomas: pastún, inglés (avanzado)", "ps", ["en"]),
        ("Langues : pachto, anglais (avancé)", "ps", ["en"]),
        ("Línguas: pashto, inglês (avançado)", "ps", ["en"]),
    ],
)
def test_a_language_at_an_advanced_level_is_another_one(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


# ------------------------------------------------ shorthand descriptor lines


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Derivamos a R., varón, 26a, hondureño, esp. Estuvo dos semanas aquí.", "es"),
        ("Mujer, 41a, guatemalteca, mam.", "mam"),
        ("Trav. : F, 34 a., cambodgienne, khmer. Logée au salon.", "km"),
        ("Pt F 19yo, Nigeria, Edo.", "bin"),
    ],
)
def test_a_language_part_of_a_shorthand_descriptor_line(text, preferred):
    assert _clear(text)[PREF] == preferred


def test_an_abbreviated_pair_in_a_descriptor_line_is_two_languages():
    got = extract("H, 50 a., ukrainien, ukr./russe.")
    assert got.offered() == {PREF: "uk", OTHERS: ["ru"]}


# ------------------------------------------------ other spellings of language names


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Habla amhárico.", "am"),
        ("Parle poular.", "ff"),
        ("Speaks Afaan Oromo.", "om"),
        ("Parle ouolof.", "wo"),
        ("Habla tsotsil.", "tzo"),
        ("Fala sarakolé.", "snk"),
        ("Speaks Hassaniya Arabic.", "ar"),
        ("Parle cinghalais.", "si"),
        ("Habla kekchi.", "kek"),
    ],
)
def test_other_spellings_of_a_language_name(text, code):
    assert _clear(text)[PREF] == code


# ------------------------------------------------ lists that go on, verbs and speaker words


@pytest.mark.parametrize(
    ("text", "first", "rest"),
    [
        ("Speaks Dari as well as Pashto.", "prs", ["ps"]),
        ("Habla wolof así como francés.", "wo", ["fr"]),
        ("Elle parle tagalog, ilocano pis anglais.", "tl", ["ilo", "en"]),
        ("Elle parle tagalog ainsi que l'anglais.", "tl", ["en"]),
        ("Fala tétum, bem como indonésio.", "tet", ["id"]),
    ],
)
def test_a_list_of_languages_goes_on_through_its_connectors(text, first, rest):
    got = extract(text)
    assert PREF not in got.values  # two named plainly: offered, the first as the main one
    assert got.offered() == {PREF: first, OTHERS: rest}


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("She doesn't speak any English, only Arabic.", "ar", []),
        ("No habla ningún otro, solo tigriña.", "ti", []),
        ("spks Pashto", "ps", None),
        ("Comunica em árabe.", "ar", None),
        ("A língua principal dela é o tigrínia, desenrasca-se em árabe.", "ti", None),
        ("Ela vira-se em inglês, fala sobretudo bengali.", "bn", None),
    ],
)
def test_more_language_verbs_and_their_words(text, preferred, others):
    got = _clear(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Une femme de langue tamoule, 30 ans.", "ta"),
        ("Un homme de langue maternelle peule.", "ff"),
        ("A native speaker of Tigrinya.", "ti"),
        ("Falante de tétum.", "tet"),
        ("Locutrice de lingala.", "ln"),
        ("Es quechuahablante.", "qu"),
        ("Elle est russophone.", "ru"),
        ("É lusófona.", "pt"),
    ],
)
def test_a_speaker_word_names_her_language(text, code):
    assert _clear(text)[PREF] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Les escribo en español porque la señora lo prefiere.", "es"),
        ("We spoke in Spanish, as she prefers.", "es"),
        ("On a fait l'entretien en anglais, comme elle le préfère.", "en"),
        ("A entrevista foi feita em tétum, como ela prefere.", "tet"),
        ("Hablamos en quechua a petición suya.", "qu"),
    ],
)
def test_a_language_the_note_says_she_prefers_after_naming_it(text, code):
    assert _clear(text)[PREF] == code


def test_a_colleagues_preference_names_none_of_hers():
    assert PREF not in _clear("I write in English because my colleague prefers it.")


# ------------------------------------------------ "Language(s):" labels, transcripts, answers


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Language(s): Amharic, Oromo (some)", "am"),
        ("Langue(s) : arabe (dialecte soudanais)", "ar"),
        ("Langue(s) parlée(s) : soninké", "snk"),
        ("Idioma(s): mam / español básico", "mam"),
        ("Língua(s): crioulo guineense; português (pouco)", "pov"),
    ],
)
def test_a_language_label_written_with_a_plural_in_brackets(text, preferred):
    assert _clear(text)[PREF] == preferred


@pytest.mark.parametrize(
    ("text", "preferred", "interpreter"),
    [
        ("Interpreter needed? Yes - Tigrinya.", "ti", True),
        ("¿Necesita intérprete? Sí, de wolof.", "wo", True),
        ("Besoin d'un interprète ? Oui, en peul.", "ff", True),
        ("Does not need interpreter, speaks good English.", "en", False),
        ("N'a pas besoin d'interprète, parle bien français.", "fr", False),
        ("No requiere intérprete, habla bien español.", "es", False),
        ("Não precisa de intérprete, fala bem português.", "pt", False),
    ],
)
def test_an_interpreter_asked_or_refused_beside_her_language(text, preferred, interpreter):
    got = _clear(text)
    assert got.get(PREF) == preferred
    assert got.get(INTERP) is interpreter


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        (
            "Agent : Quelle langue parle-t-elle ?\nHotline : Le soninké, et un peu de français.",
            "snk",
            None,
        ),
        ("Técnica: Que língua fala?\nPolícia: Só crioulo cabo-verdiano.", "kea", []),
        ("Me: what language?\nCaller: tigrinya only", "ti", []),
    ],
)
def test_a_reply_in_a_transcript_names_her_language(text, preferred, others):
    got = _clear(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


def test_an_other_languages_label_with_a_plural_in_brackets():
    got = _clear("Language: Dari\nOther language(s): Pashto, Urdu")
    assert got == {PREF: "prs", OTHERS: ["ps", "ur"]}


@pytest.mark.parametrize(
    ("text", "main", "little"),
    [
        ("Student, 16, girl, from Eritrea, Tigrinya and some English.", "ti", "en"),
        ("F, 30, Sudanese, Arabic, a little English", "ar", "en"),
        ("Mujer, 28, boliviana, quechua y un poco de castellano.", "qu", "es"),
        ("H, 40, angolano, português e um pouco de francês.", "pt", "fr"),
    ],
)
def test_a_descriptor_list_with_a_language_spoken_a_little(text, main, little):
    """The language marked "some" / "a little" is offered; the other one is hers."""
    x = extract(text)
    assert x.values.get("person.preferred_language") == main
    assert little in x.possible.get("person.other_languages", [])


# ------------------------------------------------ language labels as a family


@pytest.mark.parametrize(
    "label",
    [
        "Languages spoken",
        "Language used",
        "Languages known",
        "Language used at home",
        "Idiomas hablados",
        "Lenguas habladas",
        "Lengua de uso",
        "Langue d'usage",
        "Langue utilisée",
        "Langues pratiquées",
        "Langue usuelle",
        "Línguas faladas",
        "Idioma falado",
        "Língua usada em casa",
        "Spoken lang",
    ],
)
def test_a_language_noun_with_label_words_is_a_language_label(label):
    got = _clear(f"Referral\n{label}: Dari")
    assert got.get(PREF) == "prs"


@pytest.mark.parametrize(
    "label",
    [
        "Other languages spoken",
        "Second languages",
        "Otros idiomas hablados",
        "Otras lenguas",
        "Autres langues parlées",
        "Langues secondaires",
        "Outras línguas faladas",
        "Outros idiomas",
    ],
)
def test_an_other_languages_label_lists_her_other_languages(label):
    got = _clear(f"Language: Pashto\n{label}: Dari, Urdu")
    assert got.get(PREF) == "ps"
    assert got.get(OTHERS) == ["prs", "ur"]


@pytest.mark.parametrize(
    "label",
    ["Langues comprises", "Language of the interviewer", "Idioma del agente", "Langue du rapport"],
)
def test_a_label_with_other_words_is_not_her_language(label):
    assert PREF not in _clear(f"{label}: Dari")


# ------------------------------------------------ the language an interpreter is for


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Needs an interpreter for Dari.", "prs"),
        ("- interpreter needed for Tigrinya", "ti"),
        ("Needs interpreting in Dari before the interview.", "prs"),
        ("Interpretation: Arabic", "ar"),
        ("necesita intérprete para el wolof", "wo"),
        ("Se pidió interpretación en quechua.", "qu"),
        ("Besoin d'un interprète pour le soninké.", "snk"),
        ("Interprétariat en tigrinya prévu demain.", "ti"),
        ("precisa de interprete para o mandarim", "zh"),
        ("Pedimos interpretação em tétum.", "tet"),
        ("Interp (Dari) by phone.", "prs"),
        ("interp: Tigrinya", "ti"),
    ],
)
def test_the_language_an_interpreter_is_needed_for_is_hers(text, code):
    got = _clear(text)
    assert got.get(INTERP) is True
    assert got.get(PREF) == code


@pytest.mark.parametrize(
    "text",
    [
        "Does not need an interpreter for English.",
        "No necesita intérprete para el español.",
        "Pas besoin d'interprète pour le français.",
        "Interpreter for the police interview arranged.",
    ],
)
def test_an_interpreter_for_no_language_of_hers_names_none(text):
    assert PREF not in _clear(text)


# ------------------------------------------------ abbreviated names in a shorthand list


@pytest.mark.parametrize(
    ("text", "first", "rest"),
    [
        ("Homme, 45 ans, ukr./russe, sans papiers", "uk", ["ru"]),
        ("M 45, ukr/rus", "uk", ["ru"]),
        ("F 30, Eritrea, Amh./Engl.", "am", ["en"]),
        ("Mujer 30a, búlgara, bulg./esp.", "bg", ["es"]),
        ("F 22, vietnamita, viet./ingl.", "vi", ["en"]),
        ("Homem 50 anos, afegão, pash./ingl.", "ps", ["en"]),
        ("H 50 a., roumain, roum./ital.", "ro", ["it"]),
    ],
)
def test_an_abbreviated_language_in_a_shorthand_list(text, first, rest):
    got = extract(text)
    read = {**got.offered(), **got.values}
    assert (read.get(PREF), read.get(OTHERS)) == (first, rest)


@pytest.mark.parametrize(
    "text",
    [
        "She was taken to the port. Russian men met the boat.",
        "Arrived via Eng. Channel.",
        "Trabaja en el puerto, port. 3",
    ],
)
def test_a_dot_or_a_word_near_a_language_is_no_shorthand_list(text):
    got = extract(text)
    assert PREF not in got.values and PREF not in got.offered()


# ------------------------------------------------ a verb after an apposition keeps its subject


@pytest.mark.parametrize(
    "text",
    [
        "The nurse, 45, speaks French.",
        "Her husband, aged 50, speaks Arabic.",
        "Su marido, de 50 años, habla árabe.",
        "La trabajadora social, 40, habla inglés.",
        "L'infirmière, 45 ans, parle arabe.",
        "Son employeur, un homme de 60 ans, parle russe.",
        "O marido, 50 anos, fala árabe.",
    ],
)
def test_another_persons_language_after_an_apposition_is_not_hers(text):
    got = extract(text)
    assert PREF not in got.values and PREF not in got.offered()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Client, 25, speaks Dari.", "prs"),
        ("Mother of two, 34, speaks Twi.", "tw"),
        ("Mujer, 30, de Bolivia, habla quechua.", "qu"),
        ("Patiente de 21 ans, ukrainienne, parle ukrainien.", "uk"),
        ("Fatou, 19, parle wolof.", "wo"),
        ("Utente, 40 anos, fala mandinga.", "mnk"),
    ],
)
def test_her_language_after_her_own_apposition_is_hers(text, code):
    assert _clear(text).get(PREF) == code


# ------------------------------------------------ a language verb with an adverb, level words


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She communicates mainly in Tigrinya.", "ti"),
        ("Communicates mostly in Dari, some English.", "prs"),
        ("Se comunica principalmente en quechua.", "qu"),
        ("Se expresa sobre todo en mam.", "mam"),
        ("Elle s'exprime principalement en peul.", "ff"),
        ("Communique essentiellement en lingala.", "ln"),
        ("Comunica-se sobretudo em crioulo de Cabo Verde.", "kea"),
        ("Inglés: básico. Tigriña: nativo.", "ti"),
        ("Inglês: básico. Tigrínia: nativo.", "ti"),
        ("Anglais : notions. Tigrinya : natif.", "ti"),
    ],
)
def test_a_language_marked_main_by_an_adverb_or_a_level(text, code):
    assert _clear(text).get(PREF) == code


@pytest.mark.parametrize(
    "text",
    [
        "She would prefer a female Arabic interpreter.",
        "Prefiere una intérprete mujer de árabe.",
        "Souhaite une interprète femme en arabe.",
        "Prefere intérprete feminina de árabe.",
    ],
)
def test_an_interpreter_of_a_gender_for_her_language(text):
    got = _clear(text)
    assert got.get(INTERP) is True
    assert got.get(PREF) == "ar"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Illiterate; speaks Pular.", "ff"),
        ("Fala crioulo haitiano.", "ht"),
        ("Speaks Pidgin English.", "pcm"),
        ("Habla pidgin.", "pcm"),
    ],
)
def test_other_names_of_a_language(text, code):
    assert _clear(text).get(PREF) == code


def test_broken_english_is_english_spoken_a_little():
    got = extract("Speaks broken English.")
    assert PREF not in got.values
    assert got.offered().get(OTHERS) == ["en"]


# ------------------------------------------------ an interpreter not needed, in a word of its own


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter unnecessary, she is fluent.",
        "- interpreter: not necessary",
        "Intérprete innecesario.",
        "Sin necesidad de intérprete.",
        "Interprète inutile, elle parle bien français.",
        "Pas besoin d'interprète.",
        "Dispensa intérprete.",
        "Intérprete desnecessário.",
    ],
)
def test_an_interpreter_said_not_to_be_needed_is_a_no(text):
    assert _clear(text).get(INTERP) is False


def test_interpreter_not_necessary_never_reads_as_needed():
    got = extract("Interprète non nécessaire.")
    assert got.values.get(INTERP) is not True


@pytest.mark.parametrize(
    "text",
    [
        "parle tigrinya, un peu d anglais",  # no apostrophe
        "Parle tigrinya et un peu d'anglais.",
        "Speaks Tigrinya and a bit of English.",
    ],
)
def test_a_little_of_a_language_written_without_its_apostrophe(text):
    got = extract(text)
    assert got.values.get(PREF) == "ti"
    assert got.offered().get(OTHERS) == ["en"]
