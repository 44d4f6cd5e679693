"""Stop 38 (people2): children counted past mentions that say nothing of where they are,
counted children named one by one, an arrival alone at the service, role labels that end
on a name, and names that belong to a caller or someone else. Invented wording."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KIDS = "household.children_with_them"
NAME = "person.name"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a host's children say nothing of hers: "none with her" stands
        ("She is staying with a friend who has three young kids. No kids with her.", 0),
        ("Elle loge chez une amie qui a trois jeunes enfants. Pas d'enfant avec elle.", 0),
        ("Está en casa de una amiga que tiene tres hijos pequeños. No tiene hijos consigo.", 0),
        ("Está em casa de uma amiga que tem três filhos pequenos. Não tem filhos consigo.", 0),
        # the children counted, then named one by one: still the count
        ("Llegó con sus 2 hijos, Mateo, la niña y el bebé.", 2),
        ("Elle est venue avec ses 3 enfants, Lina, la petite et le bébé.", 3),
        ("She came with her 2 kids, Leo, the girl and the baby.", 2),
        ("Veio com a filha bebé.", 1),
        # a children form label of several words
        ("Menores que vinieron con ella hasta aquí: ninguno", 0),
        ("Filhos que vieram com ela até aqui: 1", 1),
        # coming alone to the service, her children elsewhere: none with her
        ("She came alone to our office. Her two kids are in Lagos.", 0),
        ("Llegó sola a la oficina. Tiene dos hijos en Honduras.", 0),
        ("Arrivée seule à l'accueil. Ses deux enfants sont restés au Mali.", 0),
        ("Chegou sozinha à recepção. Tem dois filhos em Angola.", 0),
    ],
)
def test_children_with_her(text: str, count: int) -> None:
    assert extract(text).values.get(KIDS) == count


def test_a_journey_alone_long_ago_says_nothing_of_her_children_now() -> None:
    got = extract("Llegó sola a la frontera hace un año. Tiene dos hijos en Honduras.")
    assert KIDS not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "Client: Noura. No documents.",
        "Cliente: Noura. Sin documentos.",
        "Appelante : Noura. Elle a 23 ans.",
        "Utente: Noura. Sem documentos.",
        "Pede que a chamem de Noura.",
    ],
)
def test_her_name_after_a_role_label_or_a_naming_wish(text: str) -> None:
    assert extract(text).values.get(NAME) == "Noura"


@pytest.mark.parametrize(
    "text",
    [
        "Patient: Stable. Discharged.",  # a word, not a name
        "Caller: Dipak, friend of the woman.",
        "Llamante: Dipak, vecino de la señora.",
        "Appelant : Dipak, voisin de la dame.",
        "Chamador: Dipak (D), amigo da pessoa sinalizada.",
        "La commerçante (Mme Ndiaye, 50 ans) ne peut pas la garder.",
    ],
)
def test_no_name_of_hers(text: str) -> None:
    assert NAME not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Caller: Good evening, my name is Dalva, I am calling for a woman who is staying at"
        " my house.\nStaff: Is she with you right now?\nCaller: Yes, she is very scared.\n"
        "Staff: How old is she?\nCaller: She is 22, she is from Bolivia.",
        "Llamante: Buenas noches, me llamo Dalva, llamo por una chica que está en mi casa.\n"
        "Operadora: ¿Está ella con usted ahora?\nLlamante: Sí, ella tiene mucho miedo.\n"
        "Operadora: ¿Qué edad tiene?\nLlamante: Ella tiene 22 años, ella es de Bolivia.",
        "Appelante : Bonsoir, je m'appelle Dalva, j'appelle pour une dame qui est chez moi.\n"
        "Écoutante : Elle est avec vous maintenant ?\nAppelante : Oui, elle a très peur.\n"
        "Écoutante : Quel âge a-t-elle ?\nAppelante : Elle a 22 ans, elle vient de Bolivie.",
        "Chamadora: Boa noite, meu nome é Dalva, estou ligando por uma moça que está aqui em"
        " casa.\nAtendente: Ela está do seu lado agora?\nChamadora: Está sim, ela está com"
        " muito medo.\nAtendente: Quantos anos ela tem?\nChamadora: Ela tem 22 anos, ela é da"
        " Bolívia.",
    ],
)
def test_a_caller_who_calls_for_a_woman_gives_her_own_name(text: str) -> None:
    got = extract(text)
    assert got.values.get(NAME) != "Dalva"
    assert got.values.get("person.age") == 22
