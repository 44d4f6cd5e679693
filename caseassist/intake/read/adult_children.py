"""A son or a daughter who is an adult ("her daughter, 20", "su hija de 20 años", "son fils
(30 ans)", "a filha adulta") is no child with her: the blind labels count children, and
leave a grown son or daughter out even when the sentence puts them beside her. A
sentence whose every child word names an adult states nothing of children with her; a
sentence that also names a child ("son fils de 20 ans et sa fille de 5 ans") is left to
the count as it is. The adult words are data (`adult_words` in words.toml)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.segment import tokens

ADULT_FROM = 18
_AGE_MARKS = frozenset(["(", ",", "-"])
"""Punctuation between a child word and its age; the words are data (`adult_age_leads`)."""


def _adult_age_after(toks: list[str], i: int) -> bool | None:
    """After the child word at `i`: True for an adult age ("de 20 anos", "(31)", ", 40"),
    False for a child's age, None when no age follows."""
    k = i + 1
    leads = _AGE_MARKS | lexicon.by_language("adult_age_leads")
    while k < len(toks) and k <= i + 2 and toks[k] in leads:
        k += 1
    if k < len(toks) and toks[k].isdigit() and len(toks[k]) <= 2:
        return int(toks[k]) >= ADULT_FROM
    return None


def only_adult_children(sent_folded: str) -> bool:
    """Every child word of the sentence is an adult by its age or an `adult_words` word
    beside it ("adult son", "hija mayor de edad", "fille majeure", "filho adulto")."""
    ws = lexicon.word_sets()
    nouns = ws.child_singular | ws.child_plural
    adult = lexicon.phrase_regex("adult_words")
    toks = tokens(sent_folded)
    found = False
    for i, w in enumerate(toks):
        if w not in nouns or (i + 1 < len(toks) and toks[i + 1] in nouns):
            continue  # (French "son fils": the possessive, then the noun)
        near = " ".join(toks[max(0, i - 1) : i + 5])
        age = _adult_age_after(toks, i)
        if age is True or (age is None and adult.search(near)):
            found = True
            continue
        return False  # a child, or a child word with nothing to say it is grown
    return found
