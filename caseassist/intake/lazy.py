"""A regex built on first use: the lexicon is read when a note is, never at import
(which would put it on the path to the unlock screen)."""

from __future__ import annotations

import re
from functools import cache


class Lazy:
    """A regex built from the lexicon on first use (reading data at import would put
    it on the path to the unlock screen)."""

    def __init__(self, build) -> None:
        self._build = build

    @property
    def pattern(self) -> re.Pattern[str]:
        return _lazy_compiled(self)

    def search(self, *args):
        return self.pattern.search(*args)

    def finditer(self, *args):
        return self.pattern.finditer(*args)

    def split(self, *args):
        return self.pattern.split(*args)

    def match(self, *args):
        return self.pattern.match(*args)


@cache
def _lazy_compiled(lazy: Lazy) -> re.Pattern[str]:
    return lazy._build()
