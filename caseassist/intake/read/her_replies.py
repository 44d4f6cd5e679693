"""Her replies in an interview written out as questions and answers with no speaker
labels, each turn opened by a dash ("- D'où venez-vous ? Des Comores. Je parle
shikomori."): the questions are put to her in the second person (`second_person_words`:
"you", "usted", "vous", "você"), so the "I" of the sentences that answer them is hers,
not the writer's. Only in a note with two such questions or more: one "Do you need an
interpreter? I speak Spanish" may be the writer's own."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.segment import tokens

_DASHES = "-\u2013\u2014"
"""What opens a turn of a dialogue written out without speaker labels."""
_REACH = 3
"""At most this many sentences after a question answer it."""
_LABEL = 43
"""A colon this near a sentence's start ends a speaker's label: another turn."""


def her_replies(folded_sents: list[str], asks: list[bool]) -> list[bool]:
    """For each sentence, whether it answers, in the same turn, a dashed question put to her
    in the second person."""
    out = [False] * len(folded_sents)
    you = lexicon.by_language("second_person_words")
    asked = [
        k
        for k, s in enumerate(folded_sents)
        if asks[k]
        and (s[:1] in _DASHES or (k and folded_sents[k - 1] in _DASHES))  # "- ¿...?"
        and not you.isdisjoint(tokens(s))
    ]
    if len(asked) < 2:
        return out
    for k in asked:
        for j in range(k + 1, min(k + 1 + _REACH, len(folded_sents))):
            if asks[j] or folded_sents[j][:1] in _DASHES or ":" in folded_sents[j][:_LABEL]:
                break  # the next turn, dashed or labelled
            out[j] = True
    return out
