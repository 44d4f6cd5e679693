"""In her answer to a safety question, how she says she is now: afraid ("tenho medo que
apareça esta noite", "I am scared tonight") is danger; not afraid, or calm ("Hoy no tengo
miedo", "ce soir je n'ai pas peur", "I feel okay today", "esta noche me siento tranquila")
is none.

Only her own state in the first person is read (`fear_me`, `calm_me`: "tengo miedo", not
"tiene miedo"), and only in the present: a past form ("I was scared"), a fear for someone
else (`fear_for`: "tenho medo pelo meu cunhado"), a question, a condition or a clause opening
on another person reads nothing, nor does a fear that they know ("I'm afraid he knows",
"tengo miedo de que sepan": it answers who knows, not how she is); a hedge only offers; two readings that disagree read
nothing, nor does "not afraid" beside a threat she states ("No tengo miedo, pero me sigue
buscando"). A calm she denies ("I don't feel safe") is only offered as danger."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import OPENING, Clause, at, fact_for, find, has, settle
from caseassist.intake.read.result import Extraction

_KNOWER = 5  # words after a fear that may hold what it fears is known ("that they know")


def _state(clause: Clause) -> tuple[bool, bool] | None:
    """(danger, only offered) a clause says of her now, or None."""
    kept = [w for w in clause if not at([w], 0, "negators")]
    negated = len(kept) < len(clause)
    for i in range(len(kept)):
        if n := at(kept, i, "fear_me"):
            if at(kept, i + n, "fear_for") or _negated_after(clause, kept[i + n - 1]):
                return None  # "I am scared for my son", "I'm afraid not"
            if _of_removal(kept[i + n :]):
                return None  # "tenho medo de ser mandada embora do país": her papers' worry
            if any(at(kept, j, "know_verbs") for j in range(i + n, i + n + _KNOWER)):
                return None  # "I'm afraid he knows", "j'ai peur qu'il sache": who knows
            return (not negated, False)
        if at(kept, i, "calm_me"):
            return (negated, negated)  # "I don't feel safe": offered, not applied
    return None


def _of_removal(rest: Clause) -> bool:
    """The fear is of being sent out of the country (`removal_words`: "afraid of being
    deported", "miedo de que me deporten", "peur d'être expulsée") and of nothing else
    in the clause: an immigration worry, which the answer settles on its own, not a danger
    now."""
    return bool(lexicon.phrase_regex("removal_words").search(" ".join(rest))) and not has(
        rest, "fear"
    )


def _negated_after(clause: Clause, last: str) -> bool:
    """A negator right after the fear words: "I'm afraid not" (a polite no, not a fear)."""
    k = clause.index(last) if last in clause else -1
    return k >= 0 and at(clause, k + 1, "negators") > 0


def read_fear_state(
    sentences: list[Clause], clauses_of: list[list[Clause]], out: Extraction
) -> None:
    """Settle (or offer) danger now from her own fear or calm, when the answer read nothing
    of it and every clause that says it agrees."""
    fact = fact_for("safe_state")
    if not fact or fact in out.values or fact in out.conflicts:
        return
    found: set[object] = set()
    offered = threat = False
    for sentence, parts in zip(sentences, clauses_of, strict=True):
        if sentence[-1:] == ["?"]:
            continue
        for clause in parts:
            mine = not has(clause, "conditions") and find(clause, "others", 0, OPENING) < 0
            got = _state(clause) if mine else None
            if got is not None:
                found.add(got[0])
                offered = offered or got[1] or has(sentence, "soft")
            elif has(clause, "fear") and not has(clause, "negators"):
                threat = True  # "No tengo miedo, pero me sigue buscando": for staff to weigh
    if threat and found == {False}:
        return
    settle(out, fact, found, offered)
