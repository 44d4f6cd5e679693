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
            node = node.setdefault(ch, {})
        node[""] = None  # a phrase ends here
    return "(?:" + _branches(tree, space) + ")"


def _branches(node: dict, space: str) -> str:
    alts = [
        (space if ch == " " else re.escape(ch)) + _group(node[ch], space)
        for ch in sorted(k for k in node if k)
    ]
    if "" in node:
        alts.append("")  # stopping here: tried after every longer phrase
    return "|".join(alts)


def _group(node: dict, space: str) -> str:
    if list(node) == [""]:
        return ""
    inner = _branches(node, space)
    return inner if len(node) == 1 else f"(?:{inner})"
