"""The word sets that weigh a language where a note names it ("mostly", "fluent", "a
little", "only", "understands", "no"): per-language data merged with a few built-in
ones, and the phrase matcher over them. Kept apart from the readers in
`language_words.py`, which re-exports them."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon

_MINOR_TRIGGERS = lexicon.Words(
    {"se defiende", "se las arregla", "se debrouille", "gets by", "can get by"}, "minor_triggers"
)
_UNDERSTAND = lexicon.Words(
    {"understand", "understands", "entiende", "entiendo", "comprend", "comprends", "entende"},
    "language_understand",
)
_MAJOR = lexicon.Words(
    {"mostly", "mainly", "primarily", "best", "native", "surtout", "principalement", "sobre todo"},
    "language_major",
)
_WELL = lexicon.Words({"fluent", "fluently", "well", "bien"}, "language_well")
_USABLE = lexicon.Words(set(), "language_usable")
"""She can use it, with nothing said of which she prefers: "English is fine for her"."""
_USABLE_LIMITS = lexicon.Words(set(), "language_usable_limits")
"""After a word that she can use a language, a limit that makes it a little one:
"English is fine for simple things", "le sirve para lo básico"."""
_MINOR_PHRASES = lexicon.Words(
    {
        "a little", "a bit of", "a bit", "some", "basic", "broken", "limited", "un poco de",
        "un poco", "algo de", "un peu de", "un peu", "quelques mots de", "quelques mots",
        "poco", "peu",
    },
    "minor_phrases",
)  # fmt: skip
_ONLY = lexicon.Words(
    {"only", "solo", "solamente", "unicamente", "seulement", "uniquement", "exclusively"},
    "only_words",
)
_ALSO = lexicon.Words({"also", "aussi", "tambien", "too", "as well"}, "language_also")
_NEGATORS = lexicon.Words({"no", "not", "pas", "nada", "ni", "sin", "non"}, "language_negators")
_FILLER = lexicon.Words(
    {
        "and", "y", "et", "or", "o", "ou", "in", "en", "the", "el", "le", "la", "l'", "de",
        "d'", "d", "of", "a", "un", "une", "una", "with", "con", "avec", ",", "plus", "even", "que",
        "les", "'", "is", "es", "est", ":", "(", ")", "+", "/", "needed", "required",
        "requested", "i", "speak", "habla", "hablo", "parle", "je", "yo", "very", "muy",
        "tres", "quite", "bastante", "words", "mots", "palabras", "to", "hablar", "parler",
        "her", "his", "su", "sa", "son", "language", "langue", "idioma", "lengua", "lingua",
    },
    "language_list_filler",
)  # fmt: skip
"""In a note, the writer: "I speak a little Spanish but no Tagalog" is not about her."""
_INTENSIFIERS = frozenset(
    {"very", "quite", "really", "pretty", "muy", "bastante", "tres", "assez", "muito"}
)
_COPULAS = frozenset(
    {
        "=",  # "turc = 1re langue"
        "is",
        "es",
        "est",
        "(",
        ".",
        ":",
        "was",
        "era",
        "etait",
        "still",
        "ainda",
        "todavia",
        "encore",
        "esta",
        "a",
    }
)
_MORE_IN_TRIGGER = re.compile(r"\b(?:mieux|mejor|melhor|mas|mais)\b")
_CLITIC_VERBS = frozenset(
    {
        "lo",
        "la",
        "le",
        "l'",
        "elle",
        "ella",
        "ela",
        "ele",
        "il",
        "habla",
        "hablo",
        "parle",
        "fala",
        "falo",
    }
)
_SPOKEN = frozenset({"habla", "hablo", "parle", "fala", "falo", "speaks"})
_EN_CLITICS = frozenset({"she", "he", "speaks"})
"""English words of a language named first ("English she speaks well"): only within its
sentence (in "Nepali. She understands a little Hindi" the verb is Hindi's)."""
"""A verb after a language named first: "Português falo", "el inglés lo habla"."""
_LANGUAGE_WORDS = frozenset(
    {
        "language",
        "languages",
        "idioma",
        "idiomas",
        "lengua",
        "lenguas",
        "langue",
        "langues",
        "lingua",
        "linguas",
        "langauge",  # common misspellings of "language"
        "languge",
        "lenguage",
    }
)
_STOP = frozenset({",", ";", ".", "(", ")", ":", "but", "pero", "mais", "mas"})


_ONLY_CONJUNCTIONS = frozenset({"so"})
"""An "only" word that is also a conjunction once accents are folded: Portuguese "só"
after a language ends its clause ("fala tétum, só."; "português só o básico"), English
"so" opens one ("speaks very good English so no interpreter is needed")."""


@cache
def _phrases(words: lexicon.Words) -> tuple[frozenset[str], frozenset[str]]:
    """The phrases of a word list and their first words (a cheap test first)."""
    every = words.all()
    return every, frozenset(p.split()[0] for p in every if p.split())


def _phrase_at(toks: list[str], i: int, words: lexicon.Words, longest: int = 3) -> int:
    """The length of a phrase of `words` starting at toks[i] (0 when none)."""
    every, firsts = _phrases(words)
    if i >= len(toks) or toks[i] not in firsts:
        return 0
    for n in range(longest, 0, -1):
        if i + n <= len(toks) and " ".join(toks[i : i + n]) in every:
            return n
    return 0


def minor_lead(toks: list[str], i: int) -> int:
    """How many words at toks[i] say that the language after them is spoken a little
    ("some", "a little", "un peu de": `minor_phrases`), with a following "of"/"de"."""
    n = _phrase_at(toks, i, _MINOR_PHRASES)
    return n + 1 if n and toks[i + n : i + n + 1] in (["of"], ["de"], ["d'"], ["d"]) else n


def understood_at(toks: list[str], i: int) -> int:
    """The end of an understanding verb at toks[i], past object clitics before it ("solo
    lo entiende", "seulement le comprend"); 0 when none."""
    j = i
    while j < len(toks) and j < i + 2 and toks[j] in _OBJECT_CLITICS:
        j += 1
    return j + 1 if j < len(toks) and toks[j] in _UNDERSTAND else 0


_OBJECT_CLITICS = frozenset({"lo", "la", "le", "l'", "o", "a", "it"})


INTERPRETER_STEMS = ("interp", "translat", "traduct", "tradut")
"""Word beginnings of an interpreter or a translation in the four note languages: a
language named next to one is the interpreting's, not a description of her."""
