"""Why a need has no suggestion, in one line: an empty box said nothing at night.

The directory is empty; none of its services is mapped to any need (a sheet
imported without its need column); none offers help with this need; or every
one for it cannot take this person, and for what reasons. Said where the
suggestions would be (the Referrals tab, a search, practice).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sized

from caseassist import vocabulary
from caseassist.directory.coverage import needs_covered
from caseassist.directory.match_results import Exclusion
from caseassist.i18n import _, format_number, join_list, ngettext

SHOWN_REASONS = 3
"""How many distinct reasons the line names, the most frequent first."""


def no_service(directory: Sized, need: str) -> tuple[str, str]:
    """The directory has no service for `need`: say whether it has any at all, as
    (`empty` | `unmapped` | `no_service`, the line)."""
    if not len(directory):
        return "empty", _(
            "The directory in use is empty: no provider can be suggested until one is imported."
        )
    if not needs_covered(directory):  # type: ignore[arg-type]
        return "unmapped", ngettext(
            "The directory's one service is not mapped to a need, so it cannot be"
            " suggested; import it again with its needs.",
            "None of the directory's {count} services is mapped to a need, so none can be"
            " suggested; import it again with its needs.",
            len(directory),
        ).format(count=format_number(len(directory)))
    return "no_service", _("No provider in the directory offers help with {need}.").format(
        need=vocabulary.phrase(need)
    )


def all_excluded(
    directory: Sized, need: str, excluded: Iterable[Exclusion], count: int, *, person: bool = True
) -> tuple[str, str]:
    """Every provider for `need` was set apart: how many, and why, as (`why`, the line).

    `person`: the search was for someone ("cannot take this person"); a directory
    search on filters alone says "cannot be suggested". Nothing set apart (a version
    gone from under a search) is said as no provider, never with an empty reason."""
    if not count:
        return no_service(directory, need)
    reasons = Counter(e.reason for e in excluded)
    shown = [f"{reason} ({format_number(n)})" for reason, n in reasons.most_common(SHOWN_REASONS)]
    if len(reasons) > SHOWN_REASONS:
        shown.append("…")
    what = {"count": format_number(count), "need": vocabulary.phrase(need)}
    if not shown:
        line = (
            ngettext(
                "The one provider for {need} cannot take this person.",
                "None of the {count} providers for {need} can take this person.",
                count,
            )
            if person
            else ngettext(
                "The one provider for {need} cannot be suggested.",
                "None of the {count} providers for {need} can be suggested.",
                count,
            )
        )
        return "excluded", line.format(**what)
    line = (
        ngettext(
            "The one provider for {need} cannot take this person: {reasons}.",
            "None of the {count} providers for {need} can take this person: {reasons}.",
            count,
        )
        if person
        else ngettext(
            "The one provider for {need} cannot be suggested: {reasons}.",
            "None of the {count} providers for {need} can be suggested: {reasons}.",
            count,
        )
    )
    return "excluded", line.format(reasons=join_list(shown), **what)


def none_open(need: str, count: int) -> str:
    """The search asked for open now, and none of its providers is."""
    return ngettext(
        "The one provider found for {need} is not open now.",
        "None of the {count} providers found for {need} is open now.",
        count,
    ).format(count=format_number(count), need=vocabulary.phrase(need))
