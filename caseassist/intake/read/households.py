"""The household she worked for, named "a family" in a note: "the family" after it is that
household, not hers, and a person of it ("le monsieur de la famille") is from that life."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon


@cache
def _households() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The household nouns (`employer_households`), the words before "a family" that make
    it the one she worked for (`household_leads`), and the words that point back to it
    (`household_pointers`)."""
    return (
        lexicon.by_language("employer_households"),
        lexicon.by_language("household_leads"),
        lexicon.by_language("household_pointers"),
    )


def employer_household(folded_note: str) -> bool:
    """The note names a household she worked for as "a family" ("chez une famille à Anfa",
    "trabajó con una familia", "worked for a family"): a lead word, an indefinite article
    and a household noun. "The family" taken up after it is that household, not hers."""
    nouns, leads, _ = _households()
    words = folded_note.split()
    indefinite = lexicon.by_language("indefinite_articles")
    for i in range(1, len(words) - 1):
        if words[i] in indefinite and words[i + 1] in nouns:
            lead = words[max(0, i - 3) : i]
            pairs = {f"{a} {b}" for a, b in zip(lead, lead[1:], strict=False)}
            if lead[-1:] and (lead[-1] in leads or pairs & leads):
                return True
    return False


def household_pointed(words: list[str], i: int) -> bool:
    """`words[i]` is a household noun after "the / that / cette / essa" (not "her family")."""
    nouns, _, pointers = _households()
    return words[i] in nouns and i > 0 and words[i - 1] in pointers


def household_as_theirs(words: list[str]) -> list[str]:
    """`words` with the household she worked for, pointed back to ("la famille"), written as
    an exploiter: "le monsieur de la famille" is then theirs too (`on_their_side`)."""
    return ["exploiter" if household_pointed(words, i) else w for i, w in enumerate(words)]


def household_pointers() -> frozenset[str]:
    """The words that point back to the household (`household_pointers`: "the", "cette")."""
    return _households()[2]
