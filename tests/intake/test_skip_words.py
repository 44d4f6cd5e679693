"""Concept phrases are searched in a view of the clause without its intensifiers
(`skip_words`): no phrase carries an intensifier slot of its own, a match reads as one in
the clause, and a phrase that writes an intensifier out still needs it."""

from __future__ import annotations

import random
import re

import pytest

from caseassist.intake import statement_rules
from caseassist.intake.concepts import concept_patterns
from caseassist.intake.lexicon import words
from caseassist.intake.skip_words import ConceptPattern, skipper
from caseassist.intake.text import fold_name
from tests.intake.reading import clear_values as facts

WORK = "jobs.wants_employment"
DOCS = "legal.has_identity_documents"
HOUSING = "housing.needs_long_term_housing"


def _concept(words_: dict, groups: list[str], **opts) -> list[ConceptPattern]:
    got = concept_patterns(words_, groups, **opts)
    skip = skipper(got["skip"], got["keeps"])
    return [ConceptPattern(p, skip) for p in got["patterns"]]


def test_no_statement_pattern_carries_an_intensifier_slot():
    """The slot once written between the words of every phrase (90% of 6 MB of source,
    most of the 15 s warm): an alternation of intensifiers repeated after a space."""
    intensifiers = {fold_name(w) for w in words()["intensifiers"]}
    alternatives = re.compile(r"\(\?:([a-z0-9'|]+)\) \)[*+?]")
    sources = [p.source for rule in statement_rules.rules() for p in rule.patterns]
    for src in sources:
        for m in alternatives.finditer(src):
            assert not set(m.group(1).split("|")) <= intensifiers, m.group()
    concept = [p for rule in statement_rules.rules() if rule.needs_words for p in rule.patterns]
    assert concept and all(isinstance(p, ConceptPattern) for p in concept)
    assert sum(len(s) for s in sources) < 1_500_000  # 6.4 MB with the slot


def test_a_match_in_the_view_reads_as_one_in_the_clause():
    (cue_first, _) = _concept(
        {"intensifiers": ["very", "much"], "wish": ["would like"], "goal": ["go home"]},
        ["wish", "goal"],
        within=2,
    )
    text = "she would very much like to go very much home now"
    m = cue_first.search(text)
    assert m.group() == "would very much like to go very much home"
    assert m.group("cue") == "would very much like" and m.groupdict() == {"cue": m.group("cue")}
    assert m.span() == (4, 45) and m.start("cue") == 4 and m.end("cue") == 24
    assert m.string == text and "cue" in m.re.groupindex
    plain = cue_first.search("she would like to go home")
    assert isinstance(plain, re.Match) and plain.span() == (4, 25)  # nothing to take out
    assert cue_first.search("she would very, much like to go home") is None  # not a bare word


@pytest.mark.parametrize("seed", range(6))
def test_a_concept_pattern_matches_as_its_slotted_lists_did(seed):
    """Against the patterns as they were written before: an intensifier slot between the
    words of each phrase, and (as the view has it) intensifiers not counted in `within`."""
    rnd = random.Random(seed)
    vocab = ["wants", "want", "would", "like", "to", "go", "home", "back", "very", "much"]
    table = {
        "intensifiers": ["very", "much"],
        "wish": {" ".join(rnd.sample(vocab[:5], rnd.randint(1, 3))) for _ in range(8)},
        "goal": {" ".join(rnd.sample(vocab[4:8], rnd.randint(1, 2))) for _ in range(5)},
    }
    table = {k: sorted(v) for k, v in table.items()}
    gap, skip = r" (?:(?:much|very) )*", "(?: (?:much|very)(?= ))*"

    def flat(group):
        ordered = sorted(table[group], key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", gap) for w in ordered)

    cue, other = rf"\b(?P<cue>{flat('wish')})\b", rf"\b(?:{flat('goal')})\b"
    between = rf"(?:{skip} [^ |]+){{0,3}}{skip} "
    for k, pattern in enumerate(_concept(table, ["wish", "goal"], within=3)):
        ref = re.compile(between.join([cue, other] if k == 0 else [other, cue]))
        for _ in range(80):
            text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(2, 12)))
            a, b = ref.search(text), pattern.search(text)
            assert (a and a.span("cue")) == (b and b.span("cue")), text
            assert (a and a.end()) == (b and b.end()), text


@pytest.mark.parametrize(
    "text",
    [
        "She would really very much like to find a job.",
        "Está muy decidida a encontrar un trabajo.",
        "Elle a vraiment envie de trouver un travail.",
        "Ela gostaria muito de arranjar um emprego.",
    ],
)
def test_an_intensifier_inside_a_phrase_is_read_past(text):
    assert facts(text).get(WORK) is True


@pytest.mark.parametrize(
    "text",
    [
        "She would not really like to find a job.",
        "No está muy decidida a encontrar un trabajo.",
        "Elle n'a pas vraiment envie de trouver un travail.",
        "Ela não gostaria muito de arranjar um emprego.",
    ],
)
def test_a_negator_is_never_taken_out(text):
    assert facts(text).get(WORK) is not True


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She still has her passport.", DOCS, True),
        ("Todavía tiene su pasaporte.", DOCS, True),
        ("Elle a encore son passeport.", DOCS, True),
        ("Ela ainda tem o passaporte.", DOCS, True),
        ("Ela ainda não tem passaporte.", DOCS, False),
        ("Quer uma casa só dela.", HOUSING, True),  # "só": only hers
        ("Quer voltar para a casa dela.", HOUSING, None),  # her house: no housing wish
    ],
)
def test_a_phrase_that_writes_an_intensifier_out_keeps_it(text, fact, value):
    assert facts(text).get(fact) is value


def test_only_the_phrases_that_write_one_out_keep_an_intensifier():
    skip = skipper(frozenset({"so", "muito"}), ("casa so dela",))
    assert skip.view("quer uma casa so dela")[0] == "quer uma casa so dela"
    assert skip.view("e so quer muito uma casa dela")[0] == "e quer uma casa dela"
