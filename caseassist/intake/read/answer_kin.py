"""Sentences of an answer about a person of hers ("My daughter is 6", "My family thinks
I have a good job"): what they say is that person's, no age or hedge of hers."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import to_int
from caseassist.intake.read.segment import tokens


def less_others(folded: str) -> str:
    """The answer less its sentences that give a person of hers an age ("My daughter is 6",
    `age_have_third` after the person); "Mi mamá dice que 17" reports hers and stays."""
    buts = function_words().but_words
    have = lexicon.by_language("age_have_third")
    parts = re.split(r"(?<=[.!?;])\s+", folded)

    def theirs(p: str) -> bool:
        toks = [t for t in tokens(p) if t not in buts and t[0].isalnum()][:12]  # (not ", lui,")
        aged = any(
            t in have and to_int(n) is not None for t, n in zip(toks, toks[1:], strict=False)
        )
        if not aged:  # "Mi hermano va a cumplir 20": his next birthday (`age_turning`)
            joined = " ".join(toks)
            aged = any(
                to_int(after[0]) is not None
                for m in lexicon.phrase_regex("age_turning").finditer(joined)
                if (after := joined[m.end() :].split())
            )
        return person_of_hers(toks[:4]) and aged  # "tem sete", "is 6": not "a lo mejor"

    return " ".join(p for p in parts if not theirs(p))


def person_of_hers(toks: list[str]) -> bool:
    """`toks` open on a person of hers or another ("my family", "la señora", "o patrão")."""
    ws = lexicon.word_sets()
    fw = function_words()
    lead = ws.possessives | fw.definite_articles
    k = 0
    while k < 2 and k < len(toks) and toks[k] in lead:  # "a minha mãe": article, possessive
        k += 1
    people = ws.other_people | ws.child_singular | ws.child_plural | ws.child_ambiguous
    return 0 < k < len(toks) and toks[k] in people
