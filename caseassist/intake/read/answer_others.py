"""An answer that speaks of someone else ("Mi prima dice que quiere volver a Bolivia", "My
friend wants to go back to Ghana"): a country named only in a clause that opens on
another person of hers (a possessive and a person word: "my sister", "ma cousine", "a
minha amiga") is that person's, and does not set her country of origin."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import OPENING, Clause, at, clauses, fact_for, sentences
from caseassist.intake.read.countries import _country_at
from caseassist.intake.read.result import Extraction


def _about_someone_else(clause: Clause) -> bool:
    """The clause opens on "my <person>" ("mi prima dice que...", "a minha irmã quer")."""
    people = lexicon.by_language("safe_knowers")
    for i in range(min(OPENING, len(clause))):
        n = at(clause, i, "my")
        if n and i + n < len(clause) and (clause[i + n] in people or at(clause, i + n, "people")):
            return True
    return False


def _countries(clause: Clause) -> set[str]:
    return {hit[0] for i in range(len(clause)) if (hit := _country_at(clause, i))}


def drop_others_country(fact_id: str, text: str, out: Extraction) -> None:
    """Unset her country when every clause naming it is about someone else (not when the
    question asked it: her answer is read as hers)."""
    fact = fact_for("own_country")
    value = out.values.get(fact)
    if not fact or value is None or fact_id == fact:
        return
    theirs = mine = False
    for sentence in sentences(text):
        for clause in clauses(sentence):
            if value in _countries(clause):
                if _about_someone_else(clause):
                    theirs = True
                else:
                    mine = True
    if theirs and not mine:
        out.values.pop(fact, None)
