"""A name the note gives another person is that person wherever it comes back.

"Passer par sa cousine Renata ; Renata parle français et espagnol", "her friend Helen ...
Helen speaks English", "su prima Elena ... Elena habla inglés", "a vizinha Helena ...
A Helena fala inglês": a clause that opens on such a name states that person's languages,
not hers, however its verb is worded. A name is another person's when a word for another
person (`other_people`, the child words, `language_helpers`) stands at most two words
before it, not after "my" (`first_person_possessives`: "my niece Rosa" may be her, in a
relative's note); her own name never is. The names are the note's capitalised words
(`answer_persons.names`), so nothing here names a person in Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.roles import _others
from caseassist.intake.read.segment import ffold, tokens

_REACH = 2
"""How many words before a name the word for another person may stand ("her cousin,
Renata": the comma is one)."""
_HELPERS = lexicon.Words(set(), "language_helpers")
_PARTS = re.compile(r"(?=[;,])")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_OPENS = re.compile(r"[.!?\n;]\s*$|\n\s*\W*$")
"""Between two words: a sentence or a line opens (a bullet or a dash may lead it); not a
colon ("Sister: Ruth", "Écoutante : Solène": the label names that person)."""


@lru_cache(maxsize=8)
def others_named(text: str, her_words: frozenset[str]) -> frozenset[str]:
    """The (folded) names `text` gives other people: "sa cousine Renata" gives "renata".
    A name is a capitalised word that opens no sentence or line, in the same sentence as
    the word for the person right before it (one pass over the text)."""
    people = _others(True) | _HELPERS.all()
    mine = lexicon.by_language("first_person_possessives")
    pronouns = function_words().subject_pronouns
    skip = lexicon.by_language("name_titles") | function_words().possessives_after
    found: set[str] = set()
    near: list[str] = []  # the folded words since the sentence opened, the last few
    prev_end = 0
    for m in _WORD.finditer(text):
        w = m.group()
        gap = text[prev_end : m.start()]
        prev_end = m.end()
        if _OPENS.search(gap) or not near and not gap.strip():
            near = []
        elif w[:1].isupper() and not w.isupper():
            name = tokens(ffold(w))[:1]
            before = near[-(_REACH + 1) :]
            pairs = {f"{a} {b}" for a, b in zip(before, before[1:], strict=False)}
            reach = set(before[-_REACH:]) | pairs
            mine_before = not mine.isdisjoint(before)  # "my niece Rosa": maybe her
            if name and name[0] not in her_words | pronouns | people and people & reach:
                found.update(name[:1] if not mine_before else ())
        if (folded := tokens(ffold(w))[:1]) and folded[0] not in skip:
            near = [*near[-_REACH:], *folded]  # (not "o tio dela, o senhor Tesfaye")
    return frozenset(found)


def without_named_others(sentence: str, others: frozenset[str]) -> str:
    """`sentence` (folded) from a part that opens on a name of `others` (after a ";" or
    ",", an "and" or "but" word or an article: "y Elena habla", "a Helena fala") up to the
    next ";" cut out: what it states is that person's."""
    if not others or others.isdisjoint(tokens(sentence)):
        return sentence
    fw = function_words()
    leads = fw.and_words | fw.but_words | fw.definite_articles
    kept = []
    cutting = False  # from a part that opens on the name up to the next ";"
    for part in _PARTS.split(sentence):  # (the split keeps each ";" or "," before a part)
        cutting = cutting and not part.startswith(";")
        words = [t for t in tokens(part) if t not in (",", ";", "-")]
        while words and words[0] in leads:
            words = words[1:]
        cutting = cutting or bool(words[1:] and words[0] in others and words[1].isalpha())
        if not cutting:
            kept.append(part)  # (not "Rosa 14:06 :", a speaker's label)
    return "".join(kept)
