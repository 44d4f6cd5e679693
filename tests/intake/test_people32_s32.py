"""Her age after a word for her and a colon, a Brazilian town's state code, a name she
prefers in brackets, "no phone" only offered, her children's lines, a past denial in a
form (stop 32, people32). Invented sentences in en/es/fr/pt, each with a counterpart
that must not give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

NAME = "person.name"
AGE = "person.age"
ORIGIN = "person.country_of_origin"
GENDER = "person.gender"
CONTACT = "person.safe_contact"
PREGNANT = "household.pregnant"


# ------------------------------------------- "Mujer: 30 años": a form-like line for her


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Young woman: 19, from Eritrea.", 19),
        ("Man: about 40, Albanian.", 40),
        ("Joven: 22 años, venezolana.", 22),
        ("Hablo con la chica: 16 años, de Guatemala.", 16),
        ("La jeune femme : 24 ans.", 24),
        ("Dame : environ 60 ans.", 60),
        ("Rapaz: 20 anos.", 20),
        ("Senhora: cerca de 55 anos.", 55),
    ],
)
def test_word_for_her_and_colon_gives_age(text: str, age: int) -> None:
    assert clear(text, AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "Her partner: 33.",
        "Woman: 30 years in the UK.",
        "Su hermano: 30 años.",
        "Mujer: 10 años trabajando en la casa.",
        "Son mari : 40 ans.",
        "O marido: 40 anos.",
    ],
)
def test_someone_else_or_a_duration_gives_no_age(text: str) -> None:
    assert clear(text, AGE) is None


# ------------------------------------------- a town and its Brazilian state code


@pytest.mark.parametrize(
    "text",
    [
        "She is from Recife/PE, 25.",
        "Es de Recife/PE, 25 años.",
        "Elle est originaire de Recife (PE), 25 ans.",
        "Originária de Caruaru-PE, 31 anos.",
        "Natural de Feira de Santana (BA), 27 anos.",
    ],
)
def test_state_code_after_town_gives_brazil(text: str) -> None:
    assert clear(text, ORIGIN) == "BR"


@pytest.mark.parametrize(
    "text",
    [
        "Ela trabalhou em Caruaru/PE antes.",  # a place she was, not where she is from
        "Ela é de recife pe.",  # not written as a code
        "She is from Springfield, MA.",
    ],
)
def test_code_not_in_origin_or_not_a_code_gives_nothing(text: str) -> None:
    assert clear(text, ORIGIN) is None


# ------------------------------------------- "Nome: Ioana (prefere Ana)"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name: Ioana (prefers Ana)\n28.", "Ana"),
        ('Name: Ioana (answers to "Jo")', "Jo"),
        ("Nombre: Ioana (prefiere Ana)\n28 años.", "Ana"),
        ('Nombre: Ioana (usa "Ana")', "Ana"),
        ("Nom : Ioana (préfère Ana)\n28 ans.", "Ana"),
        ("Nom : Ioana (répond à Nana)", "Nana"),
        ('Nome: Ioana (com a gente usa "Ana", prefere Ana)\n28 anos.', "Ana"),
        ("Nome: Ioana (atende por Nana)", "Nana"),
    ],
)
def test_preferred_name_in_brackets(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Name: Ioana (prefers Spanish)\n28.",
        "Name: Ioana (her sister prefers Ana)",
        "Nombre: Ioana (prefiere Honduras)",
        "Nome: Ioana (prefere Português)\n28 anos.",
    ],
)
def test_language_or_other_person_in_brackets_keeps_name(text: str) -> None:
    assert clear(text, NAME) == "Ioana"


# ------------------------------------------- "No phone." as an aside in brackets is only offered


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 34. Her aunt Rose can pass messages, 555-0188 (she has no phone).",
        "Mujer, 34 años. Su tía Rosa le pasa los mensajes, 600 111 222 (no tiene teléfono).",
        "Femme, 34 ans. Sa tante Rose transmet les messages, 06 11 22 33 44 (pas de portable).",
        "Mulher, 34 anos. A tia Rosa passa os recados, 912 111 222 (sem telemóvel).",
    ],
)
def test_no_phone_aside_not_applied(text: str) -> None:
    assert clear(text, CONTACT) is None
    assert offered(text, CONTACT) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 34. No phone.",
        "Mujer, 34 años. Sin teléfono.",
        "Femme, 34 ans. Pas de portable.",
        "Mulher, 34 anos. Sem telemóvel.",
    ],
)
def test_no_phone_alone_is_offered(text: str) -> None:
    # stop 37: no longer applied (the blind labels never give "no phone" as a contact)
    assert clear(text, CONTACT) is None
    assert offered(text, CONTACT) is not None


def test_safe_means_still_applied() -> None:
    assert clear("Woman, 34. Her own phone is safe, 555-0163.", CONTACT) is not None


# ------------------------------------------- her children counted, then a child's line


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30, with two children.\nThe boy has asthma.",
        "Mujer de 30 años, con 2 hijos.\nNiño de 5 años con fiebre.",
        "Femme de 30 ans avec 2 enfants.\nGarçon de 4 ans : asthme.",
        "Mulher, 30 anos, com 3 filhos.\nMenino de 5 anos com febre.",
    ],
)
def test_child_line_after_counted_children_is_not_her(text: str) -> None:
    assert clear(text, GENDER) == "female"


@pytest.mark.parametrize(
    "text",
    [
        "Boy, 15, from Vietnam. Says he has 2 brothers.",
        "Menino de 14 anos, sozinho, de Angola.",
        "Niño de 9 años, solo, de Honduras.",
    ],
)
def test_a_boy_alone_is_still_male(text: str) -> None:
    assert clear(text, GENDER) == "male"


# ------------------------------------------- a past denial as a form value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Woman, 28.\nPregnancy: denied.", False),
        ("Mujer, 28 años.\nEmbarazo: lo negó.", False),
        ("Femme, 28 ans.\nGrossesse : l'a nié.", False),
        ("Mulher, 28 anos.\nGravidez: negou.", False),
        ("Mulher, 28 anos.\nGravidez: sim.", True),
    ],
)
def test_past_denial_in_form(text: str, value: bool) -> None:
    assert clear(text, PREGNANT) is value


# ------------------------------------------- a name set last on a line that describes her


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('F, 19, Nigerian, "Joy".', "Joy"),
        ('Client: Achara, prefers "Noi".', "Noi"),
        ('Mujer, 30 años, hondureña, "Keila".', "Keila"),
        ('Cliente: Sra. Ana P., prefiere "Anita", 30 años.', "Anita"),
        ("Femme, 30 ans, ivoirienne, « Adjoua ».", "Adjoua"),
        ("Cliente : Mme Awa D., préfère « Wawa », 30 ans.", "Wawa"),
        ('Usuário: M, 40a, indonésio (Java), "Budi".', "Budi"),
        ('Utente: Sra. Ana P., prefere "Aninha", 30 anos.', "Aninha"),
    ],
)
def test_name_closing_her_description(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        'Woman, 30, came with her brother, "Kofi".',
        "Homem, 28 anos, senegalês, Dakar.",  # bare: perhaps a town, only offered
        "Mujer, 30 años, hondureña, Keila.",
        "Femme, 30 ans, ivoirienne, Adjoua.",
    ],
)
def test_bare_or_someone_elses_closing_word_not_applied(text: str) -> None:
    assert clear(text, NAME) is None
