"""A chat line's date and time are no reply to "how old?" (stop 36, the lead): in a chat
where the outreach worker's lines keep their stamps, the reply after
"[03/12 21:18] Joana (rua):" was read as 18, the time's minutes."""

from __future__ import annotations

import pytest

from caseassist.intake.read.note import extract

CHATS = [
    "[03/12 21:14] Lee (outreach): I am with a young woman outside the bus station\n"
    "[03/12 21:17] Sam Coord.: ok, I will call the interpreter. How old?\n"
    "[03/12 21:18] Lee (outreach): she wrote on her phone.",
    "[03/12 21:14] Joana (rua): Estou com uma senhora à porta do salão\n"
    "[03/12 21:17] Sónia Coord.: ok vou ver se a intérprete atende. Idade?\n"
    "[03/12 21:18] Joana (rua): escreveu no telemóvel.",
    "[03/12 21:14] Luis (calle): Estoy con una señora en la estación\n"
    "[03/12 21:17] Marta Coord.: ok, llamo a la intérprete. ¿Edad?\n"
    "[03/12 21:18] Luis (calle): lo escribió en el móvil.",
    "[03/12 21:14] Paul (maraude) : Je suis avec une dame devant la gare\n"
    "[03/12 21:17] Claire Coord. : ok, j'appelle l'interprète. Âge ?\n"
    "[03/12 21:18] Paul (maraude) : elle l'a écrit sur son téléphone.",
]


@pytest.mark.parametrize("chat", CHATS)
def test_the_minutes_of_a_dated_stamp_are_not_her_age(chat: str) -> None:
    assert extract(chat).values.get("person.age") is None


@pytest.mark.parametrize(
    ("his", "hers"),
    [
        (
            "Man, 30. He is here with his partner, who is five months pregnant. No injuries.",
            "Woman, 30, five months pregnant, asks for prenatal care. No injuries.",
        ),
        (
            "Hombre de 30 años. Está con su pareja, embarazada de cinco meses. No presenta lesiones.",
            "Mujer de 30 años, embarazada de cinco meses, pide control prenatal. No presenta lesiones.",
        ),
    ],
)
def test_his_partners_pregnancy_does_not_make_his_no_injuries_doubtful(his: str, hers: str) -> None:
    """A man's "no injuries" stays a clear no when the pregnancy is his partner's; a
    pregnant woman's "no injuries" is only offered (she may need care soon)."""
    assert extract(his).values.get("medical.urgent_need") is False
    assert extract(hers).values.get("medical.urgent_need") is None


@pytest.mark.parametrize(
    "text",
    [
        "A vítima, de 31 anos, está grávida. Ouvida com o intérprete juramentado Sr. Chen Wei.",
        "La víctima, de 31 años, está embarazada. Declaró con el intérprete jurado Sr. Chen Wei.",
        "La victime, 31 ans, est enceinte. Entendue avec l'interprète assermenté M. Chen Wei.",
    ],
)
def test_a_sworn_interpreters_title_is_not_her_gender(text: str) -> None:
    """The interpreter's "Sr." / "M." after "intérprete juramentado" is his, as after
    "intérprete" alone: the pregnant woman the note is about stays a woman."""
    values = extract(text).values
    assert values.get("person.gender") != "male"
    assert values.get("household.pregnant") is True
