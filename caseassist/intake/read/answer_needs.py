"""Needs said plainly, in answer to the question that asks for them, with no yes word.

"I told you, she is hungry" to "Does a child with you need something right now?" names
the child's need (`child_needs`) in a clause about her child (none about her or another adult:
`not_child`), where the echo reader
(answer_echoes.py) passes over clauses about another person; "Solo agua, por favor" to
"Would you like something to eat or drink now?" asks for a thing to eat or drink
(`provisions`) with a request (`request_marks`) or as the whole short answer. A clause
with a negator or a none word ("she is not sick", "nothing, thanks") says no yes; a
question says none. A child named with her need in an answer to another question ("my
daughter Blessing is hungry" to "Do you have children with you?") answers the child-needs
question too, so it is not put after it (`read_child_need`; "my", "mi", "ma", "minha"
before the child word: someone else's baby is not hers). The facts these readings answer are data (`[facts]` child_need,
provision, in answers.toml)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import Clause, at, clauses, fact_for, has, sentences
from caseassist.intake.read.child_clauses import states_need
from caseassist.intake.read.result import Extraction

_SHORT = 5
"""Words a bare request may hold ("just some water", "un poco de agua") with no please."""


def _plain(c: Clause) -> bool:
    none = lexicon.word_sets().none
    return not has(c, "negators") and not has(c, "meal_pasts") and not any(t in none for t in c)


def _clauses(text: str) -> list[Clause]:
    return [c for s in sentences(text) if s[-1:] != ["?"] for c in clauses(s)]


def stated_need(fact_id: str, text: str) -> bool:
    """Her answer to `fact_id`'s question names the need it asks about (see the module)."""
    if fact_id == fact_for("child_need"):
        cs = [c[at(c, 0, "told_already") :] for c in _clauses(text)]  # "I told you she..."
        if any(has(c, "child_needs") and _plain(c) and not has(c, "not_child") for c in cs):
            return True
        # any need the note reader reads, said of the child asked about ("has not eaten
        # since morning", "no tienen ropa de invierno"): read/child_clauses.py
        return any(not has(c, "not_child") and states_need(c) for c in cs)
    if fact_id == fact_for("provision"):
        cs = _clauses(text)
        words = sum(1 for c in cs for t in c if t[0].isalnum())
        asked = has([t for c in cs for t in c], "request_marks")
        return any(has(c, "provisions") and _plain(c) and (asked or words <= _SHORT) for c in cs)
    return False


def read_child_need(fact_id: str, text: str, out: Extraction) -> None:
    """A child of hers (`her_possessives` right before a child word: "my daughter") named
    in a sentence of an answer to another question, and a need in a plain clause of it: the child-needs fact is yes (see the module)."""
    fact = fact_for("child_need")
    if fact_id == fact or fact in out.values:
        return
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural
    for sentence in sentences(text):
        mine = any(
            t in kids and at(sentence, i - 1, "her_possessives") for i, t in enumerate(sentence)
        )
        if sentence[-1:] == ["?"] or not mine:
            continue  # "la moça ... tem um bebé, ela precisa de leite": not her child
        for c in clauses(sentence):
            c = c[at(c, 0, "told_already") :]
            if has(c, "child_needs") and _plain(c) and not has(c, "not_child"):
                out.put(fact, True)  # "my daughter Blessing, she is hungry"
                return
