"""Consent to share: her wish to be asked first, and a refusal of anything passed on or of
the sharing itself (stop 41, consent).

"Wants to be asked before we share" is her wish, not a question the writer still has to
put; "for any other agency, she wants to be asked first" is consent asked each time. A
refusal of anything passed on is a no unless it names someone who is no provider (her
family, the police) or sets a condition ("without asking her", "except"). A refusal of the
sharing named as a noun ("refuses any sharing of her information") is a no; "refuses to
share her details" (with us) is none. Invented notes in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

CONSENT = "consent.share_with_providers"
OPENING = "Referral for a woman of 30.\n"


def _read(text: str) -> tuple[object, object]:
    got = extract(OPENING + text)
    return got.values.get(CONSENT), got.offered().get(CONSENT)


@pytest.mark.parametrize(
    "text",
    [
        "She wants to be asked before we share anything with anyone.",
        "Happy for us to pass her details to you; wants to be asked before anyone else is told.",
        "He agreed we send his file to your project; for any other service he wants to be asked first.",
        "Para compartir sus datos con otros servicios, quiere que le pregunten primero.",
        "Acepta que os pasemos sus datos; para cualquier otra entidad quiere que le pregunten antes.",
        "Pour tout autre organisme, elle veut qu'on lui demande avant.",
        "Pour transmettre ses informations à d'autres services, elle souhaite être consultée avant.",
        "Para partilhar os dados com outros serviços, quer ser consultada primeiro.",
    ],
)
def test_her_wish_to_be_asked_first_is_ask_each_time(text: str) -> None:
    assert _read(text)[0] == "ask_each_time"


@pytest.mark.parametrize(
    "text",
    [
        "She wants to be asked first about the bus times.",  # no sharing in the sentence
        "Her sister wants to be asked first before we share anything.",  # not hers
    ],
)
def test_an_asked_first_wish_without_sharing_or_of_another_is_not_applied(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "She does not want anything passed on.",
        "Client doesn't want us to share anything with anyone.",
        "No quiere que pasemos nada a nadie.",
        "No quiere que se comparta nada con otros servicios.",
        "Elle ne veut pas qu'on transmette quoi que ce soit.",
        "Elle ne veut pas qu'on transmette ses infos à d'autres structures.",
        "Não quer que passemos nada a ninguém.",
        "Não quer que se partilhe nada com outras entidades.",
        "She refuses any sharing of her information.",
        "He declined to have his details passed on.",
        "Rechaza que se compartan sus datos.",
        "Elle refuse toute transmission de ses informations.",
        "Recusa a partilha dos seus dados.",
    ],
)
def test_a_refusal_of_anything_passed_on_is_a_no(text: str) -> None:
    assert _read(text)[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "She does not want anything passed on to her family.",
        "She does not want anything passed on to the police.",
        "She does not want anything passed on except to the clinic.",
        "She refuses to share her details with us.",  # she keeps them from us: no consent told
        "She refused the referral to the shelter.",
        "Her brother does not want anything passed on.",
        "No quiere que le pasemos nada a su familia.",
        "Elle ne veut pas qu'on transmette quoi que ce soit à sa famille.",
        "Não quer que passemos nada à família.",
        "No quiere que pasemos nada sin que ella lo sepa.",
    ],
)
def test_a_refusal_naming_others_or_a_condition_is_no_consent_no(text: str) -> None:
    assert _read(text)[0] is None


def test_a_refusal_put_off_by_asking_her_is_ask_each_time() -> None:
    assert _read("Elle ne veut pas qu'on transmette son dossier sans lui demander.")[0] == (
        "ask_each_time"
    )


def test_a_long_consent_label_with_a_no_for_now_is_a_no() -> None:
    assert _read("Consent to share with other services: not for now")[0] == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Her legal guardian consented to us sharing her details with the clinic.",
        "Su tutora legal autoriza que compartamos sus datos con el centro de salud.",
    ],
)
def test_a_guardians_consent_for_her_is_hers(text: str) -> None:
    assert _read(text)[0] == "yes"


def test_a_relatives_consent_is_not_hers() -> None:
    assert _read("Her mother consented to us sharing her details with the clinic.")[0] is None


CONTACT = "person.safe_contact"


@pytest.mark.parametrize(
    "text",
    [
        "Safe contact: her sister's phone NO; only through the clinic, 555-0101.",
        "Contacto seguro: WhatsApp de su prima NO; mejor a través del centro de salud.",
        "Contact sûr : le portable de son copain NON ; passer par l'assistante sociale.",
        "Contacto seguro: telemóvel do namorado NÃO; só através da técnica, 912 000 111.",
    ],
)
def test_a_way_marked_no_is_never_her_safe_contact(text: str) -> None:
    got = extract(OPENING + text)
    assert got.values.get(CONTACT) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Safe contact: her cousin Ama, 555-0142, not her own phone.", "555-0142"),
        ("Contacto seguro: su prima Rosa, 610 22 33 44.", "610 22 33 44"),
        ("Contact sûr : sa cousine Awa, 06 12 34 56 78.", "06 12 34 56 78"),
        ("Contacto seguro: a prima Ana, 912 345 678.", "912 345 678"),
    ],
)
def test_a_relative_she_trusts_stays_her_safe_contact(text: str, number: str) -> None:
    assert number in str(extract(OPENING + text).values.get(CONTACT))
