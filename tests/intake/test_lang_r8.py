"""Whose language, round 8 of issue 12, in invented sentences in en/es/fr/pt: a note names
the languages of several people (the survivor, the interpreter, the referrer, a
relative, the exploiter) and only hers are hers. The kinds: a form line's value ends
where its sentence ends; an interpreter who speaks a language is that language's speaker,
not the language asked for; a bracket that describes the person before it; a noun that
would name her after "another"; the referrer (operator, call taker); a part that opens
with another person and goes on through commas to a verb with no subject; a line whose
label is another person. Each kind has as many readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, PREF, reads

# ------------------------------------------- a form line's value ends with its sentence


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Lang.: Tagalog. Call done in English, client switched to Tagalog when upset.",
            "tl",
            None,
        ),
        ("Idioma: wolof. La llamada fue en español porque no había intérprete.", "wo", None),
        ("Langue : tamoul. L'entretien s'est fait en anglais avec son cousin.", "ta", None),
        (
            "Língua: tétum. A chamada foi feita em inglês, depois ela passou para o tétum.",
            "tet",
            None,
        ),
        (
            "Langues : lingala (préférée), français correct. L'interprète parle aussi swahili.",
            "ln",
            ["fr"],
        ),
        ("Language: Amharic. Her husband speaks Arabic and English.", "am", None),
    ],
)
def test_a_form_value_ends_where_its_sentence_ends(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # must not fire: a sentence after the value that is only more of the list
        ("LANGUAGE: Ukrainian (first). Also Russian. Good English.", "uk", ["ru", "en"]),
        ("Idioma: quechua (materno). También español fluido.", "qu", ["es"]),
        ("Langue : peul (maternelle). Aussi wolof.", "ff", ["wo"]),
        ("Língua: tétum (materna). Também português fluente.", "tet", ["pt"]),
    ],
)
def test_a_sentence_that_only_goes_on_with_the_list_stays_in_it(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------- an interpreter who speaks a language speaks it herself


@pytest.mark.parametrize(
    "text",
    [
        "Femme, parle lingala. L'interprète parle aussi swahili.",
        "Mujer, habla lingala. El intérprete habla también suajili.",
        "Mulher, fala lingala. O intérprete fala suaíli.",
        "Woman, speaks Lingala. The interpreter also speaks Swahili.",
    ],
)
def test_the_interpreters_own_language_is_not_hers(text):
    assert reads(text, PREF) == "ln"
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: an interpreter named with her language, no verb of its own
        ("Mujer de 30 años, necesita intérprete de wolof.", "wo"),
        ("Femme de 30 ans, besoin d'un interprète en wolof.", "wo"),
        ("Woman, 30, a Wolof interpreter is booked.", "wo"),
        ("Mulher de 30 anos, precisa de intérprete de wolof.", "wo"),
    ],
)
def test_an_interpreter_for_her_language_still_names_it(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------- a bracket describing the person before it


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Garçon de 16 ans, parle wolof. Le patron (homme, ~40 ans, parle wolof et anglais) connaît l'adresse.",
            "wo",
            None,
        ),
        (
            "Ele prefere falar português; fala também francês. O encarregado (um senhor de uns 60 anos, que fala espanhol) não paga.",
            "pt",
            ["fr"],
        ),
        (
            "Hombre de 30 años, habla tagalo. El capataz (un hombre de 50 años, habla inglés) tiene su pasaporte.",
            "tl",
            None,
        ),
        (
            "Man, 30, speaks Tagalog. The foreman (an older man, speaks English) kept his passport.",
            "tl",
            None,
        ),
    ],
)
def test_a_bracket_describing_the_person_before_is_theirs(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: the bracket names her by a definite noun
        ("A neighbour called (the woman speaks only Spanish).", "es"),
        ("Llamó una vecina (la señora habla solo español).", "es"),
        ("Une voisine a appelé (la dame parle seulement espagnol).", "es"),
        ("Uma vizinha ligou (a senhora só fala espanhol).", "es"),
    ],
)
def test_a_bracket_naming_her_is_still_hers(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------------- "another woman" is someone else


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 20, speaks Romanian. Another female at the location (approx 17, Moldovan, Russian-speaking) was placed elsewhere.",
        "Woman, 20, speaks Romanian. Another woman at the location speaks Russian.",
        "Mujer de 20 años, habla rumano. Otra mujer del local habla ruso.",
        "Femme de 20 ans, parle roumain. Une autre femme sur place parle russe.",
        "Mulher de 20 anos, fala romeno. Outra mulher no local fala russo.",
        "Woman, 20, speaks Romanian. Another Moldovan woman, 30, who speaks Russian, translated.",
        "Mujer de 20 años, habla rumano. Otra mujer moldava, de 30 años, que habla ruso, tradujo.",
        "Femme de 20 ans, parle roumain. Une autre femme, 30 ans, parle russe.",
        "Mulher de 20 anos, fala romeno. Outra mulher, de 30 anos, que fala russo, traduziu.",
    ],
)
def test_another_woman_speaks_her_own_language(text):
    assert reads(text, PREF) == "ro"
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: "other" not before a noun that would name her
        ("Woman, 20, speaks Romanian and no other language.", "ro"),
        ("Mujer de 20 años, habla rumano y ninguna otra lengua.", "ro"),
        ("Femme de 20 ans, parle roumain, aucune autre langue.", "ro"),
        ("Mulher de 20 anos, fala romeno e nenhuma outra língua.", "ro"),
        ("Woman, 20, who speaks Romanian, came alone.", "ro"),
        ("Mujer de 20 años, que habla rumano, vino sola.", "ro"),
        ("Femme de 20 ans, qui parle roumain, est venue seule.", "ro"),
        ("Mulher de 20 anos, que fala romeno, veio sozinha.", "ro"),
    ],
)
def test_other_without_a_person_keeps_her_language(text, hers):
    assert reads(text, PREF) == hers


# -------------------------------------------------- the referrer's languages


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, speaks Tetum. The operator speaks English and Spanish.",
        "Mujer de 30 años, habla tetún. La operadora habla inglés y español.",
        "Femme de 30 ans, parle tétoum. L'écoutante parle anglais et espagnol.",
        "Mulher de 30 anos, fala tétum. A atendente fala inglês e espanhol.",
        "Idioma: español\nNotas: La operadora (habla inglés y español) la manda en taxi.",
    ],
)
def test_the_referrers_languages_are_not_hers(text):
    assert reads(text, PREF) in ("tet", "es")
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: the referrer speaks of her
        ("The operator says the woman speaks only Tetum.", "tet"),
        ("La operadora dice que la mujer habla solo tetún.", "tet"),
        ("L'écoutante indique que la femme parle seulement tétoum.", "tet"),
        ("A atendente diz que a mulher só fala tétum.", "tet"),
    ],
)
def test_what_the_referrer_says_of_her_is_hers(text, hers):
    assert reads(text, PREF) == hers


# ---------------------- a part opening with another person, carried through commas


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Speaks Nepali. The agent is an older man (~55), speaks Hindi and English.",
        'Mulher, 30 anos. Fala nepali. O "agenciador" tem uns 35 anos, fala inglês.',
        "Mujer, 30 años. Habla nepalí. El capataz es un hombre mayor (unos 55), habla inglés.",
        "Femme, 30 ans. Parle népali. Le patron est un homme âgé (~55 ans), parle anglais.",
    ],
)
def test_a_verb_after_a_part_about_another_person_is_theirs(text):
    assert reads(text, PREF) == "ne"
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        # must not fire: a nearer noun would name her
        (
            "A hotline advocate took a call tonight from a man from Senegal, 30, whose first language is Wolof and who also speaks French.",
            "wo",
            ["fr"],
        ),
        (
            "La operadora recibió la llamada de una mujer de Senegal, 30 años, habla wolof.",
            "wo",
            None,
        ),
        ("L'écoutante a reçu l'appel d'une femme du Sénégal, 30 ans, parle wolof.", "wo", None),
        (
            "A atendente recebeu a chamada de uma mulher do Senegal, 30 anos, fala wolof.",
            "wo",
            None,
        ),
    ],
)
def test_a_nearer_person_who_could_be_her_keeps_the_verb(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# --------------------------------------------- a line whose label is another person


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "Trab.: hombre peruano, habla español.\nCapitán: aprox. 60 a., habla inglés y portugués.",
            "es",
        ),
        ("Worker: man, 27, speaks Spanish.\nBoss: about 60, speaks English and Portuguese.", "es"),
        (
            "Travailleur : homme, 27 ans, parle espagnol.\nPatron : environ 60 ans, parle anglais et portugais.",
            "es",
        ),
        (
            "Trabalhador: homem, 27 anos, fala espanhol.\nPatrão: uns 60 anos, fala inglês e português.",
            "es",
        ),
    ],
)
def test_a_line_labelled_with_another_person_is_theirs(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: a transcript turn's speaker speaks of her
        ("Trabajadora social DIF: mexicano, habla español, usa silla de ruedas", "es"),
        ("Advocate: caller speaks Spanish only.", "es"),
        ("Écoutante : la dame parle espagnol seulement.", "es"),
        ("Atendente: a moça só fala espanhol.", "es"),
    ],
)
def test_a_speakers_turn_about_her_is_hers(text, hers):
    assert reads(text, PREF) == hers


# ------------------------- a pronoun that agrees with the person opening its sentence


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "23yo male from Nepal, speaks Nepali.\n[18:05] M.D.: his sister (28, lives in Columbus) is the one who called us, she speaks English",
            "ne",
        ),
        ("Man from Nepal, speaks Nepali. His brother called us, he speaks English.", "ne"),
        ("Mujer de Honduras, habla español. Su hermana nos llamó, ella habla inglés.", "es"),
        ("Femme du Mali, parle bambara. Sa soeur nous a appelés, elle parle français.", "bm"),
        ("Mulher de Angola, fala português. A irmã dela ligou, ela fala inglês.", "pt"),
    ],
)
def test_a_pronoun_agreeing_with_the_relative_who_opens_the_sentence_is_theirs(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: the pronoun does not agree with the person opening the sentence
        (
            "Woman, 30, from Manila. Her husband left her at the station, she speaks only Tagalog.",
            "tl",
        ),
        ("Mujer de Manila. Su marido la dejó en la estación, ella habla solo tagalo.", "tl"),
        ("Femme de Manille. Son mari l'a laissée à la gare, elle parle seulement tagalog.", "tl"),
        ("Mulher de Manila. O marido dela deixou-a na estação, ela só fala tagalo.", "tl"),
    ],
)
def test_a_pronoun_that_does_not_agree_is_still_hers(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------- a language name one letter wrong after a verb


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Brazilian lady, 45, she only speaks portugese.", "pt"),
        ("Woman, 30, speaks Tagalug.", "tl"),
        ("Mujer de 30 años, habla solo portuges.", "pt"),
        ("Femme de 30 ans, parle seulement portuguais.", "pt"),
        ("Mulher de 30 anos, só fala espanhool.", "es"),
    ],
)
def test_a_language_one_letter_wrong_after_a_verb_is_read(text, hers):
    assert reads(text, PREF) == hers


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: not right after a language verb, a demonym or country, a short
        # name, an adverb
        "Woman, 30, portugese passport.",
        "Mujer de 30 años, habla filipina.",
        "Femme de 30 ans, parle couramment.",
        "Mulher de 30 anos, fala bastante.",
        "Woman, 30, speaks Tai.",
    ],
)
def test_a_word_near_a_language_elsewhere_is_not_one(text):
    assert reads(text, PREF) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "CA : Elle parle français ?\nBPM : Non, seulement le fon. C'est mon collègue qui traduit, lui il parle fon et yoruba.",
            "fon",
        ),
        (
            "Woman, 30, speaks Tagalog. It is my colleague who translates, he speaks Tagalog and Ilocano.",
            "tl",
        ),
        ("Mujer, habla tagalo. Es mi colega quien traduce, él habla tagalo e ilocano.", "tl"),
        ("Mulher, fala tagalo. É o meu colega que traduz, ele fala tagalo e ilocano.", "tl"),
    ],
)
def test_a_pronoun_after_the_colleague_who_translates_is_the_colleague(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) in (None, [])


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: the pronoun does not agree with the relative who opens the sentence
        ("C'est son frère qui a appelé, elle parle seulement fon.", "fon"),
        ("It was her brother who called, she speaks only Fon.", "fon"),
        ("Fue su hermano quien llamó, ella habla solo fon.", "fon"),
        ("Foi o irmão dela que ligou, ela só fala fon.", "fon"),
    ],
)
def test_a_pronoun_after_a_relative_of_the_other_gender_is_hers(text, hers):
    assert reads(text, PREF) == hers


# ----------------------------------------- a child named in a note about an adult


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Estou com um senhor angolano de 40 anos e o filho dele, de 12. Ele prefere falar português; fala também francês. O menino fala inglês também, aprendeu na escola.",
            "pt",
            ["fr"],
        ),
        (
            "Woman, 34, from Honduras, with her son (9). Speaks Spanish. The boy speaks English too.",
            "es",
            None,
        ),
        (
            "Mujer de 34 años, hondureña, con su hijo de 9. Habla español. El niño habla inglés también.",
            "es",
            None,
        ),
        (
            "Femme de 34 ans, ivoirienne, avec son fils de 9 ans. Parle dioula. Le garçon parle aussi français.",
            "dyu",
            None,
        ),
    ],
)
def test_a_child_named_in_a_note_about_an_adult_speaks_for_itself(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        # must not fire: the survivor is the child, or no adult age is given, or "girl"
        ("Boy, 15, from Afghanistan. The boy speaks Dari only.", "prs"),
        ("Niño de 12 años, guatemalteco. El niño habla solo q'eqchi'.", "kek"),
        ("Garçon de 16 ans, sénégalais. Le garçon parle seulement wolof.", "wo"),
        ("Menino de 14 anos, angolano. O menino só fala umbundu.", "umb"),
        ("Woman, 19, from Manila. The girl speaks only Tagalog.", "tl"),
    ],
)
def test_a_child_survivor_speaks_for_herself(text, hers):
    assert reads(text, PREF) == hers


# ------------- the new readings leave a denied language and "a few words of" as they were


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Woman, 30, speaks Tigrinya, no English. The operator speaks English.", None),
        ("Mujer de 30 años, habla tigriña, no habla inglés. La operadora habla inglés.", None),
        ("Femme de 30 ans, parle tigrigna, ne parle pas anglais. L'écoutante parle anglais.", None),
        ("Mulher de 30 anos, fala tigrínia, não fala inglês. A atendente fala inglês.", None),
        (
            "Woman, 30, speaks Tigrinya and a few words of English. Her brother, 40, speaks Arabic.",
            "possible",
        ),
        (
            "Mujer de 30 años, habla tigriña y unas pocas palabras de inglés. Su hermano, de 40, habla árabe.",
            "possible",
        ),
        (
            "Femme de 30 ans, parle tigrigna et quelques mots d'anglais. Son frère, 40 ans, parle arabe.",
            "possible",
        ),
        (
            "Mulher de 30 anos, fala tigrínia e algumas palavras de inglês. O irmão dela, 40 anos, fala árabe.",
            "possible",
        ),
    ],
)
def test_a_denied_language_or_a_few_words_is_never_listed(text, others):
    assert reads(text, PREF) == "ti"
    assert reads(text, OTHERS) == others


# ------------------------------------------- a language verb cut short with a dot


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Trab.: masc., 27 a., peruano, hab. español y quechua (prefiere esp.).", "es", ["qu"]),
        ("M, 30, from Nepal, spks. Nepali (pref) and Hindi.", "ne", ["hi"]),
        ("Femme, 30 ans, malienne, parl. bambara (maternelle) et français.", "bm", ["fr"]),
        ("Homem, 30 anos, timorense, fal. tétum (materna) e português.", "tet", ["pt"]),
    ],
)
def test_a_language_verb_cut_short_reads_on(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    "text",
    [
        # must not fire: the same letters before no language
        "Está en la hab. 12 del albergue.",
        "Woman, 30, spks. to staff daily.",
        "Femme, 30 ans, parl. avec l'équipe.",
        "Mulher, 30 anos, fal. com a equipa.",
    ],
)
def test_a_cut_short_verb_before_no_language_reads_none(text):
    assert reads(text, PREF) is None
