"""Stop 42 (languages): whose language a part set off by commas holds (a named agent,
interpreter, nurse, colleague or cousin; a relative saying someone else prefers a
language), and a language that names a body of people; on sentences written for these
tests in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, PREF, clear, offered

# Another person named with a role, then a name, an age or a relative set off by commas:
# the language after it is that person's.


@pytest.mark.parametrize(
    ("text", "pref", "theirs"),
    [
        (
            "Woman, 41, from Guinea. She speaks Susu. The embassy's consular officer, "
            "Mr. Camara, also speaks Fula.",
            "sus",
            "ff",
        ),
        (
            "Woman, 41, from Syria. She speaks Kurdish. Our interpreter, Ms. Haddad, 52, "
            "speaks Arabic as well.",
            "ku",
            "ar",
        ),
        (
            "Woman, 41, from Somalia. She speaks Somali. Her cousin, Hodan, who drove "
            "her to the clinic, speaks English.",
            "so",
            "en",
        ),
        (
            "Woman, 41, from Eritrea. She speaks Tigrinya. A co-worker from the laundry, "
            "Senait, speaks Arabic.",
            "ti",
            "ar",
        ),
        (
            "Mujer de 41 años, de Bolivia. Habla aimara. El agente consular, el Sr. "
            "Quispe, habla también quechua.",
            "ay",
            "qu",
        ),
        (
            "Mujer de 41 años, de Bolivia. Habla aimara. Su prima, Rosa, que la recogió "
            "en la estación, habla inglés.",
            "ay",
            "en",
        ),
        (
            "Femme de 41 ans, de Guinée. Elle parle soussou. L'agent de l'ambassade, "
            "M. Camara, parle aussi le peul.",
            "sus",
            "ff",
        ),
        (
            "Femme de 41 ans, de Guinée. Elle parle soussou. Sa cousine, Aïssata, qui "
            "l'héberge, parle anglais.",
            "sus",
            "en",
        ),
        (
            "Mulher de 41 anos, de Angola. Fala kimbundu. A enfermeira, Sra. Costa, "
            "fala também francês.",
            "kmb",
            "fr",
        ),
        (
            "Mulher de 41 anos, de Angola. Fala kimbundu. O meu colega, Rui Sousa, que "
            "fala inglês, acompanhou-a.",
            "kmb",
            "en",
        ),
        (
            "Intérprete: Sr. Yonas, que fala amárico e tigrínia. Ela fala tigrínia.",
            "ti",
            "am",
        ),
        (
            "Interprète : M. Yonas, qui parle amharique et tigrinya. Elle parle tigrinya.",
            "ti",
            "am",
        ),
    ],
)
def test_a_named_other_persons_language_is_not_hers(text: str, pref: str, theirs: str) -> None:
    assert clear(text, PREF) == pref
    assert theirs not in (clear(text, OTHERS) or [])
    assert theirs not in (offered(text, OTHERS) or [])


@pytest.mark.parametrize(
    ("text", "pref"),
    [
        ("The client, Ms. Diallo, 29, who arrived on Monday, speaks Susu.", "sus"),
        ("La usuaria, la Sra. Quispe, de 29 años, habla aimara.", "ay"),
        ("Mme D., 29 ans, qui vit chez une amie, parle soussou.", "sus"),
        ("A utente, Sra. Costa, de 29 anos, fala kimbundu.", "kmb"),
        ("Amina, 29, who lives with her aunt, speaks Somali.", "so"),
        ("Rosa, de 29 años, que vive con su tía, habla aimara.", "ay"),
        ("The client, who came with her brother, speaks Susu.", "sus"),
        ("Joana, 29 anos, que mora com a tia, fala kimbundu.", "kmb"),
        ("Nombre: Rosa Quispe, que llegó ayer, habla aimara.", "ay"),
    ],
)
def test_her_own_name_age_and_relative_set_off_stay_hers(text: str, pref: str) -> None:
    assert clear(text, PREF) == pref


# A language's apposition whose relative says another person prefers it: not hers.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She speaks Lingala and French, the language her cousin prefers.", "fr"),
        ("Habla quechua y español, la lengua que prefiere su prima.", "es"),
        ("Elle parle lingala et français, la langue que préfère son cousin.", "fr"),
        ("Fala lingala e francês, a língua que o primo dela prefere.", "fr"),
    ],
)
def test_a_language_another_person_prefers_is_not_her_preferred(text: str, lang: str) -> None:
    assert clear(text, PREF) != lang


def test_a_language_she_is_at_ease_in_by_apposition_stays_preferred() -> None:
    text = "She speaks Lingala and French, the language she is most comfortable in."
    assert clear(text, PREF) == "fr"


# A language that names a body of people (an association, a network, a group).


@pytest.mark.parametrize(
    "text",
    [
        "She speaks Tigrinya. She was referred by a Farsi-speaking women's group.",
        "Habla tigriña. La derivó una red de mujeres de habla persa.",
        "Elle parle tigrinya. Orientée par un collectif de femmes de langue persane.",
        "Elle parle tigrinya. Elle fréquente une association persanophone du quartier.",
        "Fala tigrínia. Encaminhada por um grupo de mulheres de língua persa.",
    ],
)
def test_a_language_naming_a_body_is_not_hers(text: str) -> None:
    assert clear(text, PREF) == "ti"
    assert "fa" not in (clear(text, OTHERS) or []) + (offered(text, OTHERS) or [])


def test_a_speaker_of_a_language_described_as_a_woman_stays_hers() -> None:
    assert clear("Referral: a Farsi-speaking woman, 33, from Herat.", PREF) == "fa"


# A level of a little after "only" and a verb is the language's level: not her main one.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Habla tigriña; del inglés solo conoce unas pocas palabras.", "en"),
        ("Habla tigriña. De francés solo sabe algunas palabras.", "fr"),
    ],
)
def test_only_a_few_words_after_only_and_a_verb_is_partial(text: str, lang: str) -> None:
    assert clear(text, PREF) == "ti"
    assert lang not in (clear(text, OTHERS) or [])
