"""A chat line's date and time are no reply to "how old?" (stop 36, the lead): the reply
after "[03/12 21:18] Joana (rua):" was read as 18, the time's minutes."""

from __future__ import annotations

import pytest

from caseassist.intake.read.note import extract


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "[03/12 21:17] Sam (desk): How old is she?\n[03/12 21:18] Lee (outreach): 19, she says",
            19,
        ),
        ("[03/12 21:17] Ana (rua): Idade?\n[03/12 21:18] Joana (rua): 35 anos", 35),
        ("[03/12/2026 09:40] Marta: ¿Edad?\n[03/12/2026 09:41] Luis (calle): 42", 42),
        ("[03.12 22:05] Claire (115) : Âge ?\n[03.12 22:07] Paul (maraude) : 27 ans", 27),
    ],
)
def test_the_reply_to_an_age_question_after_a_dated_stamp_is_read(text: str, age: int) -> None:
    assert extract(text).values.get("person.age") == age


@pytest.mark.parametrize(
    "text",
    [
        "[03/12 21:17] Sam (desk): How old is she?\n[03/12 21:18] Lee (outreach): she did not say",
        "[03/12 21:17] Ana (rua): Idade?\n[03/12 21:18] Joana (rua): não disse",
        "[03/12/2026 09:40] Marta: ¿Edad?\n[03/12/2026 09:41] Luis (calle): no lo dijo",
        "[03.12 22:05] Claire (115) : Âge ?\n[03.12 22:07] Paul (maraude) : elle ne l'a pas dit",
    ],
)
def test_a_stamp_before_a_reply_with_no_age_gives_no_age(text: str) -> None:
    assert extract(text).values.get("person.age") is None
