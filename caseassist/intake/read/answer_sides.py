"""The facts an answer states besides the asked one ("side facts"): a side fact said
through a word that may name something else is offered for staff to confirm, not applied,
when the answer's matter gives the word that other sense ("papers" to the work question,
or beside a worry about her status: "the agency kept all the papers" may be the permit),
unless the answer also names it plainly (a passport). The facts, their plain words (a
`words.toml` key) and their rival facts are data (`[side_plain]` in `lexicon/answers.toml`)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_others import drop_others_country
from caseassist.intake.read.answer_words import has, sentences, side_plain
from caseassist.intake.read.result import Extraction


def offer_loose_sides(fact_id: str, text: str, out: Extraction) -> None:
    """Offer each side fact of `[side_plain]` the answer says only loosely beside a rival
    (the asked fact's own reading stays: her answer to its question is read as hers)."""
    folded = lexicon.fold_name(text)
    said = [w for s in sentences(text) for w in s]
    for fact, (key, rivals, rival_words) in side_plain().items():
        if fact == fact_id or fact not in out.values:
            continue
        rival = fact_id in rivals or any(r in out.values or r in out.possible for r in rivals)
        rival = rival or bool(rival_words and has(said, rival_words))
        if rival and lexicon.phrase_regex(key).search(folded) is None:
            out.maybe(fact, out.values.pop(fact))


def settle_sides(fact_id: str, text: str, out: Extraction) -> None:
    """The side facts of an answer: a country that is someone else's is dropped
    (answer_others.py), a side fact said loosely only offered."""
    drop_others_country(fact_id, text, out)
    offer_loose_sides(fact_id, text, out)
