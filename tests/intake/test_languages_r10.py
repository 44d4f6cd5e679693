"""Her languages, round 10 of issue 12, in invented sentences in en/es/fr/pt. The kinds:
a speaker given an age that is not hers is someone else, whatever noun names them
("the manager (50) speaks Hindi"); officials around her (a consul, an inspector, a
manager) speak their own languages; a chat line written by a titled name ("Dona Celeste:")
is that writer's turn, not a line about her; a preference said with "would rather", a
past or conditional "prefer" ("ha preferido", "preferiría"), or after the language ("il
parle lingala, c'est ce qu'il préfère"); "her first language" in apposition weighs only
the language before it; "sa langue à elle, c'est"; names CLDR lacks (chuabo, wayuunaiki).
Each kind has readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, PREF, reads

# ------------------------------------ a speaker of another age is another person


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Client F, 25. Mother tongue: Bengali. The manager (50) speaks Bengali and Hindi.",
            "bn",
            None,
        ),
        (
            "Mujer de 34 años. Lengua materna: mam. La señora de la casa, 60 años, habla inglés.",
            "mam",
            None,
        ),
        (
            "Nom : Diarra\nSexe : M\nÂge : 41\nNationalité : malienne\nLangue préférée : "
            "bambara\nObservations : le gérant (55 ans) parle anglais et peut être rappelé",
            "bm",
            None,
        ),
        (
            "Nome: Rahim\nIdade: 25\nLíngua materna: bengali\nObs.: o gerente (50 anos) fala "
            "bengali e hindi; outro trabalhador recusou falar.",
            "bn",
            None,
        ),
        (
            "Mme R., 45 ans. Elle parle malgache, sa langue, et français. La fille des "
            "employeurs, 12 ans, dont elle s'occupait, parle anglais.",
            "mg",
            ["fr"],
        ),
        ("He is 19. Speaks Pashto only. His uncle, approx 60, speaks Dari and Urdu.", "ps", []),
        (
            "She is 24, from Eritrea, speaks Tigrinya only. The lady from church, 70, speaks "
            "English and Amharic.",
            "ti",
            [],
        ),
        (
            "Mujer de 34 años, habla mam. El señor del taller (unos 50 años) habla inglés.",
            "mam",
            None,
        ),
        ("Elle a 19 ans et parle tamoul. La dame de l'église, 70 ans, parle anglais.", "ta", None),
        ("Tem 29 anos e fala tétum. A senhora da igreja (70 anos) fala inglês.", "tet", None),
        ("He is 19, speaks Pashto only. A man, 50yo, speaks Dari too.", "ps", []),
        # must not fire: her own age, a noun's age after "de", her age unknown
        ("Client, 25, speaks Dari.", "prs", None),
        ("Mujer, 30 años, habla garífuna.", "cab", None),
        ("Elle a 30 ans et un fils de 5 ans. Elle parle soninké.", "snk", None),
        ("Ela tem 29 anos e fala tétum.", "tet", None),
        ("Tiene 30 años, su hijo de 5 años habla inglés y ella habla mam.", "mam", None),
        ("Ela tem 29 anos, só fala tétum.", "tet", []),
        ("Her sister (28) called. She is 22 years old and speaks Amharic.", "am", None),
        ("Su hermana (40) llamó. Ella tiene 22 años y habla quechua.", "qu", None),
    ],
)
def test_a_speaker_of_another_age_is_someone_else(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    "text",
    [
        "Client F, 25. The manager (50) speaks Hindi.",
        "Hombre de 22 años. El capataz, de unos 45, habla inglés. El patrón (50 años) habla inglés.",
        "Homme, 30 ans. Le gérant (50 ans) parle anglais.",
        "Mulher, 33 anos. O gerente (50 anos) fala hindi.",
    ],
)
def test_only_anothers_language_gives_none_of_hers(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) is None


# ------------------------------------ officials around her


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "She speaks Malagasy, her language, and French. The consul also speaks English and "
            "German.",
            "mg",
            ["fr"],
        ),
        ("Habla wolof y, sobre todo, pulaar. El cónsul habla también inglés.", "ff", ["wo"]),
        (
            "Elle parle le malgache, sa langue, et le français. Le consul parle également "
            "l'anglais et l'allemand.",
            "mg",
            ["fr"],
        ),
        ("Fala bengali, a língua dele. O inspetor fala inglês e espanhol.", "bn", None),
        ("Speaks Tigrinya only. The labour inspector speaks Arabic.", "ti", []),
        # must not fire: her own verb beside an official
        ("The consul says she speaks Tigrinya only.", "ti", []),
        ("Según el inspector, ella habla solo quechua.", "qu", []),
    ],
)
def test_an_officials_language_is_the_officials(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a chat line written by a titled name


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Dona Celeste: ela tem 29 anos\nDona Celeste: fala macua, é a língua dela, e português",
            "vmw",
            ["pt"],
        ),
        ("Mme Diallo: elle parle soussou, sa langue, et le français", "sus", ["fr"]),
        ("Sra. Gómez: habla quiché, su lengua materna, y español", "quc", ["es"]),
        # must not fire: a label that is another person
        ("Patrão: fala espanhol.\nEla fala tétum.", "tet", None),
        ("Boss: approx 50, speaks English.\nShe speaks Dari.", "prs", None),
    ],
)
def test_a_titled_name_writes_the_chat_turn(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a preference in other words


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Speaks English well but said she would rather talk in Tagalog.", "tl", ["en"]),
        ("He speaks French fluently; he would rather speak Lingala.", "ln", ["fr"]),
        ("Habla quechua y español; con nosotros siempre ha preferido el español.", "es", ["qu"]),
        ("Habla inglés bien, pero preferiría hablar en español.", "es", ["en"]),
        ("Parle anglais couramment, mais aimerait mieux parler en tagalog.", "tl", ["en"]),
        ("Fala inglês bem, mas preferia falar em português.", "pt", ["en"]),
        # must not fire: a preference about something else, or a preference denied
        ("She speaks English well and would rather not use an interpreter.", "en", None),
        ("Speaks Tigrinya and Arabic; would rather stay with her cousin.", "possible", "possible"),
        ("Habla mam y español; ha preferido quedarse con su prima.", "possible", "possible"),
        ("Parle wolof et français ; elle préférerait un foyer.", "possible", "possible"),
    ],
)
def test_a_preference_in_other_words(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "il parle lingala c est ce qu il prefere il parle aussi francais et swahili",
            "ln",
            ["fr", "sw"],
        ),
        ("Elle parle peul, c'est ce qu'elle préfère.", "ff", None),
        ("Speaks Pashto, which he prefers, and also Dari.", "ps", ["prs"]),
        ("Habla mam, que es lo que prefiere, y también español.", "mam", None),
        # (stop 31: a preference set off by commas lets the list go on: Portuguese listed)
        ("Fala macua, que ela prefere, e português.", "vmw", ["pt"]),
        # must not fire: a list before the phrase, a language right after it
        ("Speaks Tigrinya and Arabic, as she prefers.", "possible", "possible"),
        ("Em português consegue explicar-se mas prefere o crioulo da Guiné.", "pov", None),
    ],
)
def test_what_she_prefers_said_after_the_language(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ "her first language" in apposition


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Elle s'exprime en dioula, sa langue maternelle, et en français.", "dyu", ["fr"]),
        ("Speaks Spanish, her first language, and English.", "es", ["en"]),
        ("Habla quechua, su lengua materna, y español.", "qu", ["es"]),
        ("Fala tétum, a sua língua materna, e português.", "tet", ["pt"]),
        (
            "Sa langue à elle, c'est le tagalog; elle parle aussi l'anglais couramment.",
            "tl",
            ["en"],
        ),
        ("A língua dela é o chuabo, mas fala português fluentemente.", "chw", ["pt"]),
        ("Ella prefiere el wayuunaiki; también habla español.", "guc", ["es"]),
        # must not fire: a label before the language, and no mark at all
        ("Langue maternelle, wolof ; parle aussi français.", "wo", ["fr"]),
        ("Speaks Swahili and English.", "possible", "possible"),
        ("Habla quechua y español.", "possible", "possible"),
    ],
)
def test_her_first_language_weighs_only_the_one_before_it(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a negator is the language's after it, not the verb's


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Vietnamese only, no English - phone interpreter (Vietnamese) used.", "vi", []),
        ("No English - phone interpreter (Vietnamese) used for the whole visit.", "vi", None),
        ("Amharic only, no English - video interpreter (Amharic) booked.", "am", []),
        ("Dari only; no English - phone interpreter used (Dari).", "prs", []),
        # must not fire: the negator is the verb's
        ("Does not speak English.", None, None),
        ("No habla inglés.", None, None),
        ("Ne parle pas français.", None, None),
        ("Não fala português.", None, None),
        ("She speaks no English, only Tigrinya.", "ti", []),
        ("Sin intérprete de inglés; habla quechua.", "qu", None),
    ],
)
def test_a_negator_stops_at_the_language_it_denies(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a creole named with its country


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Speaks Cape Verdean Creole and some Portuguese.", "kea", "possible"),
        ("Parle le créole cap-verdien et un peu de portugais.", "kea", "possible"),
        ("Fala crioulo guineense e um pouco de português.", "pov", "possible"),
        ("Habla criollo de Cabo Verde y algo de español.", "kea", "possible"),
        ("Parle créole mauricien et un peu d'anglais.", "mfe", "possible"),
        # must not fire: a bare creole with no country stays only offered; a creole the
        # country does not resolve is not made another one
        ("Fala crioulo e um pouco de português.", "possible", "possible"),
        ("Fala crioulo angolano.", "possible", None),
        ("Parle créole haïtien.", "ht", None),
    ],
)
def test_a_creole_named_with_its_country_is_that_ones(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ "the language she is most at ease in is X"


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "The language she is most comfortable in is Tigrinya; she also speaks Arabic.",
            "ti",
            ["ar"],
        ),
        (
            "El idioma en el que se siente más cómoda es el quechua; también habla español.",
            "qu",
            ["es"],
        ),
        (
            "La langue dans laquelle elle est le plus à l'aise est le lingala ; elle parle aussi "
            "français.",
            "ln",
            ["fr"],
        ),
        (
            "A língua em que se sente mais à vontade é o crioulo cabo-verdiano; também fala "
            "português.",
            "kea",
            ["pt"],
        ),
        ("La langue qu'elle préfère est le wolof.", "wo", None),
        # must not fire: not at ease, or a language noun about something else
        ("El idioma en el que se siente cómoda no es el español.", None, None),
        ("La langue dans laquelle elle n'est pas à l'aise est le français.", None, None),
        ("The language of the forms is English; she speaks Dari.", "prs", None),
        ("A língua dos papéis é o português; ela fala tétum.", "tet", None),
    ],
)
def test_the_language_she_is_most_at_ease_in(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ a language asked for


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "Speaks Cape Verdean Creole and Portuguese; she asked for Portuguese, she reads it "
            "best.",
            "pt",
            ["kea"],
        ),
        ("Habla wolof y francés; pidió francés porque lo lee mejor.", "fr", ["wo"]),
        ("Parle lingala et français ; elle a demandé le lingala.", "ln", ["fr"]),
        ("Fala tétum e português; pediu português.", "pt", ["tet"]),
        # must not fire: a thing in the language asked for, or an interpreter
        ("Speaks Dari and English; she asked for English classes.", "possible", "possible"),
        ("Habla mam y español; pidió clases de español.", "possible", "possible"),
        ("Parle peul et français ; elle a demandé des cours de français.", "possible", "possible"),
        ("Fala tétum e português; pediu um curso de inglês.", "possible", "possible"),
    ],
)
def test_a_language_asked_for(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


# ------------------------------------ "almost nothing" of a language is not one she speaks


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        (
            "La chica habla guaraní, es su idioma; habla español también, portugués casi nada.",
            "gn",
            ["es"],
        ),
        ("Parle wolof, sa langue, et français ; anglais presque pas.", "wo", ["fr"]),
        ("Speaks Dari, his language, and Pashto; barely any English.", "prs", ["ps"]),
        ("Fala tétum, a língua dela, e português; praticamente nada de inglês.", "tet", ["pt"]),
        # must not fire: a plain second language stays listed
        ("La chica habla guaraní, es su idioma; habla español también.", "gn", ["es"]),
        ("Parle wolof, sa langue, et français.", "wo", ["fr"]),
        ("Speaks Dari, his language, and Pashto.", "prs", ["ps"]),
        ("Fala tétum, a língua dela, e português.", "tet", ["pt"]),
    ],
)
def test_almost_nothing_of_a_language_is_not_listed(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others
