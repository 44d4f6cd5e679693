"""Consent to share read from form labels composed of a consent noun and a share act, from
"may send her file" verbs, and "ask her each time" only when the sentence speaks of sharing
(stop 31, consent31). Each reading has counterparts that must not give it: consent to the
police, a pending decision, the writer's own act. Invented notes in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

CONSENT = "consent.share_with_providers"
OPENING = "Referral for a woman of 30.\n"


def _read(text: str) -> tuple[object, object]:
    got = extract(OPENING + text)
    return got.values.get(CONSENT), got.offered().get(CONSENT)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Consent to share with support providers: Yes", "yes"),
        ("Information sharing consent: yes, signed 12/01", "yes"),
        ("Consent to share data: no", "no"),
        ("Consentimiento para compartir datos: sí", "yes"),
        ("Autorización para compartir información con otras entidades: sí, firmado el 3/4", "yes"),
        ("Consentement au partage : oui, verbal", "yes"),
        ("Accord pour la transmission des données : oui", "yes"),
        ("Consentimento para partilha de dados: sim", "yes"),
        ("Autorização de partilha de informação: sim, por escrito", "yes"),
    ],
)
def test_a_composed_consent_label_gives_its_value(text: str, value: str) -> None:
    assert _read(text)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Consent to share with police: yes",
        "Consent to share: pending",
        "Consentimiento para compartir con la policía: sí",
        "Consentimiento para compartir datos: pendiente",
        "Consentement au partage avec la police : oui",
        "Consentement au partage : à confirmer",
        "Consentimento para partilha com a polícia: sim",
        "Consentimento para partilha de dados: por confirmar",
    ],
)
def test_a_consent_label_for_the_police_or_pending_gives_no_value(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "She agreed we could forward her details to the legal clinic and the doctor.",
        "Autoriza que enviemos su expediente al abogado y al centro de salud.",
        "Elle accepte que nous puissions envoyer son dossier à l'avocate et au médecin.",
        "Autorizou que enviássemos o processo dela à advogada e ao centro de saúde.",
    ],
)
def test_consent_to_send_her_file_to_providers_is_a_yes(text: str) -> None:
    assert _read(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She agreed that we could send her file to the police.",
        "We forwarded her file to the legal clinic.",
        "Autoriza que enviemos su expediente a la policía.",
        "Enviamos su expediente al abogado y al centro de salud.",
        "Elle accepte que nous envoyions son dossier à la police.",
        "Nous avons envoyé son dossier à l'avocate.",
        "Autorizou que enviássemos o processo dela à polícia.",
        "Enviámos o processo dela à advogada.",
    ],
)
def test_sending_to_the_police_or_by_the_writer_is_no_consent(text: str) -> None:
    assert _read(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "OK to share her info with partner orgs, but ask her first each time.",
        "He has asked that you check with him before passing his details to anyone else.",
        "Acepta que pasemos su expediente al abogado, pero hay que preguntarle cada vez.",
        "Elle est d'accord pour qu'on transmette son dossier, mais il faut lui demander à chaque fois.",
        "Consentement au partage : à demander au cas par cas",
        "Client said we should check with him every time.",
        "Disse que prefere que lhe perguntem de cada vez.",
        "Aceita que enviemos o processo à advogada, mas temos de lhe perguntar de cada vez.",
    ],
)
def test_consent_asked_each_time_wins_over_the_yes(text: str) -> None:
    assert _read(text)[0] == "ask_each_time"


@pytest.mark.parametrize(
    "text",
    [
        "She asked each time about the bus to the clinic.",
        "Preguntó cada vez por su hija.",
        "Elle a demandé à chaque fois des nouvelles de son fils.",
        "Perguntou de cada vez pelo filho.",
    ],
)
def test_asking_each_time_about_something_else_is_no_consent(text: str) -> None:
    assert _read(text)[0] is None
