"""Another person's wish for her, then her own no: "Mi madre quiere que vuelva, pero yo no
quiero", "My husband wants me to go back. I don't.", "Mon frère veut que je rentre. Moi
non.", "A minha mãe quer que eu volte. Eu não."

The first clause names the asked wish (its `[fronted_topics]` words) as the wish of a
person of hers (`others`, `family` at the clause's start), so it is read as theirs and
the asked fact stays open; the clause after it that is only her denial (`not_me`, or
`own_refusals`: "I don't", "yo no quiero", "moi je veux pas", "eu não quero") answers
the question: no. A denial that goes on ("I don't know", "yo no sé") is none."""

from __future__ import annotations

from caseassist.intake.facts import FACTS
from caseassist.intake.function_words import function_words
from caseassist.intake.read.answer_words import (
    OPENING,
    Clause,
    _data,
    at,
    clauses,
    find,
    has,
    sentences,
)
from caseassist.intake.read.result import Extraction


def _theirs(clause: Clause, topic: str) -> bool:
    """A clause opening on a person of hers and naming the wish's topic."""
    person = find(clause, "others", 0, OPENING) >= 0 or find(clause, "family", 0, OPENING) >= 0
    return person and has(clause, topic)


def _only_her_no(clause: Clause) -> bool:
    buts = function_words().but_words
    rest = clause[1:] if clause[:1] and clause[0] in buts else clause
    return any(rest and at(rest, 0, key) == len(rest) for key in ("not_me", "own_refusals"))


def her_no_after_theirs(fact_id: str, text: str, out: Extraction) -> None:
    """The asked wish, left open, set to no by her denial right after another person's wish."""
    topic = _data().get("fronted_topics", {}).get(fact_id)
    if not topic or fact_id in out.values or fact_id in out.conflicts:
        return
    said = [clauses(s) for s in sentences(text)]
    for k, parts in enumerate(said):
        at_theirs = next((i for i, c in enumerate(parts) if _theirs(c, topic)), -1)
        if at_theirs < 0:
            continue
        # the rest of that sentence ("..., liga-me todos os dias a pedir"), then the next
        after = (
            parts[at_theirs + 1 :] + said[k + 1][:1]
            if k + 1 < len(said)
            else parts[at_theirs + 1 :]
        )
        if any(_only_her_no(c) for c in after):
            out.put(fact_id, False if FACTS[fact_id].type == "bool" else "no")
        return
