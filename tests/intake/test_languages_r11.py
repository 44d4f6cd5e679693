"""Her languages, round 11 of issue 12, in invented sentences in en/es/fr/pt. The kinds:
a level word in brackets or after a comma weighs the language named right after it, not
the one before ("Twi (limited English)"); a negated verb after a language ("Idioma:
mandarín. No habla castellano.") denies its own object, not the language before it; a
language written with its elided article glued on, as notes typed without apostrophes
are ("ne parle que larabe"); "a little bit", "um pouquinho" as a little. Each kind has
readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, PREF, reads, weighed_read

# ------------------------------------ a level word weighs the language after it


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Language: Twi (limited English)", "tw", "possible"),
        ("Language: Tigrinya (some Arabic)\nChildren: none", "ti", "possible"),
        ("Idioma: quechua (poco español)", "qu", "possible"),
        ("Idioma: mam, poco castellano", "mam", "possible"),
        ("Langue : wolof (un peu de français)", "wo", "possible"),
        ("Língua: tétum (pouco português)", "tet", "possible"),
        ("Language: Twi (fluent English)", "tw", ["en"]),
        ("Idioma: aimara (también castellano)", "ay", ["es"]),
    ],
)
def test_a_level_word_weighs_the_language_after_it(text, hers, others):
    assert weighed_read(text, PREF) == hers
    assert weighed_read(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # the level word with no language after it stays the one before it's
        ("Language: English (limited)", None, "possible"),
        ("Speaks Amharic; English limited.", "am", "possible"),
        ("Idioma: español (poco)", None, "possible"),
        ("Langue : français (un peu)", None, "possible"),
        ("Língua: português (pouco)", None, "possible"),
        ("Habla quechua, español limitado.", "qu", "possible"),
    ],
)
def test_a_level_word_with_nothing_after_it_weighs_the_one_before(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a negated verb denies its own object


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Idioma: mandarín. No habla castellano.", "zh"),
        ("Idioma: mandarín, no habla castellano.", "zh"),
        ("Language: Mandarin. Does not speak English.", "zh"),
        ("Langue : peul. Ne parle pas le français.", "ff"),
        ("Idioma: bengalí. No habla inglés ni español.", "bn"),
        ("Língua: nepalês. Não fala inglês.", "ne"),
    ],
)
def test_a_negated_verb_after_a_language_denies_its_object(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    "text",
    [
        # the negated verb with no object after it still denies the language before it
        "El inglés no lo habla.",
        "Português ainda não fala.",
        "English she does not speak.",
        "Le français, elle ne le parle pas.",
    ],
)
def test_a_negated_verb_with_no_object_denies_the_language_before(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


# ------------------------------------ an elided article glued on


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Elle ne parle que larabe, entretien fait avec une interprete.", "ar", []),
        ("Il parle lourdou et un peu danglais.", "ur", "possible"),
        ("Elle parle lhindi.", "hi", None),
        ("Parle larabe (langue maternelle) et un peu de francais.", "ar", "possible"),
    ],
)
def test_an_elided_article_glued_to_a_language(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    "text",
    [
        # outside a list after a language verb, or before a consonant: no language
        "Check the dosage of her insulin.",
        "Elle est arrivee du Liban la semaine derniere.",
        "Elle a pu se lavar les mains.",
        "Dosage : 2 comprimés par jour.",
        "Elle ne parle pas langlais.",
        "Elle parle ldari.",
    ],
)
def test_no_language_read_from_a_word_that_only_looks_elided(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


# ------------------------------------ a little, in its diminutives


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Speaks Warao and a little bit of Spanish.", "wba"),
        ("Speaks Warao and a tiny bit of Spanish.", "wba"),
        ("Habla warao y un poquitito de español.", "wba"),
        ("Parle warao et un tout petit peu d'espagnol.", "wba"),
        ("Fala warao, e um pouquinho de espanhol.", "wba"),
        ("Fala warao. Espanhol ela fala pouquinho.", "wba"),
    ],
)
def test_a_little_in_its_diminutives_is_offered(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == "possible"


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # a plain second language stays listed; a whole language is not "a bit"
        ("Speaks Warao and Spanish, Warao preferred.", "wba", ["es"]),
        ("Habla warao y también español.", "wba", ["es"]),
        ("Parle warao, et aussi l'espagnol.", "wba", ["es"]),
        ("Fala warao e também espanhol.", "wba", ["es"]),
    ],
)
def test_a_plain_second_language_is_still_listed(text, hers, others):
    assert weighed_read(text, PREF) == hers
    assert weighed_read(text, OTHERS) == others


# ------------------------------------ a language asked for, for a purpose


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("He asked for Bengali for anything important.", "bn"),
        ("Pidió español para los trámites.", "es"),
        ("A demandé l'arabe pour l'entretien.", "ar"),
        ("Pediu português para as consultas.", "pt"),
    ],
)
def test_a_language_asked_for_a_purpose_is_preferred(text, hers):
    assert reads(text, PREF) == hers


@pytest.mark.parametrize(
    "text",
    [
        # a thing in the language asked for is no preference
        "She asked for English classes for her son.",
        "Pidió clases de inglés para su hija.",
        "A demandé des cours d'anglais pour sa fille.",
        "Pediu aulas de português para os filhos.",
    ],
)
def test_a_thing_in_a_language_asked_for_is_no_preference(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


# ------------------------------------ usable, but only for simple things


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Speaks Bengali. His English is fine for simple things.", "bn"),
        ("Speaks Bengali. His English is good for the basics.", "bn"),
        ("Habla bengalí; su inglés está bien para lo básico.", "bn"),
        ("Parle bengali ; son français ça va pour les choses simples.", "bn"),
        ("Speaks Tigrinya, English ok for basics.", "ti"),
    ],
)
def test_a_language_usable_only_for_simple_things_is_a_little(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == "possible"


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # usable with no limit, or good for a thing that is no limit, stays listed
        ("Speaks Bengali, Bengali preferred. His English is fine.", "bn", ["en"]),
        ("Habla bengalí (preferido) e inglés bien.", "bn", ["en"]),
        (
            "Bengali; his English is fine for simple things, but he asked for Bengali.",
            "bn",
            "possible",
        ),
    ],
)
def test_a_usable_language_without_a_limit_is_not_made_little(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a shorthand line about another person


@pytest.mark.parametrize(
    "text",
    [
        "Other workers on site (not referred): supervisor, 45, Bengali/Hindi",
        "Supervisor, 45, Bengali/Hindi",
        "Other workers: supervisor, 45, speaks Bengali and Hindi.",
        "Otros: el capataz, 40, guatemalteco, habla mam.",
        "Autres : le patron, 50 ans, arabe et français.",
        "Outros: o patrão, 50, fala árabe e francês.",
    ],
)
def test_a_shorthand_line_about_another_gives_none_of_hers(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # a line that opens with her name or a noun that is her
        ("Rafiq, 30, male, Bengali only.", "bn"),
        ("Mujer, 30, guatemalteca, habla mam.", "mam"),
        ("Femme, 30 ans, ne parle que l'arabe.", "ar"),
        ("Cliente, 30, fala só bengali.", "bn"),
    ],
)
def test_a_shorthand_line_about_her_is_hers(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------ a relative's antecedent with its modifiers


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Su lengua materna es el k'iche'. Lo trajo un compañero de cuadrilla de 22 años, "
         "que habla mam.", "quc"),
        ("Mother tongue: K'iche'. He was brought by a co-worker from the crew, who speaks "
         "Mam.", "quc"),
        ("Langue maternelle : k'iche'. Amené par un collègue de l'équipe de nuit, qui parle "
         "mam.", "quc"),
        ("Língua materna: k'iche'. Foi trazido por um colega da equipa de obras, que fala "
         "mam.", "quc"),
    ],
)  # fmt: skip
def test_a_relative_after_another_persons_noun_phrase_is_theirs(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Mujer de 30 años, que habla mam.", "mam"),
        ("Woman in her thirties from Huehuetenango, who speaks only Mam.", "mam"),
        ("Femme de 30 ans, originaire du Guatemala, qui parle mam.", "mam"),
        ("Mulher de 30 anos, vinda da Guatemala, que fala mam.", "mam"),
    ],
)
def test_a_relative_after_her_own_description_is_hers(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------ staff who speak a language, and a reply about another


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Main language Zapotec; she also speaks Spanish fine, so no interpreter needed "
         "for Spanish-speaking staff.", "zap", ["es"]),
        ("Operadora: ¿Necesita intérprete?\nVoluntaria: Voy a ver si Ravi (nuestro "
         "mediador, habla hindi e inglés) puede ayudar.\nOperadora: ¿Qué idioma habla ella?"
         "\nVoluntaria: Solo nepalí.", "ne", []),
        ("[22:48] Acolhimento: precisa de intérprete?\n[22:50] Inês: vou ver se o Ravi "
         "(nosso mediador, fala hindi e inglês) pode ajudar\n[22:51] Inês: ela só fala "
         "nepalês", "ne", []),
        ("A : Elle a besoin d'un interprète ?\nB : Je vais voir si Ravi (notre médiateur, "
         "parle hindi et anglais) peut aider. Elle ne parle que le népalais.", "ne", []),
    ],
)  # fmt: skip
def test_staff_and_helpers_languages_are_theirs(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # her own reply and her own list are still read
        ("A: What language does she speak?\nB: Tigrinya, and some Arabic.", "ti", "possible"),
        ("Operadora: Que idioma ela fala?\nInês: Só nepalês.", "ne", []),
        ("[10:02] A: ¿Qué idioma habla?\n[10:03] B: Quechua nomás.", "qu", []),
        ("A : Quelle langue parle-t-elle ?\nB : Elle parle wolof et un peu de français.", "wo",
         "possible"),
    ],
)  # fmt: skip
def test_her_own_reply_is_still_read(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a bracket that says she prefers it


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Language: Tigrinya (prefers), Arabic", "ti", ["ar"]),
        ("Idiomas: quechua (lo prefiere) y español", "qu", ["es"]),
        ("Idiomas: criollo haitiano (prefiere) y francés. Español muy poco.", "ht", ["fr"]),
        ("Parle wolof (c'est celle qu'elle préfère) et français.", "wo", ["fr"]),
        ("Fala tétum (é o que ela prefere) e português.", "tet", ["pt"]),
    ],
)
def test_a_bracket_saying_she_prefers_it_marks_the_preferred(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    "text",
    [
        # a noun after the verb, or a bracket about something else: no preference
        "Arabic (preferred name: Amal), French",
        "Tigrinya (preferred term for her region), Arabic",
        "Langues : wolof (prénom préféré : Awa), français",
    ],
)
def test_a_bracket_about_something_else_marks_nothing(text):
    assert reads(text, PREF) in (None, "possible")


# ------------------------------------ minimal


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Language: Bahasa Indonesia; minimal English.", "id"),
        ("Idioma: bengalí; inglés mínimo.", "bn"),
        ("Langue : bengali ; anglais minimal.", "bn"),
        ("Língua: bengali; inglês mínimo.", "bn"),
    ],
)
def test_a_minimal_language_is_a_little(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == "possible"
