"""A bracket after a language that says she prefers it, in any wording of the verb:
"Tigrinya (prefers)", "quechua (lo prefiere)", "portugués (es el que prefiere)",
"wolof (c'est celle qu'elle préfère)", "crioulo (é o que ela prefere)", "français (préfère le fr)": the language taken up
by its code or first letters. Not when the
bracket denies it or names someone else ("Arabic (her husband prefers)")."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_prefer import prefer_stems
from caseassist.intake.read.roles import _other_subject

_AFTER_VERB = frozenset({"it", "this", "one", "."})
_REACH = 7
"""At most this many words inside the bracket."""


def _ARTICLES() -> frozenset[str]:
    return function_words().definite_articles


def _names_back(word: str, language: str) -> bool:
    """Whether `word` takes up the language word before the bracket: its code ("pt" after
    "portugues") or its first letters ("fr", "esp", "eng")."""
    code = lexicon.language_names().get(language)
    if not code or not word.isalpha() or len(word) < 2 or word == language:
        return False
    return word == code.split("-")[0] or (len(word) <= 4 and language.startswith(word))


def bracket_preference(toks: list[str], j: int, negators: frozenset[str]) -> int | None:
    """The end of a bracket opening at toks[j] whose words hold a preference verb and
    nothing that denies it (`negators`), names a language or another person; else None."""
    if toks[j : j + 1] != ["("] or ")" not in toks[j + 1 : j + 2 + _REACH]:
        return None
    close = toks.index(")", j + 1)
    inner = toks[j + 1 : close]
    if inner[-1:] and j > 0 and _names_back(inner[-1], toks[j - 1]):
        inner = inner[:-1]  # "francais (prefere le fr)": the language before, cut short
        inner = inner[:-1] if inner[-1:] and inner[-1] in _ARTICLES() else inner
    while inner[-1:] and inner[-1] in _AFTER_VERB:
        inner = inner[:-1]  # "(prefers it)"
    if not (inner and inner[-1].startswith(prefer_stems())):
        return None  # the verb ends the bracket: not "(preferred name: Amal)"
    if set(inner) & negators or any(_lang_at(inner, k) for k in range(len(inner))):
        return None
    if _other_subject(inner):
        return None
    return close + 1
