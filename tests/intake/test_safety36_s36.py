"""Stop 36 (safety36): a wish for the police placed in a time gone by may have changed since;
another person's own document, or hers kept by staff at her request, is not hers kept from
her; an immigration lawyer named is the help she wants, her status a worry only offered; a
consent to another act is no consent to share. Invented sentences in the
four languages, each with a counterpart that must still give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import DOCUMENTS, IMMIGRATION, POLICE, offered

# --- a wish held last week or at first ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last week Amina wanted to report the farm owner.",
        "La semana pasada Amina quería denunciar al dueño de la finca.",
        "Au début, Amina voulait porter plainte contre le patron.",
        "No início a Amina queria fazer queixa do patrão.",
    ],
)
def test_a_past_wish_for_the_police_is_not_applied(text: str) -> None:
    assert POLICE not in extract(text).values  # at most offered: it may have changed since


@pytest.mark.parametrize(
    "text",
    [
        "Amina wants to report the farm owner.",
        "Amina quiere denunciar al dueño de la finca.",
        "Amina veut porter plainte contre le patron.",
        "Amina quer fazer queixa do patrão.",
    ],
)
def test_a_wish_for_the_police_now_is_read(text: str) -> None:
    assert extract(text).values.get(POLICE) == "yes"


# --- another's own document; hers kept by staff at her request ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her sister has a passport.",
        "Su hermana tiene pasaporte.",
        "Sa sœur a un passeport.",
        "A irmã tem um passaporte.",
        "We keep her passport in the office safe at her request.",
        "Guardamos su pasaporte en la caja fuerte a petición suya.",
        "Nous gardons son passeport dans le coffre à sa demande.",
        "Guardamos o passaporte dela no cofre a pedido dela.",
    ],
)
def test_anothers_own_or_safekept_document_says_nothing(text: str) -> None:
    assert DOCUMENTS not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "The boss has her passport.",
        "The manager took her passport 'for safekeeping'.",
        "El patrón le quitó el pasaporte.",
        "Le patron garde son passeport.",
        "O patrão ficou com o passaporte dela.",
        "No tiene pasaporte.",
    ],
)
def test_her_document_kept_by_that_life_is_none(text: str) -> None:
    assert extract(text).values.get(DOCUMENTS) is False


@pytest.mark.parametrize(
    "text", ["She has a passport.", "Ella tiene pasaporte.", "Ela tem passaporte."]
)
def test_her_own_document_is_hers(text: str) -> None:
    assert extract(text).values.get(DOCUMENTS) is True


# --- an immigration lawyer named ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Legal help wanted: yes (immigration lawyer)",
        "Quiere un abogado de extranjería.",
        "Elle veut un avocat en droit des étrangers.",
        "Quer um advogado de imigração.",
    ],
)
def test_an_immigration_lawyer_only_offers_a_concern(text: str) -> None:
    assert IMMIGRATION not in extract(text).values
    assert offered(text, IMMIGRATION) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is afraid of being deported.",
        "Tiene miedo a ser deportada.",
        "Elle a peur d'être expulsée.",
        "Tem medo de ser deportada.",
    ],
)
def test_her_fear_of_removal_is_a_concern(text: str) -> None:
    assert extract(text).values.get(IMMIGRATION) is True


# --- consent to something other than sharing -------------------------------------------

CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    "text",
    [
        "She gave consent for the referral and for a medical exam.",
        "Dio su consentimiento para la derivación y para el examen médico.",
        "Elle a donné son consentement pour l'orientation et pour l'examen médical.",
        "Deu consentimento para o encaminhamento e para o exame médico.",
    ],
)
def test_consent_to_an_exam_is_no_consent_to_share(text: str) -> None:
    assert CONSENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "She agreed that we share her details with partner agencies.",
        "Aceptó que compartamos sus datos con otras entidades.",
        "Elle accepte que nous partagions ses informations avec les structures partenaires.",
        "Autorizou a partilha dos dados com as entidades parceiras.",
    ],
)
def test_consent_to_share_with_providers_is_read(text: str) -> None:
    assert extract(text).values.get(CONSENT) == "yes"


def test_an_employer_holding_her_passport_in_his_office_safe_still_keeps_it() -> None:
    """An office safe is no sign of staff keeping it for her: the holder is the employer
    (a scenario read it as hers kept safe at first, stop 36)."""
    from caseassist.intake.read.note import extract

    text = "Employer holds W-3 passport in office safe (confirmed by mgr)."
    assert extract(text).values.get("legal.has_identity_documents") is False
