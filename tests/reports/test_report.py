"""build_report on seeded, invented rows: the figures are right and nothing small or
individual leaves the report, whichever format it is written in."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import statistics
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseassist import i18n
from caseassist.reports import (
    AGE_BANDS,
    COUNT,
    NEED_CATEGORIES,
    NEED_STATUSES,
    REFERRAL_STATUSES,
    ReportCase,
    ReportNeed,
    build_report,
    iso_week,
)
from tests.reports.checks import assert_no_small_number, assert_not_recomputable, is_number
from tests.reports.factory import BIG_COUNTRIES, NOW, SMALL_COUNTRIES, seeded

T = 11
CASE_AGE_LIMITS = (7, 28, 91)


# --- a direct, deliberately naive computation of every count table ---------------------


def in_period(day: dt.date, start, end) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def cat(code: str) -> str:
    return code if code in NEED_CATEGORIES else "other"


def expected(cases, needs, referrals, *, now=NOW, start=None, end=None, threshold=T):
    """{table key: {row key: [counts...]}} computed one row at a time."""
    as_of = now.date() if end is None else min(end, now.date())
    scope = [
        c
        for c in cases
        if (end is None or c.opened <= end)
        and (start is None or c.closed is None or c.closed >= start)
    ]
    out: dict[str, dict] = {}

    status_age = {"open": [0, 0, 0, 0], "closed": [0, 0, 0, 0]}
    workers: dict[str, list[int]] = {}
    for c in scope:
        closed = c.status == "closed" and (c.closed is None or c.closed <= as_of)
        stop = c.closed if closed and c.closed is not None else as_of
        days = (stop - c.opened).days
        band = sum(days >= limit for limit in CASE_AGE_LIMITS)
        status_age["closed" if closed else "open"][band] += 1
        workers.setdefault(c.caseworker, [0, 0])[1 if closed else 0] += 1
    out["cases_by_status_age"] = status_age
    out["caseload_by_caseworker"] = workers

    days = [c.opened for c in scope if in_period(c.opened, start, end)]
    weeks = Counter(iso_week(d) for d in days)
    every_week = (
        {  # every week between the first and the last, zeros included
            iso_week(min(days) + dt.timedelta(days=k))
            for k in range((max(days) - min(days)).days + 1)
        }
        if days
        else set()
    )
    out["new_cases_by_week"] = {w: [weeks.get(w, 0)] for w in sorted(every_week)}
    out["cases_by_age_band"] = {
        b: [sum(c.age_band == b for c in scope)] for b in (*AGE_BANDS, None)
    }
    countries = Counter(c.country for c in scope)
    big = {k: [n] for k, n in countries.items() if k is not None and n >= threshold}
    other = sum(n for k, n in countries.items() if k is not None and n < threshold)
    if other:
        big["other"] = [other]
    if countries.get(None):
        big[None] = [countries[None]]
    out["cases_by_country"] = big

    needs = [n for n in needs if in_period(n.identified_at.date(), start, end)]
    horizon = {c: [0, 0] for c in NEED_CATEGORIES}
    status = {c: [0] * len(NEED_STATUSES) for c in NEED_CATEGORIES}
    late = {c: [0, 0] for c in NEED_CATEGORIES}
    for n in needs:
        horizon[cat(n.category)][0 if n.horizon == "immediate" else 1] += 1
        status[cat(n.category)][NEED_STATUSES.index(n.status)] += 1
        if n.horizon == "immediate" and n.status != "declined":
            if n.met_at is not None and n.met_at - n.identified_at > dt.timedelta(hours=24):
                late[cat(n.category)][0] += 1
            if n.met_at is None and now - n.identified_at > dt.timedelta(hours=24):
                late[cat(n.category)][1] += 1
    out["needs_by_category_horizon"] = horizon
    out["needs_by_category_status"] = status
    out["immediate_needs_late"] = late

    refs = [r for r in referrals if in_period(r.created_at.date(), start, end)]
    per_provider = Counter(r.provider for r in refs)
    rows: dict = {}
    for r in refs:
        key = (
            r.provider
            if per_provider[r.provider] >= threshold and r.provider != "other"
            else "other"
        )
        rows.setdefault(key, [0] * len(REFERRAL_STATUSES))[REFERRAL_STATUSES.index(r.status)] += 1
    out["referrals_by_provider_status"] = rows
    return out


def medians(needs, field: str, threshold=T) -> dict[str, float | None]:
    hours: dict[str, list[float]] = {c: [] for c in NEED_CATEGORIES}
    for n in needs:
        when = getattr(n, field)
        if when is not None:
            hours[cat(n.category)].append((when - n.identified_at).total_seconds() / 3600)
    return {c: statistics.median(v) if len(v) >= threshold else None for c, v in hours.items()}


def matches(text: str, value: int, threshold: int = T) -> bool:
    if is_number(text):
        return int(text) == value
    if text == f"<{threshold}":
        return 0 < value < threshold
    if text == "-":  # a total withheld: it claims nothing
        return True
    return text == "*" and value >= threshold


AGE_LABELS = {
    "under_18": "Under 18",
    "18_24": "18 to 24",
    "25_59": "25 to 59",
    "60_plus": "60 and over",
}
CATEGORY_LABELS = dict(
    zip(
        NEED_CATEGORIES,
        ("Safety", "Food", "Shelter tonight", "Medical care", "Housing", "Legal help",
         "Going home or family contact", "Work and training", "Counselling",
         "Identity documents", "Childcare", "Education", "Clothing and essentials",
         "Other needs"),
        strict=True,
    )
)  # fmt: skip


def label(key: str, row) -> str:
    """The English label a row of the direct computation is shown under."""
    if key == "cases_by_status_age":
        return row.capitalize()
    if key == "cases_by_age_band":
        return AGE_LABELS.get(row, "Unknown")
    if key == "cases_by_country":
        if row is None:
            return "Unknown"
        return "Other countries" if row == "other" else f"{i18n.country_name(row)} ({row})"
    if key.startswith(("needs_", "immediate_")):
        return CATEGORY_LABELS[row]
    if key == "referrals_by_provider_status" and row == "other":
        return "Other providers"
    return row


def check_table(table: dict, rows: dict, threshold: int = T) -> None:
    """Every displayed cell and total agrees with the direct counts, row by row."""
    key = table["key"]
    want = {label(key, k): v for k, v in rows.items()}
    assert sorted(table["row_labels"]) == sorted(want), key
    for r, name in enumerate(table["row_labels"]):
        counts, shown = want[name], table["cells"][r]
        assert all(matches(t, n, threshold) for t, n in zip(shown, counts, strict=True)), (
            key, name, shown, counts,
        )  # fmt: skip
        if table["row_totals"] is not None:
            assert matches(table["row_totals"][r], sum(counts), threshold), (key, name)
    values = list(want.values())
    for c in range(len(table["col_labels"])):
        assert matches(table["col_totals"][c], sum(v[c] for v in values), threshold), key
    if table["grand_total"] is not None:
        assert matches(table["grand_total"], sum(map(sum, values)), threshold), key


def all_strings(report) -> list[str]:
    out = []
    for t in report.to_dict()["tables"]:
        if t["kind"] != COUNT:
            continue
        out += [v for row in t["cells"] for v in row]
        out += list(t["row_totals"] or ()) + list(t["col_totals"] or ())
        out += [t["grand_total"]] if t["grand_total"] is not None else []
    return out


@pytest.fixture(scope="module")
def rows():
    return seeded()


# --- figures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "period",
    [(None, None), (dt.date(2025, 9, 1), dt.date(2026, 2, 28)), (dt.date(2026, 1, 1), None)],
)
def test_figures_match_a_direct_computation(rows, period):
    start, end = period
    report = build_report(*rows, start=start, end=end, now=NOW)
    want = expected(*rows, start=start, end=end)
    got = {t["key"]: t for t in report.to_dict()["tables"]}
    for key, table_rows in want.items():
        check_table(got[key], table_rows)


def test_exact_figures_where_nothing_is_small(rows):
    report = build_report(*rows, now=NOW).to_dict()
    tables = {t["key"]: t for t in report["tables"]}
    cases = rows[0]
    assert tables["cases_by_age_band"]["col_totals"] == [str(len(cases))]
    workers = tables["caseload_by_caseworker"]
    for label, shown, total in zip(
        workers["row_labels"], workers["cells"], workers["row_totals"], strict=True
    ):
        mine = [c for c in cases if c.caseworker == label]
        assert total == str(len(mine))
        assert shown[1] == str(sum(c.status == "closed" for c in mine))


def test_medians_per_category(rows):
    _cases, needs, _refs = rows
    table = build_report(*rows, now=NOW).table("median_hours")
    to_referred, to_met = medians(needs, "referred_at"), medians(needs, "met_at")
    shown = 0
    for r, category in enumerate(NEED_CATEGORIES):
        for text, want in zip(
            table.cells[r], (to_referred[category], to_met[category]), strict=True
        ):
            if want is None:
                assert text == "n<11"
            else:  # rounded to a tenth of an hour
                assert text.endswith(" h") and abs(float(text[:-2]) - want) <= 0.05 + 1e-9
                shown += 1
    assert shown >= 10


def test_medians_need_enough_values():
    start = dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC)

    def need(i, hours):
        return ReportNeed(
            f"ZZ-{i}",
            "food",
            "immediate",
            "referred",
            start,
            start + dt.timedelta(hours=hours),
            None,
        )

    eleven = [need(i, i + 1) for i in range(11)]  # 1..11 hours: median 6
    assert build_report([], eleven, [], now=NOW).table("median_hours").cells[1][0] == "6.0 h"
    twelve = eleven + [need(99, 40)]  # 1..11 and 40: median (6 + 7) / 2
    assert build_report([], twelve, [], now=NOW).table("median_hours").cells[1][0] == "6.5 h"
    ten = eleven[:10]
    assert build_report([], ten, [], now=NOW).table("median_hours").cells[1][0] == "n<11"
    assert (
        build_report([], ten, [], now=NOW, threshold=10).table("median_hours").cells[1][0]
        == "5.5 h"
    )


def test_late_immediate_needs():
    seen = NOW - dt.timedelta(days=3)
    needs = [
        ReportNeed("ZZ-1", "safety", "immediate", "met", seen, None, seen + dt.timedelta(hours=30)),
        ReportNeed("ZZ-2", "safety", "immediate", "met", seen, None, seen + dt.timedelta(hours=2)),
        ReportNeed("ZZ-3", "safety", "immediate", "identified", seen, None, None),
        ReportNeed("ZZ-4", "safety", "immediate", "declined", seen, None, None),
        ReportNeed("ZZ-5", "safety", "long_term", "identified", seen, None, None),
        ReportNeed(
            "ZZ-6", "safety", "immediate", "identified", NOW - dt.timedelta(hours=3), None, None
        ),
    ]
    want = expected([], needs, [], threshold=3)["immediate_needs_late"]
    assert want["safety"] == [1, 1]
    table = build_report([], needs * 20, [], now=NOW, threshold=3).to_dict()
    late = next(t for t in table["tables"] if t["key"] == "immediate_needs_late")
    assert late["cells"][0] == ["20", "20"]


def test_period_keeps_cases_open_during_it_and_events_inside_it():
    day = dt.date(2026, 3, 2)
    cases = [
        ReportCase("ZZ-a", "closed", dt.date(2025, 1, 1), dt.date(2025, 6, 1), "staff", None, None),
        ReportCase("ZZ-b", "closed", dt.date(2025, 1, 1), day, "staff", None, None),
        ReportCase("ZZ-c", "open", day, None, "staff", None, None),
    ] * 11
    report = build_report(cases, [], [], start=day, end=day, now=NOW)
    assert report.table("cases_by_age_band").col_totals == ("22",)
    weekly = report.table("new_cases_by_week")
    assert weekly.row_labels == ("2026-W10",) and weekly.cells == (("11",),)
    # status as of the end of the period: b closed that day, c opened that day
    status = report.table("cases_by_status_age")
    assert status.cells[0][0] == "11" and status.cells[1][3] == "11"


# --- nothing small, nothing individual -------------------------------------------------


def test_no_small_count_in_any_format(rows):
    for period in [(None, None), (dt.date(2026, 5, 1), dt.date(2026, 5, 31))]:
        report = build_report(*rows, start=period[0], end=period[1], now=NOW)
        strings = all_strings(report)
        assert_no_small_number(strings)
        assert any(s == "<11" for s in strings)  # the seeded data has small cells
        assert_no_small_number(_json_strings(json.loads(json.dumps(report.to_dict()))))
        assert_no_small_number(v for row in csv.reader(io.StringIO(report.to_csv())) for v in row)


def _json_strings(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "threshold":
                yield from _json_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _json_strings(v)
    elif isinstance(node, str):
        yield node
    elif isinstance(node, int) and not isinstance(node, bool):
        yield str(node)


def test_suppressed_cells_cannot_be_recomputed_from_totals(rows):
    report = build_report(*rows, now=NOW).to_dict()
    for table in report["tables"]:
        if table["kind"] == COUNT:
            assert_not_recomputable(table)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, 120),
    st.integers(0, 10**6),
    st.sampled_from([None, dt.date(2026, 1, 1), dt.date(2026, 5, 20)]),
    st.sampled_from([11, 5, 20]),
)
def test_any_small_shelter_keeps_the_promises(n, seed, start, threshold):
    rows = seeded(n, seed)
    report = build_report(*rows, start=start, now=NOW, threshold=threshold)
    assert_no_small_number(all_strings(report), threshold)
    assert_no_small_number(
        (v for row in csv.reader(io.StringIO(report.to_csv())) for v in row), threshold
    )
    want = expected(*rows, start=start, threshold=threshold)
    for table in report.to_dict()["tables"]:
        if table["kind"] == COUNT:
            assert_not_recomputable(table)
            check_table(table, want[table["key"]], threshold)


def test_no_identifying_value_leaves_the_report(rows):
    cases, needs, referrals = rows
    report = build_report(*rows, now=NOW)
    outputs = [json.dumps(report.to_dict(), ensure_ascii=False), report.to_csv()]
    for out in outputs:
        for c in cases:
            assert c.code not in out
        # no day of any event, only ISO weeks
        assert not re.search(r"\d{4}-\d{2}-\d{2}", out)
        assert not re.search(r"\d{2}:\d{2}", out)
        for code in SMALL_COUNTRIES:
            assert f"({code})" not in out
            assert i18n.country_name(code) not in out
        for code in BIG_COUNTRIES:
            assert f"({code})" in out


def test_small_countries_are_grouped_and_small_other_is_hidden():
    base = dict(
        status="open", opened=dt.date(2026, 6, 1), closed=None, caseworker="staff", age_band=None
    )
    cases = [ReportCase(f"ZZ-{i}", country="NG", **base) for i in range(30)]
    cases += [ReportCase(f"ZZ-x{i}", country="IS", **base) for i in range(3)]
    cases += [ReportCase(f"ZZ-y{i}", country="LU", **base) for i in range(4)]
    table = build_report(cases, [], [], now=NOW).table("cases_by_country")
    assert table.row_labels[0] == "Nigeria (NG)"
    assert table.row_labels[1] == "Other countries"
    assert table.cells[1] == ("<11",)
    # "other" alone would be 37 - 30: the only other row is hidden with it
    assert table.cells[0] == ("*",)
    assert "Iceland" not in report_text(cases)


def report_text(cases) -> str:
    return build_report(cases, [], [], now=NOW).to_csv()


# --- formats ---------------------------------------------------------------------------


def test_csv_is_one_block_per_table(rows):
    report = build_report(*rows, now=NOW)
    text = report.to_csv()
    blocks = text.split("\r\n\r\n")
    assert len(blocks) == len(report.tables) + 1  # and the legend
    for block, table in zip(blocks, report.tables, strict=False):
        lines = list(csv.reader(io.StringIO(block)))
        assert lines[0] == [table.title]
        assert lines[1][0] == table.row_header
        assert lines[1][1 : 1 + len(table.col_labels)] == list(table.col_labels)


def test_csv_labels_cannot_become_formulas():
    cases = [
        ReportCase(f"ZZ-{i}", "open", dt.date(2026, 6, 1), None, "=HYPERLINK(1)", None, None)
        for i in range(12)
    ]
    text = build_report(cases, [], [], now=NOW).to_csv()
    assert "'=HYPERLINK(1)" in text
    assert "\n=HYPERLINK" not in text


def test_json_round_trips(rows):
    report = build_report(*rows, now=NOW)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["threshold"] == 11
    assert data["as_of_week"] == "2026-W25"
    assert [t["key"] for t in data["tables"]] == [t.key for t in report.tables]


def test_report_in_another_language(rows):
    i18n.set_locale("es")
    report = build_report(*rows, now=NOW)
    assert report.to_csv()
    assert_no_small_number(all_strings(report))


def test_rows_may_come_as_iterators(rows):
    cases, needs, referrals = rows
    from_lists = build_report(cases, needs, referrals, now=NOW).to_dict()
    from_iterators = build_report(iter(cases), iter(needs), iter(referrals), now=NOW).to_dict()
    assert from_iterators == from_lists


def test_bad_arguments():
    with pytest.raises(ValueError):
        build_report([], [], [], start=dt.date(2026, 2, 1), end=dt.date(2026, 1, 1), now=NOW)
    with pytest.raises(ValueError):
        build_report([], [], [], now=NOW, threshold=1)


def _shared_totals(tables: dict) -> list[tuple[str, str]]:
    """Pairs of strings that show one number in two tables (the same cases, the same needs)."""
    age, worker = tables["cases_by_status_age"], tables["caseload_by_caseworker"]
    horizon, status = tables["needs_by_category_horizon"], tables["needs_by_category_status"]
    pairs = list(zip(age["row_totals"], worker["col_totals"], strict=True))
    pairs.append((age["grand_total"], worker["grand_total"]))
    pairs.append((age["grand_total"], tables["cases_by_age_band"]["col_totals"][0]))
    pairs.append((age["grand_total"], tables["cases_by_country"]["col_totals"][0]))
    pairs += list(zip(horizon["row_totals"], status["row_totals"], strict=True))
    pairs.append((horizon["grand_total"], status["grand_total"]))
    return pairs


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 120), st.integers(0, 10**6), st.sampled_from([11, 5, 20]))
def test_a_number_hidden_in_one_table_is_shown_in_none(n, seed, threshold):
    """A supervisor recovered a one-person cell from a category total hidden by horizon
    and shown by status: each total shared by two tables is shown in both or in neither."""
    report = build_report(*seeded(n, seed), now=NOW, threshold=threshold).to_dict()
    tables = {t["key"]: t for t in report["tables"]}
    for one, other in _shared_totals(tables):
        assert one.isdigit() == other.isdigit(), (one, other)
        if one.isdigit():
            assert one == other
