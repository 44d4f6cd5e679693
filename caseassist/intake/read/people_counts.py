"""Who a gendered word or a title in a sentence is: people counted by sex ("1 adult male
detained") are not her, and a title right after a referral verb ("nous vous adressons
Mme H.") is the person referred, whoever the sentence named before."""

from __future__ import annotations

from caseassist.intake import lexicon

NP_MODIFIERS = frozenset(["adult", "older", "young", "old", "adulto", "adulte", "jeune", "joven"])


def counted(toks: list[str], i: int) -> bool:
    """A count, then words such as "adult" (`NP_MODIFIERS`), before the noun at `i`: "1
    adult male detained", "4 adult females (21-34)" are people counted, not her."""
    j = i - 1
    while j >= 0 and toks[j] in NP_MODIFIERS:
        j -= 1
    return j < i - 1 and j >= 0 and toks[j].isdigit()


def referred(before: list[str]) -> bool:
    """The words before a title end with a referral verb (`referral_verbs`), at most two
    words between ("nous vous adressons Mme H.", "we refer Ms. A.", "derivamos a la Sra.
    P."): the titled person is the one referred, whoever the sentence named before."""
    tail = " ".join(before[-5:])
    verbs = lexicon.by_language("referral_verbs")
    return any(
        tail.endswith(v) or any(" ".join(before[-n - len(v.split()) : -n]) == v for n in (1, 2))
        for v in verbs
    )
