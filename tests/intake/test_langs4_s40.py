"""Stop 40 (langs4): whose language a note names (a staff member's own line, a named
colleague), a variety named once with its region, and the Yucatec Maya names; on
sentences written for these tests in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, PREF, clear, offered

# A staff member's own line in a transcript's header: the languages are theirs.


@pytest.mark.parametrize(
    ("text", "pref", "staff"),
    [
        (
            "[Counsellor: Amy R. - speaks English, Italian and a little Spanish]\n\n"
            "10:01 Amy: Which language is easiest for you?\n"
            "10:02 Client: Tigrinya is my mother tongue.",
            "ti",
            {"en", "it", "es"},
        ),
        (
            "Counsellor: Amy Reed, speaks English and Italian\n"
            "Client: my mother tongue is Tigrinya.",
            "ti",
            {"en", "it"},
        ),
        (
            "[Operadora: Lucía P. - habla inglés, italiano y un poco de francés]\n\n"
            "10:01 Lucía: ¿Qué idioma le resulta más fácil?\n"
            "10:02 Usuaria: mi lengua materna es el quechua.",
            "qu",
            {"en", "it", "fr"},
        ),
        (
            "[Écoutante : Nadia B. - parle anglais, italien et un peu d'arabe]\n\n"
            "21:02 Nadia : Quelle langue préférez-vous ?\n"
            "21:03 Utilisatrice : ma langue maternelle c'est le wolof.",
            "wo",
            {"en", "it", "ar"},
        ),
        (
            "[Atendente: Rita P. - fala inglês, italiano e um pouco de espanhol]\n\n"
            "10:01 Rita: Qual língua é mais fácil para você?\n"
            "10:02 Usuária: a minha língua materna é o lingala.",
            "ln",
            {"en", "it", "es"},
        ),
    ],
)
def test_a_staff_members_own_line_is_theirs(text: str, pref: str, staff: set[str]) -> None:
    assert clear(text, PREF) == pref
    assert not staff & set(clear(text, OTHERS) or [])
    assert not staff & set(offered(text, OTHERS) or [])


@pytest.mark.parametrize(
    "text",
    [
        "Advocate: Mexican, speaks Spanish only.",
        "Nurse: Ana (she only speaks Spanish)",
    ],
)
def test_a_line_about_her_after_a_staff_label_stays_hers(text: str) -> None:
    assert clear(text, PREF) == "es"


# A colleague named after "my" writes or helps; never her, as a relative might be.


@pytest.mark.parametrize(
    "text",
    [
        "Her first language is Edo; she also speaks English fluently. My paralegal,\n"
        "Tomasz Wierzbicki, called you. Please contact Tomasz. Tomasz speaks Polish and English.",
        "Su lengua materna es el edo; también habla inglés con fluidez. Mi compañera Lucía "
        "llamó ayer. Lucía habla polaco e inglés.",
        "Sa langue maternelle est l'edo ; elle parle aussi couramment l'anglais. Mon collègue "
        "Karim vous appellera. Karim parle polonais et anglais.",
        "A língua materna dela é o edo; fala também inglês fluentemente. A minha colega Ana "
        "ligou ontem. Ana fala polaco e inglês.",
    ],
)
def test_a_named_colleagues_languages_are_not_hers(text: str) -> None:
    assert clear(text, PREF) == "bin"
    assert clear(text, OTHERS) == ["en"]


def test_another_persons_language_in_her_turn_is_not_hers() -> None:
    text = "Staff: Which language is easiest for you?\nClient: Amharic. My friend speaks Italian, I don't"
    assert clear(text, PREF) == "am"
    assert "it" not in (clear(text, OTHERS) or [])


# One language named twice, once with its region: the region's form is the one she prefers.


@pytest.mark.parametrize(
    "text",
    [
        "Speaks Brazilian Portuguese and Spanish; prefers Portuguese.",
        "Fala português do Brasil e espanhol; prefere português.",
        "Parle portugais (Brésil) et espagnol ; préfère le portugais.",
        "Habla portugués de Brasil y español; prefiere el portugués.",
    ],
)
def test_a_variety_named_once_is_the_preferred_one(text: str) -> None:
    assert clear(text, PREF) == "pt-BR"
    assert clear(text, OTHERS) == ["es"]


# Yucatec Maya by its names ("maya" alone is a person's name too).


@pytest.mark.parametrize(
    "text",
    [
        "She speaks fluent Spanish; Yucatec Maya is her first language.",
        "Habla español con fluidez; su lengua materna es el maya yucateco.",
        "Elle parle couramment l'espagnol, mais sa langue maternelle est le maya yucatèque.",
        "Fala espanhol fluentemente; a língua materna dele é o maia iucateque.",
    ],
)
def test_yucatec_maya_as_her_mother_tongue(text: str) -> None:
    assert clear(text, PREF) == "yua"
    assert clear(text, OTHERS) == ["es"]


def test_maya_alone_is_a_name() -> None:
    assert clear("Maya, 24, speaks Spanish.", PREF) == "es"
