"""Stop 37 (people): the name a bracket or a preference gives, a wish inside a name label's
line, a staff member's own name in a transcript, an "M" that is a woman, "no phone" only
offered, a way not to use, a turn label's bracketed short form, a resumed other person's
age, a name noun opening a sentence. Wording invented for these tests."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

NAME = "person.name"
AGE = "person.age"
GENDER = "person.gender"
CONTACT = "person.safe_contact"


# ------------------------------------------------------------ names a remark gives


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Registro: TAN Lian (usar "Lian"), mujer, 33 años, china.', "Lian"),
        ("Ma cliente, Mme Koffi A. (« Ami »), 25 ans, ivoirienne.", "Ami"),
        ("Client Mr. Quispe (he asked us to use his first name, Rolando), 41.", "Rolando"),
        (
            "Encaminhamos o Sr. Tavares (pediu para usar o primeiro nome, Delfim), 60 anos.",
            "Delfim",
        ),
    ],
)
def test_the_name_a_bracket_says_to_use(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ms Noor Akhtar, 27, Pakistani. Prefers "Noor".', "Noor"),
        ('Paciente: Maria "Mariquita" Soto, prefers Mariquita. 51 años.', "Mariquita"),
    ],
)
def test_a_preferred_name_in_quotes(text: str, name: str) -> None:
    assert clear(text, NAME) == name


def test_prefers_a_language_is_no_name() -> None:
    assert clear('Woman, 30, from Peru. Prefers "Spanish" for paperwork.', NAME) is None


def test_a_wish_in_the_name_line_outranks_the_label() -> None:
    text = "Name given: Oluwaseun - wants to be called Seun\nAge: 29\nSex: M"
    assert clear(text, NAME) == "Seun"


# ------------------------------------------------------------ a staff member's own name


@pytest.mark.parametrize(
    "text",
    [
        "Appel de nuit\nÉcoutante : Margaux. Appelante : femme, 30 ans.\n"
        "Margaux : Bonsoir, je m'appelle Margaux.\n"
        "Margaux : Comment voulez-vous que je vous appelle ?\nAppelante : Rosa.",
        "Llamada\nOperadora : Lucía (O). Llamante: mujer (L).\n"
        "O : Buenas noches, me llamo Lucía.\nO : ¿Cómo quiere que la llamemos?\nL : Rosa.",
    ],
)
def test_the_staff_members_own_name_is_not_hers(text: str) -> None:
    assert clear(text, NAME) == "Rosa"


def test_a_staff_turn_that_calls_her_by_name_names_no_staff() -> None:
    text = (
        "OPERADORA: Boa noite, pode falar?\nUTENTE: Posso. Pode me chamar de Dalva.\n"
        "OPERADORA: Dalva, está segura agora?\nUTENTE: Estou."
    )
    assert clear(text, NAME) == "Dalva"


# ------------------------------------------------------------ "M" for a woman


@pytest.mark.parametrize(
    "text",
    [
        "Urgencias. Pcte M ~40a, boliviana, habla quechua.",
        "Urgência. M 27a, angolana, fala umbundu.",
    ],
)
def test_an_m_before_a_feminine_people_is_no_man(text: str) -> None:
    assert clear(text, GENDER) != "male"


def test_an_m_in_an_english_note_is_still_a_man() -> None:
    assert clear("Clinic. Pt M/31, Eritrea, Tigrinya only.", GENDER) == "male"


# ------------------------------------------------------------ the safe contact


@pytest.mark.parametrize(
    "text",
    [
        "Man, 40. No phone.",
        "Mujer, 33 años. No tiene celular propio.",
        "Contacto seguro: o telemóvel foi-lhe tirado; sem contacto de momento",
    ],
)
def test_no_phone_is_offered_never_applied(text: str) -> None:
    assert clear(text, CONTACT) is None
    assert offered(text, CONTACT) is not None


def test_a_way_not_to_use_is_not_her_contact() -> None:
    text = "Femme, 22 ans. Pour la joindre sans risque : jamais sur son portable (il le lit)."
    assert clear(text, CONTACT) is None


def test_a_safe_number_is_still_applied() -> None:
    assert clear("Woman, 28. Safe contact: her aunt's phone, 555-0142.", CONTACT) is not None


# ------------------------------------------------------------ whose turn, whose age


def test_her_turns_by_a_bracketed_label_short_form() -> None:
    text = (
        "Transcription\nÉcoutante (É) : Bonsoir.\nAppelante (A) : Bonsoir, j'ai 26 ans.\n"
        "É : Vous êtes seule ?\nA : Mon cousin est avec moi, il a 45 ans."
    )
    assert clear(text, AGE) == 26


def test_a_resumed_other_persons_age_is_not_hers() -> None:
    text = "Woman from Ghana, she is safe now. The other worker, Efua, she is sixty-one."
    assert clear(text, AGE) != 61


def test_a_name_noun_opening_a_sentence() -> None:
    assert clear("Chegou às 9h. Nome Iolanda, cabo-verdiana, 44 anos.", NAME) == "Iolanda"
