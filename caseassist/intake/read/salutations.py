"""A letter's salutation ("Madame, Monsieur,", "Dear Sir or Madam,", "Estimados
señores:", "Prezados senhores,"): it addresses whoever reads the letter, so its titles
and nouns say nothing of the person the letter is about. The words are each language
folder's `salutation_words`. So does a blessing in a faith group's note ("Boa noite
irmãos, paz do Senhor", "Que Dios los bendiga"; `blessings`): its Lord is no man."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_MAX_WORDS = 8


def without_blessings(toks: list[str]) -> list[str]:
    """`toks` less the words of any blessing in them ("paz do senhor": "senhor" is the Lord)."""
    if _blessing_words().isdisjoint(toks):
        return toks
    cut = lexicon.phrase_regex("blessings").sub(" ", " ".join(toks))
    return cut.split()


@cache
def _blessing_words() -> frozenset[str]:
    """The longer words of the blessings: a sentence with none holds no blessing."""
    return frozenset(t for p in lexicon.by_language("blessings") for t in p.split() if len(t) > 3)


@cache
def _words() -> frozenset[str]:
    return lexicon.by_language("salutation_words")


def salutation_end(toks: list[str]) -> int:
    """How many of the sentence's tokens a salutation opening it takes ("madame , monsieur
    ," before "nous vous adressons..."; a line break alone does not end a sentence): the
    salutation words up to the last comma or colon after them, a few at most, two or more
    when the sentence goes on ("Monsieur, 63 ans, du Congo" names him; "Dear colleagues, a
    woman..." ends at the comma even though "a" is a salutation word elsewhere); 0 when
    none."""
    words = 0
    cut = cut_words = 0  # just after the last comma, and the salutation words before it
    for k, t in enumerate(toks):
        if t in (",", ":"):
            if k + 1 == len(toks):
                return k + 1 if words else 0
            cut, cut_words = k + 1, words
            continue
        if not t[:1].isalnum():
            return len(toks) if words and k + 1 == len(toks) else 0
        if t not in _words() and words and cut == 0 and _role_then_end(toks, k):
            return len(toks)  # "Exma. Senhora Coordenadora,": the reader's role, alone
        if t not in _words() or words == _MAX_WORDS:
            return cut if cut_words > 1 else 0
        words += 1
    return len(toks) if words else 0


_ROLE_WORDS = 2  # "Coordenadora", "la Directrice", "Director"


def _role_then_end(toks: list[str], k: int) -> bool:
    """From `k` on, a word or two and the comma or colon that ends the sentence: the
    salutation names the reader's role ("Exma. Senhora Coordenadora,", "Estimada señora
    directora:", "Dear Madam Director,"), so it is the whole sentence."""
    rest = toks[k:]
    return (
        1 < len(rest) <= _ROLE_WORDS + 1
        and rest[-1] in (",", ":")
        and all(t.isalpha() for t in rest[:-1])
    )
