"""Safety and consent, round 5: kinds of statement read as a whole, each with the readings
that must not be made. Every sentence is invented for the test, in en, es, fr and pt."""

from __future__ import annotations

import pytest

from tests.intake.reading import POLICE, clear, reads

# ------------------------------------------- a police label answered by what there is


@pytest.mark.parametrize(
    "text",
    [
        "Police: no contact so far.",
        "Police: no prior contact.",
        "Police: no report made yet.",
        "Police: not yet contacted.",
        "Police involvement: none.",
        "Policía: no hubo denuncia.",
        "Policía: sin denuncia.",
        "Denuncia: todavía no presentada.",
        "Plainte : aucune.",
        "Police : pas de plainte déposée.",
        "Plainte : pas encore déposée.",
        "Polícia: sem queixa.",
        "Queixa: nenhuma.",
        "Queixa: ainda não apresentada.",
        "No police contact.",
        "Sin denuncia.",
        "Pas de plainte.",
        "Sem queixa.",
    ],
)
def test_a_police_label_answered_by_what_happened_tells_no_wish(text):
    # no report so far, no contact yet: the state of her case, not whether she wants one
    assert reads(text, POLICE) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police: no.", "no"),
        ("Police: no, not now.", "no"),
        ("Police: does not want.", "no"),
        ("Policía: no por ahora.", "no"),
        ("Denuncia: no quiere.", "no"),
        ("Plainte : non merci.", "no"),
        ("Polícia: não, por enquanto.", "no"),
        ("Queixa: não quer, por agora.", "no"),
        ("Police: yes, wants to report.", "yes"),
        ("Police: not yet, she wants to think.", "undecided"),
        ("Police : pas maintenant, peut-être plus tard.", "undecided"),
        ("Denuncia: no lo tiene claro todavía.", "undecided"),
        ("No police.", "no"),
        ("Pas de police.", "no"),
        ("Sin policía, por favor.", "no"),
        ("Sem polícia por agora.", "no"),
        ("Sin denuncia por ahora.", "no"),
    ],
)
def test_a_police_label_answered_by_her_wish_still_reads(text, value):
    assert clear(text, POLICE) == value
