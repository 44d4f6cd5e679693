"""The facts an answer states besides the asked one ("side facts"): applied only when the
answer names them plainly. A side fact that rests on a word which may name something else
("papers": her identity papers or her work permit, said to the work question: "the agency
kept all the papers") is offered for staff to confirm, never applied. The facts and the
plain words each needs are data (`[side_plain]` in `lexicon/answers.toml`: a `words.toml`
key per fact)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_others import drop_others_country
from caseassist.intake.read.answer_words import side_plain
from caseassist.intake.read.result import Extraction


def offer_loose_sides(fact_id: str, text: str, out: Extraction) -> None:
    """Offer each side fact of `[side_plain]` whose plain words the answer never says (the
    asked fact's own reading stays: her answer to its question is read as hers)."""
    folded = lexicon.fold_name(text)
    for fact, key in side_plain().items():
        if fact == fact_id or fact not in out.values:
            continue
        if lexicon.phrase_regex(key).search(folded) is None:
            out.maybe(fact, out.values.pop(fact))


def settle_sides(fact_id: str, text: str, out: Extraction) -> None:
    """The side facts of an answer: a country that is someone else's is dropped
    (answer_others.py), a side fact said loosely only offered."""
    drop_others_country(fact_id, text, out)
    offer_loose_sides(fact_id, text, out)
