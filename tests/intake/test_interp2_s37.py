"""Stop 37 (interp2): an interpreting event for her beside a statement that she lacks the
staff's language is an interpreter need; an offer, another person's interpreter, a
machine, or her good command of the language is not. Invented sentences in the four
languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_NEED = "person.needs_interpreter"


@pytest.mark.parametrize(
    "text",
    [
        "Man, about 40, Tamil only (the night porter Suresh interpreted). Needs a bed.",
        "She has no English at all. Her cousin translated during the whole visit.",
        "Hombre de 50 años, no habla español. Su vecina le traduce del búlgaro.",
        "Elle ne parle que le lingala ; sa tante a traduit par téléphone.",
        "Ela não fala português. A conversa foi com tradução de um colega que fala tigrínia.",
        "Parle russe seulement. Entretien fait avec une bénévole qui traduisait.",
        "No English. We used the Urdu line for the assessment.",
    ],
)
def test_interpreted_because_she_lacks_the_language_is_a_need(text):
    assert extract(text).values.get(_NEED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She speaks English only. A volunteer translated the tenancy documents.",
        "She speaks fluent English. Her friend translated a few words at first.",
        "Her mother speaks no English; our worker interpreted for her mother.",
        "No English. We talked through a translation app on the phone.",
        "Elle parle couramment français ; une amie a traduit une lettre.",
    ],
)
def test_no_event_for_her_or_she_managed_reads_no_need(text):
    assert extract(text).values.get(_NEED) is not True
