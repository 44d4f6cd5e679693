"""Who knows where she is, named in several words: someone from the life she left whose
name holds an "of" ("chef de chantier", "mestre de obras", "la señora de la casa" in
`exploiters`), or the woman or man of the house she worked in (`knower_house_people` then
`knower_house_heads`: "the lady of the house", "la dame de la maison", "a senhora da
casa"), is one person. `knowers.knower` passes over every word after an "of" ("escaped
from her pimp"), so the name is written as one word, "exploiter", before it reads. A
house named further ("the lady of the house where she stays", "la señora de la casa de
acogida") is no such name; nor is a house head after one of hers or a host named before
(`safe_knowers`, `host_people`, another `knower_house_people` word: "She is staying with a
friend's family. The lady of the house knows she is here" may be that family's)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.knower_antecedents import _safe_knowers
from caseassist.intake.read.their_side import exploiters

_OFS = frozenset(["of", "de", "del", "d'", "du", "des", "da", "do", "dos", "das"])
_NAME = "exploiter"


@cache
def _names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names of several words with an "of" inside, by their first word, longest first
    (a house head's first word is its person word)."""
    names = [
        tuple(p.split()) for p in exploiters() if len(p.split()) > 2 and _OFS & set(p.split()[1:-1])
    ]
    heads = [tuple(h.split()) for h in lexicon.by_language("knower_house_heads")]
    names += [(p, *h) for p in lexicon.by_language("knower_house_people") for h in heads]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in by_first.items()}


@cache
def _further() -> frozenset[str]:
    """The words after a name that say its place is named further: "of", a relative, "where"."""
    return _OFS | lexicon.by_language("relatives") | lexicon.by_language("where_words")


@cache
def _house_people() -> frozenset[str]:
    return lexicon.by_language("knower_house_people")


@cache
def _of_a_house(name: tuple[str, ...]) -> bool:
    """The name ends on a house head ("la señora de la casa", "the man of the house")."""
    heads = (tuple(h.split()) for h in lexicon.by_language("knower_house_heads"))
    return any(name[-len(h) :] == h for h in heads)


@cache
def _hers() -> frozenset[str]:
    """The person words before which a house head may be her host's."""
    return _safe_knowers() | lexicon.by_language("host_people") | _house_people()


def whole_names(words: list[str], around: frozenset[str] = frozenset()) -> list[str]:
    """`words` with each name of several words written as one ("exploiter"); a house head
    only with none of hers or a host before it in `words` or `around` (the words before)."""
    names = _names()
    if names.keys().isdisjoint(words):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for name in names.get(words[i], ()):
            end = i + len(name)
            if _of_a_house(name) and _hers() & (around | set(words[:i])):
                continue  # "chez une cousine ... la dame de la maison": maybe the cousin's
            if tuple(words[i:end]) == name and not _further().intersection(words[end : end + 1]):
                out.append(_NAME)
                i = end
                break
        else:
            out.append(words[i])
            i += 1
    return out
