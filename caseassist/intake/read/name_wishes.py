"""Which of several names is the one to use, and whether the writer is sure of it.

A name she asks to be called (`name_wish_cues`: "call her Kala", "que la llamen Mari",
"qu'on l'appelle Fifi", "prefere ser tratado por Tino") outranks the name on her papers
that the same note gives ("her name is Kalaivani", "Sr. Agostinho da Costa Soares, 29
anos"): the blind labels keep the name she uses. A short clause closing the sentence
after a cued name in which the writer doubts what was heard (`name_doubts`: "o eso
entiendo", "si j'ai bien compris", "I think") makes the name a possible one.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold, tokens
from caseassist.intake.trie import alternation

_TAG_SPARE = 1
"""Words besides the doubt a tag may hold ("ah, o eso entiendo")."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLAUSE_BREAK = re.compile(r"[,;]")


def _phrases(key: str) -> re.Pattern[str] | None:
    folded = {_plain(c) for c in lexicon.words().get(key, ())} - {""}
    return re.compile(r"\b" + alternation(folded, r"\s+") + r"\b") if folded else None


def plain_words(text: str) -> list[str]:
    """The folded words of a text, elisions and punctuation dropped."""
    return [w for w in _plain(text).split() if w[0].isalnum()]


def _plain(text: str) -> str:
    """Folded words, an elision's apostrophe dropped ("qu'on l'appelle": "qu on l appelle")."""
    return " ".join(w.rstrip("'") for w in tokens(ffold(text)))


@cache
def _wish_re() -> re.Pattern[str] | None:
    return _phrases("name_wish_cues")


@cache
def _doubt_re() -> re.Pattern[str] | None:
    return _phrases("name_doubts")


@cache
def _phrase_re(key: str) -> re.Pattern[str] | None:
    return _phrases(key)


def phrase_search(key: str, text: str) -> bool:
    """Whether one of the word list `key`'s phrases is in the text, as whole words."""
    pat = _phrase_re(key)
    return pat is not None and pat.search(_plain(text)) is not None


def is_wish(cue: str) -> bool:
    """Whether a name cue's words ask for the name to be used."""
    pat = _wish_re()
    return pat is not None and pat.search(_plain(cue)) is not None


def doubted_name(text: str, end: int) -> bool:
    """Whether the clause right after a name is a tag of doubt and little else ("Se
    llama Tuấn, o eso entiendo.", "Her name is Amal, I think."); not "..., I think she
    is 30", a doubt about what follows."""
    stop = _SENTENCE_END.search(text, end)
    rest = _CLAUSE_BREAK.split(text[end : stop.start() if stop else len(text)].strip(" ,;"))
    words = _plain(rest[0]).split() if rest else []
    pat = _doubt_re()
    if pat is None or not words:
        return False
    covered = sum(len(m.group(0).split()) for m in pat.finditer(" ".join(words)))
    return covered > 0 and len(words) - covered <= _TAG_SPARE


def refused_name(text: str, end: int) -> bool:
    """Whether the words after a name, to the end of its sentence, refuse it
    (`name_refusals`: "she does not want that name used", "no quiere que se use ese
    nombre", "refuse ce surnom", "não quer esse nome"): what others called her."""
    stop = _SENTENCE_END.search(text, end)
    rest = _plain(text[end : stop.start() if stop else len(text)])
    return lexicon.phrase_regex("name_refusals").search(rest) is not None


def liked_name(text: str, end: int) -> bool:
    """Whether the clause right after a cued name says she likes being called so (`name_liked`:
    "everyone calls her Mama Flori and she likes that", "le dicen Cuca y le gusta", "on
    l'appelle Tata et elle aime ça", "chamam-lhe Dita e ela gosta"): the name she uses.
    The liking must close its clause: "and she likes it here" is about a place."""
    stop = _SENTENCE_END.search(text, end)
    rest = _plain(text[end : stop.start() if stop else len(text)]).lstrip(" ,")
    pat = lexicon.phrase_regex("name_liked")
    m = pat.match(rest) if pat is not None else None
    return m is not None and rest[m.end() :].lstrip()[:1] in ("", ",", ";")


def wished_first(wished: list[str], found: list[str]) -> list[str]:
    """The names to use: when she asked for one, it and any fuller form of it only."""
    if not wished:
        return found
    firsts = {w.split()[0] for w in wished}
    return [*wished, *(n for n in found if n.split()[0] in firsts)]


@cache
def _name_labels() -> tuple[frozenset[str], frozenset[str]]:
    """(the name labels as `_plain` folds them, the one-word ones: "name", "nom", "nome")."""
    labels = frozenset(_plain(w) for w in lexicon.words().get("name_labels", ()))
    return labels, frozenset(w for w in labels if " " not in w)


def wish_label(label: str) -> bool:
    """A form label for the name she uses or asks for, by its parts: a naming wish
    ("Como quer ser chamado", "Nombre con que quiere que le llamen") or a name noun
    qualified by use (`name_label_qualifiers`: "Name she uses", "Nom d'usage", "Nome
    social", "Nombre q da"); never one that names another person ("Nome da mãe que
    prefere")."""
    plain = _plain(label)
    words = plain.split()
    if not words or not lexicon.word_sets().other_people.isdisjoint(words):
        return False
    if phrase_search("name_wish_cues", plain):
        return True
    return words[0] in _name_labels()[1] and phrase_search("name_label_qualifiers", plain)


def name_label(label: str) -> bool:
    """A name label listed (its elisions folded: "Prénom d'usage") or one of use or wish."""
    return _plain(label) in _name_labels()[0] or wish_label(label)
