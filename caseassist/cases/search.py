"""What staff type in the case search, read as a query: a code, a need, a caseworker, a name.

One field serves every search, so the words are sorted here, not in the UI:
`need:medical`, `status:referred`, `by:ana`, `closed` or `open` are filters;
a word shaped like a case code is a code; a need's name (in the staff
language or its id) is a need; anything else is part of a name or alias,
which only accounts with the identity key may search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from caseassist.cases import codes
from caseassist.cases import needs as need_rules
from caseassist.errors import InvalidInput
from caseassist.i18n import _

CASE_STATUSES = ("open", "closed")


@dataclass(frozen=True)
class CaseQuery:
    code: str | None = None
    """A whole code (`K7M-4TX`) or the start of one ending in `-` or shorter than a code."""
    need: str | None = None
    need_status: str | None = None
    caseworker: str | None = None
    status: str | None = None
    words: tuple[str, ...] = ()
    """Folded words that must all appear in the name or an alias."""

    @property
    def by_name(self) -> bool:
        return bool(self.words)

    @property
    def empty(self) -> bool:
        return not (
            self.code or self.need or self.need_status or self.caseworker or self.status
        ) and not (self.words)


MIN_PREFIX = 3
"""The shortest start of a code a search reads as one (`D4K`, `d4k-`, `D4KH`)."""


def _looks_like_code(word: str) -> bool:
    """A code or its start: a digit or a dash says it is no name."""
    return could_be_code_start(word) and (any(c.isdigit() for c in word) or "-" in word)


def _raw(word: str) -> str:
    """A typed code's letters and digits, upper case (the dash and spaces dropped)."""
    return "".join(c for c in word.upper() if c.isalnum())


def could_be_code(word: str) -> bool:
    """Six letters of the code alphabet: a code typed without its dash, or a name."""
    raw = _raw(word)
    return len(raw) == 6 and all(c in codes.ALPHABET for c in raw)


def could_be_code_start(word: str) -> bool:
    """Three to six characters of the code alphabet, the dash anywhere or nowhere."""
    raw = _raw(word)
    if not MIN_PREFIX <= len(raw) <= 6 or not all(c in codes.ALPHABET for c in raw):
        return False
    return all(c.isalnum() or c == "-" for c in word)


def code_start(word: str) -> str:
    """`d4kh` → `D4K-H`, `d4k` → `D4K`, `d4khxa` → `D4K-HXA`: as codes are stored."""
    raw = _raw(word)
    return f"{raw[:3]}-{raw[3:]}" if len(raw) > 3 else raw


def _need_from(word: str) -> str | None:
    folded = fold(word)
    for category in need_rules.categories():
        if folded in (category, fold(need_rules.label(category))):
            return category
    return None


def fold(text: str) -> str:
    """Case and accents folded away, so a search matches names as people type them."""
    import unicodedata

    t = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in t if not unicodedata.combining(c)).split())


def parse(text: str) -> CaseQuery:
    """The query a search line means; one clear `InvalidInput` for a filter it cannot use."""
    code = need = need_status = caseworker = status = None
    words: list[str] = []
    for word in text.split():
        key, sep, value = word.partition(":")
        key = key.casefold()
        if sep and key in ("need", "status", "by", "code"):
            if not value:
                raise InvalidInput(_("Say what to search for after {key}:.").format(key=key))
            if key == "need":
                need = _need_from(value)
                if need is None:
                    raise InvalidInput(
                        _("No need is called {value}; try one of: {known}.").format(
                            value=value, known=", ".join(need_rules.categories())
                        )
                    )
            elif key == "status":
                if value in CASE_STATUSES:
                    status = value
                elif value in need_rules.STATUSES:
                    need_status = value
                else:
                    raise InvalidInput(
                        _("No status is called {value}; try one of: {known}.").format(
                            value=value,
                            known=", ".join(CASE_STATUSES + need_rules.STATUSES),
                        )
                    )
            elif key == "by":
                caseworker = value
            else:
                code = code_start(value) if could_be_code_start(value) else codes.normalize(value)
            continue
        if word.casefold() in CASE_STATUSES:
            status = word.casefold()
        elif _looks_like_code(word):
            code = code_start(word)
        elif (found := _need_from(word)) is not None and need is None:
            need = found
        else:
            words.append(fold(word))
    if need_status and not need:
        raise InvalidInput(_("Name the need whose status you search for, e.g. need:medical."))
    return CaseQuery(code, need, need_status, caseworker, status, tuple(w for w in words if w))


def as_code(query: CaseQuery) -> CaseQuery | None:
    """The same search read as a case code, when its only word could be one (`cndkcu`)."""
    return _one_word_as_code(query, could_be_code)


def as_code_start(query: CaseQuery) -> CaseQuery | None:
    """The same search read as the start of a code, when its only word could be one
    (`dkh`): tried when no name matched, or by accounts that cannot search names."""
    return _one_word_as_code(query, could_be_code_start)


def _one_word_as_code(query: CaseQuery, could_be: Callable[[str], bool]) -> CaseQuery | None:
    if len(query.words) == 1 and could_be(query.words[0]) and not query.code:
        return CaseQuery(code=code_start(query.words[0]), status=query.status)
    return None
