"""Her languages, stop 26: whose a language mention is, in invented notes in en/es/fr/pt.
The kinds: an official named by a title cut short ("Ofc. Brandt", "Insp. Ruiz", "Brig.
Martin", "Agt. Sousa") speaks for himself, also in a bracket after a language form value
("Language: Spanish. (Ofc. Brandt does not speak Spanish)"); a caller the note names as
someone else, described again in a bracket ("friend of PV (caller = Lorna, speaks
spanish + eng)"); the writer's line ("Registado por:", "Recorded by:") and the writer's
own first-person verb ("falo", "hablo"); chat lines dated before their time
("[19/05 20:41] Name: ..."); a ranked language noun cut short ("Primary lang Spanish");
a degree word between "prefers" and its language ("préfère de loin parler français").
Each kind has readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import interpret_answer
from tests.intake.reading import OTHERS, PREF, reads, weighed_read

# ---------------------------------------- an official named by an abbreviated title


@pytest.mark.parametrize(
    "text, hers",
    [
        (
            "Victim: F, 19 y/o\nLanguage: Spanish. (Ofc. Brandt does not speak Spanish; "
            "Ofc. Lucero interpreted.)",
            "es",
        ),
        ("Victim: F, 19 y/o\nLanguage: Spanish. Sgt. Brandt speaks English.", "es"),
        ("Víctima: mujer, 19 años\nIdioma: español. Insp. Ruiz habla inglés.", "es"),
        ("Victime : femme, 19 ans\nLangue : espagnol. Brig. Martin parle anglais.", "es"),
        ("Vítima: mulher, 19 anos\nLíngua: espanhol. (Agt. Sousa não fala espanhol.)", "es"),
    ],
)
def test_an_officials_language_is_his(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


def test_a_bracket_of_her_own_after_the_value_still_counts():
    text = "Client: F, 30\nLanguage: Tigrinya. (She also speaks some Arabic.)"
    assert reads(text, PREF) == "ti"


# ---------------------------------------- a caller the note names as someone else


@pytest.mark.parametrize(
    "text",
    [
        'caller: friend of PV (caller = Lorna, 45, speaks spanish + eng, says shes "just a '
        'neighbour")\nPV: female, 31 y/o, from Philippines. prefers Tagalog, her english is '
        "good.",
        "Llamada de una vecina (la llamante habla inglés y español). Mujer de 30 años, "
        "prefiere el tagalo, su inglés es bueno.",
    ],
)
def test_a_callers_bracket_is_the_callers(text):
    assert reads(text, PREF) == "tl"
    assert reads(text, OTHERS) in (["en"], None)
    assert "es" not in (reads(text, OTHERS) or [])


def test_a_caller_who_is_her_keeps_her_language():
    assert reads("Caller: the woman herself (caller speaks Tagalog)", PREF) == "tl"


# ---------------------------------------- the writer's own line and verb


@pytest.mark.parametrize(
    "text, hers",
    [
        (
            "Registado por: Graça (receção; falo português e francês)\n\nChegou sozinha. "
            "Mulher de 20 anos, de Moçambique, fala português.",
            "pt",
        ),
        (
            "Recorded by: Dana (front desk, speaks English and French)\n\nWoman, 20, from "
            "Mozambique, speaks Portuguese.",
            "pt",
        ),
        (
            "Nota de la recepción (hablo inglés y francés). Mujer de 20 años, de Honduras, "
            "habla español.",
            "es",
        ),
    ],
)
def test_the_writers_languages_are_not_hers(text, hers):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Usuaria: hablo quechua y un poco de español",  # her own turn
        'Mujer de 20 años. Dice: "hablo quechua".',  # her words quoted
    ],
)
def test_her_own_first_person_verb_stays_hers(text):
    assert reads(text, PREF) == "qu"


# ---------------------------------------- chat lines dated before their time


@pytest.mark.parametrize(
    "text, hers",
    [
        (
            "[19/05 20:42] Irma Celia (Igreja): a lingua dela e o espanhol\n"
            "[19/05 20:45] Irma Celia (Igreja): voces podem receber ela hoje??",
            "es",
        ),
        (
            "[19/05/2026, 20:42] Dana: she speaks only Tigrinya\n"
            "[19/05/2026, 20:45] Dana: can you take her tonight?",
            "ti",
        ),
    ],
)
def test_a_question_in_a_later_dated_chat_line_leaves_hers(text, hers):
    assert reads(text, PREF) == hers


# ---------------------------------------- shorthand and degree words


@pytest.mark.parametrize(
    "text, hers, others",
    [
        ("Pt: F, 22 y/o. Primary lang Spanish, limited English.", "es", "possible"),
        ("Pt 16yo M. Pt pref lang K'iche', some Spanish.", "quc", "possible"),
        ("Pt: F, 22. Pref lang: Tigrinya. 2nd lang Arabic.", "ti", ["ar"]),
    ],
)
def test_a_ranked_language_noun_cut_short(text, hers, others):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == others


@pytest.mark.parametrize(
    "text, hers, other",
    [
        ("Aïssatou, 16 ans. Elle parle peul avec sa famille mais préfère de loin parler "
         "français.", "fr", "ff"),
        ("Mujer de 16 años. Habla fula con su familia pero prefiere de lejos hablar "
         "español.", "es", "ff"),
        ("Mulher de 16 anos. Fala fula com a família mas prefere de longe falar "
         "português.", "pt", "ff"),
    ],
)  # fmt: skip
def test_a_degree_word_before_the_preferred_language(text, hers, other):
    assert reads(text, PREF) == hers
    assert reads(text, OTHERS) == [other]


# ---------------------------------------- a level word before a speaking verb


@pytest.mark.parametrize(
    "text, hers, others",
    [
        ("Language: Tigrinya (also speaks Arabic)", "ti", ["ar"]),
        ("Idioma: español (también habla quechua)", "es", ["qu"]),
        ("Langue : peul (parle aussi le français)", "ff", ["fr"]),
        ("Língua: português (também fala forro); não precisa de intérprete", "pt", ["cri"]),
    ],
)
def test_also_before_a_speaking_verb_is_the_next_languages(text, hers, others):
    assert weighed_read(text, PREF) == hers
    assert weighed_read(text, OTHERS) == others


def test_also_with_a_level_after_the_verb_stays_the_languages_before():
    text = "Hombre, 30 años. Habla wolof. Francés también habla bien."
    assert weighed_read(text, PREF) == "wo"
    assert weighed_read(text, OTHERS) == ["fr"]


@pytest.mark.parametrize(
    "text",
    [
        "Appelant : jeune homme, 19 ans, parle un français simple.",
        "Caller: young man, 19, speaks simple English.",
        "Hombre de 19 años, habla un español sencillo.",
        "Homem de 19 anos, fala um português simples.",
    ],
)
def test_a_simple_language_is_spoken_a_little(text):
    assert reads(text, PREF) is None
    assert reads(text, OTHERS) == "possible"


# ---------------------------------------- her own words quoted in a note


@pytest.mark.parametrize(
    "text",
    [
        'Man, 27. Speaks Nepali, Hindi and very good English; he said "I prefer English, it '
        'is easier for me".',
        "Homme, 27 ans. Parle népali et hindi. Il dit : « je préfère l'anglais ».",
        'Hombre, 27 años. Habla nepalí e hindi. Dice: "prefiero el inglés".',
    ],
)
def test_her_quoted_preference_is_hers(text):
    assert reads(text, PREF) == "en"
    assert reads(text, OTHERS) == ["ne", "hi"]


@pytest.mark.parametrize(
    "text",
    [
        'Man, 27. Speaks Nepali and Hindi. The officer said "I speak English and Spanish".',
        "Man, 27. Speaks Nepali and Hindi. I prefer English for the paperwork.",
    ],
)
def test_a_quote_of_another_or_the_writers_own_words_are_not_hers(text):
    assert reads(text, PREF) == "possible"
    assert reads(text, OTHERS) == "possible"


# ---------------------------------------- "with a friend who speaks": the friend's


@pytest.mark.parametrize(
    "text",
    [
        "Young man from Morocco, 19. He will come back tomorrow with a friend who speaks "
        "Portuguese.",
        "Joven marroquí, 19 años. Dice que vuelve mañana con un amigo que habla portugués.",
        "Jeune Marocain, 19 ans. Il revient demain avec un ami qui parle portugais.",
        "Rapaz marroquino, 19 anos. Disse que volta amanhã com um amigo que fala português.",
    ],
)
def test_a_companion_with_a_relative_is_the_speaker(text):
    assert reads(text, PREF) is None


@pytest.mark.parametrize(
    "text, hers",
    [
        ("Joven, 19 años. Con su mamá habla quechua.", "qu"),
        ("Woman, 30. With her aunt she speaks Twi.", "tw"),
    ],
)
def test_a_companion_without_a_relative_is_whom_she_speaks_with(text, hers):
    assert reads(text, PREF) == hers


# ---------------------------------------- her answer: "X I speak" lists X among her others


def _answer(text: str) -> tuple[object, object]:
    got = interpret_answer(PREF, text, question="Which language would you like us to use?")
    return got.values.get(PREF), got.values.get(OTHERS)


@pytest.mark.parametrize(
    "text, hers, other",
    [
        ("Prefiro em macua. Português falo, sim, mas fico mais à vontade na minha língua.",
         "vmw", "pt"),
        ("Prefiero quechua. Español lo hablo, pero me siento mejor en mi lengua.", "qu", "es"),
        ("Wolof. Le français je le parle, c'est bon.", "wo", "fr"),
        ("Tigrinya is best. English I speak, yes.", "ti", "en"),
    ],
)  # fmt: skip
def test_a_language_she_says_she_speaks_is_among_her_others(text, hers, other):
    assert _answer(text) == (hers, [other])


@pytest.mark.parametrize(
    "text, hers",
    [
        ("Wolof. Le français je le parle, mais pas très bien.", "wo"),
        ("Quechua. Español hablo, pero poco.", "qu"),
        ("Prefiro macua. Português falo mal.", "vmw"),
        ("Tigrinya. English I speak a little.", "ti"),
    ],
)
def test_one_she_speaks_only_a_little_is_not_listed(text, hers):
    assert _answer(text) == (hers, None)


@pytest.mark.parametrize(
    "text",
    [
        "Homme, 52 ans. Parle uniquement portugais (du Brésil).",
        "Man, 52. Speaks Portuguese (from Brazil).",
        "Homem, 52 anos. Fala português (do Brasil).",
        "Hombre, 52 años. Habla portugués (de Brasil).",
    ],
)
def test_a_variety_after_from_in_its_bracket(text):
    assert reads(text, PREF) == "pt-BR"


def test_a_bracket_from_elsewhere_is_no_variety():
    assert reads("Man, 52. Speaks Portuguese (from work).", PREF) == "pt"
