"""Literal heads of a regex, read from its text: the strings one of which begins every
match. The statement rules are sifted by them, so a clause is searched only with the
patterns that can match it (no use of CPython's private regex parser)."""

from __future__ import annotations

import re
from collections.abc import Callable

_MAX_HEADS = 96
_INLINE_FLAG = re.compile(r"\(\?[-aiLmsux]")
"""An inline flag, "(?i)" or "(?i:...)": a literal there may match in another case."""
_META = frozenset("()[]{}?*+|.^$\\")


def _group_end(src: str, i: int) -> int:
    """Index just after the group opening at src[i] == "(" (escapes and classes skipped)."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = src.index("]", i + 1) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            return i
    raise ValueError("unbalanced group")


def _alternatives(body: str) -> list[str]:
    """The top-level `|` branches of a group body."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = body.index("]", i + 1) + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def heads(src: str) -> set[str] | None:
    """Literal strings one of which begins every match of the regex source `src`, read
    from its text (a word, or a group of alternatives, at its start); None when the
    start is not literal enough (under two characters, optional, a class)."""
    while src.startswith(("\\b", "^")):
        src = src[2:] if src.startswith("\\b") else src[1:]
    if not src:
        return None
    if src[0] == "(":
        end = _group_end(src, 0)
        if end < len(src) and src[end] in "?*{":
            return None
        body = src[1 : end - 1]
        if body.startswith("?P<"):
            body = body[body.index(">") + 1 :]
        elif body.startswith("?:"):
            body = body[2:]
        elif body.startswith("?"):
            return None
        out: set[str] = set()
        for alt in _alternatives(body):
            got = heads(alt)
            if got is None:
                return None
            out |= got
        return out if len(out) <= _MAX_HEADS else None
    lit = ""
    i = 0
    while i < len(src) and src[i] not in _META:
        lit += src[i]
        i += 1
    if i < len(src) and src[i] == "\\" and i + 1 < len(src) and src[i + 1] in " '-":
        lit += src[i + 1]  # an escaped space or apostrophe is literal
    if i < len(src) and src[i] in "?*{":
        lit = lit[:-1]  # the last character is optional
    return {lit} if len(lit) >= 2 else None


def _parts(src: str) -> list[str] | None:
    """The pattern's top-level pieces that every match holds, in order: each group that is
    not optional, and each run of literal characters (less a last one made optional);
    None when the pattern has a top-level `|` (its pieces are not all needed)."""
    out: list[str] = []
    lit, i = "", 0
    while i < len(src):
        c = src[i]
        if c == "(":
            out.append(lit)
            lit, end = "", _group_end(src, i)
            optional = end < len(src) and (src[end] in "?*" or src.startswith("{0", end))
            if not optional:
                out.append(src[i:end])
            i = end
            continue
        if c == "|":
            return None
        if c == "\\" and i + 1 < len(src) and src[i + 1] in " '-":
            lit += src[i + 1]
            i += 2
            continue
        if c not in _META:
            lit += c
            i += 1
            continue
        if c in "?*{" and lit:
            lit = lit[:-1]  # the last character is optional, or repeated
        out.append(lit)
        lit = ""
        if c == "[":
            i = src.index("]", i + 2) + 1
        elif c == "{":
            i = src.index("}", i) + 1
        elif c == "\\":
            i += 6 if src.startswith("u", i + 1) else 2
        else:
            i += 1
    out.append(lit)
    return [p for p in out if p]


