"""Which concept (`all_of`) rules a clause opens: every word group of the rule has a phrase
all of whose words are in the clause. Built once from the compiled rules
(`statement_rules.flat_patterns`).

Why two steps: the first words of a group's phrases are often common ("no", "a", "le",
"esta"), so a first-word gate opens most rules in most clauses, and each opened rule costs
a search of several regexes (one per order of its groups). Only a clause holding each
word of some phrase of every group can match, which a few set tests tell."""

from __future__ import annotations

from functools import cache

from caseassist.intake.statement_rules import flat_patterns

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


@cache
def _needed() -> tuple[frozenset[int], ...]:
    """`concept_index()[1]` without building the index (`_flat_index` may come from the
    cache folder): per rule the groups to be shown by a phrase."""
    return tuple(
        frozenset(g for g, group in enumerate(phrases) if all(group))
        for _groups, _ks, phrases in concept_rules()
    )


@cache
def _always_shown() -> tuple[int, ...]:
    """The concept rules with no group to be shown by a phrase (every group may be empty)."""
    return tuple(r for r, need in enumerate(_needed()) if not need)


@cache
def _split_index() -> tuple[
    dict[str, tuple[tuple[int, int], ...]],
    dict[str, tuple[tuple[frozenset[str], tuple[tuple[int, int], ...]], ...]],
]:
    """`concept_index` apart for the phrases of one word (shown by that word alone) and
    those of several, each of these once with every (rule, group) it stands in: a group
    such as "wish_cues" is named by many rules, and its phrases are looked for once."""
    singles: dict[str, list[tuple[int, int]]] = {}
    several: dict[str, dict[frozenset[str], list[tuple[int, int]]]] = {}
    for w, entries in concept_index()[0].items():
        for r, g, p in entries:
            if len(p) == 1:
                singles.setdefault(w, []).append((r, g))
            else:
                several.setdefault(w, {}).setdefault(p, []).append((r, g))
    return (
        {w: tuple(v) for w, v in singles.items()},
        {w: tuple((p, tuple(rgs)) for p, rgs in v.items()) for w, v in several.items()},
    )


_GROUP_BITS = 8
"""A (rule, group) pair kept as one int, `rule << _GROUP_BITS | group`: one dict look-up a
phrase found instead of a rule's dict of groups (a bench note finds some 770)."""


@cache
def _flat_index() -> tuple[
    dict[str, tuple[int, ...]],
    dict[str, tuple[tuple[frozenset[str], tuple[int, ...]], ...]],
]:
    """`_split_index` with each (rule, group) as one int (`_GROUP_BITS`), kept in the cache
    folder with the rules (`rule_cache`: building it is about 0.4 s of `warm()`)."""
    from caseassist.intake.rule_cache import cached_table

    return cached_table("concepts", _built_flat_index, _flat_json, _flat_back)


def _flat_json(index) -> list:
    singles, several = index
    return [singles, {w: [[sorted(p), rgs] for p, rgs in v] for w, v in several.items()}]


def _flat_back(data: list) -> tuple[dict, dict]:
    singles, several = data
    return (
        {w: tuple(v) for w, v in singles.items()},
        {w: tuple((frozenset(p), tuple(rgs)) for p, rgs in v) for w, v in several.items()},
    )


def _built_flat_index() -> tuple[
    dict[str, tuple[int, ...]],
    dict[str, tuple[tuple[frozenset[str], tuple[int, ...]], ...]],
]:
    singles, several = _split_index()
    if any(len(g) >= 1 << _GROUP_BITS for g, _k, _p in concept_rules()):
        raise ValueError("a concept rule with more word groups than _GROUP_BITS holds")
    return (
        {w: tuple(r << _GROUP_BITS | g for r, g in v) for w, v in singles.items()},
        {
            w: tuple((p, tuple(r << _GROUP_BITS | g for r, g in rgs)) for p, rgs in v)
            for w, v in several.items()
        },
    )


def open_concepts(words: set[str]) -> list[int]:
    """Pattern numbers of the concept rules whose every word group has a phrase whose
    every word is in `words` (a word may end in an apostrophe in the clause, "like'",
    where the pattern's word boundary still matches) and a first word in `words`."""
    return open_concepts_each([words])[0]


def open_concepts_each(clause_words: list[set[str]]) -> list[list[int]]:
    """`open_concepts` for every clause of a note at once. Each word of the note is looked
    up in the index once, whatever number of clauses hold it: a word maps to the clauses
    holding it as bits of an int, so a phrase's clauses are an AND of its words' bits and a
    group's an OR of its phrases'."""
    needed = _needed()
    rules = concept_rules()
    bare: dict[str, int] = {}  # word (an apostrophe also dropped) -> the clauses holding it
    for c, words in enumerate(clause_words):
        bit = 1 << c
        for w in words:
            bare[w] = bare.get(w, 0) | bit
            if w.endswith("'"):
                bare[w[:-1]] = bare.get(w[:-1], 0) | bit
    every = (1 << len(clause_words)) - 1
    words = set(bare)
    shown: dict[int, int] = {}  # (rule, group) as one int, `_flat_index` -> its clauses
    singles, several = _flat_index()
    for w, held in bare.items():
        for rg in singles.get(w, ()):  # a phrase of one word: the clauses holding it
            shown[rg] = shown.get(rg, 0) | held
        for p, where in several.get(w, ()):
            if not p <= words:
                continue  # (most phrases: a word of theirs is nowhere in the note)
            at = every
            for x in p:
                at &= bare[x]
            if at:
                for rg in where:
                    shown[rg] = shown.get(rg, 0) | at
    touched = {rg >> _GROUP_BITS for rg in shown}
    touched.update(_always_shown())
    out: list[list[int]] = [[] for _ in clause_words]
    for r in sorted(touched):
        at = every
        for g in needed[r]:
            at &= shown.get(r << _GROUP_BITS | g, 0)
        while at:
            low = at & -at  # the lowest clause left
            at ^= low
            c = low.bit_length() - 1
            if all(not f.isdisjoint(clause_words[c]) for f in rules[r][0]):
                out[c].extend(rules[r][1])
    return out
