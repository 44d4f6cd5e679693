"""Languages in a shorthand list: joined by "+" or "/" ("english + igbo", "Tagalog +
good English"), written side by side ("ukr russe"), abbreviated with a dot ("ukr./russe")
or bracketed after a nationality ("nigérian (igbo, anglais)")."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import _INTENSIFIERS, _WELL, _phrase_at, minor_lead


def _level_words(toks: list[str], i: int) -> int:
    """How many words at toks[i] rate the language after them ("good", "very good",
    "some", "un peu de", "básico"): a level, not a language."""
    k = i
    while k < len(toks) and toks[k] in _INTENSIFIERS:
        k += 1
    n = minor_lead(toks, k) or _phrase_at(toks, k, _WELL)
    if n:
        k += n
        k += toks[k : k + 1] in (["de"], ["d'"], ["of"])
    return k - i if n else 0


_ABBREVIATION = 5
"""The longest language abbreviation a dot ends in a shorthand list ("ukr.", "bulg.")."""


def in_shorthand_list(toks: list[str], i: int, n: int) -> bool:
    """A language joined to another by "+" or "/" (or written next to it), or in a
    bracketed list of languages only right after a nationality ("nigérian (igbo,
    anglais)"): a list of languages, not of nationalities."""
    nxt = toks[i + n : i + n + 2]
    prev = toks[max(0, i - 2) : i]
    if nxt[:1] == ["+"] and _lang_at(toks, i + n + 1 + _level_words(toks, i + n + 1)):
        return True  # "Tagalog + English", "Tagalog + good English", "wolof + un peu de français"
    if prev[-1:] == ["+"] and i > 1 and _lang_at(toks, i - 2 - (toks[i - 2] == ")")):
        return True
    if nxt[:1] and _lang_at(toks, i + n) and toks[i - 1 : i] in ([","], ["."], [":"], []):
        return True  # "ukr russe" (the slash is a space by now)
    before = _lang_at(toks, i - 1) if i > 0 else None
    if before and before[1] == 1 and toks[max(0, i - 2) : i - 1] in ([","], ["."], [":"], []):
        return True  # "russe" in "ukr russe"
    abbreviated = n == 1 and len(toks[i]) <= _ABBREVIATION and nxt[:1] == ["."]
    opens = toks[i - 1 : i] in ([","], ["."], [":"], [])
    if abbreviated and opens and i + 2 < len(toks) and _lang_at(toks, i + 2):
        return True  # "ukr./russe", "ingl./esp."
    if prev[-1:] == ["."] and i > 1 and len(toks[i - 2]) <= _ABBREVIATION and _lang_at(toks, i - 2):
        return True  # "russe" after "ukr./"
    if _also_after_a_part(toks, i, n):
        return True  # "Romani 1st lang, also Romanian"
    k = i
    while k > 0 and (toks[k - 1] == "," or _lang_at(toks, k - 1)):
        k -= 1
    if k > 1 and toks[k - 1] == "(" and toks[k - 2] in lexicon.demonyms():
        j = i + n
        while j < len(toks) and toks[j] != ")":
            if toks[j] != "," and not _lang_at(toks, j):
                return False
            j += 1
        return j < len(toks)
    return False


_ALSO_WORDS = lexicon.Words(set(), "language_also")


def _also_after_a_part(toks: list[str], i: int, n: int) -> bool:
    """An "also" word opening a shorthand part, before a language, after a part that
    names one, and ending its part ("Romani 1st lang, also Romanian", "quechua (materno),
    también aimara"); not "she is also Romanian" (no part before names a language) nor
    "also Romanian police"."""
    if toks[i + n : i + n + 1] and toks[i + n] not in (",", ";", ".", ")"):
        return False
    if i < 3 or toks[i - 1] not in _ALSO_WORDS.all() or toks[i - 2] not in (",", ";"):
        return False
    return any(_lang_at(toks, k) for k in range(i - 2))


def _list_before(toks: list[str], i: int) -> tuple[list[tuple[str, str]], int]:
    """The languages just before a role word ("Kazakh and Russian speaker", "a Q'eqchi'
    interpreter", "Bengali speaker (interpreter used)") and where their list starts."""
    found: list[tuple[str, str]] = []
    j = i
    while j > 0:
        for n in range(min(4, j), 0, -1):
            hit = _lang_at(toks, j - n)
            if hit and j - n + hit[1] == j:
                found.insert(0, (hit[0], lw.PLAIN))
                j -= n
                break
        else:
            if toks[j - 1] in ("and", "y", "et", "e", "+", "/", ",") and found:
                j -= 1
                continue
            break
    return found, j
