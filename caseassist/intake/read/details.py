"""Food needs (allergies split from medicines); the survivor's name is read in `names`."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.quoted_speakers import quoted_from_another
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _other_subject
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation

# ---------------------------------------------------------------- dietary


@cache
def _dietary_regex() -> re.Pattern[str]:
    terms, _allergy = lexicon.dietary()
    return re.compile(r"(?<![a-z0-9])" + alternation(terms) + r"(?![a-z0-9])")


_ALLERGY_PARTS = re.compile(r"\s*(?:,|\b(?:and|or|y|e|o|et|ou)\b)\s*")
_ALLERGY_LEAD = frozenset(
    {
        "the",
        "a",
        "an",
        "to",
        "some",
        "al",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "l'",
        "l",
        "aux",
        "au",
        "des",
        "du",
        "de",
        "d'",
        "d",
    }
)
_ALLERGY_END = frozenset(
    {
        "she",
        "he",
        "they",
        "it",
        "her",
        "his",
        "is",
        "was",
        "has",
        "have",
        "had",
        "needs",
        "wants",
        "also",
        "but",
        "not",
        "no",
        "none",
        "nka",
        "nkda",
        "known",
        "ella",
        "el",
        "tiene",
        "necesita",
        "quiere",
        "pero",
        "tambien",
        "ninguna",
        "ninguno",
        "ni",
        "elle",
        "il",
        "est",
        "veut",
        "pas",
        "mais",
        "aussi",
        "aucune",
        "aucun",
        "qui",
        "que",
        "who",
        "which",
        "since",
        "desde",
        "depuis",
        "when",
    }
)
"""Words that end an allergy list ("allergic to peanuts, needs shelter")."""


def _allergy_food(m: re.Match[str]) -> str | None:
    """The food part of an allergy ("allergic to penicillin and peanuts" -> "allergic to
    peanuts"); None when it names only medicines or other things that are not food."""
    if "items" not in m.re.groupindex:
        text = m.group(0).strip()
        return text if lexicon.not_food_allergens().isdisjoint(tokens(text)) else None
    not_food = lexicon.not_food_allergens()
    foods = lexicon.food_allergens()
    items = m.group("items")
    kept: list[str] = []
    dropped = False
    pos = 0
    for k, part in enumerate(_ALLERGY_PARTS.split(items)):
        sep = items[pos : items.find(part, pos)] if part else ""
        pos = items.find(part, pos) + len(part) if part else pos
        words = tokens(part)
        while words and words[0] in _ALLERGY_LEAD:
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if w in _ALLERGY_END), None)
        if cut is not None:
            words = words[:cut]
        name = " ".join(words)
        if k and "," in sep and name not in foods and not_food.isdisjoint(words):
            break  # "allergic to peanuts, speaks Thai": the list has ended
        if name and not_food.isdisjoint(words):
            kept.append(name)
        elif name:
            dropped = True
        if cut is not None or len(words) > 3:
            break
    if not kept:
        return None
    if not dropped and len(kept) == 1:
        return f"{m.group('cue')} {kept[0]}"
    return f"{m.group('cue')} {', '.join(kept)}"


_EDGE = " .,;:!?\"'()[]"
"""What is cut from the ends of her words kept as a value."""


def may_state_diet(folded: str) -> bool:
    """Whether `_dietary` may find anything in any part of this (folded) text."""
    return "allerg" in folded or "alergi" in folded or _dietary_regex().search(folded) is not None


_AFTER = re.compile(r"[^.;\n]{0,40}")
"""The rest of a diet's sentence where a denial of her may follow it."""


def _someone_elses(folded: str, start: int, end: int) -> bool:
    """Whether the diet at `start` is another person's: the nearest subject before it names
    someone else ("the interpreter is vegan", "the referrer's own daughter has coeliac
    disease", "su hijo es alérgico al maní"), not her; it stands in a quote another
    person or a helper speaks ('la intérprete comentó: "yo no como carne"'); or the words
    after it deny it is hers (`not_her_marks`: "allergie aux arachides : le cadet, pas elle")."""
    before = tokens(folded[:start])
    if _other_subject(before) or quoted_from_another(before):
        return True
    after = _AFTER.match(folded, end)
    return lexicon.phrase_regex("not_her_marks").search(after.group() if after else "") is not None


def _dietary(folded: str, original: str, out: Extraction) -> None:
    _terms, allergy = lexicon.dietary()
    found = [
        m.group()
        for m in _dietary_regex().finditer(folded)
        if not _someone_elses(folded, m.start(), m.end())
    ]
    if "allerg" not in folded and "alergi" not in folded:
        allergy = ()
    for pat in allergy:
        m = pat.search(folded)
        food = _allergy_food(m) if m and not _someone_elses(folded, m.start(), m.end()) else None
        if food:
            found.append(food)
    refusals = lexicon.diet_refusals()
    langs = [refusals[f][2] for f in found if f in refusals]
    # the same refusal said again in a second language ("não como carne de porco, no como
    # cerdo"): the first language's is kept
    found = [f for f in found if f not in refusals or refusals[f][2] == langs[0]]
    if found:
        found = [_fewest_words(f, original) for f in found]
        _add_diet(out, ", ".join(dict.fromkeys(found)))


def _fewest_words(piece: str, original: str) -> str:
    """A diet as written; a refusal in the fewest words that state it, without its verb
    ("ne mange pas de porc" -> "pas de porc", "no como cerdo" -> "sin cerdo")."""
    written = lexicon.diet_refusals().get(piece)
    if written is None:
        return as_written(piece, original)
    return f"{written[0]} {as_written(fold_name(written[1]), original)}"


def _add_diet(out: Extraction, found: str) -> None:
    """Keep a diet, after the one an earlier sentence named ("Não como carne de porco. E
    tenho alergia a camarão."): each sentence of a note is read on its own, and the kitchen
    needs both."""
    fact = "food.dietary_needs"
    prior = out.values.get(fact)
    if isinstance(prior, str) and fact not in out.conflicts:
        if ffold(found) in ffold(prior):
            return
        out.values.pop(fact)
        found = f"{prior}; {found}"
    out.weak(fact, found)


def as_written(piece: str, original: str) -> str:
    """The words of `original` a folded `piece` was read from, as she typed them ("não
    como carne de porco", never "nao como..."); the piece itself when not found there."""
    want = [t for t in tokens(piece) if t[0].isalnum()]
    words = original.split()
    bare = [[t for t in tokens(ffold(w)) if t[0].isalnum()] for w in words]
    for i in range(len(words)):
        got: list[str] = []
        for j in range(i, len(words)):
            got += bare[j]
            if got == want:
                return " ".join(words[i : j + 1]).strip(_EDGE)
            if got != want[: len(got)]:
                break
    return piece
