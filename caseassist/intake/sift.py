"""Which statement patterns are worth a search in which clause of a note.

Every pattern carries literal "needles", one of which occurs in any of its matches
(`heads.needles`; the set chosen as its anchor in `statement_rules.anchor_index`). A pattern is
searched only in the clauses where one of its anchor needles occurs.

Why an index: a note holds a few hundred distinct words, the rules over a thousand
needles. Testing every needle against every note cost more than the searches it spared;
instead each needle is filed under one of its 3-letter pieces, and only the needles filed
under a piece the note's words hold are looked for. A needle of one word is known per
word of the note (kept across notes: words recur, clauses do not)."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache

from caseassist.intake import statement_rules
from caseassist.intake.concept_gate import open_concepts_each
from caseassist.intake.concepts import WORD

SEP = " | "
"""What joins a note's clauses into one text to look needles up in (no needle holds it)."""


@cache
def _needle_grams() -> tuple[frozenset[str], ...]:
    """For each anchor needle of `statement_rules.anchor_index`, in its order, up to three of its
    3-letter pieces without a space (first, middle, last): a text none of whose words holds
    one of them cannot hold the needle."""
    out = []
    for n, _ks in statement_rules.anchor_index()[0]:
        pieces = [n[i : i + 3] for i in range(len(n) - 2) if " " not in n[i : i + 3]]
        if pieces:
            pieces = [pieces[0], pieces[(len(pieces) - 1) // 2], pieces[-1]]
        out.append(frozenset(pieces))
    return tuple(out)


_Index = dict[str, tuple[int, ...]]


@cache
def _gram_index() -> tuple[_Index, _Index, tuple[int, ...]]:
    """3-letter piece -> the anchor needles filed under it (each under its piece that
    fewest needles share), apart for the needles of one word (looked for word by word,
    `_word_pieces`) and those of several; and the needles with no such piece (always
    looked for)."""
    grams = _needle_grams()
    by_needle = statement_rules.anchor_index()[0]
    shared: dict[str, int] = {}
    for gs in grams:
        for g in gs:
            shared[g] = shared.get(g, 0) + 1
    one: dict[str, list[int]] = {}
    several: dict[str, list[int]] = {}
    always: list[int] = []
    for n, gs in enumerate(grams):
        if gs:
            index = several if " " in by_needle[n][0] else one
            index.setdefault(min(sorted(gs), key=lambda g: shared[g]), []).append(n)
        else:
            always.append(n)
    return (
        {g: tuple(ns) for g, ns in one.items()},
        {g: tuple(ns) for g, ns in several.items()},
        tuple(always),
    )


@lru_cache(maxsize=16384)
def _word_pieces(word: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """A word's 3-letter pieces and the anchor needles of one word it holds. Kept per
    word: a note's words recur in the next note far more than its clauses do."""
    grams = frozenset(word[i : i + 3] for i in range(len(word) - 2))
    one = _gram_index()[0]
    by_needle = statement_rules.anchor_index()[0]
    return grams, tuple(n for g in grams for n in one.get(g, ()) if by_needle[n][0] in word)


def rule_candidates(folded_clauses: list[str]) -> dict[int, set[int]]:
    """Clause number -> the pattern numbers worth a search there: the anchored patterns
    whose needle it holds (the clauses joined by `SEP` once; each needle found with
    `str.find`) and the concept rules it opens (`concept_gate`, for all clauses at once)."""
    starts: list[int] = []
    pos = 0
    for c in folded_clauses:
        starts.append(pos)
        pos += len(c) + len(SEP)
    joined = SEP.join(folded_clauses)
    by_needle, free = statement_rules.anchor_index()
    out: dict[int, set[int]] = {}
    # a needle of one word is in the text when it is in one of its words (known per word);
    # one of several words only where its pieces are all in the text. Even a short clause
    # is cheaper this way than by 2,000 searches (corpus notes: 0.8 against 2.1 ms CPU).
    _one, several, always = _gram_index()
    need = _needle_grams()
    todo = [*always]
    grams: set[str] = set()
    for w in set(joined.split()):
        pieces, found = _word_pieces(w)
        grams |= pieces
        todo += found
    for g in several.keys() & grams:
        for n in several[g]:
            if need[n] <= grams:
                todo.append(n)
    for n in todo:
        needle, ks = by_needle[n]
        at = joined.find(needle)
        while at >= 0:
            out.setdefault(bisect_right(starts, at) - 1, set()).update(ks)
            at = joined.find(needle, at + 1)
    if free:
        for c in range(len(folded_clauses)):
            out.setdefault(c, set()).update(free)
    opened = open_concepts_each([set(WORD.findall(c)) for c in folded_clauses])
    for c, ks in enumerate(opened):
        if ks:
            out.setdefault(c, set()).update(ks)
    return out
