"""The intensifiers a concept phrase may hold between its words ("would very much like",
"quiere mucho hablar"), read out of a clause once instead of written into every phrase.

Why: every phrase of a concept rule (`concepts.py`) used to carry its own optional slot
of every intensifier of every note language between two of its words. That slot was 90%
of the statement patterns' 6 MB of regex source and most of the 15 s of CPU their
compiling took after unlock. Now a concept pattern is searched in a view of the clause
with those words taken out (a word with a space on both sides, where the slot took it),
and the match's positions are mapped back to the clause, so every check after a match
(negation, who the clause is about, the words before and after it) reads the clause as
written.

A word of the list can mean something of its own ("pas encore décidé", "ainda não",
"casa só dela", "pasó tres noches"): a rule whose phrases write one out keeps it in its
view where such a phrase stands (`keeps`). Negators and hedges are never in the list,
and are read from the clause itself, never from the view.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from caseassist.intake.lazy import LazyPattern, compiled_pattern
from caseassist.intake.trie import alternation

_Segments = tuple[tuple[int, ...], tuple[int, ...]]
_CACHE_SIZE = 4096


class Skipper:
    """Builds a clause's view without the `skip` words (each taken with the space after it,
    when a space stands before it too) except inside one of the `keeps` phrases."""

    def __init__(self, skip: frozenset[str], keeps: tuple[str, ...]) -> None:
        self.skip = skip
        self.keeps = keeps
        self._drop = re.compile("(?<= )" + alternation(skip) + " ") if skip else None
        self._keep = re.compile(r"\b" + alternation(keeps) + r"\b") if keeps else None
        self._views: dict[str, tuple[str, _Segments | None]] = {}
        self._gapped: dict[str, tuple[str, _Segments | None] | None] = {}

    def view(self, text: str) -> tuple[str, _Segments | None]:
        """(the text without its skipped words, (view starts, text starts) of its kept
        pieces; None when nothing was taken out)."""
        got = self._views.get(text)
        if got is None:
            if len(self._views) >= _CACHE_SIZE:
                self._views.clear()
            got = self._views[text] = self._build(text)
        return got

    def gapped(self, text: str) -> tuple[str, _Segments | None] | None:
        """The view with the first of two coordinated objects taken out, so a wish or a
        need reaches the second ("needs a place to live and a real job": "needs a real
        job"); None when the clause has no such pair (`_coordinated`)."""
        if text not in self._gapped:
            if len(self._gapped) >= _CACHE_SIZE:
                self._gapped.clear()
            pair = _coordinated().search(text)
            self._gapped[text] = self._build(text, pair.span()) if pair else None
        return self._gapped[text]

    def _build(
        self, text: str, first: tuple[int, int] | None = None
    ) -> tuple[str, _Segments | None]:
        drops = [m.span() for m in self._drop.finditer(text)] if self._drop else []
        if first:  # the coordinated first object, with the skipped words outside it
            a, b = first
            drops = sorted([*((s, e) for s, e in drops if e <= a or s >= b), first])
        if drops and self._keep:
            kept = [m.span() for m in self._keep.finditer(text)]
            drops = [(s, e) for s, e in drops if not any(a <= s < b for a, b in kept)]
        if not drops:
            return text, None
        pieces, view_at, text_at = [], [0], [0]
        at = size = 0
        for s, e in drops:
            pieces.append(text[at:s])
            size += s - at
            at = e
            view_at.append(size)
            text_at.append(e)
        pieces.append(text[at:])
        return "".join(pieces), (tuple(view_at), tuple(text_at))


@cache
def _coordinated() -> re.Pattern[str]:
    """An indefinite object of a few words and the "and" after it, before another indefinite
    object ("a place to live and | a real job", "un abogado y | un trabajo"): the first
    object and its "and", taken out of a `gapped` view (`indefinite_articles`, `and_words`)."""
    from caseassist.intake.function_words import function_words

    fw = function_words()
    art, conj = alternation(fw.indefinite_articles), alternation(fw.and_words)
    return re.compile(rf"(?<= ){art} (?:[a-z']+ ){{1,4}}?{conj} (?={art} )")


@cache
def skipper(skip: frozenset[str], keeps: tuple[str, ...] = ()) -> Skipper:
    """One `Skipper` per word list and kept phrases (its views are shared by its rules)."""
    return Skipper(skip, keeps)


class ViewMatch:
    """A match in a view, read as a match in the clause: positions mapped back, groups
    the clause's own text (the skipped words inside a match are part of it)."""

    __slots__ = ("_m", "string", "_view_at", "_text_at")

    def __init__(self, m: re.Match[str], string: str, segments: _Segments) -> None:
        self._m = m
        self.string = string
        self._view_at, self._text_at = segments

    @property
    def re(self) -> re.Pattern[str]:
        return self._m.re

    def _at(self, i: int) -> int:
        k = bisect_right(self._view_at, i) - 1
        return self._text_at[k] + i - self._view_at[k]

    def span(self, group: int | str = 0) -> tuple[int, int]:
        s, e = self._m.span(group)
        if s < 0:
            return s, e
        return self._at(s), (self._at(e - 1) + 1 if e > s else self._at(s))

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def group(self, group: int | str = 0) -> str | None:
        s, e = self.span(group)
        return None if s < 0 else self.string[s:e]

    def groupdict(self, default: object = None) -> dict[str, object]:
        return {k: (default if (g := self.group(k)) is None else g) for k in self.re.groupindex}


class ConceptPattern(LazyPattern):
    """A concept rule's pattern (no intensifier slot in its source), searched in the view
    of a clause its `Skipper` builds; a match reads as one in the clause (`ViewMatch`)."""

    def __init__(self, source: str, skip: Skipper) -> None:
        super().__init__(source)
        self.skipper = skip

    @property
    def compiled(self) -> bool:
        return "_search" in self.__dict__

    def compile(self) -> re.Pattern[str]:
        # (never `Lazy._bound`: its methods on the instance would search the clause itself,
        # also from another thread in the moment before they were taken away)
        p = compiled_pattern(self)
        self._search = p.search
        return p

    def search(self, text: str) -> re.Match[str] | ViewMatch | None:  # type: ignore[override]
        """The first match in `text`'s view, as a match in `text`."""
        if not self.compiled:
            self.compile()
        view, segments = self.skipper.view(text)
        m = self._search(view)
        if m is None and (gapped := self.skipper.gapped(text)) is not None:
            view, segments = gapped  # "needs a place to live and a real job": the job too
            m = self._search(view)
        if m is None or segments is None:
            return m
        return ViewMatch(m, text, segments)

    def finditer(self, *args):  # type: ignore[override]
        raise NotImplementedError("a concept pattern is searched once a clause (`search`)")

    split = match = finditer
