"""Stop 27, future14: family contact and immigration worry, read by mechanism in invented
sentences in en/es/fr/pt, each with a distractor that must not fire.

- keeping or taking up again a contact she has (`contact_keeps`: "wants to keep that
  contact going", "quiere recuperar el contacto", "veut garder ce lien", "quer manter esse
  contacto") is a wish for contact, clear with a relative named in the sentence, else
  only offered (the contact may be a caseworker's);
- a relative she refuses to have contacted (`contacted_states`: "ne souhaite en aucun cas
  que sa famille soit contactée") is a clear no; told where she is stays only offered;
- a status stated alone (`status_states`: "undocumented", "sin estatus", "clandestine",
  "situação irregular") is not a fear: the immigration worry is only offered, clear when
  a worry word stands in the sentence.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

FAMILY = "reintegration.wants_family_contact"
IMMIGRATION = "legal.immigration_concern"


@pytest.mark.parametrize(
    "text",
    [
        "Has been in touch with her sister by phone and wants to keep that contact going.",
        "Su madre sigue en Lima y ella quiere recuperar el contacto con su madre.",
        "Est en contact avec sa sœur par WhatsApp et veut garder ce lien.",
        "Ela quer manter esse contacto com a irmã.",
        "Quer voltar a ter contacto com a sobrinha, que vive em Viseu.",
    ],
)
def test_keeping_a_contact_with_a_relative_is_a_wish_for_contact(text):
    assert extract(text).values.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "She wants to keep in contact with her caseworker.",
        "Quiere mantener el contacto con la trabajadora social.",
    ],
)
def test_keeping_a_contact_with_no_relative_named_is_only_offered(text):
    out = extract(text)
    assert FAMILY not in out.values
    assert out.possible.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "She does not want her family to be contacted.",
        "No quiere que su familia sea contactada.",
        "Ne souhaite en aucun cas que sa famille soit contactée.",
        "Não quer que a família seja contactada.",
    ],
)
def test_a_relative_refused_contact_is_a_clear_no(text):
    assert extract(text).values.get(FAMILY) is False


@pytest.mark.parametrize(
    "text",
    [
        "She does not want her family to be told where she is.",
        "Elle ne souhaite pas que sa famille soit prévenue.",
    ],
)
def test_being_told_refused_stays_only_offered(text):
    out = extract(text)
    assert FAMILY not in out.values
    assert out.possible.get(FAMILY) is False


@pytest.mark.parametrize(
    "text",
    [
        "She is undocumented.",
        "Está indocumentada.",
        "Elle est sans statut légal.",
        "Travaillait dans un atelier de couture clandestin.",
        "Está em situação irregular.",
    ],
)
def test_a_status_stated_alone_is_no_clear_worry(text):
    assert IMMIGRATION not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She is undocumented and terrified of being sent back.",
        "Está indocumentada y le preocupa mucho.",
        "Elle est sans statut légal, c'est sa grande inquiétude.",
        "Está em situação irregular e tem muito medo.",
    ],
)
def test_a_status_with_a_worry_in_its_sentence_is_a_worry(text):
    assert extract(text).values.get(IMMIGRATION) is True
