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
