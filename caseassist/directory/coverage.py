"""Whether an import would leave staff with far fewer needs they can refer for.

A sheet with the wrong columns imports "fine" and maps no service to a need;
switched to, it left every search and every survivor's Referrals tab empty at
night, with nothing on screen saying why. So an import is compared, by the
needs its services map to, with the directory in use before it replaces it:
one that covers no need, or under `KEEP_SHARE` of the needs the one in use
covers, is refused unless staff confirm they mean it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from caseassist import vocabulary
from caseassist.directory.model import service_needs
from caseassist.i18n import format_number, join_list, ngettext

KEEP_SHARE = 0.5
"""An import covering fewer than this share of the needs the directory in use covers is
held back (a real update loses a need or two, not half of them)."""

SHOWN_LOST = 4
"""How many of the needs no longer covered the refusal names."""


class _Sized(Protocol):
    def need_size(self, need: str) -> int: ...


def needs_covered(directory: _Sized | None) -> frozenset[str]:
    """The needs at least one of the directory's services is mapped to."""
    if directory is None:
        return frozenset()
    return frozenset(n for n in service_needs() if directory.need_size(n))


def needs_imported(need_counts: Mapping[str, int]) -> frozenset[str]:
    """The needs an import's services map to (its report's `need_counts`)."""
    return frozenset(n for n, count in need_counts.items() if count)


def shrinks(before: frozenset[str], after: frozenset[str]) -> str | None:
    """One line saying what replacing `before` by `after` would lose, or None when the
    import may replace it (nothing in use to lose, or most of it kept)."""
    if not before or (after and len(after & before) >= len(before) * KEEP_SHARE):
        return None
    if not after:
        return ngettext(
            "none of its services maps to a need, where the directory in use covers {count} need",
            "none of its services maps to a need, where the directory in use covers {count} needs",
            len(before),
        ).format(count=format_number(len(before)))
    lost = [vocabulary.phrase(n) for n in service_needs() if n in before - after]
    shown = lost[:SHOWN_LOST] + (["…"] if len(lost) > SHOWN_LOST else [])
    return ngettext(
        "its services cover only {kept} of the {before} need the directory in use covers"
        " (none left for {lost})",
        "its services cover only {kept} of the {before} needs the directory in use covers"
        " (none left for {lost})",
        len(before),
    ).format(
        kept=format_number(len(after & before)),
        before=format_number(len(before)),
        lost=join_list(shown),
    )
