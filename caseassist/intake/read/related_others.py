"""A person described by her relation to the survivor is someone else (stop 39, others3).

"Caller: Joy, 22, a friend of the girl.", "Llamante: Rosa, 30 años, vecina de la chica.",
"Appelante : Fatou, 19 ans, sa cousine.", "Chamador: Rui (40), colega": the name, age,
origin and languages set off before such an apposition (and a bracket right after it:
"amie de la jeune fille (parle français et anglais)") are that person's, never hers.
They are blanked to spaces (offsets unchanged) before the note is read; the relation
words themselves stay ("amie de la jeune fille" still says the caller is someone else
and names a girl). A caller line with no such relation ("Caller: Joy, 22, Nigerian")
is left as it is: a caller may be the survivor herself.

The apposition is one of (all words as data):
- a relation word (`other_people`) and "of" a word for her ("friend of the victim",
  "vecina de la chica", "amiga da moça": `name_roles`, gender and person nouns);
- after a caller's or another person's label only ("Client: Fatima, 24, her daughter
  (6)" lists her and her child): a third person's possessive and a relation word ("her
  cousin", "sa cousine", "su prima", "a prima dela"), or a kin or friend word alone
  (`calling_for`, not a word for a woman or a man: "femme", "fille" say who she is):
  "Caller: Sunil (30), co-worker".
The words before it must be a short set-off list (a name, an age, a nationality): "She is
17, her cousin says" is no apposition. A label for her ("Client:", `name_roles` that are
no caller's) or for her safe contact (`contact_cues`) is never read so.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.segment import ffold, tokens

_LINE = re.compile(
    r"^(?:[ \t]*(?:[-*\u2022>]+[ \t]*)?(?:\[[^\]\n]{1,24}\][ \t]*)?"
    r"(?P<label>[^\W\d_][^:\n?]{0,40}?)[ \t]*:)?(?P<value>[^\n]*)",
    re.M,
)
"""A line, with its label when it opens with one ("Caller: ..." or "- [22:10] Contact: ...")."""
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
_SHORT = 3  # words in a set-off item before the relation ("Joy", "19 ans", "Nepali")
_ALIAS = re.compile(r"^\(\W{0,2}[^\W\d_]{1,3}\W{0,2}\)$")
"""A short form in brackets ("(J)", "(A)"): a transcript's legend, kept."""
_OF = frozenset(["of", "de", "del", "du", "des", "d'", "da", "do", "das", "dos"])


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(words for her, relation words, bare relation words, articles and possessives)."""
    ws, fw = lexicon.word_sets(), function_words()
    genders = ws.gender_female | ws.gender_male
    her = genders | lexicon.by_language("name_roles")
    relations = ws.other_people - her - lexicon.by_language("person_nouns")
    bare = (lexicon.by_language("calling_for") | {"co worker"}) - genders
    determiners = (fw.definite_articles | fw.third_possessives) - fw.indefinite_articles
    return her, relations, bare, determiners


def _phrase(toks: list[str], at: int, words: frozenset[str]) -> int:
    """How many tokens from `at` make one of `words` (two or one), 0 if none."""
    for width in (2, 1):
        if at + width <= len(toks) and " ".join(toks[at : at + width]) in words:
            return width
    return 0


def relation(segment: str, *, labelled: bool) -> bool:
    """The words of one set-off item relate a person to her ("a friend of the girl",
    "sa cousine", "vecina de la chica"; after a caller's or another person's label,
    "colega" alone)."""
    toks = tokens(ffold(segment))
    her, relations, bare, determiners = _words()
    fw = function_words()
    third = fw.third_possessives - {"their"}
    if len(toks) >= 2 and toks[0] in third:  # "her cousin", "sa cousine", "su prima"
        return labelled and _phrase(toks, 1, relations) == len(toks) - 1
    if toks and toks[0] in fw.definite_articles | fw.indefinite_articles:
        toks = toks[1:]
    if len(toks) >= 2 and toks[-1] in fw.possessives_after:  # "a prima dela"
        return labelled and _phrase(toks, 0, relations) == len(toks) - 1
    width = _phrase(toks, 0, relations)
    if width and width < len(toks) and toks[width] in _OF:
        k = width + 1
        while k < len(toks) and toks[k] in determiners:
            k += 1
        # (one word may qualify her: "the young woman", "la pauvre fille")
        return any(0 < len(toks) - j == _phrase(toks, j, her) for j in (k, k + 1))
    return labelled and 0 < len(toks) <= 2 and " ".join(toks) in bare


def _items(value: str) -> list[tuple[int, int, bool]]:
    """The set-off items of a value's first sentence: (start, end, a bracket), split at
    commas and brackets outside brackets."""
    end = _SENTENCE_END.search(value)
    value = value[: end.start()] if end else value
    items: list[tuple[int, int, bool]] = []
    start, depth = 0, 0
    for i, c in enumerate(value):
        if c == "(":
            if depth == 0:
                items.append((start, i, False))
                start = i
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                items.append((start, i + 1, True))
                start = i + 1
        elif c == "," and depth == 0:
            items.append((start, i, False))
            start = i + 1
    items.append((start, len(value), False))
    return [(a, b, br) for a, b, br in items if value[a:b].strip()]


def _short(text: str) -> bool:
    toks = [t for t in tokens(ffold(text)) if t[0].isalnum()]
    ws = lexicon.word_sets()
    pronouns = ws.pronoun_female | ws.pronoun_male
    return 0 < len(toks) <= _SHORT and pronouns.isdisjoint(toks)


def _described_spans(value: str, *, labelled: bool) -> list[tuple[int, int]]:
    """The spans of `value` that describe a person its apposition relates to her."""
    items = _items(value)
    for r, (a, b, bracket) in enumerate(items):
        if bracket or not relation(value[a:b], labelled=labelled):
            continue
        before = items[:r]
        if not all(_short(value[x:y]) for x, y, _br in before):
            return []
        first = value[before[0][0] :].lstrip()[:1] if before else ""
        if (before or not labelled) and not (first.isupper() or first.isdigit()):
            return []  # the person named first: "Joy, 22, a friend of", not "dort chez X, une"
        spans = [(x, y) for x, y, br in before if not (br and _ALIAS.match(value[x:y].strip()))]
        if r + 1 < len(items) and items[r + 1][2]:
            x, y, _br = items[r + 1]  # "amie de la jeune fille (parle français et anglais)"
            if not _ALIAS.match(value[x:y].strip()):
                spans.append((x, y))
        return spans
    return []


@cache
def _not_others() -> tuple[frozenset[str], re.Pattern[str]]:
    """Labels that are hers (a role word that is no caller's) and safe contact cues."""
    hers = lexicon.by_language("name_roles") - lexicon.by_language("caller_speakers")
    return hers, lexicon.phrase_regex("contact_cues")


def without_related_others(text: str) -> str:
    """`text` with what describes a person related to her blanked to spaces."""
    if "," not in text and "(" not in text:
        return text
    hers, contact = _not_others()
    people = lexicon.by_language("caller_speakers") | lexicon.word_sets().other_people
    out: list[str] | None = None
    for m in _LINE.finditer(text):
        label = m.group("label")
        folded = ffold(label or "").strip()
        if folded in hers or contact.search(folded):
            continue
        person = folded in people or not people.isdisjoint(tokens(folded))  # "Llamante (vecina)"
        value, base = m.group("value"), m.start("value")
        starts = [0] + [e.end() for e in _SENTENCE_END.finditer(value)]
        for s in starts:
            labelled = person and s == 0
            for x, y in _described_spans(value[s:], labelled=labelled):
                if _named_again(text, value[s + x : s + y], base + s + y):
                    continue  # "Dev (30), co-worker ... Dev does not want police": whose
                out = out if out is not None else list(text)
                out[base + s + x : base + s + y] = " " * (y - x)
    return "".join(out) if out is not None else text


def _named_again(text: str, item: str, end: int) -> bool:
    """A one-word name the note speaks of again after it is kept: the readers of whose
    statement it is ("Dev does not want police for himself") need to see who Dev is."""
    word = item.strip()
    if not (word[:1].isupper() and word.isalpha()):
        return False
    return re.search(rf"\b{re.escape(word)}\b", text[end:]) is not None
