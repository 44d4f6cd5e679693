"""Consent to share said in the forms notes use and missed (stop 43, consent).

A consent label right after a sentence on the same line is a form line; a staff question
that hands her data on to a provider it names asks her consent, and her reply answers it;
a consent in a note an officer signs is still held. Invented notes in en/es/fr/pt."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

CONSENT = "consent.share_with_providers"


def _read(text: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(CONSENT), got.offered().get(CONSENT)


@pytest.mark.parametrize(
    "text",
    [
        "Came in this morning. She would like to work. Consent to share her info: yes.",
        "Elle aimerait se reposer. Accord pour partager ses infos : oui.",
        "Quiere descansar. Autorización para compartir sus datos: sí.",
    ],
)
def test_a_consent_label_after_a_sentence_on_its_line_is_read(text: str) -> None:
    assert _read(text)[0] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. She agreed to go to the shelter and to the legal clinic tomorrow.",
        "Homme de 50 ans. Il est d'accord pour aller au centre de santé demain.",
    ],
)
def test_going_somewhere_herself_is_no_consent(text: str) -> None:
    assert _read(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Advocate: Is it okay if we share your details with the shelter and with a doctor?\n"
        "Caller: Yes, okay.",
        "Staff: Can we pass your details to the legal clinic?\nClient: Yes, that is fine.",
        "Técnica: ¿Podemos pasar sus datos al centro de salud?\nUsuaria: Sí, claro.",
    ],
)
def test_her_yes_to_a_question_that_shares_with_a_provider_is_consent(text: str) -> None:
    assert _read(text)[0] == "yes"


def test_her_no_to_such_a_question_is_a_no() -> None:
    text = "Intervenante : On peut transmettre vos coordonnées à l'avocate ?\nMme K : Non."
    assert _read(text)[0] == "no"


def test_a_question_naming_only_the_receiving_service_asks_nothing_of_providers() -> None:
    text = "Staff: Can we pass your details to the shelter?\nClient: Yes."
    assert _read(text)[0] is None


def test_a_consent_form_line_in_a_police_note_is_still_held() -> None:
    text = "Police referral. Woman, 24.\nConsent: yes\n\nRegards,\nDetective P. Amari"
    assert _read(text)[0] is None
