"""Stop 36 (people36b): a name she gives, relayed by the referrer ("gives name Tuan", "el
nombre que da es Wei"); a verbless "none with her" after children put elsewhere; children
said to be here or at the shelter too are with her."""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

NAME = "person.name"
CHILDREN = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "Man approx 30, Thai national, gives name Niran. Thai only.",
        "Hombre de 30 años. El nombre que da es Niran. Solo habla tailandés.",
        "Homme de 30 ans, donne le prénom Niran, parle thaï.",
        "Homem de 30 anos, deu o nome Niran, fala tailandês.",
    ],
)
def test_a_name_she_gives_is_read(text: str) -> None:
    assert clear(text, NAME) == "Niran"


@pytest.mark.parametrize(
    "text",
    [
        "Man, 30. The recruiter gave the name Niran.",
        "Homem de 30 anos, deu o nome do patrão, Carlos.",
    ],
)
def test_a_name_given_of_another_is_not_hers(text: str) -> None:
    assert clear(text, NAME) is None


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 33. Two children in Accra with her mother, none with her.",
        "Mujer de 33 años. Dos hijos en Honduras con su madre, ninguno con ella.",
        "Femme de 33 ans. Deux enfants au pays chez sa mère, aucun avec elle.",
        "Mulher de 33 anos. Dois filhos em Angola com a avó, nenhum com ela.",
    ],
)
def test_none_with_her_after_children_elsewhere_is_zero(text: str) -> None:
    assert clear(text, CHILDREN) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 33. Two children, none with her sister.",
        "Femme de 33 ans. Deux enfants, aucun avec le père.",
    ],
)
def test_none_with_someone_else_is_not_zero(text: str) -> None:
    assert clear(text, CHILDREN) is None


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 33. Her two kids are here too.",
        "Woman, 33. Her two kids are at the shelter too.",
        "Mujer de 33 años. Sus dos hijos están aquí también.",
        "Femme de 33 ans. Ses deux enfants sont ici aussi.",
        "Mulher de 33 anos. Os dois filhos estão aqui também.",
    ],
)
def test_children_here_too_are_with_her(text: str) -> None:
    assert clear(text, CHILDREN) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 33. Her sister is here too; her two kids are in Lagos.",
        "Woman, 33. Are her two kids here too? Unknown.",
    ],
)
def test_someone_else_here_or_a_question_is_not_a_count(text: str) -> None:
    assert clear(text, CHILDREN) is None


@pytest.mark.parametrize(
    "text",
    [
        "Écoutante : Comment s'appelle-t-elle ?\nAppelant : Niran. Elle a 23 ans.",
        "Atendente: Como ela se chama?\nChamador: Niran. Tem 23 anos.",
        "Atendente: Qual é o nome dela?\nChamador: Niran. Tem 23 anos.",
        "Operadora: ¿Cuál es su nombre?\nLlamante: Niran. Tiene 23 años.",
    ],
)
def test_a_reply_to_an_inverted_name_question_is_her_name(text: str) -> None:
    assert clear(text, NAME) == "Niran"


@pytest.mark.parametrize(
    "text",
    [
        "Atendente: Como se chama o patrão dela?\nChamadora: Carlos.",
        "Écoutante : Comment s'appelle-t-il, le patron ?\nAppelante : Carlos.",
    ],
)
def test_a_reply_naming_someone_else_is_not_her_name(text: str) -> None:
    assert clear(text, NAME) is None
