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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Advocate: What name should I use for you?\nCaller: Sam. And I'm 20.", "Sam"),
        ("OP: What would you like us to call you?\nC (via I): Selam.", "Selam"),
        ("Operadora: ¿Cómo quieres que te llamen aquí?\nUsuaria: Yesi.", "Yesi"),
        ("Intervenante : Comment voulez-vous que je vous appelle ?\nAppelant : Edwin.", "Edwin"),
        ("CA: Como é que ele quer ser chamado?\nTS: Minh.", "Minh"),
        (
            "OP: Como é que ela se chama, ou como prefere ser tratada?\nLIG: Edna. Tem 33 anos.",
            "Edna",
        ),
    ],
)
def test_the_reply_to_a_question_on_how_to_call_her_is_her_name(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    "text",
    [
        "Advocate: Can we call you back on this number?\nCaller: Yes. After six.",
        "Advocate: Can we call you tomorrow?\nCaller: Tuesday. Not Monday.",
        "Operadora: ¿Cómo quiere que llamemos a su jefe?\nUsuaria: Don Beto.",
        "Intervenante : Votre patron, comment on l'appelle ?\nAppelante : Marco.",
        "CA: Como quer ser chamado o patrão?\nTS: Seu Zé.",
        "OP: Can we call your sister?\nCaller: Nadia, yes.",
    ],
)
def test_a_question_on_calling_or_on_another_person_names_no_one(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("One of our juniors, Mariam (she asked us to use that name), age 17.", "Mariam"),
        ("Referring Joy (not her real name), 24, from Lagos.", "Joy"),
        ("Os derivo a mi clienta Rowena (así la llamamos, a petición suya), de 35 años.", "Rowena"),
        ("Ana (así la conocemos en la escuela) es alumna de 7.º grado.", "Ana"),
        ("Une travailleuse, Mme Guadalupe R. (« Lupita »), 28 ans, mexicaine.", "Lupita"),
        ("Cidadão nepalês, Bikash (nome pelo qual quer ser tratado), 27 anos.", "Bikash"),
        ("O caso de Kai (nome social; pessoa não binária), 24 anos.", "Kai"),
    ],
)
def test_a_bracket_on_how_she_is_called_gives_her_name(text: str, name: str) -> None:
    assert extract(text).values.get(NAME) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Llegó con Juan (el patrón, le dicen Chino). Ella se llama Rosa.", "Rosa"),
        ("Su jefe, Pedro (« Pepe »), la amenaza. Se llama Rosa.", "Rosa"),
        ("Son patron, M. Pierre (« Pierrot »). Elle s'appelle Awa.", "Awa"),
        ('Her boss, Mr. Dale ("Big D"), came by. Her name is Rosa.', "Rosa"),
        ("O patrão, Zé (« Zezinho »), ligou. Chama-se Edna.", "Edna"),
        ('Referring Ms. Chiamaka (goes by "Chi"), 30.', "Chi"),
    ],
)
def test_a_bracket_about_another_person_or_naming_her_itself_keeps_her_name(
    text: str, name: str
) -> None:
    assert extract(text).values.get(NAME) == name
