"""A yes whose answer goes on only about another person ("Sí, mi hija tiene fiebre", "Yes,
my son is sick", "Oui, ma fille a de la fièvre", "Sim, o meu filho tem febre"): the need
said is theirs, so the yes answers nothing of hers. She speaks of herself in the first
person, so any first-person word after the yes ("Sí, mi hija y yo", "yes, I feel bad too")
keeps her yes."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import _data, yes_for_others_facts
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.topics import OTHER, _first_person, _subject


def yes_for_another(fact_id: str, folded: str) -> bool:
    """The yes of an answer to `fact_id` (folded) opens a clause about another person and
    nothing after it is said in the first person: the yes is theirs."""
    if fact_id not in yes_for_others_facts():
        return False
    toks = tokens(folded)
    yes = lexicon.word_sets().yes
    k = 0
    while k < len(toks) and (toks[k] in yes or not toks[k][0].isalnum()):
        k += 1  # "Sí, sí,", "Yes -"
    rest = toks[k:]
    if not rest or k == 0 or not _first_person().isdisjoint(rest):
        return False
    first: list[str] = []
    for t in rest:
        if not t[0].isalnum():
            break
        first.append(t)
    return bool(first) and _subject(first, answer=True) == OTHER


def led_by_another(fact_id: str, folded: str) -> bool:
    """The answer's bare yes or no comes right after another person named first ("La bebé
    sí. Ella no ha comido nada", "The baby yes", "O bebé sim") to a question of her own
    state (`[led_by_others]` of answers.toml): that person's reply, not hers (stop 34)."""
    if fact_id not in frozenset(_data().get("led_by_others", {}).get("facts", ())):
        return False
    ws = lexicon.word_sets()
    lead: list[str] = []
    for t in tokens(folded)[:6]:
        if not t[0].isalnum():
            return False  # a stop or a comma before any reply word
        if t in ws.yes or t in ws.no:
            return bool(lead) and _subject(lead, answer=True) == OTHER
        lead.append(t)
    return False
