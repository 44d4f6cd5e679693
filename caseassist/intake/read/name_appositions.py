"""A name in apposition to the words that describe the person referred: "I'm writing
about a 13-year-old girl, Nadege, who...", "We have a gentleman, Kwame, he's fifty",
"j'appelle pour une paroissienne, Marites, qui...", "derivar a un señor rumano de 63
años, Dorin, que...", "acompanhamos uma senhora angolana, Luzia, que...".

Read by its parts: the clause before the name holds an indefinite article, at most two
words, then a word for a person (`person_nouns`, the gender nouns, `name_roles`) and at
most six words more; the name follows a comma and is followed by a comma, a bracket or
the sentence's end. The description must not open its sentence ("A man, Ivan, came to
the door" is whoever came, not the person referred), and neither the description nor
the words after the name may name someone else ("a man, Ivan, her boss")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import ffold, tokens

_APPOSED = re.compile(
    r",[^\S\n]+(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019]+)?)"
    r"[^\S\n]*(?=[,;(]|[.!?](?:\s|$)|$)",
    re.M,
)
_CLAUSE_START = re.compile(r"[,;:.!?()\u2013\u2014]|\n(?![a-zà-ÿ])|^")
"""Where the describing clause opens: a mark, or a line break not inside a wrapped
sentence (a line going on in lower case is the same sentence)."""
_SENTENCE_START = re.compile(r"[:.!?]|\n(?![a-zà-ÿ])|^")


@cache
def _person_words() -> frozenset[str]:
    """One-word nouns for the person referred, never another person's."""
    ws = lexicon.word_sets()
    nouns = (
        lexicon.by_language("person_nouns")
        | lexicon.by_language("name_roles")
        | {w for w in ws.gender_female | ws.gender_male if " " not in w}
    )
    return frozenset(nouns - ws.other_people)


def _clause_before(text: str, comma: int) -> tuple[str, bool]:
    """The clause before the comma at `comma`, and whether it opens its sentence."""
    window = max(0, comma - 160)
    start = max((m.end() for m in _CLAUSE_START.finditer(text, window, comma)), default=window)
    sentence = max((m.end() for m in _SENTENCE_START.finditer(text, window, comma)), default=window)
    clause = text[start:comma]
    return clause, not text[sentence:start].strip() and start == sentence


@cache
def _partitive_leads() -> tuple[tuple[str, ...], ...]:
    """`partitive_leads` as word tuples: "one of our", "una de nuestras", "l une de nos"."""
    return tuple(tuple(w.split()) for w in lexicon.by_language("partitive_leads"))


def _person_plural(word: str) -> bool:
    """A person noun in the plural ("students", "alumnas", "élèves", "trabajadores")."""
    person = _person_words()
    return word in person or word[:-1] in person or word[:-2] in person


def _one_of_ours(words: list[str], opens_sentence: bool) -> bool:
    """A partitive lead, at most three words, a plural person noun ending the clause:
    "writing about one of our Year 10 students"; not opening the sentence ("One of our
    residents, Ana, helped her" is whoever helped)."""
    plain = [w.rstrip("'") for w in words]
    for lead in _partitive_leads():
        n = len(lead)
        for i in range(len(plain) - n):
            if tuple(plain[i : i + n]) != lead or (i == 0 and opens_sentence):
                continue
            rest = plain[i + n :]
            ws = lexicon.word_sets()
            if len(rest) <= 4 and _person_plural(rest[-1]) and ws.other_people.isdisjoint(rest):
                return True
    return False


def _describes_her(words: list[str], opens_sentence: bool) -> bool:
    """An indefinite article, at most two words, a person noun, at most six words after;
    or one of the writer's own people ("one of our students")."""
    ws = lexicon.word_sets()
    if _one_of_ours(words, opens_sentence):
        return True
    if any(w in ws.other_people or w in ws.possessives for w in words):
        return False  # "a friend of hers", "un ami de sa mère"
    indefinite = function_words().indefinite_articles
    person = _person_words()
    for i, w in enumerate(words):
        if w not in indefinite or (i == 0 and opens_sentence):
            continue
        for j in range(i + 1, min(i + 6, len(words))):  # ("13-year-old": three tokens)
            if words[j] in person:
                return len(words) - j - 1 <= 6
    return False


def apposed_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of each name set in apposition to a description of her."""
    if "," not in text:
        return []
    others = lexicon.word_sets().other_people
    found: list[tuple[str, int]] = []
    for m in _APPOSED.finditer(text):
        clause, opens = _clause_before(text, m.start())
        if not _describes_her(tokens(ffold(clause)), opens):
            continue
        after = text[m.end() : m.end() + 40].split(",")
        next_part = after[1] if len(after) > 1 else ""
        if others.isdisjoint(tokens(ffold(next_part))[:3]):  # not "a man, Ivan, her boss"
            found.append((m.group("name"), m.start("name")))
    return found
