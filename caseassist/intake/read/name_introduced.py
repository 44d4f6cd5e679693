"""A phrase that introduces the person referred before her name ("Client is Arben, 19,
male", "She is Maria, 34", "La usuaria es Rosa, 28", "Il s'agit de Fatou, 22 ans",
"Trata-se de Joana, 31 anos"): the clause before the name is only that phrase, so the
name set off after it is hers, as after a colon ("Client: Arben, 19").

The phrase composes from data: a word that names her (`name_roles`, `survivor_nouns`,
`third_singulars`), a determiner before it at most (`definite_articles`,
`name_intro_determiners`: "our", "ma", "nuestra", "a nossa") and a copula after it
(`name_intro_copulas`: "is", "es", "est", "é", compared as written, so Portuguese "e",
"and", is none); or a fixed presenting phrase (`name_presenters`: "il s'agit de", "se
trata de", "trata-se de"). Anyone else before the copula ("Her son is Tomás, 6", "The
interpreter is Li, 40") is no introducer, and neither is a copula with more after it
("She is with Tomás, 6")."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import ffold, tokens

_OPENERS = frozenset(["-", "*", "\u2022", ">", '"', "\u201c", "\u00ab", "'", "\u2018"])
"""A bullet or an opening quote before the clause or the name: not words of the phrase."""

_CLAUSE_ENDS = ".!?\n:;("


@cache
def _phrases() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(subjects, determiners, copulas as written, presenting phrases), every language."""
    words = lexicon.words()
    subjects = {
        ffold(w)
        for key in ("name_roles", "survivor_nouns", "third_singulars")
        for w in words.get(key, ())
    }
    subjects |= {ffold(w) for w in words.get("document_frame", {}).get("survivor_nouns", ())}
    dets = set(function_words().definite_articles) | {
        ffold(w) for w in words.get("name_intro_determiners", ())
    }
    copulas = {w.lower() for w in words.get("name_intro_copulas", ())}
    presenters = {" ".join(tokens(ffold(w))) for w in words.get("name_presenters", ())}
    return frozenset(subjects), frozenset(dets), frozenset(copulas), frozenset(presenters)


def clause_before(text: str, at: int) -> str:
    """The text of the clause `at` ends, as written."""
    return text[max(text.rfind(c, 0, at) for c in _CLAUSE_ENDS) + 1 : at]


def _clause(text: str, at: int) -> str:
    """The clause `at` ends (from its sentence, line, colon or bracket), lower case, less a
    bullet or a quote at either end."""
    return clause_before(text, at).lower().strip(" \t" + "".join(_OPENERS))


def _words(clause: str) -> list[str]:
    return tokens(ffold(clause))


def introduced(text: str, at: int) -> bool:
    """Whether the clause before `at` (where a name starts) only introduces the person
    referred: "Client is", "Our client is", "She is", "La usuaria es", "Il s'agit de"."""
    clause = _clause(text, at)
    if not clause or len(clause) > 48:
        return False
    subjects, dets, copulas, presenters = _phrases()
    if " ".join(_words(clause)) in presenters:
        return True
    cop = next((c for c in copulas if re.search(rf"(?:^|[\s\w]){re.escape(c)}$", clause)), None)
    if cop is None or (cop[:1].isalpha() and not re.search(rf"\s{re.escape(cop)}$", clause)):
        return False  # ("she's": "'s" right after the word)
    body = _words(clause[: -len(cop)])
    while body and body[0] in dets:
        body = body[1:]
    said = " ".join(body)
    if said in lexicon.by_language("third_singulars"):
        return not _other_before(text, at)  # "Her mother came too. She is Maria, 50."
    return bool(body) and said in subjects


def taken_up(text: str, at: int) -> bool:
    """The clause before `at` is "she is" / "ella es" after a sentence naming another
    person, whom the pronoun may take up: the name after it is not set off as hers."""
    clause = _clause(text, at)
    words = _words(clause)
    pronouns = lexicon.by_language("third_singulars")
    return 1 < len(words) <= 3 and words[0] in pronouns and _other_before(text, at)


def _other_before(text: str, at: int) -> bool:
    """The sentence before the pronoun's names another person, whom "she" may take up."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n")
    before = tokens(ffold(text[max(0, start - 200) : max(0, start)]))
    cut = max((i for i, t in enumerate(before) if t in (".", "!", "?")), default=-1)
    return not lexicon.word_sets().other_people.isdisjoint(before[cut + 1 :])


_QUOTE_BEFORE = re.compile(r"[\"\u201c\u00ab'\u2018][^\S\n]*$")


def without_open_quote(before: str) -> str:
    """The text before a name, less the quote that opens it (`- "Alex", 24`): a quoted
    name is set off as a bare one is."""
    return _QUOTE_BEFORE.sub("", before)
