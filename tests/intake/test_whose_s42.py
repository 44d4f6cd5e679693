"""Stop 42 (whose): whose wish a statement is when a name, an age or a short description
set off by commas stands between its subject and its verb; on sentences written for
these tests in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import OTHERS, POLICE, PREF, reads

# Another person opens the phrase, then a name and an age set off: the wish is theirs,
# never read as hers.


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 33, from Ghana. Another of the workers, Kwame, 29, wants to report the "
        "farm owner to the police.",
        "Woman, 33, from Ghana. Another of the workers, Kwame, 29, also wants to report "
        "the farm owner to the police.",
        "Woman, 33, from Ghana. One of the other women, Efua, 22, wants to press charges.",
        "Mujer de 33 años, de Honduras. Sobre la policía: otro de los peones, Ernesto, "
        "salvadoreño de 31 años, quiere denunciar al capataz.",
        "Mujer de 33 años, de Honduras. Su compañero de turno, Ernesto, quiere denunciar.",
        "Mujer de 33 años, de Honduras. Uno de sus compañeros, el Sr. Ibarra, de 45 años, "
        "quiere denunciar al patrón.",
        "Femme de 33 ans, du Sénégal. Un autre ouvrier, M. Ndiaye, 41 ans, veut porter "
        "plainte contre le patron.",
        "Femme de 33 ans, du Sénégal. Un autre ouvrier, M. Ndiaye, 41 ans, veut aussi "
        "porter plainte à la police.",
        "Mulher de 33 anos, de Angola. Um dos colegas, o Sr. Tavares, quer fazer queixa à polícia.",
        "Mulher de 33 anos, de Angola. Outro dos trabalhadores, o Sr. Mendes, de 50 anos, "
        "também quer fazer queixa à polícia.",
    ],
)
def test_a_wish_of_another_set_off_by_a_name_is_not_hers(text: str) -> None:
    assert reads(text, POLICE) in (None, "possible")


# Her own subject before her name and age: still her wish.


@pytest.mark.parametrize(
    "text",
    [
        "Woman from Ghana. The client, Ms. Owusu, 34, wants to report the farm owner to "
        "the police.",
        "Mujer de Honduras. Ella, Marisol, de 27 años, quiere denunciar al capataz.",
        "Mujer de Honduras. La usuaria, Marisol, de 27 años, quiere denunciar.",
        "Femme du Sénégal. La cliente, Mme Sarr, 34 ans, veut porter plainte.",
        "Mulher de Angola. A utente, a Sra. Lima, 34 anos, quer fazer queixa.",
    ],
)
def test_her_own_wish_with_her_name_set_off_still_reads(text: str) -> None:
    assert reads(text, POLICE) == "yes"


def test_the_language_of_another_of_the_workers_is_his() -> None:
    text = "Woman, 33, from Ghana. She speaks Twi. Another of the workers, Kwame, 29, speaks Ewe."
    assert reads(text, PREF) == "tw"
    assert reads(text, OTHERS) is None
