"""Which concept (`all_of`) rules a clause opens: every word group of the rule has a phrase
all of whose words are in the clause. Built once from the compiled rules
(`lexicon.flat_patterns`).

Why two steps: the first words of a group's phrases are often common ("no", "a", "le",
"esta"), so a first-word gate opens most rules in most clauses, and each opened rule costs
a search of several regexes (one per order of its groups). Only a clause holding each
word of some phrase of every group can match, which a few set tests tell."""

from __future__ import annotations

from functools import cache

from caseassist.intake.lexicon import flat_patterns

_Groups = tuple[frozenset[str], ...]
_Phrases = tuple[tuple[frozenset[str], ...], ...]


@cache
def concept_rules() -> tuple[tuple[_Groups, tuple[int, ...], _Phrases], ...]:
    """Per concept (`all_of`) rule: its word groups (first words), its pattern numbers and
    per group the words of each of its phrases."""
    out: dict[int, tuple[_Groups, list[int], _Phrases]] = {}
    for k, (r, _p, _need, _anchor) in enumerate(flat_patterns()):
        if r.needs_words:
            groups = tuple(sorted(r.needs_words, key=len))  # the smallest fails fastest
            phrases = tuple(sorted(r.needs_phrases, key=len))
            out.setdefault(id(r), (groups, [], phrases))[1].append(k)
    return tuple((groups, tuple(ks), phrases) for groups, ks, phrases in out.values())


@cache
def concept_index() -> tuple[
    dict[str, tuple[tuple[int, int, frozenset[str]], ...]], tuple[frozenset[int], ...]
]:
    """The phrases of the concept rules as an index: each phrase under its rarest word,
    word -> (rule, group, the phrase's words); and per rule the groups to be shown by a
    phrase (a group with a phrase of no words is always there). A clause's words are
    looked up one by one, so a rule none of whose phrases has a word in the clause costs
    nothing."""
    rules = concept_rules()
    seen: dict[str, int] = {}
    for _groups, _ks, phrases in rules:
        for group in phrases:
            for p in group:
                for w in p:
                    seen[w] = seen.get(w, 0) + 1
    index: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
    needed: list[frozenset[int]] = []
    for r, (_groups, _ks, phrases) in enumerate(rules):
        needed.append(frozenset(g for g, group in enumerate(phrases) if all(group)))
        for g, group in enumerate(phrases):
            for p in group:
                if p:
                    key = min(sorted(p), key=lambda w: seen[w])
                    index.setdefault(key, []).append((r, g, p))
    return {w: tuple(v) for w, v in index.items()}, tuple(needed)


def open_concepts(words: set[str]) -> list[int]:
    """Pattern numbers of the concept rules whose every word group has a phrase whose
    every word is in `words` (a word may end in an apostrophe in the clause, "like'",
    where the pattern's word boundary still matches) and a first word in `words`."""
    index, needed = concept_index()
    bare = words | {w[:-1] for w in words if w.endswith("'")}
    shown: dict[int, set[int]] = {r: set() for r, need in enumerate(needed) if not need}
    for w in bare:
        for r, g, p in index.get(w, ()):
            if p <= bare:
                shown.setdefault(r, set()).add(g)
    rules = concept_rules()
    return [
        k
        for r, gs in shown.items()
        if needed[r] <= gs and all(not g.isdisjoint(words) for g in rules[r][0])
        for k in rules[r][1]
    ]
