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
  a worry word stands in the sentence;
- someone from the life she left, a keeping verb and her document, in that order, is
  none (a word in quotes before a match counts for `not_after`);
- a form label followed by a wish participle is that label asked for ("Legal assistance
  requested: YES");
- a wish or need to put her status right is legal help as well as a worry;
- no intention of going back, written with a negative determiner ("no tiene ninguna
  intención de", "pas question de", "não tem intenção nenhuma de"), is a no.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

FAMILY = "reintegration.wants_family_contact"
IMMIGRATION = "legal.immigration_concern"
DOCUMENTS = "legal.has_identity_documents"
LEGAL = "legal.wants_legal_help"
HOME = "reintegration.wants_to_return_home"


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


@pytest.mark.parametrize(
    "text",
    [
        "The agency still holds her passport.",
        'La "madame" garde son passeport.',
        "El patrón todavía tiene su pasaporte.",
        "O patrão ficou com os documentos dela.",
    ],
)
def test_someone_from_that_life_holding_her_document_is_none(text):
    assert extract(text).values.get(DOCUMENTS) is False


@pytest.mark.parametrize(
    "text",
    [
        "The boss does not have her passport.",
        "The trafficker has a copy of her passport.",
        "El jefe tiene los documentos de su hija.",
    ],
)
def test_a_holder_denied_a_copy_or_someone_elses_document_is_no_reading(text):
    assert DOCUMENTS not in extract(text).values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Legal assistance requested: YES (unpaid wages claim)", True),
        ("Asistencia jurídica solicitada: SÍ (reclamación de salarios)", True),
        ("Aide juridique demandée : OUI (salaires impayés)", True),
        ("Apoio jurídico solicitado: SIM (salários em atraso)", True),
        ("Legal assistance requested: no", False),
    ],
)
def test_a_label_asked_for_is_its_fact(text, value):
    assert extract(text).values.get(LEGAL) is value


@pytest.mark.parametrize(
    "text",
    [
        "She wants help to regularise her status.",
        # (with nobody named to help, only offered since stop 39: test_needs3_s39.py)
        "Quiere ayuda para regularizar su situación.",
        "Elle souhaite être accompagnée pour sa demande de titre de séjour.",
        "Pediu ajuda para regularizar a situação.",
    ],
)
def test_a_wish_to_put_her_status_right_is_legal_help(text):
    assert extract(text).values.get(LEGAL) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her sister wants to regularise her status.",
        "She does not want to claim asylum.",
        "Ya regularizó su situación, ya tiene papeles.",
    ],
)
def test_someone_elses_a_refused_or_a_settled_status_is_no_legal_help(text):
    assert LEGAL not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "No contact wanted with her relatives.",
        "Ningún contacto deseado con la familia.",
        "Aucun contact souhaité avec la famille ; rupture totale.",
        "Nenhum contacto desejado com a família.",
    ],
)
def test_no_contact_wished_with_a_relative_is_a_no(text):
    assert extract(text).values.get(FAMILY) is False


@pytest.mark.parametrize(
    "text",
    [
        "Sin contacto con la familia desde 2019.",
        "No contact with her family. Requested a bed for tonight.",
    ],
)
def test_a_contact_lost_with_no_wish_said_reads_nothing(text):
    assert FAMILY not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Planning to stay here for good; no wish to go back to her country.",
        "Se queda aquí; no tiene ninguna intención de regresar a su país.",
        "Veut rester ici, pas question de repartir dans son pays.",
        "Vai ficar por cá; não tem intenção nenhuma de regressar ao país.",
    ],
)
def test_no_intention_of_going_back_is_a_no(text):
    assert extract(text).values.get(HOME) == "no"


def test_no_question_of_going_back_to_the_boss_is_no_reading():
    assert HOME not in extract("Pas question de retourner chez le patron.").values
