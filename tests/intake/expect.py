"""What a note should give for one fact, as a value a table of cases can hold.

A plain value (True, False, "yes", a number) must be the fact's clear value; the
named expectations below say what else a table may ask for (nothing clear, only
offered to staff, anything but a yes). One `check` reads the text once and says,
when it fails, both what was read and what was only offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.result import Extraction
from caseassist.intake.text import fold

_ABSENT = object()


@dataclass(frozen=True)
class Expect:
    """A named test on what a text gave for a fact (clear values and offered ones)."""

    name: str
    holds: Callable[[Extraction, str], bool]

    def __repr__(self) -> str:
        return self.name


NOT_CLEAR = Expect("NOT_CLEAR", lambda got, fact: fact not in got.values)
"""No clear value (it may still be offered to staff)."""

SILENT = Expect("SILENT", lambda got, fact: fact not in got.values and fact not in got.offered())
"""Neither a clear value nor one offered to staff."""

OFFERED = Expect("OFFERED", lambda got, fact: fact not in got.values and fact in got.offered())
"""No clear value, but one offered to staff."""

OFFERED_YES = Expect(
    "OFFERED_YES",
    lambda got, fact: fact not in got.values and got.offered().get(fact) is True,
)
"""No clear value, and a yes offered to staff."""

CLEAR = Expect("CLEAR", lambda got, fact: got.values.get(fact) is not None)
"""Some clear value, whatever it is."""

NOT_YES = Expect("NOT_YES", lambda got, fact: got.values.get(fact) is not True)
"""Anything but a clear yes (a no, an offer, nothing)."""

NOT_NO = Expect("NOT_NO", lambda got, fact: got.values.get(fact) is not False)
"""Anything but a clear no (a yes, an offer, nothing)."""


def holding(part: str, *, folded: bool = False) -> Expect:
    """A clear text value with `part` in it (in its folded form when `folded`)."""

    def holds(got: Extraction, fact: str) -> bool:
        value = got.values.get(fact)
        return isinstance(value, str) and part in (fold(value) if folded else value)

    return Expect(f"HOLDING[{part}]", holds)


def each(expected: object, *texts: str) -> list[tuple[str, object]]:
    """One case a text, all with the same expectation: a table's rows for one kind."""
    return [(text, expected) for text in texts]


def case_id(value: object) -> str | None:
    """Test ids: an expectation by its name, anything else as pytest names it."""
    return value.name if isinstance(value, Expect) else None


def table(cases: list[tuple[str, object]]) -> pytest.MarkDecorator:
    """A test function per fact over its table: (text, expected) rows, named by both."""
    return pytest.mark.parametrize(("text", "expected"), cases, ids=case_id)


def check(text: str, fact: str, expected: object) -> None:
    """Assert what `text` gives for `fact`: `expected` is an Expect or the clear value."""
    got = extract(text)
    if isinstance(expected, Expect):
        ok = expected.holds(got, fact)
    elif isinstance(expected, bool):
        ok = got.values.get(fact, _ABSENT) is expected
    else:
        ok = got.values.get(fact, _ABSENT) == expected
    assert ok, (
        f"{fact}: wanted {expected!r}; read {got.values.get(fact, 'nothing')!r}, "
        f"offered {got.offered().get(fact, 'nothing')!r}"
    )
