"""A list of phrases as one regex alternation shaped as a tree of shared beginnings.

Why: the lexicon's phrase lists (dietary terms, hedges, reported speech, respellings)
run to hundreds of phrases, and a flat alternation `a|b|c|...` makes the regex engine
try every phrase at every position of a sentence. With the shared beginnings factored
out ("ne mange (pas|jamais) de ..."), a position that starts no phrase costs one step.

The tree matches exactly what the flat alternation with the longest phrase first
matches, backtracking included and with or without IGNORECASE: its branches start with distinct characters, so at a
position only one branch can go on, and going on is tried before stopping, so the
phrases that fit are tried longest first, as in the flat list."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache


def alternation(phrases: Iterable[str], space: str = r"\ ") -> str:
    """The phrases as one (case-sensitive) alternation, each space written as `space`
    (`\\s+`: any run of blanks). A group of its own, or "" for no phrases. When `space`
    could also match a character written in a phrase ("[ -]" and a hyphen), the flat
    list, longest first; and when a phrase holds a capital or a cased letter that is not
    ASCII (under IGNORECASE two branches could then match one character; a mark of no
    case, "n°", cannot)."""
    phrases = sorted(set(phrases), key=len, reverse=True)
    if not phrases:
        return ""
    probe = re.compile(space)
    chars = {ch for p in phrases for ch in p}
    if any(probe.fullmatch(ch) for ch in chars if ch != " ") or not all(
        ch.islower() or ch.lower() == ch.upper() if ch.isascii() else ch.lower() == ch == ch.upper()
        for ch in chars
    ):
        return "(?:" + "|".join(re.escape(p).replace(r"\ ", space) for p in phrases) + ")"
    tree: dict = {}
    for p in phrases:
        node = tree
        for ch in p:
            nxt = node.get(ch)
            if nxt is None:
                nxt = node[ch] = {}
            node = nxt
        node[""] = None  # a phrase ends here
    # (each character escaped once a list, not once a branch: warm() builds some 36,000
    # phrases into trees, and `re.escape` per branch was half of that time)
    written = {ch: space if ch == " " else _escaped(ch) for ch in chars}
    return "(?:" + _branches(tree, written) + ")"


@cache
def _escaped(ch: str) -> str:
    return re.escape(ch)


def _branches(node: dict, written: dict[str, str]) -> str:
    alts = []
    for ch in sorted(node):
        if not ch:
            continue  # (a phrase ending here: tried after every longer phrase, below)
        child = node[ch]
        if len(child) == 1 and "" in child:
            alts.append(written[ch])
        else:
            inner = _branches(child, written)
            alts.append(written[ch] + (inner if len(child) == 1 else f"(?:{inner})"))
    if "" in node:
        alts.append("")  # stopping here: tried after every longer phrase
    return "|".join(alts)
