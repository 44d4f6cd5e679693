"""Stop 35 (people35b): a transcript's one-letter speaker marks, children elsewhere
past a bracket, and an origin said of people in general. Invented sentences."""

from __future__ import annotations

import pytest

from caseassist.intake import read as ex

AGE = "person.age"
KIDS = "household.children_with_them"
ORIGIN = "person.country_of_origin"

# "C:" under "Caller: young woman" is her turn: her own age is read, and "he is 30"
# in her turn is the man's age, never hers.
CALLS = [
    "Youth line, call 21:10.  Volunteer: M.  Caller: young woman\nM: Are you safe?\n"
    "C: yes. i am alone now. i want to leave him\nM: How old are you?\n"
    "C: fifteen. i am fifteen. i am from Peru\nM: Who is he?\n"
    "C: Jorge. he is 30. he says he is my boyfriend",
    "Écoute jeunes, appel 21h10.  Bénévole : M.  Appelante : jeune femme\n"
    "M : Tu es en sécurité ?\nA : oui. je suis seule maintenant. je veux le quitter\n"
    "M : Quel âge as-tu ?\nA : quinze. j'ai quinze ans. je viens du Pérou\n"
    "M : Qui est-il ?\nA : Jorge. il a 30 ans. il dit qu'il est mon copain",
    "Linha jovem, chamada 21h10.  Voluntária: M.  Utente: mulher jovem\n"
    "M: Estás segura?\nU: sim. estou sozinha agora. quero deixar ele\n"
    "M: Quantos anos tens?\nU: quinze. tenho quinze anos. sou do Peru\n"
    "M: Quem é ele?\nU: Jorge. ele tem 30 anos. diz que é meu namorado",
]


@pytest.mark.parametrize("text", CALLS)
def test_one_letter_turn_is_hers(text: str) -> None:
    assert ex.extract(text).values.get(AGE) == 15


AWAY = [
    "Has 2 kids in Batangas (ages 12, 15) w/ her sister. No kids here.",
    "Tiene 2 hijos en Cusco (de 12 y 15 años) con su hermana. No hay niños con ella.",
    "A 2 enfants à Dakar (12 et 15 ans) avec sa soeur. Aucun enfant avec elle.",
    "Tem 2 filhos em Luanda (12 e 15 anos) com a irmã. Sem filhos consigo.",
]


@pytest.mark.parametrize("text", AWAY)
def test_children_elsewhere_past_a_bracket(text: str) -> None:
    assert ex.extract(text).values.get(KIDS) != 2


def test_children_with_her_in_a_bracket_still_read() -> None:
    assert ex.extract("Has 2 kids (ages 12, 15) with her.").values.get(KIDS) == 2


GENERAL = [
    "Reminder for night staff: many women arriving from Nigeria are mothers. "
    "Tonight's arrival has not been interviewed yet.",
    "Many women here are from Nigeria.",
]


@pytest.mark.parametrize("text", GENERAL)
def test_origin_of_people_in_general_is_no_ones(text: str) -> None:
    assert ORIGIN not in ex.extract(text).values


def test_her_own_origin_still_read() -> None:
    got = ex.extract("Many survivors we see come from Mexico; she is from Honduras.")
    assert got.values.get(ORIGIN) == "HN"
