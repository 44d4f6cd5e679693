"""A letter's salutation ("Madame, Monsieur,", "Dear Sir or Madam,", "Estimados
señores:", "Prezados senhores,"): it addresses whoever reads the letter, so its titles
and nouns say nothing of the person the letter is about. The words are each language
folder's `salutation_words`."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_MAX_WORDS = 8


@cache
def _words() -> frozenset[str]:
    return lexicon.by_language("salutation_words")


def salutation_end(toks: list[str]) -> int:
    """How many of the sentence's tokens a salutation opening it takes ("madame , monsieur
    ," before "nous vous adressons..."; a line break alone does not end a sentence): the
    salutation words up to a comma or colon after them, a few at most, two or more when
    the sentence goes on ("Monsieur, 63 ans, du Congo" names him); 0 when none."""
    words = 0
    for k, t in enumerate(toks):
        if t in (",", ":"):
            if k + 1 == len(toks):
                return k + 1 if words else 0
            if toks[k + 1] not in _words():  # one title then words is a person named:
                return k + 1 if words > 1 else 0  # "Monsieur, 63 ans, du Congo"
            continue
        if not t[:1].isalnum():
            return len(toks) if words and k + 1 == len(toks) else 0
        if t not in _words() or words == _MAX_WORDS:
            return 0
        words += 1
    return len(toks) if words else 0
