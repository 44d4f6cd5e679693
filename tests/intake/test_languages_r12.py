"""Her languages, round 12 of issue 12, in invented sentences in en/es/fr/pt. The kinds:
in her answer, another person's list goes on over "and" ("My friend speaks Arabic and
English very well"); the first language of her answer to the language question answers it
and those she says she speaks well besides it ("Le français ça va") are her others, not one
she finds hard, only understands or has forgotten; a country's official language is not
hers; a denied speaking verb takes up the language before it ("studied English but does
not speak it"); an interpreter's need word before her language ("Interprète nécessaire
(dari)" in es/pt/en); shortened form labels ("Lg:", "LM", "Langue mat.") also after a full
stop on a line. Each kind has readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import INTERP, OTHERS, PREF, reads


def _answer(text: str) -> tuple[object, object]:
    """Her preferred and other languages in an answer to the language question."""
    got = interpret_answer(PREF, text)
    return got.values.get(PREF), got.values.get(OTHERS)


# ------------------------------------ another person's list goes on over "and"


@pytest.mark.parametrize(
    "text",
    [
        "For me, Tigrinya is best. My friend who came with me, Selam, she speaks Arabic and "
        "English very well, but me, only a little English.",
        "Tigrinya is best. My friend Selam speaks Arabic and English.",
        "Tigrinya. My friend Selam speaks Arabic and English very well.",
        "Tigriña. Mi amiga habla árabe y también inglés, pero yo no.",
        "Le tigrigna. Mon amie Selam, elle parle arabe et anglais.",
        "Tigrínia. A minha amiga Selam fala árabe e inglês muito bem.",
    ],
)
def test_another_persons_list_in_her_answer_is_not_hers(text):
    assert _answer(text) == ("ti", None)


@pytest.mark.parametrize(
    "text",
    [
        "Tigrinya is my language. My cousin, she speaks Arabic, and I speak English very well.",
        "Tigrigna. Ma cousine, elle parle arabe, moi je parle anglais aussi.",
        "Tigrínia. A minha prima, ela fala árabe, eu falo inglês também.",
        "Tigriña. Mi prima, ella habla árabe, yo hablo inglés también.",
    ],
)
def test_her_own_clause_after_anothers_still_counts(text):
    assert _answer(text) == ("ti", ["en"])


def test_an_interpreters_relay_in_the_third_person_is_hers():
    text = (
        "[intérprete] Ele fala macua, é a língua dele. Fala também suaíli, aprendeu na "
        "Tanzânia. Português só um pouco, para comprar coisas."
    )
    assert _answer(text) == ("vmw", ["sw"])


# ------------------------------------ her answer: the first language, and the others she speaks


@pytest.mark.parametrize(
    ("text", "hers", "others"),
    [
        ("Le wolof. Le français ça va.", "wo", ["fr"]),
        ("Le wolof. Le français, ça va.", "wo", ["fr"]),
        ("Wolof. English is fine.", "wo", ["en"]),
        ("Tagalog is best. I understand English, so English is okay too.", "tl", ["en"]),
        ("Wolof. El español está bien.", "wo", ["es"]),
        ("Wolof. Português tudo bem.", "wo", ["pt"]),
        (
            "Em crioulo da Guiné. Português também falo, mas em crioulo é mais fácil para mim.",
            "pov",
            ["pt"],
        ),
    ],
)
def test_her_answer_lists_the_others_she_speaks(text, hers, others):
    assert _answer(text) == (hers, others)


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Le wolof. Le français, non, pas vraiment.", "wo"),
        ("Le wolof, le français c'est difficile pour moi.", "wo"),
        ("Le wolof. L'anglais, je parlais à l'école, j'ai oublié.", "wo"),
        ("Le lingala, c'est mieux pour moi. Le français je comprends, mais pas tout.", "ln"),
        ("Tagalo. El inglés lo entiendo.", "tl"),
        ("Tigrinya. Arabic I forgot.", "ti"),
        ("Wolof. English is not fine.", "wo"),
        ("Wolof ou français, comme vous voulez.", "wo"),
    ],
)
def test_a_language_she_finds_hard_or_only_understands_is_no_other(text, hers):
    assert _answer(text) == (hers, None)


# ------------------------------------ a country's official language is not hers


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        (
            "Woman, 30, from Eritrea, speaks Tigrinya. The official language there is Arabic too.",
            "ti",
        ),
        ("Femme, 30 ans, du Mali, parle bambara. La langue officielle est le français.", "bm"),
        ("Mulher, 30 anos, de Angola, fala umbundu. A língua oficial é o português.", "umb"),
        ("Mujer, 30, de Bolivia, habla aimara. La lengua oficial del país es el español.", "ay"),
    ],
)
def test_an_official_language_is_not_hers(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Woman, 30. Language: Tigrinya.", "ti"),
        ("Femme, 30 ans. Langue : bambara.", "bm"),
        ("Su lengua es el aimara.", "ay"),
    ],
)
def test_her_language_noun_still_reads(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------ a denied speaking verb takes up the language before it


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, mother tongue Tigrinya, also speaks Amharic; studied English at school "
        "but does not speak it.",
        "Mujer, 30, lengua materna tigriña, habla también amhárico; estudió inglés en la "
        "escuela pero no lo habla.",
        "Femme, 30 ans, langue maternelle tigrigna, parle aussi amharique ; a appris "
        "l'anglais à l'école mais ne le parle pas.",
        "Mulher, 30, língua materna tigrínia, fala também amárico; estudou inglês na escola "
        "mas não o fala.",
    ],
)
def test_a_language_she_does_not_speak_is_not_listed(text):
    assert reads(text, PREF) == "ti"
    assert reads(text, OTHERS) == ["am"]


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Woman, 30, speaks Arabic but does not read it.", "ar"),
        ("Woman, 30, speaks Arabic, can't write it.", "ar"),
    ],
)
def test_a_denied_reading_or_writing_denies_no_language(text, hers):
    assert reads(text, PREF) == hers


# ------------------------------------ an interpreter's need word before her language


@pytest.mark.parametrize(
    "text",
    [
        "Interpreter needed (Dari).",
        "Interpreter essential (Dari).",
        "Intérprete necesario (dari).",
        "Intérprete necessário (dari).",
        "Mujer, 30. Intérprete necesaria para el dari.",
    ],
)
def test_an_interpreter_needed_in_her_language(text):
    assert reads(text, PREF) == "prs"
    assert reads(text, INTERP) is True


def test_an_interpreter_needed_for_a_hearing_names_no_language():
    text = "Mujer, 30, habla árabe. Intérprete necesario para la audiencia."
    assert reads(text, PREF) == "ar"
    assert reads(text, INTERP) is True


# ------------------------------------ shortened language labels, also after a full stop


@pytest.mark.parametrize(
    ("text", "hers"),
    [
        ("Lg: Tagalog", "tl"),
        ("LM: português", "pt"),
        ("Langue mat. : albanais", "sq"),
        ("L. materna: tagalo", "tl"),
        ("Lengua mat.: quechua", "qu"),
        ("Pcte F, 31a, guianense (Guiana). Lg: inglês.", "en"),
        ("M., 16a, albanais. Langue mat. : albanais ; comprend un peu l'italien.", "sq"),
    ],
)
def test_a_shortened_language_label(text, hers):
    assert reads(text, PREF) == hers


def test_a_label_after_a_full_stop_needs_a_known_label():
    text = "Woman, 30, from Eritrea. Note: she speaks Tigrinya."
    assert reads(text, PREF) == "ti"


# ------------------------------------ a second language she manages in


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Su lengua es el guaraní; se maneja también en castellano.", ["es"]),
        ("Su lengua es el guaraní; se maneja bien en castellano.", ["es"]),
        ("Her language is Twi; she manages well in English.", ["en"]),
        ("Her language is Twi; she also manages in English.", ["en"]),
        ("Su lengua es el guaraní; se maneja en castellano.", "possible"),
        ("Her language is Twi; she manages in English.", "possible"),
    ],
)
def test_a_language_she_manages_in(text, others):
    assert reads(text, OTHERS) == others
