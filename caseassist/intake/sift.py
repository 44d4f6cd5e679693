"""Which statement patterns are worth a search in which clause of a note.

Every pattern carries sets of literal "needles" (`heads.needles`): one string of each set
occurs in any of its matches. A pattern is opened in a clause by a needle of its anchor set
(`statement_rules.anchor_index`) and searched there only if every other set of its has a
needle in the clause too: "le" or "me" opens a pattern in most clauses, "duele" after it
does not (a note: about 450 searches, two thirds of them spared this way, none matching).

Why an index: a note holds a few hundred distinct words, the rules over four thousand
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
def _set_bits() -> dict[tuple[str, ...], int]:
    """One bit per needle set a plain pattern requires besides its anchor, unless the set
    holds a needle with no 3-letter piece ("de", "a "): found in almost every clause, such
    a set would cost its searches and spare none (concept rules are gated by their word
    groups instead, `concept_gate`). A needle of several words ("la direccion") is found
    like an anchor's, where its pieces all are: "no" opens a pattern, its address doesn't."""
    bits: dict[tuple[str, ...], int] = {}
    for r, _p, need, anchor in statement_rules.flat_patterns():
        for group in () if r.needs_words else need:
            if group != anchor and all(_edge_pieces(n) if " " in n else _pieces(n) for n in group):
                bits.setdefault(group, 1 << len(bits))
    return bits


@cache
def _needles() -> tuple[tuple[str, int, frozenset[int]], ...]:
    """Every needle looked for (in a fixed order): those of the anchors and those of the
    sets of `_set_bits`, each with the bits of the sets it stands in and the patterns it
    opens (those whose anchor holds it)."""
    opens = dict(statement_rules.anchor_index()[0])
    masks: dict[str, int] = dict.fromkeys(opens, 0)
    for group, bit in _set_bits().items():
        for n in group:
            masks[n] = masks.get(n, 0) | bit
    return tuple((n, masks[n], frozenset(opens.get(n, ()))) for n in sorted(masks))


@cache
def _required() -> tuple[int, ...]:
    """Per pattern number, the bits of the needle sets (`_set_bits`) a clause must hold a
    needle of before the pattern is searched there."""
    bits = _set_bits()
    out = []
    for r, _p, need, _anchor in statement_rules.flat_patterns():
        mask = 0
        for group in () if r.needs_words else need:
            mask |= bits.get(group, 0)
        out.append(mask)
    return tuple(out)


def _pieces(needle: str) -> frozenset[str]:
    """Up to three of a needle's 3-letter pieces without a space (first, middle, last): a
    text none of whose words holds one of them cannot hold the needle."""
    pieces = [needle[i : i + 3] for i in range(len(needle) - 2) if " " not in needle[i : i + 3]]
    if pieces:
        pieces = [pieces[0], pieces[(len(pieces) - 1) // 2], pieces[-1]]
    return frozenset(pieces)


def _edge_pieces(needle: str) -> frozenset[str]:
    """Every 3-letter piece of a needle of several words (or too short for `_pieces`) with
    no blank, or one space at one end only ("il la": "il ", " la"): a text holds such a
    piece only inside a word, or at a word's end or start (`_word_needles`)."""
    out = set()
    for i in range(len(needle) - 2):
        piece = needle[i : i + 3]
        inner = piece.strip(" ") if piece.count(" ") == 1 and piece[1] != " " else piece
        if len(inner) >= 2 and not any(ch.isspace() for ch in inner):
            out.add(piece)
    return frozenset(out)


_Index = dict[str, tuple[int, ...]]


@cache
def _gram_index() -> tuple[_Index, _Index, tuple[int, ...], tuple[frozenset[str], ...]]:
    """3-letter piece -> the needles (numbers in `_needles`) filed under it (each under its
    piece that fewest needles share), apart for the needles of one word (looked for word
    by word, `_word_needles`) and those of several; the needles with no such piece (always
    looked for); and each needle's pieces."""
    needles = _needles()
    grams = tuple(
        _edge_pieces(n) if " " in n or not _pieces(n) else _pieces(n) for n, _m, _ks in needles
    )
    shared: dict[str, int] = {}
    for gs in grams:
        for g in gs:
            shared[g] = shared.get(g, 0) + 1
    one: dict[str, list[int]] = {}
    several: dict[str, list[int]] = {}
    always: list[int] = []
    for i, gs in enumerate(grams):
        if gs:
            index = several if " " in needles[i][0] else one
            index.setdefault(min(sorted(gs), key=lambda g: shared[g]), []).append(i)
        else:
            always.append(i)
    return (
        {g: tuple(ns) for g, ns in one.items()},
        {g: tuple(ns) for g, ns in several.items()},
        tuple(always),
        grams,
    )


@cache
def _several_split() -> tuple[_Index, _Index]:
    """`_gram_index`'s needles of several words apart for those that open patterns and
    those that only stand in a needle set a pattern requires."""
    needles = _needles()
    opening: dict[str, tuple[int, ...]] = {}
    standing: dict[str, tuple[int, ...]] = {}
    for g, ns in _gram_index()[1].items():
        if got := tuple(i for i in ns if needles[i][2]):
            opening[g] = got
        if got := tuple(i for i in ns if not needles[i][2]):
            standing[g] = got
    return opening, standing


