"""A name the note gives another person is that person wherever it comes back.

"Passer par sa cousine Renata ; Renata parle français et espagnol", "her friend Helen ...
Helen speaks English", "su prima Elena ... Elena habla inglés", "a vizinha Helena ...
A Helena fala inglês": a clause that opens on such a name states that person's languages,
not hers, however its verb is worded. A name is another person's when a word for another
person (`other_people`, the child words, `language_helpers`, `staff_titles`) stands at
most two words before it, not after "my" (`first_person_possessives`: "my niece Rosa" may
be her, in a relative's note) unless that word is a work role (`staff_titles`: "My
paralegal, Tomasz", "mi compañera Lucía" write or help, never her); her own name never is. The names are the note's capitalised words
that open no sentence, so nothing here names a person in Python; only those words are
looked at, each with the few words before it (about 0.4 ms for a 2 KB note).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.roles import _others
from caseassist.intake.read.segment import ffold, tokens

_REACH = 2
"""How many words before a name the word for another person may stand ("her cousin,
Renata": the comma is one)."""
_HELPERS = lexicon.Words(set(), "language_helpers")
_PARTS = re.compile(r"(?=[;,])")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w'’].)[\w'’]*")  # (a capital first: skipped to at once)
_BACK = 60
"""How many characters before a name are read for the word naming the person."""
_SENTENCE_END = re.compile(r"[.!?;]|(?<!,)\n")


def _opens(back: str) -> bool:
    """The text before a word ends a sentence or a line (a bullet or a dash may lead the
    line): the word opens it. Not a colon ("Sister: Ruth", "Écoutante : Solène": the
    label names that person)."""
    kept = back.rstrip()
    if not kept or kept[-1] in ".!?;":
        return True
    if kept[-1] == ",":
        return False  # "My paralegal,\nTomasz": a wrapped line goes on after a comma
    line = back.rfind("\n")
    return line >= 0 and not any(c.isalnum() for c in back[line:])


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Words for other people, "my" words, words skipped between a person word and a name
    (titles, "dela", an article: "os filhos são o Pedro"), and capitalised words that are no name (pronouns, yes and no)."""
    fw, ws = function_words(), lexicon.word_sets()
    return (
        frozenset(_others(True) | _HELPERS.all() | _roles()),
        frozenset(lexicon.by_language("first_person_possessives")),
        frozenset(lexicon.by_language("name_titles") | fw.possessives_after | fw.definite_articles),
        frozenset(fw.subject_pronouns | ws.yes | ws.no),
    )


@cache
def _roles() -> frozenset[str]:
    """Work roles (`staff_titles`): after "my" still someone else ("my colleague Ana")."""
    return frozenset(lexicon.by_language("staff_titles"))


@lru_cache(maxsize=8)
def others_named(text: str, her_words: frozenset[str]) -> frozenset[str]:
    """The (folded) names `text` gives other people: "sa cousine Renata" gives "renata".
    A name is a capitalised word that opens no sentence or line, in the same sentence as
    the word for the person right before it (only the capitalised words are looked at,
    each with the few words before it)."""
    people, mine, skip, not_names = _word_sets()
    found: set[str] = set()
    for m in _CAPITAL.finditer(text):
        w = m.group()
        back = text[max(0, m.start() - _BACK) : m.start()]
        if w.isupper() or _opens(back):
            continue  # "CALLER", a sentence's or a line's first word
        name = tokens(ffold(w))[:1]
        if not name or name[0] in her_words or name[0] in people or name[0] in not_names:
            continue  # (not "Interprète : Oui, oui")
        if name[0] in lexicon.language_names() or name[0] in lexicon.demonyms():
            continue  # "phone interpreter (Vietnamese)": a language, not a name
        clause = _SENTENCE_END.split(back)[-1]
        words = [t for t in tokens(ffold(clause)) if t[:1].isalpha() and t not in skip]
        before = words[-(_REACH + 1) :]
        pairs = {f"{a} {b}" for a, b in zip(before, before[1:], strict=False)}
        near = set(before[-_REACH:]) | pairs
        if people & near and (mine.isdisjoint(before) or _roles() & near):
            found.add(name[0])  # (not "my niece Rosa": in a relative's note, maybe her)
    return frozenset(found)


def without_named_others(sentence: str, others: frozenset[str]) -> str:
    """`sentence` (folded) from a part that opens on a name of `others` (after a ";" or
    ",", an "and" or "but" word, an article or a label's colon: "y Elena habla", "a
    Helena fala", "Counsellor: Amy Reed, speaks English") up to the next ";" cut out: what
    it states is that person's."""
    if not others or others.isdisjoint(tokens(sentence)):
        return sentence
    fw = function_words()
    leads = fw.and_words | fw.but_words | fw.definite_articles
    kept = []
    cutting = False  # from a part that opens on the name up to the next ";"
    for part in _PARTS.split(sentence):  # (the split keeps each ";" or "," before a part)
        cutting = cutting and not part.startswith(";")
        words = [t for t in tokens(part) if t not in (",", ";", "-")]
        colon = max((k for k, t in enumerate(words) if t == ":"), default=-1)
        if colon > 0 and words[colon + 1 : colon + 2] and words[colon + 1] in others:
            words = words[colon + 1 :]  # "[Intervenante : Josée L. - parle ...": theirs
        while words and words[0] in leads:
            words = words[1:]
        cutting = cutting or bool(words[1:] and words[0] in others and _goes_on(words[1:3]))
        if not cutting:
            kept.append(part)  # (not "Rosa 14:06 :", a speaker's label)
    return "".join(kept)


def _goes_on(after: list[str]) -> bool:
    """The words after a name go on about that person: a word, or an age ("Thu 27, Viet +
    Eng"). Not a clock time ("Rosa 14:06 :", a speaker's label)."""
    return after[0].isalpha() or (after[0].isdigit() and after[1:2] != [":"])
