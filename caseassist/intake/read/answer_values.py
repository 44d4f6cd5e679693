"""Values an answer gives in its own words: the languages it names, the one number
it gives (read by `interpret_answer`, answers.py)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.numbers import AMBIGUOUS, digits_for_words, to_int
from caseassist.intake.read.languages import _language_list
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import clauses, sentences, tokens


def _answer_languages(folded: str) -> list[tuple[str, str]]:
    """The languages an answer names, clause by clause: none from a clause about someone
    else ("ma camarade parle pulaar"), none a negator just before denies ("no hablo
    inglés"), and "minor" for one spoken a little ("English only a few words")."""
    found: list[tuple[str, str]] = []
    neg = lexicon.word_sets().negators
    minor = lexicon.phrase_regex("minor_phrases", _MINOR_SRC)
    for sent in sentences(folded):
        parts = clauses(sent)
        for n, clause in enumerate(parts):
            toks = tokens(clause)
            pos: set[int] = set()
            items = _language_list(toks, 0, free=True, positions=pos)
            if not items or _other_subject(toks[: min(pos)]):
                continue
            words = [t.rstrip("'") for t in toks if t[0].isalnum()]
            first = words.index(toks[min(pos)]) if toks[min(pos)] in words else 0
            if neg & set(words[max(0, first - 3) : first]):
                continue  # "no hablo ingles", "je ne parle pas anglais"
            little = len(items) == 1 and (
                minor.search(clause) is not None
                or bool(neg & set(words[first + 1 :]))
                or _rated_next(parts[n + 1 : n + 2], minor)  # "Inglés, unas palabritas"
            )
            own = len(items) == 1 and lexicon.phrase_regex("own_language").search(clause)
            for code, weight in items:
                if own:
                    weight = "major"  # "Tagalog is my language", "mi idioma es el mam"
                elif little and weight not in ("major", "neg"):
                    weight = "minor"  # "Portugues ainda nao sei quase nada"
                if all(c != code for c, _w in found):
                    found.append((code, weight))
    return found


def _rated_next(nxt: list[str], minor: re.Pattern[str]) -> bool:
    """The next clause only rates the language before it: a level word and no language of
    its own ("English, a little", "Inglés, unas palabritas nomás")."""
    return (
        bool(nxt)
        and minor.match(nxt[0]) is not None
        and not _language_list(tokens(nxt[0]), 0, free=True)
    )


_MINOR_SRC = r"a little|a bit|un poco|un peu|um pouco|poco|peu|pouco"


def _first_number(folded: str) -> int | None:
    """The one number the answer gives; a number after "will be / faço" (`age_turning`)
    is one to come, and words the tables miss ("dezanove") are read by text2num."""
    toks = tokens(folded)
    if not any(t.isdigit() or to_int(t) is not None for t in toks):
        toks = tokens(digits_for_words(folded))
    turning = lexicon.phrase_regex("age_turning")
    found: list[int] = []
    i = 0
    while i < len(toks):
        to_come = turning.fullmatch(toks[i - 1] if i else "") or (
            i > 1 and turning.fullmatch(" ".join(toks[i - 2 : i]))
        )
        hit = None
        for n in (4, 3, 2, 1):
            key = " ".join(toks[i : i + n])
            if len(toks[i : i + n]) == n:
                v = to_int(key)
                if v is not None and (n > 1 or key not in AMBIGUOUS or len(toks) == 1):
                    hit = (v, n)
                    break
        if hit:
            if not to_come:
                found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    vals = set(found)
    if len(vals) == 1:
        return vals.pop()
    return None
