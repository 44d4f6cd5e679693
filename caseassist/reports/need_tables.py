"""The report's need tables: by category and horizon, by category and status,
immediate needs met or open late, and the median hours to referral and to met
(shown only from `threshold` values on), counted by `totals.need_totals`."""

from __future__ import annotations

from collections import Counter

from caseassist import vocabulary
from caseassist.cases import needs as need_rules
from caseassist.i18n import _
from caseassist.reports.count_tables import count_table, few_mark, heading
from caseassist.reports.labels import (
    HEAD_CATEGORY,
    HOURS,
    LATE_MET,
    LATE_OPEN,
    MEDIAN_MET,
    MEDIAN_REFERRED,
    NOTE_LATE,
    OTHER_NEEDS,
    TITLE_LATE,
    TITLE_MEDIANS,
    TITLE_NEEDS_HORIZON,
    TITLE_NEEDS_STATUS,
)
from caseassist.reports.report import MEDIAN, Table
from caseassist.reports.rows import NEED_STATUSES, need_categories
from caseassist.reports.suppression import Linked, suppress_linked
from caseassist.reports.totals import NeedTotals


def need_tables(totals: NeedTotals, threshold: int) -> list[Table]:
    """The need tables, in the order the report shows them."""
    tables: list[Table] = []
    cat_horizon: Counter = Counter()
    cat_status: Counter = Counter()
    for (cat, hor, st), n in totals.by_kind.items():
        cat = _category(cat)
        cat_horizon[(cat, hor)] += n
        cat_status[(cat, st)] += n
    to_referred, to_met = totals.to_referred, totals.to_met
    late_met, late_open = totals.late_met, totals.late_open

    categories = need_categories()
    horizons = vocabulary.horizons()
    cat_labels = [_category_label(c) for c in categories]
    by_horizon = [[cat_horizon.get((c, h), 0) for h in horizons] for c in categories]
    by_status = [[cat_status.get((c, s), 0) for s in NEED_STATUSES] for c in categories]
    # one category total in two tables: suppressed together, or one would undo the other
    tabled = [Linked(by_horizon, len(horizons)), Linked(by_status, len(NEED_STATUSES))]
    same = [[(i, t.row_total(r)) for i, t in enumerate(tabled)] for r in range(len(categories))]
    same.append([(i, t.grand_total()) for i, t in enumerate(tabled)])
    shown_horizon, shown_status = suppress_linked(tabled, same, threshold=threshold)
    tables.append(
        count_table(
            "needs_by_category_horizon",
            TITLE_NEEDS_HORIZON,
            HEAD_CATEGORY,
            cat_labels,
            [heading(vocabulary.horizon_label(h)) for h in horizons],
            by_horizon,
            threshold,
            shown=shown_horizon,
        )
    )
    tables.append(
        count_table(
            "needs_by_category_status",
            TITLE_NEEDS_STATUS,
            HEAD_CATEGORY,
            cat_labels,
            [heading(_(need_rules.STATUS_LABELS[s])) for s in NEED_STATUSES],
            by_status,
            threshold,
            shown=shown_status,
        )
    )

    def merged(counter: Counter) -> Counter:
        out: Counter = Counter()
        for cat, n in counter.items():
            out[_category(cat)] += n
        return out

    late_met, late_open = merged(late_met), merged(late_open)
    tables.append(
        count_table(
            "immediate_needs_late",
            TITLE_LATE,
            HEAD_CATEGORY,
            cat_labels,
            [_(LATE_MET), _(LATE_OPEN)],
            [[late_met.get(c, 0), late_open.get(c, 0)] for c in categories],
            threshold,
            note=_(NOTE_LATE),
        )
    )

    def per_category(lists: dict[str, list[float]]) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for cat, values in lists.items():
            out.setdefault(_category(cat), []).extend(values)
        return out

    few = few_mark(threshold)
    hours = _(HOURS)

    def median_cell(values: list[float] | None) -> str:
        if not values or len(values) < threshold:
            return few
        return hours.format(hours=f"{_median_hours(values):.1f}")

    referred_by_cat, met_by_cat = per_category(to_referred), per_category(to_met)
    tables.append(
        Table(
            key="median_hours",
            title=_(TITLE_MEDIANS),
            row_header=_(HEAD_CATEGORY),
            row_labels=tuple(cat_labels),
            col_labels=(_(MEDIAN_REFERRED), _(MEDIAN_MET)),
            cells=tuple(
                (median_cell(referred_by_cat.get(c)), median_cell(met_by_cat.get(c)))
                for c in categories
            ),
            kind=MEDIAN,
        )
    )
    return tables


def _category(code: str) -> str:
    return code if code in vocabulary.vocabulary().categories else "other"


def _category_label(code: str) -> str:
    """The case screens' label (the same message, translated once); "other" for the rest."""
    return _(OTHER_NEEDS) if code == "other" else vocabulary.label(code)


def _median_hours(values: list[float]) -> float:
    values.sort()
    n = len(values)
    mid = n // 2
    middle = values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2
    return max(middle, 0.0)
