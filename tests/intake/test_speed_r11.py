"""Round 11 speed work: what is kept per sentence reads exactly as a fresh split does.

The clause split is kept per sentence (`segment.clauses`): each answer must be the
plain split's, whatever the language or shape of the sentence, and a caller that
changes the list it got must not change what the next caller gets.
"""

from __future__ import annotations

import pytest

from bench.extraction_digest import _differences
from caseassist.intake.read import extract, segment
from caseassist.intake.text import fold

SENTENCES = [
    # en: narrative, form line, chat line, a one-line answer
    "She does not want the police involved, but she wants to talk to a lawyer",
    "Police: no - wants to think first (maybe later)",
    "[14:02] Advisor: has she eaten? she says no, and she is tired",
    "no",
    # es
    "No quiere más contacto con la policía, pero sí quiere un abogado",
    "Tiene dos hijos con él y no tiene dónde dormir esta noche",
    "Denuncia: no sabe todavía; lo va a pensar",
    # fr
    "Elle veut appeler sa mère, mais elle a peur qu'on la retrouve",
    "Logement : pas de place ce soir et demain chez une amie",
    # pt
    "Não quer mais falar com a polícia, mas quer voltar para casa um dia",
    "Está grávida e não tem onde ficar hoje",
    # shapes that split nowhere, or only on marks
    "",
    "   ",
    "(Dari)",
    "a, b, c",
]


def _plain_split(sentence: str) -> list[str]:
    return [c for c in segment._CLAUSE_SPLIT.split(sentence) if c and c.strip()]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_kept_clauses_are_the_plain_split(sentence: str) -> None:
    folded = fold(sentence)
    segment._clauses.cache_clear()
    first = segment.clauses(folded)
    again = segment.clauses(folded)  # (from what was kept)
    assert first == again == _plain_split(folded)


@pytest.mark.parametrize("sentence", [s for s in SENTENCES if s.strip()])
def test_changing_the_list_got_changes_nothing_kept(sentence: str) -> None:
    folded = fold(sentence)
    got = segment.clauses(folded)
    got.append("she is safe")
    got.reverse()
    assert segment.clauses(folded) == _plain_split(folded)


@pytest.mark.parametrize(
    "note",
    [
        "Woman, 34, from Honduras. She does not want the police involved, but wants a lawyer.",
        "Mujer de 30 años. No quiere denunciar, pero quiere hablar con un abogado.",
        "Femme de 28 ans. Elle ne veut pas porter plainte, mais elle veut un avocat.",
        "Mulher de 25 anos. Não quer apresentar queixa, mas quer falar com um advogado.",
    ],
)
def test_a_note_reads_the_same_with_and_without_kept_clauses(note: str) -> None:
    segment._clauses.cache_clear()
    cold = extract(note)
    warm = extract(note)  # every split now kept from the first reading
    assert (cold.values, cold.possible, cold.conflicts) == (
        warm.values,
        warm.possible,
        warm.conflicts,
    )
    assert cold.values  # (the notes state facts: the comparison is not of two empties)


def test_the_digest_names_each_difference() -> None:
    old = {"dev": {"en-n-001": {"values": {"person.age": 34}}}, "bench": {"n": {}}}
    new = {"dev": {"en-n-001": {"values": {"person.age": 43}}}, "scen": {}}
    diffs = _differences(old, new)
    assert "/dev/en-n-001/values/person.age: 34 -> 43" in diffs
    assert "/bench: gone" in diffs
    assert any(d.startswith("/scen: new") for d in diffs)
    assert _differences(old, old) == []


def test_a_phrase_list_with_no_phrase_matches_nothing() -> None:
    """A key no language folder lists gave the empty alternation, which matched at every
    word boundary: a reader asking "does this sentence name one of them?" heard yes."""
    from caseassist.intake import lexicon

    assert lexicon.phrase_regex("no_such_list_anywhere").search("her sister wants to go") is None
    assert lexicon.phrase_regex("no_such_list_anywhere", r"sister").search("her sister") is not None
