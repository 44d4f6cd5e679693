"""Concept patterns: a rule that wants one word of each of several word groups in a
clause (`all_of` in rules.toml), in any order or in the order given. The groups are
per-language data (`lexicon/<lang>/words.toml`); this builds their regexes and the first
words a clause must hold for a search to be worth it. An intensifier inside a phrase
("would very much like") is taken out of the clause before the search (`skip_words`),
so no phrase spells out where one may stand."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import permutations

from caseassist.intake.text import fold_name
from caseassist.intake.trie import alternation

WORD = re.compile(r"[a-z0-9]+'?")
"""A word of a folded clause, as the rule gates count them (a trailing apostrophe kept:
"d'", "qu'")."""


def concept_patterns(
    words: dict,
    groups: list[str],
    in_order: bool = False,
    within: int | None = None,
    gap_words: str = "",
) -> dict:
    """`patterns` (one per order of the groups; the first group is the cue negation is
    looked for around), `needs_words` (per group, the words one of which a clause
    must hold: the first word of each phrase) and `needs_phrases` (per group, each
    phrase's words: a clause holding every word of none of them cannot match). Between two groups: at most `within`
    words ("has her own passport", not "has a son and her passport was taken"), or with
    `gap_words` only words of that list ("wants to talk to the police", never "wants to
    go home because the police..."); by default up to 80 characters."""
    # the intensifiers are taken out of the clause before a search (`skip_words`), not
    # written between the words of every phrase; a phrase that writes one out keeps it
    skip = frozenset(fold_name(w) for w in words.get("intensifiers", ()))
    keeps: set[str] = set()
    alts, firsts, phrases = [], [], []
    for g in groups:
        group = sorted({fold_name(w) for w in words.get(g, ())}, key=len, reverse=True)
        alts.append(_tree(tuple(group)))
        keeps.update(p for p in group if not skip.isdisjoint(p.split()))
        # a first word as a clause's words are counted ("aujourd'hui" is "aujourd'" "hui")
        firsts.append(frozenset(WORD.findall(w)[0] for w in group if WORD.findall(w)))
        phrases.append(tuple(frozenset(WORD.findall(w)) for w in group))
    orders = [tuple(range(len(groups)))] if in_order else permutations(range(len(groups)))
    fill = sorted({fold_name(w) for w in words.get(gap_words, ())}, key=len, reverse=True)
    if fill:
        # (no word character after a gap word: "qu'" ends in an apostrophe, "qu' on")
        between = rf"(?: {_tree(tuple(fill))}(?!\w))* "  # (a tree: the same matches)
    elif within is not None:
        # a word cut short keeps its dot in the clause ("Besoin héb. cette nuit"): the dot
        # ends no sentence (`dot_abbreviations`), so it is no word between the groups
        # (a quote closing the words before: 'said "la migra" is her biggest fear')
        between = rf'"?\.?(?: [^ |]+){{0,{within}}} '
    else:
        between = r"[^|]{0,80}?"
    patterns = [
        between.join(rf"\b(?P<cue>{alts[k]})\b" if k == 0 else rf"\b(?:{alts[k]})\b" for k in order)
        for order in orders
    ]
    return {
        "patterns": patterns,
        "needs_words": firsts,
        "needs_phrases": phrases,
        "skip": skip,
        "keeps": tuple(sorted(keeps)),
    }


@lru_cache(maxsize=1024)
def _tree(group: tuple[str, ...]) -> str:
    """A group's phrases as one tree of shared beginnings (`trie`), built once per group:
    many rules share a group ("wish_cues"), and the tree of a large one costs milliseconds."""
    return alternation(group, " ")
