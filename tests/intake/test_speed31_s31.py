"""Stop 31 speed work: a note's words looked up once by the sift, its form lines read
once for the three readers of them. Each is checked against the reading it replaces."""

from __future__ import annotations

from caseassist.intake import fields
from caseassist.intake.read import extract
from caseassist.intake.sift import rule_candidates
from tests.intake.reading import folded_clauses

SENTENCES = [
    "She does not want the police involved, but she wants to talk to a lawyer.",
    "No quiere denunciar, pero quiere hablar con un abogado y no tiene dónde dormir.",
    "Elle ne veut pas porter plainte, mais elle veut parler à un avocat.",
    "Ela não quer fazer queixa, mas quer falar com um advogado e voltar para casa.",
]


def _clause_texts() -> list[str]:
    return folded_clauses(SENTENCES)


def test_words_repeated_across_clauses_open_what_each_clause_opens_alone() -> None:
    texts = _clause_texts()
    together = rule_candidates([*texts, *texts])
    for c, text in enumerate([*texts, *texts]):
        assert together.get(c, set()) == rule_candidates([text]).get(0, set()), text


FORM = (
    "Nombre: Lucía\nEdad: 24\nPolicía: no quiere denunciar\n"
    "Idioma: español; habla algo de inglés\nBlessures : aucune\nPassaporte: retido"
)


def test_form_lines_kept_are_the_lines_read() -> None:
    for runs in (False, True):
        first = fields._form_lines(FORM, runs=runs)
        assert first == tuple(fields._each_form_line(FORM, runs))
        assert fields._form_lines(FORM, runs=runs) == first
    assert fields._form_lines("no label here", runs=True) == ()


def test_a_form_note_reads_the_same_twice() -> None:
    first = extract(FORM)
    again = extract(FORM)
    assert first.values == again.values and first.possible == again.possible
    assert first.values.get("person.age") == 24
    assert first.values.get("safety.wants_law_enforcement") == "no"