@lru_cache(maxsize=16384)
def _word_needles(word: str) -> tuple[frozenset[str], int, frozenset[int]]:
    """A word's 3-letter pieces, and of the needles of one word it holds the bits of their
    sets and the patterns they open. Kept per word: a note's words recur in the next note
    far more than its clauses do."""
    grams = frozenset(word[i : i + 3] for i in range(len(word) - 2))
    one = _gram_index()[0]
    needles = _needles()
    mask = 0
    opens: set[int] = set()
    for g in grams:
        for i in one.get(g, ()):
            n, m, ks = needles[i]
            if n in word:
                mask |= m
                opens |= ks
    return grams, mask, frozenset(opens)


def rule_candidates(folded_clauses: list[str]) -> dict[int, set[int]]:
    """Clause number -> the pattern numbers worth a search there: the anchored patterns
    whose needle it holds and whose every needle set it holds a needle of (a needle of one
    word known by the clause's words; one of several found with `str.find` in the clauses
    joined by `SEP`), and the concept rules it opens (`concept_gate`, all clauses at once)."""
    count = len(folded_clauses)
    held = [0] * count  # per clause: the bits of the needle sets it holds a needle of
    opened: list[set[int]] = [set() for _ in range(count)]
    known: dict[str, tuple[int, frozenset[int]]] = {}  # (a word recurs: looked up once)
    grams: set[str] = set()
    for c, clause in enumerate(folded_clauses):
        has, opens = 0, opened[c]  # (locals: this loop runs once per word of the note)
        for w in set(clause.split()):
            got = known.get(w)
            if got is None:
                pieces, mask, ks = _word_needles(w)
                grams |= pieces
                grams.add(f" {w[:2]}")  # (a word's start and end: `_edge_pieces`)
                grams.add(f"{w[-2:]} ")
                got = known[w] = (mask, ks)
            has |= got[0]
            if got[1]:
                opens |= got[1]
        held[c] = has
    # a needle of several words (or of no 3-letter piece) only where its pieces all are:
    # first those that open patterns, then of those that only stand in a needle set the
    # ones a pattern opened in the note requires ("la direccion" only after "no" opened
    # a pattern that needs it)
    _one, _several, always, need = _gram_index()
    required = _required()
    starts: list[int] = []
    pos = 0
    for c in folded_clauses:
        starts.append(pos)
        pos += len(c) + len(SEP)
    joined = SEP.join(folded_clauses)
    needles = _needles()
    opening, standing = _several_split()
    todo = [i for i in always if needles[i][2]]
    todo += [i for g in opening.keys() & grams for i in opening[g] if need[i] <= grams]
    _found(todo, needles, joined, starts, held, opened)
    wanted = 0
    for k in set().union(*opened):
        wanted |= required[k]
    todo = [i for i in always if not needles[i][2] and needles[i][1] & wanted]
    todo += [
        i
        for g in standing.keys() & grams
        for i in standing[g]
        if needles[i][1] & wanted and need[i] <= grams
    ]  # (one list a pass, not one a piece: a note holds some 140 such pieces)
    _found(todo, needles, joined, starts, held, opened)
    out: dict[int, set[int]] = {}
    for c in range(count):
        if opened[c]:
            has = held[c]
            out[c] = {k for k in opened[c] if required[k] & has == required[k]}
    free = statement_rules.anchor_index()[1]
    if free:
        for c in range(count):
            out.setdefault(c, set()).update(free)
    words = open_concepts_each([set(WORD.findall(c)) for c in folded_clauses])
    for c, ks in enumerate(words):
        if ks:
            out.setdefault(c, set()).update(ks)
    return out


def _found(
    todo: list[int],
    needles: tuple[tuple[str, int, frozenset[int]], ...],
    joined: str,
    starts: list[int],
    held: list[int],
    opened: list[set[int]],
) -> None:
    """Marks, in each clause holding a needle of `todo`, its sets' bits and its patterns."""
    count = len(starts)
    for i in todo:
        needle, mask, ks = needles[i]
        at = joined.find(needle)
        while at >= 0:  # (the clauses it is in, each once)
            c = bisect_right(starts, at) - 1
            held[c] |= mask
            opened[c] |= ks
            at = joined.find(needle, starts[c + 1]) if c + 1 < count else -1


def candidates_each(*lists: list[str]) -> list[dict[int, set[int]]]:
    """`rule_candidates` of several lists of clauses (a note's clauses, then its wishes
    carried over "and" and its loose parts) from one pass: a clause's candidates depend on
    its own words only, and the note's words are looked up once, not once per list."""
    every = rule_candidates([c for clauses in lists for c in clauses])
    out: list[dict[int, set[int]]] = []
    start = 0
    for clauses in lists:
        out.append({c - start: ks for c, ks in every.items() if start <= c < start + len(clauses)})
        start += len(clauses)
    return out
