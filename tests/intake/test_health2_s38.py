"""Stop 38 (health2): injuries kept as the note's own words of the injury, and "not urgent"
after the injury it is said of. Invented sentences in the four languages.

- an injury brought in by a colloquial "got" ("she's got a burn on her arm") starts at the
  injury;
- how she came by it, told in a relative clause ("que se hizo al caer", "qu'elle s'est
  faite en fuyant"), is cut as the other tails are, and another injury joined after it by
  "and" is still kept;
- a sentence end after a side letter or a word cut short ("mano izq. Sin documentos") ends
  the injury: the next statement is not part of it;
- a query written before a word (", ?fx") opens a question of its own: the words before it
  are no question;
- a swelling of both feet, legs or ankles is a symptom, not an injury to record;
- "not urgent" in a short sentence after an injury of hers is no urgent need; not sleeping
  for days beside "no injuries" is a health problem that keeps that "no" only offered.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.segment import sentences

INJ = "medical.injuries"
URGENT = "medical.urgent_need"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She's got a nasty burn on her right wrist.", "nasty burn on her right wrist"),
        ("He has got a deep cut on his thumb.", "deep cut on his thumb"),
    ],
)
def test_an_injury_after_got_starts_at_the_injury(text: str, kept: str) -> None:
    assert extract(text).values.get(INJ) == kept


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "Tiene una herida en la rodilla que se hizo saltando la valla.",
            "herida en la rodilla",
            "valla",
        ),
        (
            "Elle a une coupure au pouce qu'elle s'est faite en cassant une vitre.",
            "coupure au pouce",
            "vitre",
        ),
        ("Tem um corte no pulso que fez ao partir o vidro.", "corte no pulso", "vidro"),
        ("He has a gash on his shin that he got climbing the fence.", "gash on his shin", "fence"),
    ],
)
def test_how_she_came_by_it_in_a_relative_clause_is_cut(text: str, kept: str, gone: str) -> None:
    value = extract(text).values.get(INJ, "")
    assert value.startswith(kept)
    assert gone not in value


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tem um corte no pulso que fez ao partir o vidro e arranhões nas pernas.",
            "corte no pulso",
            "arranhões nas pernas",
        ),
        (
            "He has a gash on his shin that he got climbing the fence and bruises on his back.",
            "gash on his shin",
            "bruises on his back",
        ),
    ],
)
def test_a_second_injury_after_a_cut_tail_is_kept(text: str, first: str, second: str) -> None:
    value = extract(text).values.get(INJ, "")
    assert first in value and second in value


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Quemadura en el antebrazo izq. Sin pasaporte.", "pasaporte"),
        ("Plaie jambe G. Pas de téléphone.", "téléphone"),
        ("Corte na perna esq. Sem telemóvel.", "telemóvel"),
        ("Burn on the forearm, left. Has no phone.", "phone"),
        ("Hematoma no braço D. Tem dois filhos.", "filhos"),
    ],
)
def test_an_injury_ends_at_a_sentence_end_after_a_short_word(text: str, gone: str) -> None:
    value = extract(text).values.get(INJ, "")
    assert value and gone not in value


def test_a_second_injury_after_a_short_word_is_kept() -> None:
    value = extract("Fract. tornozelo D. Escoriações nos joelhos.").values.get(INJ, "")
    assert "tornozelo" in value and "Escoriações" in value


def test_a_query_before_a_word_is_its_own_question() -> None:
    marks: list[bool] = []
    out = sentences("Bruises on both shins, X-ray asked, ?fx. Speaks Tigrinya.", marks)
    assert out[0].startswith("Bruises") and not marks[0]
    assert out[1] == "?fx" and marks[1]


@pytest.mark.parametrize(
    "text",
    [
        "Her legs are swollen after standing at the stall all day.",
        "Tiene los pies hinchados de estar de pie.",
        "Elle a les chevilles gonflées le soir.",
        "Está com as pernas inchadas.",
    ],
)
def test_swollen_feet_or_legs_are_no_injury(text: str) -> None:
    assert INJ not in extract(text).values


def test_a_swollen_ankle_is_still_an_injury() -> None:
    assert extract("Swollen right ankle after jumping from the van.").values.get(INJ)


@pytest.mark.parametrize(
    "text",
    [
        "Bruising on both shins. Not urgent, seen by Dr Osei.",
        "Moretones en las piernas. Nada urgente, la vio la Dra. Ruiz.",
        "Hematomas nas pernas. Sem urgência, viu a Dra. Costa.",
    ],
)
def test_not_urgent_after_her_injury_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "No injuries, but she says she has not slept for days.",
        "Sin lesiones, pero dice que no duerme desde hace días.",
        "Pas de blessure, mais elle n'a pas dormi depuis trois jours.",
        "Sem ferimentos, mas diz que não dorme há dias.",
    ],
)
def test_no_injuries_beside_not_sleeping_is_only_offered(text: str) -> None:
    got = extract(text)
    assert URGENT not in got.values
    assert got.offered().get(URGENT) is False


def test_no_injuries_alone_stays_no_urgent_need() -> None:
    assert extract("No injuries. She slept well at her cousin's.").values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "Graze on her elbow, needs a bed tonight.",
        "Arañazos en el brazo, hoy quiere llamar a su hermana.",
        "Égratignures au bras, elle a quitté l'appartement aujourd'hui.",
        "Arranhões no braço, precisa de cama hoje.",
    ],
)
def test_another_statements_time_makes_no_injury_urgent(text: str) -> None:
    got = extract(text)
    assert got.values.get(URGENT) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Deep cut on her palm, she must see a doctor today.",
        "Herida en la pierna, necesita curas hoy.",
        "Plaie au pied, doit voir un médecin aujourd'hui.",
        "Corte no braço, precisa de ser vista hoje.",
    ],
)
def test_care_today_beside_an_injury_is_urgent(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Burn on her wrist two weeks ago, still red.", "Burn on her wrist"),
        ("Cut on his shin a few days ago.", "Cut on his shin"),
    ],
)
def test_a_count_of_time_goes_with_its_tail(text: str, kept: str) -> None:
    assert extract(text).values.get(INJ) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Scratches on her neck last month, now gone.",
        "Tenía arañazos en el cuello, ya no se ven.",
        "Griffures au cou, elles ne sont plus visibles.",
        "Arranhões no pescoço, já não se veem.",
    ],
)
def test_an_injury_no_longer_visible_is_none_now(text: str) -> None:
    assert INJ not in extract(text).values


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Deep cut on her palm, must be seen by a doctor today.", "Deep cut on her palm"),
        ("Herida en el pie, debe ser vista por un médico hoy.", "Herida en el pie"),
        ("Plaie au pied, doit être vue par un médecin aujourd'hui.", "Plaie au pied"),
        ("Corte no pé, tem de ser vista por um médico hoje.", "Corte no pé"),
    ],
)
def test_care_still_to_be_given_today_is_urgent_and_no_care_done(text: str, kept: str) -> None:
    got = extract(text)
    assert got.values.get(URGENT) is True
    assert got.values.get(INJ) == kept
