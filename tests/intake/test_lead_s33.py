"""A line ending on an alternative closed ends its statement.

Found on a blind scenario: a night-desk log wrote "... not sure if thats urgent or not" on
one line and "doesnt want police" on the next. The long line was taken as wrapped, the two
ran into one sentence, and the doubt made her clear refusal of the police "undecided".
"""

from __future__ import annotations

import pytest

from tests.intake.reading import clear

POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    "text",
    [
        "back hurts, not sure if thats urgent or not\ndoesnt want police",
        "le duele la espalda, no sabe si es urgente o no\nno quiere policía",
        "mal au dos, pas sûr que ce soit urgent ou non\nne veut pas la police",
        "dor nas costas, não sabe se é urgente ou não\nnão quer polícia",
    ],
)
def test_a_doubt_closed_on_its_line_does_not_reach_the_next(text):
    assert clear(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "not sure whether she wants police or not",
        "no sabe si quiere policía o no",
        "ne sait pas si elle veut la police ou non",
        "não sabe se quer polícia ou não",
    ],
)
def test_a_doubt_about_the_police_itself_stays_undecided(text):
    assert clear(text, POLICE) != "no"


CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "text",
    [
        "She agreed we can share with the shelter and the doctor, but for other services"
        " she wants to be asked first.",
        "Acepta que compartamos con el albergue y el médico, pero para otros servicios"
        " quiere que le pregunten antes.",
        "Elle accepte qu'on partage avec le foyer et le médecin, mais pour les autres"
        " services elle veut être consultée avant.",
        "Aceita que partilhemos com o abrigo e o médico, mas para outros serviços quer ser"
        " perguntada antes.",
    ],
)
def test_consent_for_some_and_asked_first_for_others_is_no_plain_yes(text):
    assert clear(text, CONSENT) != "yes"


CHILDREN = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "her daughter is with her mother in Kumasi, nobody with her here",
        "su hija está en Kumasi, nadie con ella aquí",
        "sa fille est au Ghana, il n'y a personne avec elle ici",
        "a filha está em Kumasi, ninguém com ela aqui",
    ],
)
def test_nobody_with_her_beside_a_child_elsewhere_is_none(text):
    assert clear(text, CHILDREN) == 0


def test_a_child_with_her_beside_one_elsewhere_is_never_none():
    assert clear("her daughter is in Kumasi, she came with her son", CHILDREN) != 0


@pytest.mark.parametrize(
    "text",
    [
        "her daughter is in Kumasi, her son is with her",
        "su hija está en Kumasi, su hijo está con ella",
        "a filha está em Kumasi, o filho está com ela",
    ],
)
def test_one_child_elsewhere_and_one_with_her_in_one_sentence_is_not_two(text):
    assert clear(text, CHILDREN) != 2
