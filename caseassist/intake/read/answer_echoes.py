"""A yes said in the words of the question's own topic: "this worries me" to "Do you have
worries about your immigration status?", "Ça m'inquiète", "Me preocupa mucho". The phrases
are per fact (`[answers.yes_by]` in rules.toml); a clause with a negator ("it doesn't worry
me"), a question, or a person of hers ("me preocupa mi hermana") says no yes."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.answer_words import clauses, has, sentences
from caseassist.intake.read.segment import ffold, tokens


@cache
def _phrases(fact_id: str) -> tuple[tuple[str, ...], ...]:
    got = lexicon.words_of_rules("answers", "yes_by").get(fact_id, ())
    return tuple(p for p in {tuple(tokens(lexicon.respell(ffold(w)))) for w in got} if p)


def said_yes_by(fact_id: str, text: str) -> bool:
    """Her answer says yes to `fact_id`'s question in its topic's own words."""
    phrases = _phrases(fact_id)
    if not phrases:
        return False
    for sentence in sentences(text):
        if sentence[-1:] == ["?"]:
            continue
        for c in clauses(sentence):
            if has(c, "negators") or has(c, "others") or has(c, "family"):
                continue
            if any(c[i : i + len(p)] == list(p) for p in phrases for i in range(len(c))):
                return True
    return False