def needles(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Sets of strings: wherever the pattern matches, one string of each set occurs in
    the match (its possible starts; the starts of each group every match holds; each
    literal run of three letters or more). Lets the extraction skip a pattern with a few
    substring tests instead of a regex scan: "(a|ai) (pas )?faim" needs "faim"."""
    try:
        got = heads(pattern)
        parts = _parts(pattern)
    except ValueError:
        return ()
    out: list[tuple[str, ...]] = [tuple(sorted(got))] if got else []
    for part in parts or ():
        found = (
            heads(part) if part.startswith("(") else ({part} if len(part.strip()) >= 3 else None)
        )
        if found and tuple(sorted(found)) not in out:
            out.append(tuple(sorted(found)))
    return tuple(out)


def rule_needles(pattern: str) -> tuple[tuple[str, ...], ...]:
    """`needles`, or when it finds none, one set drawn from the pattern's branches
    (`_one_of`), so that a statement pattern (compiled without flags, searched in folded
    text) is not searched in every clause for want of a literal start."""
    out = needles(pattern)
    if _INLINE_FLAG.search(pattern):
        return out  # (an inline flag, "(?i)", would make a literal case-blind)
    best = max((min(len(x) for x in g) for g in out), default=0)
    if best >= _LONG_ENOUGH:
        return out
    try:
        found = _one_of(pattern) if not out else _rarest(pattern)
    except ValueError:
        return out
    if found and min(len(x) for x in found) > best:
        # "(me|le) duelen ...|dolor en ...": its heads open it in most clauses, a needle
        # drawn from each branch ("duelen", "dolor") in few
        return (*out, tuple(sorted(found)))
    return out


_LONG_ENOUGH = 5
"""A needle set whose shortest member is this long is rare enough in a clause: no other is
drawn from the pattern's branches (`rule_needles`)."""


_LOOKAROUND = ("(?<!", "(?<=", "(?!", "(?=")


def _one_of(src: str) -> set[str] | None:
    r"""Strings one of which occurs in every match of `src`: a leading lookaround (it
    matches nothing) is skipped, and a top-level `|`, or a group every match holds, gives
    from each of its branches one of that branch's own needle sets ("(\bindemnes?\b|(...)
    )pas blessee?s?\b)" needs "indemne" or "pas blesse"); None when a branch has none."""
    src = _unanchored(src)
    branches = _alternatives(src)
    if len(branches) > 1:
        return _union(branches, _one_of)
    own = needles(src) if src else ()  # (never `rule_needles`: no loop back here)
    if own:
        return set(max(own, key=_score))
    for body in _group_bodies(src):
        got = _union(_alternatives(body), _one_of)
        if got:
            return got
    return None


def _unanchored(src: str) -> str:
    """`src` less what opens it and matches no character: word bounds, `^`, lookarounds."""
    while True:
        if src.startswith(("\\b", "^")):
            src = src[2:] if src.startswith("\\b") else src[1:]
        elif src.startswith(_LOOKAROUND):
            src = src[_group_end(src, 0) :]
        else:
            return src


def _group_bodies(src: str) -> list[str]:
    """The inside of each capturing or plain group among the parts every match of `src`
    holds (a named group's name and a `?:` taken off)."""
    out = []
    for part in _parts(src) or ():
        if part.startswith("(") and not part.startswith("(?") or part.startswith(("(?:", "(?P<")):
            body = part[1:-1]
            body = body[body.index(">") + 1 :] if body.startswith("?P<") else body
            out.append(body[2:] if body.startswith("?:") else body)
    return out


def _union(branches: list[str], of: Callable[[str], set[str] | None]) -> set[str] | None:
    """The needle sets `of` each branch gives, joined; None when a branch gives none."""
    out: set[str] = set()
    for b in branches:
        got = of(b)
        if not got:
            return None
        out |= got
    return out if len(out) <= _MAX_HEADS else None


def _score(group: set[str] | tuple[str, ...]) -> tuple[int, int]:
    """How rare a needle set is in a clause: its shortest member's length, then its size."""
    return min(len(x) for x in group), -len(group)


def _rarest(src: str) -> set[str] | None:
    """The needle set of `src` whose shortest member is longest, looking into the branches
    of the groups every match holds: "\\b((me|le) duelen las costillas|dolor(es)? en ...)"
    has the heads {me, le, dolor}, its branches {" costillas", "dolor"}. None when a
    branch has no needle."""
    src = _unanchored(src)
    branches = _alternatives(src)
    if len(branches) > 1:
        return _union(branches, _rarest)
    found: list[set[str]] = [set(g) for g in needles(src)] if src else []
    found += [got for body in _group_bodies(src) if (got := _rarest(body))]
    return max(found, key=_score) if found else None
