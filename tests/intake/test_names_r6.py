"""Round 6, names: the name she asks to be called (`name_wish_cues`) outranks the name on
her papers in the same note; a short tag of doubt closing the sentence after a cued
name (`name_doubts`: "o eso entiendo", "I think") makes it a possible name only.
Invented sentences in en/es/fr/pt; must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her name is Kalaivani but she said call her Kala.", "Kala"),
        ("His name is Oluwaseun, he goes by Seun.", "Seun"),
        ("Client: Ms. Wanjiru Kamau, 31. She prefers to be called Wawa.", "Wawa"),
        ("Se llama María Guadalupe pero pide que la llamen Lupe.", "Lupe"),
        ("La señora Dulce María, de 50 años, se hace llamar Chela.", "Chela"),
        ("Elle s'appelle Marie-Claire, mais veut qu'on l'appelle Maïté.", "Maïté"),
        ("Mme Aminata Diallo, 34 ans, se fait appeler Mimi.", "Mimi"),
        (
            "Represento o Sr. Agostinho da Costa Soares, 29 anos, que prefere ser tratado por Tino.",
            "Tino",
        ),
        ("O nome dela é Maria José, mas quer ser chamada de Zezé.", "Zezé"),
    ],
)
def test_the_name_she_asks_to_be_called_outranks_her_papers(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her name is Amal. Please call her English teacher first.", "Amal"),
        ("Her name is Amal. We will call her Monday.", "Amal"),
        ("His friend goes by Pito; his name is Walter.", "Walter"),
        ("Se llama Yesenia. A su hija le dicen Chiqui.", "Yesenia"),
        ("Elle s'appelle Awa. Son frère se fait appeler Baba.", "Awa"),
        ("Chama-se Edna. O irmão quer ser chamado de Neno.", "Edna"),
        ("Chama-se Edna. Vamos ligar-lhe amanhã, pode ser chamada de manhã.", "Edna"),
    ],
)
def test_a_wish_cue_naming_no_name_of_hers_leaves_her_name(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ah, y se llama Tuấn, o eso entiendo.", "Tuấn"),
        ("Her name is Amal, I think.", "Amal"),
        ("His name is Bashir, or so I understood.", "Bashir"),
        ("Elle s'appelle Awa, si j'ai bien compris.", "Awa"),
        ("Chama-se Edna, se percebi bem.", "Edna"),
        ("Se llama Rosa, creo.", "Rosa"),
    ],
)
def test_a_name_the_writer_doubts_is_offered_not_applied(text: str, name: str) -> None:
    got = extract(text)
    assert NAME not in got.values
    assert got.offered().get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her name is Amal, I think she is 30.", "Amal"),
        ("Se llama Rosa, creo que quiere denunciar.", "Rosa"),
        ("Elle s'appelle Awa, je crois qu'elle a 30 ans.", "Awa"),
        ("Chama-se Edna, acho que tem 30 anos.", "Edna"),
        ("Her name is Amal, she is 30, I think.", "Amal"),
        ("Se llama Rosa. Creo que tiene 30 años.", "Rosa"),
    ],
)
def test_a_doubt_about_what_follows_leaves_the_name_clear(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name she uses: Dalia\nAge: 30", "Dalia"),
        ("Name: Maria Lopez\nName she uses: Lupe", "Lupe"),
        ("Nombre con que quiere que le llamen: don Memo\nEdad: 70", "Memo"),
        ("Nombre q da: Yaz.\nEdad: 19", "Yaz"),
        ("Nombre: Rosa Elvira Paz\nNombre con el que desea ser llamada: Chavela", "Chavela"),
        ("Nom d'usage : Adil\nÂge : 30 ans", "Adil"),
        ("Prénom d'usage : Noro\nÂge : 25 ans", "Noro"),
        ("Como quer ser chamado: Zeca\nIdade: 41", "Zeca"),
        ("Nome: Wilson Pierre\nNome social / como quer ser chamado: Wilner\nIdade: 19", "Wilner"),
        ("Nome pelo qual prefere ser chamada: Dona Tita", "Tita"),
    ],
)
def test_a_label_for_the_name_she_uses_gives_it(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name of employer she works for: Harlan\nName: Dalia", "Dalia"),
        ("Nombre del padre: Juan\nNombre: Rosa", "Rosa"),
        ("Nombre de la empresa: Limpiezas Sol\nNombre: Rosa", "Rosa"),
        ("Nom de l'employeur : Dupont\nNom d'usage : Awa", "Awa"),
        ("Nome da mãe que prefere: Maria\nNome social: Kai", "Kai"),
        ("Nome do patrão: Zé\nComo quer ser chamada: Tita", "Tita"),
    ],
)
def test_a_name_label_of_another_person_or_a_firm_gives_no_name_of_hers(
    text: str, name: str
) -> None:
    assert extract(text).values.get(NAME) == name
