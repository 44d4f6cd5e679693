"""Round 8, her household: the children with her counted as the contract counts them
(where each child is, not only how many), a bed tonight and its negative, pregnancy and
food. Invented sentences in en/es/fr/pt, several shapes per mechanism, and as many
readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KIDS = "household.children_with_them"


def kids(text: str) -> object:
    return extract(text).values.get(KIDS)


# ------------------------------------------- a children line that puts every child elsewhere


@pytest.mark.parametrize(
    "text",
    [
        "Kids: 2 - both remain in the Philippines w/ her mother",
        "Children: 3, all in Guatemala with their grandmother",
        "Kids: 3 adult children, all in Ecuador",
        "Hijos: 2 (se quedaron en Honduras con la abuela)",
        "Hijos: dos, los dos en Guatemala",
        "Enfants : 3, au Maroc avec leur mère.",
        "Enfant(s) : 2 (restés au Mali)",
        "Enfants : 2, tous les deux au Mali",
        "Filhos: 2, ambos em Angola com a avó.",
        "Nº de filhos: 4 (ficaram em Angola)",
        "Filhos: 1 (ficou com a avó)",
        "Children: 2, with her sister in town",
    ],
)
def test_a_childrens_line_with_all_of_them_elsewhere_is_none_with_her(text: str) -> None:
    assert kids(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # one here, one elsewhere: how many with her is not said plainly
        "Children: 2 (one with her, one in Honduras)",
        "Enfants : 2 (un avec elle, un au Mali)",
        "Hijos: 2 (uno con ella, otro en Honduras)",
        "Filhos: 3 (um com ela, dois em Angola)",
        # where they are is not said
        "Children: 2",
        "Hijos: 2, en la escuela",
        # children in running text, all elsewhere: the blind labels leave it open
        "She has two children, both in Batangas with her mother.",
        "Ses 2 enfants sont au Cameroun avec sa mère.",
        "Tiene dos hijos en Paraguay con su madre.",
        "Os dois filhos dela estão em Angola.",
    ],
)
def test_a_count_split_or_elsewhere_in_running_text_stays_open(text: str) -> None:
    assert kids(text) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kids: 2 (with her at the shelter)", 2),
        ("Enfants : 1, avec elle", 1),
        ("Hijos: 2 (vienen con ella)", 2),
        ("Filhos: 1 (está com ela)", 1),
    ],
)
def test_a_childrens_line_that_puts_them_with_her_keeps_its_count(text: str, count: int) -> None:
    assert kids(text) == count


# ------------------------------------------------ none with her beside others placed away


@pytest.mark.parametrize(
    "text",
    [
        "Kids: none with her; 1 daughter (6) with grandmother in Oaxaca.",
        "Hijos: ninguno con ella; una hija (6) con la abuela en Oaxaca.",
        "Enfants : aucun avec elle ; une fille (6 ans) chez sa grand-mère.",
        "Filhos: nenhum com ela; uma filha (6) com a avó em Luanda.",
        "Kids: denies children in US; 2 kids in San Salvador with her sister.",
        "Pas d'enfant avec elle (2 enfants à Kin.)",
    ],
)
def test_none_with_her_stands_beside_children_placed_elsewhere(text: str) -> None:
    assert kids(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # "with" someone before the child: both with her
        "Llegó con su hija y con la abuela.",
        "She came with her son and with her mother.",
    ],
)
def test_with_her_and_with_a_relative_are_both_with_her(text: str) -> None:
    assert kids(text) == 1


# ----------------------------------------------------- nobody with her, no children at all


@pytest.mark.parametrize(
    "text",
    [
        "Accomp.: none",
        "Acomp.: sola",
        "Accomp: alone",
        "Acomp.: sozinha",
        "Any family here? He says his wife and two daughters are in Myanmar. Nobody here with him.",
        "Nadie la acompaña.",
        "Il n'y a personne avec elle.",
        "Ninguém com ela, a família ficou em Cabo Verde.",
        "Sem filhos.",
        "Casal brasileiro, vieram pra trabalhar numa fazenda. Sem filhos.",
        "Sin hijos.",
        "Sans enfants.",
        "Kids: denies",
        "Hijos: niega",
    ],
)
def test_nobody_with_her_or_no_children_is_none(text: str) -> None:
    assert kids(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a companions label with someone named, not a none
        "Accomp.: a cousin",
        # "personne" is also "a person"
        "La personne avec elle est sa cousine.",
        "Une personne avec elle parle anglais.",
        # the nobody is about something else
        "Nobody answered the phone.",
    ],
)
def test_a_companion_or_person_is_not_a_none(text: str) -> None:
    assert kids(text) is None


# ------------------------------------------- which child, someone else's child, a wish


@pytest.mark.parametrize(
    "text",
    [
        "Patiente : femme, 24 ans. Premier enfant. Pas d'enfants avec elle.",
        "Embarazada de su primer hijo. Vino sola.",
        "Pregnant with her first child; no kids with her.",
        "Grávida do primeiro filho. Sem filhos consigo.",
        "Trabalhou 19 anos para uma família; a filha dos patrões ainda liga para ela. "
        "Filhos consigo: nenhum.",
        "La fille des patrons l'appelle encore. Enfants avec elle : aucun.",
        "She cleaned and took care of the children in the house. Kids: none with her.",
        "Cuidó a los niños de la señora durante años. Hijos con ella: ninguno.",
    ],
)
def test_which_child_or_another_familys_child_leaves_a_none_standing(text: str) -> None:
    assert kids(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Mme R. est partie hier soir avec son fils de 9 ans (l'enfant vivait aussi chez "
        "l'employeur). Elle souhaiterait rentrer au pays, si possible avec son fils.",
        "She left last night with her son (the child had lived there too). She would like "
        "to go home with her son if possible.",
        "Salió anoche con su hijo de 9 años (el niño vivía allí también).",
        "Saiu ontem com o filho de 9 anos (a criança também vivia lá).",
    ],
)
def test_the_child_taken_up_again_is_the_same_child(text: str) -> None:
    assert kids(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a wish only: where she wants them, not where they are
        "She wants to bring her children here.",
        "Quiere traer a sus hijos.",
        "Elle souhaiterait faire venir ses enfants.",
        "Ela quer trazer os filhos.",
        # her first child, with no word of being with her
        "Her first child is 10.",
        "Su primera hija tiene 10 años.",
    ],
)
def test_a_wish_or_an_ordinal_states_no_count(text: str) -> None:
    assert kids(text) is None


# --------------------------------------------- a person and a child named as one phrase


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Estou com um senhor angolano de 40 anos e o filho dele, de 12, aqui no salão.", 1),
        ("Je suis avec une dame et son fils.", 1),
        ("Una señora y sus dos hijos llegaron ayer.", 2),
        ("We are with a woman and her daughter at the station.", 1),
        ("Nous avons ici une femme et ses deux enfants.", 2),
        ("Tenemos a una señora y su hija en la parroquia.", 1),
    ],
)
def test_a_person_and_a_child_in_one_phrase_are_together(text: str, count: int) -> None:
    assert kids(text) == count


@pytest.mark.parametrize(
    "text",
    [
        "She worked for a woman and her daughter.",
        "Trabajaba para un señor y su hijo.",
        "A mulher e os dois filhos estão lá.",
        "Il travaillait pour un homme et son fils.",
        "The lady of the house and her son beat her.",
    ],
)
def test_someone_elses_family_in_one_phrase_is_not_hers(text: str) -> None:
    assert kids(text) is None
