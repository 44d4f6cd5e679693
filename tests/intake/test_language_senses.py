"""Languages where a word has two senses once accents are folded, levels said after
"but", a creole named by the bare word, and interpreter needs in other tenses: invented
sentences in en/es/fr/pt. Issue 12, seventh round."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import INTERP, OTHERS, PREF, weighed
from tests.intake.reading import clear_values as _clear

# ------------------------------------------------ "so" opens a clause; "e" is "and"


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("He speaks Twi and very good English so no interpreter is needed.", "tw", ["en"]),
        ("Speaks Akan and good English, so we did not book an interpreter.", "ak", ["en"]),
        ("She speaks Lingala and fluent French so we held the session in French.", "ln", ["fr"]),
        ("Speaks Tigrinya and decent English so the intake went fine.", "ti", ["en"]),
        ("Fala tétum e bom português.", "tet", ["pt"]),
        ("Ela fala crioulo de Cabo Verde e um bom português.", "kea", ["pt"]),
        ("Fala mandinga e bom francês, sem problema.", "mnk", ["fr"]),
    ],
)
def test_a_conjunction_is_no_level_word(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("Fala português só.", "pt"),
        ("Thai only so we booked an interpreter.", "th"),
        ("Só fala vietnamita.", "vi"),
    ],
)
def test_only_still_leaves_no_other_language(text, preferred):
    got = _clear(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == []


@pytest.mark.parametrize(
    ("text", "preferred"),
    [
        ("O inglês é bom.", "en"),
        ("Fala tétum, o inglês é bom.", "tet"),
    ],
)
def test_e_before_a_level_alone_is_still_is(text, preferred):
    assert weighed(text).get(PREF) == preferred


# ------------------------------------------------ a level word after "+" in a shorthand list


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Tagalog + good English.", "tl", ["en"]),
        ("Dari + very good English", "prs", ["en"]),
        ("árabe + buen francés", "ar", ["fr"]),
        ("Good English + Tagalog.", "tl", ["en"]),
    ],
)
def test_a_rated_language_after_a_plus_is_a_second_one(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


@pytest.mark.parametrize(
    "text", ["wolof + un peu de français", "Tigrinya + some Arabic.", "quechua + algo de español"]
)
def test_a_little_after_a_plus_is_offered(text):
    got = extract(text)
    assert PREF in got.values
    assert OTHERS not in got.values
    assert OTHERS in got.offered()


# ------------------------------------------------ a level said after "but"


@pytest.mark.parametrize(
    "text",
    [
        "Su idioma materno es el mam; se comunica en español pero con dificultad.",
        "Speaks Amharic and English, but only a little.",
        "Parle lingala et français, mais pas très bien.",
        "Habla wolof y francés, pero poco.",
        "Habla quechua y español, aunque muy básico.",
        "Fala tétum e português, mas mal.",
        "Su lengua es el tagalo, y español de andar por casa.",
        "Speaks Somali; her English is rusty.",
    ],
)
def test_a_level_after_but_makes_a_language_spoken_a_little(text):
    got = extract(text)
    assert PREF in got.values
    assert OTHERS not in got.values


def test_a_level_after_but_before_another_language_is_that_ones():
    got = extract("Speaks Spanish but a little English.")
    assert got.values.get(PREF) == "es"
    assert got.offered().get(OTHERS) == ["en"]


# ------------------------------------------------ a creole named by the bare word


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Homem cabo-verdiano, 30 anos. A língua dele é o crioulo.", "kea"),
        ("Senhora da Guiné-Bissau, só fala kriol.", "pov"),
        ("Femme originaire du Cap-Vert, parle créole.", "kea"),
        ("Woman from Sierra Leone, speaks Creole only.", "kri"),
        ("Haitian woman, 40, speaks Creole.", "ht"),
        ("Mujer de Haití, habla criollo.", "ht"),
        ("Elle vient de Maurice. Sa langue est le créole.", "mfe"),
    ],
)
def test_a_bare_creole_is_the_one_of_her_country(text, code):
    assert _clear(text).get(PREF) == code


@pytest.mark.parametrize(
    "text",
    ["A língua dele é o crioulo.", "Fala kriol.", "Habla criollo, nada más."],
)
def test_a_bare_creole_with_no_country_is_only_offered(text):
    got = extract(text)
    assert PREF not in got.values
    assert got.offered().get(PREF) == "crp"


# ------------------------------------------------ an interpreter needed, in other tenses


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Habla creole y francés, no hizo falta intérprete.", False),
        ("Não foi preciso intérprete.", False),
        ("Não precisou de intérprete.", False),
        ("Il n'a pas fallu d'interprète.", False),
        ("Hizo falta un intérprete de wolof.", True),
        ("Precisou de intérprete de tétum.", True),
        ("Il a fallu un interprète peul.", True),
        ("Il faudrait un interprète tamoul.", True),
        ("We called the language line for her.", True),
        ("Ligamos ao intérprete de mandarim.", True),
    ],
)
def test_an_interpreter_need_in_another_tense(text, value):
    assert _clear(text).get(INTERP) is value


# ------------------------------------------------ a thing's language, another person's


@pytest.mark.parametrize(
    "text",
    [
        "Our hotline runs in English only.",
        "The forms are available in Spanish only.",
        "Services in French only at this site.",
        "Los folletos están en español únicamente.",
        "Atendimento em português apenas.",
        "Le formulaire existe en français seulement.",
    ],
)
def test_a_things_language_only_is_not_hers(text):
    got = extract(text)
    assert PREF not in got.values
    assert OTHERS not in got.values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Communicates in English only.", "en"),
        ("Se comunica en español solamente.", "es"),
        ("She speaks in Tagalog only.", "tl"),
        ("Speaks Thai. Our leaflets are in English only.", "th"),
    ],
)
def test_her_own_language_only_after_in_is_still_hers(text, code):
    assert _clear(text).get(PREF) == code


@pytest.mark.parametrize(
    "text",
    [
        "Le chauffeur parlait anglais.",
        "La logeuse parle portugais.",
        "The landlady speaks Polish.",
        "Le contremaître ne parle que turc.",
        "El chofer habla inglés.",
        "O motorista fala romeno.",
        "The girl's mother speaks Tigrinya only.",
        "The client's husband speaks Arabic.",
    ],
)
def test_another_persons_language_is_not_hers(text):
    got = extract(text)
    assert PREF not in got.values
    assert OTHERS not in got.values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("El chofer le hablaba en inglés, ella habla quechua.", "qu"),
        ("O motorista falava romeno; ela fala búlgaro.", "bg"),
        ("Maria's first language is Tagalog.", "tl"),
        ("The survivor's language is Dari.", "prs"),
    ],
)
def test_her_language_beside_another_persons_is_hers(text, code):
    assert _clear(text).get(PREF) == code


# ------------------------------------------------ a bracket that describes the language before


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("- Créole haïtien (langue préférée), français correct.", "ht", ["fr"]),
        ("Wolof (langue préférée), français courant.", "wo", ["fr"]),
        ("Tigrinya (preferred language), English fluent.", "ti", ["en"]),
        ("Quechua (idioma preferido), español fluido.", "qu", ["es"]),
        ("Tétum (língua preferida), português fluente.", "tet", ["pt"]),
        ("Speaks Pashto and working English.", "ps", ["en"]),
        ("english + igbo (prefers english)", "en", ["ig"]),
    ],
)
def test_a_bracket_after_a_language_describes_it(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


def test_working_in_a_language_is_no_level():
    assert PREF not in _clear("He is working in English.")


# ------------------------------------------------ a conversation held in a language through an interpreter


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Transcription (appel en espagnol, interprète au téléphone)", "es"),
        ("Call held in Arabic with a phone interpreter.", "ar"),
        ("Entrevista realizada en rumano con intérprete.", "ro"),
        ("Entrevista feita em mandarim, com intérprete.", "zh"),
        ("Interview conducted in Tigrinya through an interpreter.", "ti"),
        ("Entretien en dari via interprète.", "prs"),
    ],
)
def test_a_conversation_held_in_a_language_through_an_interpreter_names_hers(text, code):
    got = _clear(text)
    assert got.get(PREF) == code
    assert got.get(INTERP) is True


@pytest.mark.parametrize(
    "text",
    [
        "Interview conducted in English.",
        "Llamada en inglés.",
        "Entretien mené en français.",
        "Conversa em português, sem intérprete.",
        "Interview in English, no interpreter needed.",
    ],
)
def test_a_conversation_language_without_an_interpreter_names_none_of_hers(text):
    assert PREF not in _clear(text)


def test_a_conversation_language_beside_two_plain_ones_tells_hers():
    got = weighed(
        "Speaks Tigrinya and Arabic; the interview was held in Tigrinya with an interpreter."
    )
    assert got.get(PREF) == "ti"
    assert got.get(OTHERS) == ["ar"]


@pytest.mark.parametrize(
    "text",
    [
        "Intérprete telefónico.",
        "Interpreter by phone.",
        "Intérprete ao telefone.",
        "Interprète au téléphone.",
    ],
)
def test_a_phone_interpreter_is_a_need(text):
    assert _clear(text).get(INTERP) is True


# ------------------------------------------------ a language named first, then "she understands"


@pytest.mark.parametrize(
    ("text", "preferred", "understood"),
    [
        ("Fala espanhol. Português ela entende um pouco.", "es", "pt"),
        ("Habla wolof. El francés lo entiende un poco.", "wo", "fr"),
        ("Parle tigrinya. L'anglais, elle le comprend un peu.", "ti", "en"),
        ("Speaks Dari. English she understands a little.", "prs", "en"),
        ("Habla quechua. El español lo entiende pero no lo habla.", "qu", "es"),
    ],
)
def test_a_language_named_before_understands_is_only_understood(text, preferred, understood):
    got = extract(text)
    assert got.values.get(PREF) == preferred
    assert OTHERS not in got.values
    assert got.offered().get(OTHERS) == [understood]


def test_understands_after_a_full_stop_is_the_next_languages():
    got = extract(
        "INTAKE: What language does she prefer?\nCONSULATE: Nepali.\nShe understands a little Hindi."
    )
    assert got.values.get(PREF) == "ne"


# ------------------------------------------------ a negation about one interpreter, not the need


@pytest.mark.parametrize(
    "text",
    [
        "She does not want a male interpreter.",
        "No quiere un intérprete hombre.",
        "Elle ne veut pas d'interprète masculin.",
    ],
)
def test_not_wanting_an_interpreter_of_a_gender_is_no_no(text):
    assert _clear(text).get(INTERP) is not False


@pytest.mark.parametrize(
    "text",
    [
        "She asked for a female interpreter.",
        "Pide intérprete mujer.",
        "Interprète femme demandée.",
        "Precisa de intérprete mulher.",
        "Não quer intérprete homem.",
    ],
)
def test_an_interpreter_of_a_gender_is_a_need(text):
    assert _clear(text).get(INTERP) is True


@pytest.mark.parametrize(
    "text",
    ["No interpreter needed, the woman speaks English.", "Interpreter: not needed. Woman, 30."],
)
def test_a_gender_word_beside_no_interpreter_keeps_the_no(text):
    assert _clear(text).get(INTERP) is False


# ------------------------------------------------ the language of home, of school or work


@pytest.mark.parametrize(
    ("text", "preferred", "others"),
    [
        ("Parle lingala à la maison et français à l'école.", "ln", ["fr"]),
        ("Fala umbundu em casa e português com facilidade.", "umb", ["pt"]),
        ("Habla quechua en casa y español en el trabajo.", "qu", ["es"]),
        ("Speaks Twi at home and English at school.", "tw", ["en"]),
        ("Habla mam con su familia y español con nosotros.", "mam", ["es"]),
        (
            "Cabo-verdiano, fala crioulo em casa e português na escola sem dificuldade.",
            "kea",
            ["pt"],
        ),
        ("Habla español; inglés conversacional.", "es", ["en"]),
    ],
)
def test_the_language_of_home_is_hers_and_of_school_or_work_another(text, preferred, others):
    got = weighed(text)
    assert got.get(PREF) == preferred
    assert got.get(OTHERS) == others


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Romani 1st lang.", "rom"),
        ("Tigrinya (1st language)", "ti"),
        ("Ela fala português em casa.", "pt"),
    ],
)
def test_a_first_or_home_language_alone(text, code):
    assert _clear(text).get(PREF) == code


def test_a_language_used_at_work_alone_is_no_preferred_one():
    got = extract("Speaks English at work.")
    assert PREF not in got.values


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Intérprete telefónico de árabe.", "ar"),
        ("Interpreter by phone (Dari).", "prs"),
        ("Interprète au téléphone en bambara.", "bm"),
        ("Intérprete ao telefone (tétum).", "tet"),
    ],
)
def test_a_phone_interpreters_language_is_hers(text, code):
    got = _clear(text)
    assert got.get(PREF) == code
    assert got.get(INTERP) is True
