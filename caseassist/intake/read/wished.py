"""A knowing she wishes for, or wishes away, is no statement that anyone knows.

"No quiero que el patrón sepa dónde estoy", "I don't want the boss to know where I am",
"je ne veux pas que le patron sache où je suis": the knowing is in a clause her wish
governs (a `wish_cues` word, then "que / that" or "... to" and the knower), so it says
nothing of what he knows now. Kept apart so the statement rules only ask one question."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words


def wished_knowing(before: list[str]) -> bool:
    """The words before a "knows where she is" match end in a wish and its object clause:
    a wish word, then "que / that" and at most four words (the knower), or "... to"."""
    text = " ".join(before)
    last = None
    for m in lexicon.phrase_regex("wish_cues").finditer(text):
        last = m
    if last is None:
        return False
    after = text[last.end() :].split()
    neg = lexicon.word_sets().negators
    while after and after[0] in neg:  # "je ne veux pas que le patron sache"
        after = after[1:]
    if not after or len(after) > 5:
        return False
    return after[0] in function_words().that_words or after[-1] == "to"
