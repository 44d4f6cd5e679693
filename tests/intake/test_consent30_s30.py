"""Consent to share, applied from a note only when plain (stop 30, consent30).

A note that reports her consent to share with providers other than the service it goes
to ("she agreed we can share her details with the legal clinic") is applied; what is
less than plain stays offered for staff to confirm with her: the writer's own act ("we
agreed with the clinic"), a decision still open ("pending", "will ask her", "à
confirmer"), consent with a limit or given to the police, consent to the referral alone.
A plain refusal is a no; "has not yet agreed" is no refusal. Invented notes in
en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

CONSENT = "consent.share_with_providers"
OPENING = "Referral for a woman of 30. "


def _read(text: str) -> tuple[object, object]:
    got = extract(OPENING + text)
    return got.values.get(CONSENT), got.offered().get(CONSENT)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She agreed that we can share her file with the shelter and the legal clinic.", "yes"),
        ("Acepta que compartamos sus datos con el centro de salud y servicios legales.", "yes"),
        ("Elle accepte que ses informations soient transmises aux organismes partenaires.", "yes"),
        ("Concordou que partilhemos a informação com a advogada e o centro de saúde.", "yes"),
        ("She did not agree to share her details with the legal clinic.", "no"),
        ("No quiere que se comparta su información con nadie.", "no"),
        ("Elle ne veut pas que ses informations soient transmises.", "no"),
        ("Não quer que a sua informação seja partilhada.", "no"),
    ],
)
def test_plain_consent_in_a_note_is_applied(text: str, value: str) -> None:
    assert _read(text)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own act or plan
        "We agreed with the clinic to share her file with the legal clinic.",
        "J'ai accepté de transmettre son dossier à l'avocate.",
        # asked, not given yet
        "We will ask her if she agrees to share her details with the clinic.",
        "Le preguntaremos si acepta compartir sus datos con el centro de salud.",
        "Nous lui demanderons si elle accepte de partager son dossier avec le médecin.",
        "Vamos perguntar-lhe se autoriza a partilha de dados com os serviços de saúde.",
        "Consent to share with providers: pending.",
        "Consentement pour partage avec les partenaires : à confirmer.",
        "Consentimento para partilha com entidades de apoio: a confirmar.",
        "She has not yet agreed to share her details with the legal clinic.",
        "Ainda não autorizou a partilha dos dados com outras entidades.",
        # given to the police, or limited, or on a condition
        "She agreed the police can share her details with the legal clinic.",
        "Acepta compartir sus datos con la policía.",
        "Autorizou a partilha dos dados com a polícia.",
        "Elle accepte de partager son dossier uniquement avec le médecin.",
        "Acepta compartir datos con servicios sanitarios si no se usa su nombre.",
        # the referral alone
        "She is okay with us sharing this with your shelter.",
    ],
)
def test_consent_less_than_plain_is_not_applied(text: str) -> None:
    assert _read(text)[0] is None


def test_consent_from_a_police_note_is_offered() -> None:
    note = (
        "Deu consentimento para a partilha dos seus dados com as entidades de apoio.\n"
        "Cumprimentos,\nInspetora M. Duarte"
    )
    assert _read(note) == (None, "yes")


# ------------------------------------------- whose safe contact it is

CONTACT = "person.safe_contact"


@pytest.mark.parametrize(
    "text",
    [
        "She can be reached safely through my office, 555-0199, ask for Ms. Grey.",
        "Pour la joindre sans risque : uniquement via mon cabinet, 01 00 00 00 00.",
        "Só pode ser contactada através do meu escritório, 210 000 000.",
        "Solo se la puede contactar a través de mi despacho, 910 000 000.",
    ],
)
def test_the_writers_own_contact_is_offered(text: str) -> None:
    got = extract(text)
    assert CONTACT not in got.values
    assert CONTACT in got.offered()


@pytest.mark.parametrize(
    "text",
    [
        "She can be reached safely through her cousin Ana, 555-0199.",
        "Pour la joindre sans risque : par sa cousine, au 06 00 00 00 00.",
        "Só pode ser contactada pelo número da vizinha, 912 000 000.",
    ],
)
def test_a_contact_of_her_own_people_is_applied(text: str) -> None:
    assert CONTACT in extract(text).values


def test_a_police_officers_number_is_not_her_contact() -> None:
    note = "Idade: 30\nContacto: Agente Principal J. Silva, 21 000 0000"
    assert CONTACT not in extract(note).values
