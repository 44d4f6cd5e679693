"""A regex built on first use: the lexicon is read when a note is, never at import
(which would put it on the path to the unlock screen)."""

from __future__ import annotations

import re
from functools import cache


class Lazy:
    """A regex built from the lexicon on first use (reading data at import would put
    it on the path to the unlock screen). The first search binds the compiled pattern's
    own methods to the instance, so later calls cost what a plain compiled regex's do."""

    def __init__(self, build) -> None:
        self._build = build

    @property
    def pattern(self) -> re.Pattern[str]:
        return _lazy_compiled(self)

    def _bound(self) -> re.Pattern[str]:
        p = _lazy_compiled(self)
        self.search, self.finditer, self.split, self.match = (  # (shadow the methods below)
            p.search,
            p.finditer,
            p.split,
            p.match,
        )
        return p

    def search(self, *args):
        return self._bound().search(*args)

    def finditer(self, *args):
        return self._bound().finditer(*args)

    def split(self, *args):
        return self._bound().split(*args)

    def match(self, *args):
        return self._bound().match(*args)


@cache
def _lazy_compiled(lazy: Lazy) -> re.Pattern[str]:
    return lazy._build()


def compiled_pattern(lazy: Lazy) -> re.Pattern[str]:
    """A lazy regex's compiled pattern, built on first use (once a process)."""
    return _lazy_compiled(lazy)


class LazyPattern(Lazy):
    """A statement rule's pattern, a `Lazy` whose `pattern` is its source, as on a compiled
    pattern (the sifting reads it). Python's regex parser takes about 6 s for all of the
    rules' patterns, so compiling them all on the first note froze the screen that read it;
    a note compiles only the patterns its words open (`sift`), and `warm.warm()` compiles
    the rest off the UI thread after unlock."""

    def __init__(self, source: str) -> None:
        super().__init__(lambda: re.compile(source))
        self.source = source

    @property
    def pattern(self) -> str:  # type: ignore[override]
        return self.source

    @property
    def compiled(self) -> bool:
        return "search" in self.__dict__

    def compile(self) -> re.Pattern[str]:
        return self._bound()
