"""Which concept (`all_of`) rules a clause opens: every word group of the rule has a word
in the clause. Built once from the compiled rules (`lexicon.flat_patterns`)."""

from __future__ import annotations

from functools import cache

from caseassist.intake.lexicon import flat_patterns


@cache
def concept_rules() -> tuple[tuple[tuple[frozenset[str], ...], tuple[int, ...]], ...]:
    """Per concept (`all_of`) rule: its word groups and its pattern numbers."""
    out: dict[int, tuple[tuple[frozenset[str], ...], list[int]]] = {}
    for k, (r, _p, _need, _anchor) in enumerate(flat_patterns()):
        if r.needs_words:
            groups = tuple(sorted(r.needs_words, key=len))  # the smallest fails fastest
            out.setdefault(id(r), (groups, []))[1].append(k)
    return tuple((groups, tuple(ks)) for groups, ks in out.values())


@cache
def concept_index() -> tuple[dict[str, tuple[tuple[int, int], ...]], tuple[int, ...]]:
    """The concept rules' gate as an index: word -> (rule, group) pairs it opens, and per
    rule its number of groups. A clause opens a rule when its words open every group
    (looked up word by word instead of testing each rule's groups against each clause)."""
    index: dict[str, list[tuple[int, int]]] = {}
    for r, (groups, _ks) in enumerate(concept_rules()):
        for g, group in enumerate(groups):
            for w in group:
                index.setdefault(w, []).append((r, g))
    return {w: tuple(v) for w, v in index.items()}, tuple(len(g) for g, _ in concept_rules())


def open_concepts(words: set[str]) -> list[int]:
    """Pattern numbers of the concept rules whose every word group has a word in `words`."""
    index, sizes = concept_index()
    opened: dict[int, set[int]] = {}
    for w in words:
        for r, g in index.get(w, ()):
            opened.setdefault(r, set()).add(g)
    rules = concept_rules()
    return [k for r, gs in opened.items() if len(gs) == sizes[r] for k in rules[r][1]]
