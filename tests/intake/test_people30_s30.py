"""Names, ages, origins and gender read from more of the ways notes give them (stop 30,
people30): "one of our students, Ama," and a student's form label name her; a role
word with a qualified name noun ("Worker's stated name:") is a name label; an age its
next sentence doubts ("Elle dit 20 ans... Je ne sais pas.") and one from a past time
("since I was 14") are no clear age; a demonym closing a language's name ("crioulo
cabo-verdiano") and a country she passed through ("from when I was in Sudan") are no
origin; in her own transcript turns "he" is someone else. Invented sentences in
en/es/fr/pt, each with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear, offered

NAME = "person.name"
AGE = "person.age"
ORIGIN = "person.country_of_origin"
GENDER = "person.gender"


# ------------------------------------------- one of the writer's own people, named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I am writing about one of our students, Noor, who is 15.", "Noor"),
        ("Les escribo sobre una de nuestras alumnas, Yesenia, que tiene 14 años.", "Yesenia"),
        ("Je vous écris au sujet de l'une de nos élèves, Mariama, qui a 16 ans.", "Mariama"),
        ("Escrevo sobre uma das nossas alunas, Jucélia, que tem 15 anos.", "Jucélia"),
    ],
)
def test_one_of_our_students_is_named(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "One of our volunteers, Helen, drove her here. She is 30.",  # opens the sentence
        "Uno de nuestros educadores, Tomás, la acompañó. Ella tiene 30 años.",
        "Elle parle avec un de nos collègues, Marc, qui l'accompagne.",
        "Uma das nossas voluntárias, Teresa, trouxe-a cá.",
    ],
)
def test_one_of_the_staff_is_not_her(text: str) -> None:
    assert clear(text, NAME) is None


# ------------------------------------------- a student's label, a qualified name label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Student: Kofi\nAge: 15", "Kofi"),
        ("Alumna: Dayana\nEdad: 14", "Dayana"),
        ("Élève : Mamadou\nÂge : 15 ans", "Mamadou"),
        ("Aluno: Edvaldo\nIdade: 15", "Edvaldo"),
        ("Worker's stated name: Tesfay\nAge: 30", "Tesfay"),
        ("Nombre declarado del trabajador: Wilmer\nEdad: 30", "Wilmer"),
        ("Nom déclaré du travailleur : Ionel\nÂge : 40", "Ionel"),
        ("Nome declarado do trabalhador: Adilson\nIdade: 40", "Adilson"),
    ],
)
def test_label_names_her(text: str, name: str) -> None:
    assert clear(text, NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Student: unknown\nAge: 15",
        "Alumna: no consta\nEdad: 14",
        "Nom de la mère de l'élève : Awa\nÂge : 15 ans",
        "Nome da mãe do aluno: Rosa\nIdade: 15",
    ],
)
def test_label_without_her_name(text: str) -> None:
    assert clear(text, NAME) is None


# ------------------------------------------- an age its next sentence doubts


@pytest.mark.parametrize(
    "text",
    [
        "She says she is 19. Not sure.",
        "Dice que tiene 19 años. No sé.",
        "Elle dit 19 ans, mais elle en fait 15. Je ne sais pas.",
        "Diz que tem 19 anos. Não sei.",
    ],
)
def test_doubted_age_is_offered(text: str) -> None:
    assert clear(text, AGE) is None
    assert offered(text, AGE) == 19


@pytest.mark.parametrize(
    "text",
    [
        "She is 19. Does she have papers? Not sure.",
        "Tiene 19 años. No sé si quiere denunciar.",
        "Elle a 19 ans.\nP : Papiers ?\nFM : Je ne sais pas.",
        "Tem 19 anos. Os documentos? Não sei.",
    ],
)
def test_doubt_about_something_else_keeps_the_age(text: str) -> None:
    assert clear(text, AGE) == 19


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I have worked since I was 13.", None),
        ("Trabajo desde mis 13 años.", None),
        ("Je travaille depuis que j'ai 13 ans.", None),
        ("Trabalho desde que eu tinha 13 anos.", None),
        ("Elle a 24 ans. Elle travaille depuis qu'elle a 13 ans.", 24),
    ],
)
def test_an_age_since_then_is_not_hers_now(text: str, age: int | None) -> None:
    assert clear(text, AGE) == age


# ------------------------------------------- a language's name, a country passed through


@pytest.mark.parametrize(
    "text",
    [
        "In Haitian Creole, if someone can.",
        "En criollo haitiano, si hay alguien.",
        "En créole haïtien, si possible.",
        "Em crioulo cabo-verdiano, se houver alguém.",
    ],
)
def test_language_name_is_no_origin(text: str) -> None:
    assert clear(text, ORIGIN) is None


@pytest.mark.parametrize(
    "text",
    [
        "She knows some Arabic from when she was in Libya.",
        "Sabe algo de árabe de cuando estuvo en Libia.",
        "Elle comprend l'arabe de quand elle était en Libye.",
        "Percebe árabe de quando esteve na Líbia.",
    ],
)
def test_transit_country_is_no_origin(text: str) -> None:
    assert clear(text, ORIGIN) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("She is from a village in Eritrea.", "ER"),
        ("Mulher cabo-verdiana, 30 anos.", "CV"),
        ("Elle est haïtienne.", "HT"),
        ("Es de Guatemala.", "GT"),
    ],
)
def test_origin_still_read(text: str, code: str) -> None:
    assert clear(text, ORIGIN) == code


# ------------------------------------------- her own turns: "he" is someone else


@pytest.mark.parametrize(
    "text",
    [
        "ADVOCATE: Are you safe?\nCALLER: I'm in the bathroom. He's in the kitchen.\n"
        "ADVOCATE: Can you talk?\nCALLER: Yes, I can talk a little.\n"
        "ADVOCATE: Where are you?\nCALLER: I am at the house on Elm Road. He locks the door.",
        "Operadora: Está segura?\nChamadora: Estou na casa de banho. Ele está na sala.\n"
        "Operadora: Pode falar?\nChamadora: Posso, eu estou sozinha aqui.\n"
        "Operadora: Onde está?\nChamadora: Eu estou em casa dele. Ele fecha a porta.",
    ],
)
def test_his_pronouns_in_her_turns_are_not_hers(text: str) -> None:
    # never male from his pronouns; "Chamadora", the feminine role word, may say female (s32)
    assert clear(text, GENDER) != "male"
