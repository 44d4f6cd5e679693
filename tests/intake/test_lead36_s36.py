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
