"""Stop 37 (speed): a form line's clauses sifted as a note's are, and form and speaker
labels kept per label. Each keeps what a note reads; the wording here is invented."""

from __future__ import annotations

import pytest

from caseassist.intake import fields
from caseassist.intake.concepts import WORD
from caseassist.intake.read import extract
from caseassist.intake.read import form_statements as form_module
from caseassist.intake.read.chat_turns import speaker_kind
from caseassist.intake.read.statements import _plain_patterns, open_concepts

FORM_NOTES = [
    "Intake sheet\nName: Lidia\nAge: 29\nShelter tonight: needed, nowhere to go\n"
    "Work permit: expired since spring\nWish: vocational training",
    "Fiche d'accueil\nNom : Ornella\nHébergement ce soir : oui, aucune solution\n"
    "Titre de séjour : périmé\nSouhait : formation professionnelle",
    "Ficha\nNombre: Dayana\nAlojamiento esta noche: sí, no tiene dónde ir\n"
    "Permiso de trabajo: vencido\nDeseo: aprender un oficio",
    "Ficha de acolhimento\nNome: Joana\nAlojamento hoje: sim, sem sítio para dormir\n"
    "Autorização de residência: caducada\nDesejo: formação profissional",
]


def _every_pattern(clauses: list[str]) -> dict[int, set[int]]:
    """What a form line searched before: every plain pattern, and the concept rules its
    words open."""
    return {
        c: {*_plain_patterns(), *open_concepts(set(WORD.findall(fc)))}
        for c, fc in enumerate(clauses)
    }


@pytest.mark.parametrize("note", FORM_NOTES)
def test_form_lines_read_the_same_sifted(note: str, monkeypatch: pytest.MonkeyPatch) -> None:
    sifted = extract(note)
    monkeypatch.setattr(form_module, "_rule_candidates", _every_pattern)
    searched = extract(note)
    assert (sifted.values, sifted.possible, sifted.conflicts) == (
        searched.values,
        searched.possible,
        searched.conflicts,
    )


def test_form_line_values_are_read() -> None:
    got = extract(FORM_NOTES[0])
    assert got.values.get("shelter.needs_shelter_tonight") is True
    assert got.values.get("jobs.wants_training") is True
    assert got.values.get("person.age") == 29


def test_a_label_reads_the_same_each_time() -> None:
    assert fields.fact_of("Client age") == fields.fact_of("Client age") == "person.age"
    assert fields.fact_of("Hobbies") is None and fields.fact_of("Hobbies") is None


def test_a_speaker_label_kept_reads_the_same() -> None:
    assert speaker_kind("Age") is None  # a form label, each time
    assert speaker_kind("Age") is None
    note = (
        "[10:02] Volunteer: are you somewhere safe now?\n[10:03] Caller: yes, at a friend's\n"
        "[10:04] Volunteer: do you need food?\n[10:05] Caller: I have not eaten since Monday"
    )
    first, again = extract(note), extract(note)
    assert first.values == again.values
    assert first.values.get("food.needs_food_now") is True
