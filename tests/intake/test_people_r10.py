"""Round 10, who she is: the name a note gives only with a title of address, reply words
and salutations taken for names, ages of other people (a second person, the writer, the
caller, a colleague in brackets), her own first-person age in her turn of a chat.

Invented sentences in en/es/fr/pt, several shapes per mechanism, with as many readings
that must not fire as readings that must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "text",
    [
        "Je vous oriente M. Karim, 36 ans, de nationalité tunisienne.",
        "Orientation des urgences. Mme Nathalie, 41 ans, camerounaise.",
        "Nous avons rencontré M. Bilal T., 45 ans, ressortissant algérien.",
        "Objet : Mme Ravaka R.\n\nMme Ravaka R., 39 ans, malgache, parle français.",
        "Encaminhamos a Sra. Dalva, 28 anos, angolana.",
        "O Sr. Teodor, 52 anos, moldavo, deu entrada ontem.",
        "Remitimos al Sr. Anselmo, 61 años, hondureño.",
        "Nombre: Sra. Rosaura Meléndez Ybarra\nEdad: 48\nIdioma: español",
        "Client: Mrs. Achterberg, 70, female.",
    ],
)
def test_a_name_given_only_with_a_title_is_offered_not_applied(text: str) -> None:
    got = extract(text)
    assert NAME not in got.values
    assert NAME in got.offered()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je vous oriente Karim, 36 ans, de nationalité tunisienne.", "Karim"),
        ("Encaminhamos a Dalva, 28 anos, angolana.", "Dalva"),
        ("Remitimos a doña Chela, 61 años, hondureña.", "Chela"),
        ("Referring Nasrin, 33, from Afghanistan.", "Nasrin"),
        ("Client: Ms. Priya S., 29, female.", "Priya S."),
        ("Nom d'usage : Nathalie\nÂge : 41 ans", "Nathalie"),
    ],
)
def test_a_name_without_a_title_or_after_a_given_name_form_is_read(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Refuge : Elle a quel âge ?\nVeilleur : 30 ans.\nRefuge : Oui, les deux, 3 et 7 ans.",
        "Operadora: ¿Los niños están con ella?\nLlamante: Sí, los dos, 4 y 8 años.",
        "Staff: Are the kids with her?\nCaller: Yes, both of them, 5 and 9 years old.",
        "Técnica: As crianças estão com ela?\nVizinha: Sim, as duas, 2 e 6 anos.",
        "Madame, Monsieur,\n\nNous vous adressons une dame de 58 ans, péruvienne.",
        "Estimados señores:\n\nLes remitimos a una mujer de 44 años, boliviana.",
    ],
)
def test_a_reply_word_or_a_salutation_is_no_name(text: str) -> None:
    assert extract(text).values.get(NAME) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Madame, Monsieur,\n\nNous vous adressons Efrén, 58 ans, péruvien.", "Efrén"),
        ("Dear colleagues,\n\nWe refer Tomasz, 47, Polish national.", "Tomasz"),
        ("Prezados,\n\nEncaminhamos Joaquina, 33 anos, moçambicana.", "Joaquina"),
    ],
)
def test_after_a_salutation_line_the_name_before_the_age_is_read(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name
