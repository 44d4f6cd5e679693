"""Stop 30 speed work: the same readings from less work.

The cancel and offer phrases of a rule are one tree-shaped search (a match starts where
the flat list's did); a note's clauses, carried wishes and loose parts are sifted in one
pass. Each is checked against the reading it replaces, and a user-visible reading that
goes through each is checked in the four languages."""

from __future__ import annotations

import re

import pytest

from caseassist.intake import statement_rules
from caseassist.intake.read import extract
from caseassist.intake.read.segment import clauses, tokens
from caseassist.intake.sift import candidates_each, rule_candidates
from caseassist.intake.text import fold

SENTENCES = [
    "She had a cut on her arm, it was already seen by the nurse and dressed.",
    "He has nowhere to sleep tonight and he has not eaten since yesterday.",
    "Le duele el brazo, ya fue atendida y vendada en el hospital.",
    "No quiere denunciar y tampoco quiere volver a casa.",
    "Elle a une blessure à la main, déjà soignée par l'infirmière.",
    "Elle veut trouver un travail et suivre une formation.",
    "Ela tem uma ferida no braço, já foi atendida e tratada.",
    "Quer trabalhar e aprender português.",
]


def _flat(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(" (?:" + "|".join(re.escape(p) for p in phrases) + ") ")


def _padded() -> list[str]:
    out = [f" {' '.join(tokens(' '.join(fold(s).split())))} " for s in SENTENCES]
    for r in statement_rules.rules():  # every phrase in a sentence, and two side by side
        pairs = zip(r.cancelled_by, r.cancelled_by[1:], strict=False)
        out += [f" so {a} and {b} now " for a, b in pairs]
    return out


def test_cancel_phrases_start_where_the_flat_list_did() -> None:
    texts = _padded()
    seen: set[int] = set()
    for r in statement_rules.rules():
        if not r.cancelled_by or id(r.cancel_regex) in seen:
            continue
        seen.add(id(r.cancel_regex))
        flat = _flat(r.cancelled_by)
        for t in texts:
            old, new = flat.search(t), r.cancel_regex.search(t)
            assert (old is None) == (new is None), (r.fact, t)
            assert old is None or old.start() == new.start(), (r.fact, t)


def test_one_sift_pass_gives_each_list_its_own_candidates() -> None:
    extract("warm")
    folded = [" ".join(fold(s).split()) for s in SENTENCES]
    lists = [[c for s in folded[:4] for c in clauses(s)], [], folded[4:6], folded[6:]]
    got = candidates_each(*lists)
    assert got == [rule_candidates(cl) for cl in lists]


@pytest.mark.parametrize(
    "cared, uncared",
    [
        (
            "She has a deep cut on her arm, it was already seen by the nurse and dressed.",
            "She has a deep cut on her arm and it is bleeding.",
        ),
        (
            "Tiene una herida en el brazo, ya fue atendida y vendada.",
            "Tiene una herida en el brazo y sangra mucho.",
        ),
        (
            "Elle a une coupure au bras, déjà soignée par l'infirmière.",
            "Elle a une coupure profonde au bras qui saigne.",
        ),
        (
            "Tem uma ferida no braço, já foi atendida e tratada.",
            "Tem uma ferida no braço que sangra muito.",
        ),
    ],
)
def test_an_injury_cared_for_is_no_urgent_need(cared: str, uncared: str) -> None:
    assert extract(cared).values.get("medical.urgent_need") is not True
    assert extract(uncared).values.get("medical.urgent_need") is True
