"""A negator before a list of health problems reaches every item of it: "no c/o pain or
fever", "pas de plainte de fièvre", "sin fiebre ni tos", "sem queixas de dor nem febre".
The list's glue (`problem_list_words` without the "and" words: "or", "ni", "c/o",
"complaints of", "signs of") and its other problems (`health_problems`) are read back over;
the first other word must be the negator. NegEx reads such a list as one scope."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words


@cache
def _glue() -> frozenset[str]:
    listed = lexicon.by_language("problem_list_words") | lexicon.by_language("health_problems")
    return frozenset(listed - function_words().and_words)


def negates_list(head: list[str]) -> bool:
    """The tokens before a match end in a list of problems (at least one word of it) that a
    negator opens."""
    glue, negators = _glue(), lexicon.word_sets().negators
    crossed = 0
    for t in reversed(head):
        if t == "/" or t in glue:
            crossed += t != "/"
            continue
        return crossed > 0 and t in negators
    return False
