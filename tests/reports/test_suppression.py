"""Small-cell suppression: no small count shown, no hidden count recomputable from totals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseassist.reports.suppression import (
    HIDDEN_MARK,
    WITHHELD_MARK,
    Linked,
    suppress,
    suppress_linked,
)
from tests.reports.checks import (
    assert_no_small_number,
    assert_not_recomputable,
    is_number,
    lines_of,
)

COUNTS = st.one_of(st.just(0), st.integers(1, 10), st.integers(11, 60), st.integers(61, 5000))


@st.composite
def tables(draw, max_rows: int = 6, max_cols: int = 6):
    rows = draw(st.integers(0, max_rows))
    cols = draw(st.integers(1, max_cols))
    cells = [[draw(COUNTS) for _c in range(cols)] for _r in range(rows)]
    row_totals, col_totals = draw(
        st.sampled_from([(True, True), (False, True), (True, False), (False, False)])
    )
    threshold = draw(st.sampled_from([11, 11, 11, 5, 3, 20]))
    return cells, row_totals, col_totals, threshold, cols


def as_dict(shown, cols: int) -> dict:
    return {
        "key": "t",
        "cells": [list(r) for r in shown.cells],
        "col_labels": [str(c) for c in range(cols)],
        "row_totals": list(shown.row_totals) if shown.row_totals is not None else None,
        "col_totals": list(shown.col_totals) if shown.col_totals is not None else None,
        "grand_total": shown.grand_total,
    }


def truth(cells, row_totals, col_totals, cols):
    """The matrix with its totals, aligned with the displayed strings."""
    rows = len(cells)
    full = [list(r) for r in cells]
    shown_rt = [sum(r) for r in cells] if row_totals else None
    shown_ct = [sum(cells[r][c] for r in range(rows)) for c in range(cols)] if col_totals else None
    grand = sum(map(sum, cells)) if row_totals and col_totals else None
    return full, shown_rt, shown_ct, grand


def displayed(shown):
    out = [v for row in shown.cells for v in row]
    out += list(shown.row_totals or ()) + list(shown.col_totals or ())
    if shown.grand_total is not None:
        out.append(shown.grand_total)
    return out


def feasible_values(hidden: list[tuple[int, int]], i: int, s: int) -> set[int]:
    """Every value hidden[i] can take when the hidden cells sum to s (bounds inclusive)."""
    lo_rest = sum(lo for j, (lo, _hi) in enumerate(hidden) if j != i)
    hi_rest = sum(hi for j, (_lo, hi) in enumerate(hidden) if j != i)
    lo, hi = hidden[i]
    return {v for v in range(lo, min(hi, s) + 1) if lo_rest <= s - v <= hi_rest}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_suppressed_tables_keep_their_promises(case):
    cells, row_totals, col_totals, threshold, cols = case
    shown = suppress(
        cells, threshold=threshold, row_totals=row_totals, col_totals=col_totals, n_cols=cols
    )
    assert shown.residual == ()
    # 1. nothing from 1 to threshold-1 is displayed, in cells or totals
    assert_no_small_number(displayed(shown), threshold)
    # 2. every displayed string tells the truth about its count
    full, rts, cts, grand = truth(cells, row_totals, col_totals, cols)
    pairs = [(shown.cells[r][c], full[r][c]) for r in range(len(full)) for c in range(cols)]
    pairs += list(zip(shown.row_totals or (), rts or (), strict=True))
    pairs += list(zip(shown.col_totals or (), cts or (), strict=True))
    if grand is not None:
        pairs.append((shown.grand_total, grand))
    for text, value in pairs:
        if is_number(text):
            assert int(text) == value
        elif text == f"<{threshold}":
            assert 1 <= value < threshold
        elif text == WITHHELD_MARK:  # a total withheld with no claim at all
            pass
        else:
            assert text == HIDDEN_MARK and value >= threshold
    # 3. no line has exactly one hidden value next to its displayed total
    assert_not_recomputable(as_dict(shown, cols))


@settings(max_examples=300, deadline=None)
@given(tables(max_rows=5, max_cols=5))
def test_no_hidden_cell_is_pinned_by_its_line(case):
    """Stronger than counting marks: with '<t' meaning 1..t-1 and '*' meaning >= t, the
    displayed total and cells of a line still leave every hidden cell two or more values."""
    cells, row_totals, col_totals, threshold, cols = case
    shown = suppress(
        cells, threshold=threshold, row_totals=row_totals, col_totals=col_totals, n_cols=cols
    )
    table = as_dict(shown, cols)
    full, rts, cts, grand = truth(cells, row_totals, col_totals, cols)
    true_lines = []
    rows = len(full)
    if row_totals:
        true_lines += [(full[r], rts[r]) for r in range(rows)]
    if col_totals:
        true_lines += [([full[r][c] for r in range(rows)], cts[c]) for c in range(cols)]
    if row_totals and col_totals:
        true_lines += [(cts, grand), (rts, grand)]
    for (texts, total_text), (_values, total) in zip(lines_of(table), true_lines, strict=True):
        if not is_number(total_text):
            continue
        shown_sum = sum(int(t) for t in texts if is_number(t))
        bounds = [
            (1, threshold - 1)
            if t == f"<{threshold}"
            else (0, total)
            if t == WITHHELD_MARK
            else (threshold, total)
            for t in texts
            if not is_number(t)
        ]
        s = total - shown_sum
        for i in range(len(bounds)):
            assert len(feasible_values(bounds, i, s)) >= 2, (texts, total_text)


def test_a_line_of_small_counts_withholds_its_total():
    """Ten weeks of one case each: "<11" on the total would pin every week to 1."""
    shown = suppress([[1] * 10], threshold=11, row_totals=True, col_totals=False, n_cols=10)
    assert shown.cells[0] == ("<11",) * 10
    assert shown.row_totals == (WITHHELD_MARK,) and shown.residual == ()


def test_small_cells_and_complements():
    shown = suppress([[5, 20, 30], [40, 50, 60]])
    assert shown.cells[0][0] == "<11"
    # row 0 and column 0 each need a second hidden cell
    assert sum(not is_number(v) for v in shown.cells[0]) >= 2
    assert sum(not is_number(shown.cells[r][0]) for r in range(2)) >= 2
    assert shown.grand_total == "205"


def test_zero_is_shown_and_never_chosen_as_complement():
    shown = suppress([[3, 0, 40]], col_totals=False)
    assert shown.cells == (("<11", "0", "*"),)
    assert shown.row_totals == ("43",)


def test_small_total_is_suppressed():
    shown = suppress([[2, 3], [0, 0]])
    assert shown.row_totals[0] == "<11"
    assert shown.grand_total == "<11"
    assert shown.row_totals[1] == "0"


def test_single_hidden_with_nothing_else_hides_the_total():
    # one column: "other" small, the only other row is zero -> total equals it, hidden too
    shown = suppress([[4], [0]], row_totals=False)
    assert shown.cells == (("<11",), ("0",))
    assert shown.col_totals == ("<11",)
    # a large total with nothing to pair: the complementary cell is the total itself
    shown = suppress([[4, 0], [20, 0]], row_totals=True, col_totals=False)
    assert shown.cells[0][0] == "<11"
    assert shown.row_totals[0] == "<11"
    assert shown.cells[1] == ("20", "0")


def test_one_hidden_pair_pinned_by_the_bounds_gets_a_third():
    # 1 + 11 = 12: "<11" >= 1 and "*" >= 11 would pin both; a third cell is hidden
    shown = suppress([[1, 11, 50]], col_totals=False)
    assert [is_number(v) for v in shown.cells[0]] == [False, False, False]


def test_ones_at_the_lower_bound_are_not_left_pinned():
    # two "<11" summing to 2 are each 1: a complementary cell is added
    shown = suppress([[1, 1, 90]], col_totals=False)
    assert shown.cells[0][2] == HIDDEN_MARK


def test_threshold_is_configurable():
    shown = suppress([[4, 5, 30]], threshold=5, col_totals=False)
    assert shown.cells == (("<5", HIDDEN_MARK, "30"),)
    with pytest.raises(ValueError):
        suppress([[1]], threshold=2)


def test_bad_tables_are_refused():
    with pytest.raises(ValueError):
        suppress([[1, 2], [3]])
    with pytest.raises(ValueError):
        suppress([[-1]])


def _row_total_hidden(shown) -> list[bool]:
    return [not is_number(v) for v in shown.row_totals]


def test_tables_over_the_same_needs_hide_the_same_totals():
    """A supervisor saw Food and Work hidden by horizon but their totals by status, and
    recovered a one-person cell from the long-term column; linked, a total hidden in one
    table is hidden in the other."""
    # rows: food, safety, housing, legal, work, documents (the one need added by hand)
    by_horizon = [[18, 0], [10, 0], [0, 27], [0, 28], [0, 22], [0, 1]]
    by_status = [[10, 8, 0, 0, 0], [4, 6, 0, 0, 0], [20, 7, 0, 0, 0],
                 [15, 13, 0, 0, 0], [12, 10, 0, 0, 0], [1, 0, 0, 0, 0]]  # fmt: skip
    alone = suppress(by_status)
    tables = [Linked(by_horizon, 2), Linked(by_status, 5)]
    same = [[(0, (r, 2)), (1, (r, 5))] for r in range(6)] + [[(0, (6, 2)), (1, (6, 5))]]
    horizon, status = suppress_linked(tables, same)
    assert _row_total_hidden(horizon) != _row_total_hidden(alone)  # the leak this closes
    assert _row_total_hidden(horizon) == _row_total_hidden(status)
    assert is_number(horizon.grand_total) == is_number(status.grand_total)
    # the long-term column no longer gives the documents cell away: every row whose
    # long-term cell is hidden has its total hidden wherever it is shown
    for shown, rows in ((horizon, by_horizon), (status, by_status)):
        table = as_dict(shown, len(rows[0]))
        assert_not_recomputable(table)
        assert_no_small_number(displayed(shown))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_linked_tables_agree_on_every_shared_total(data):
    rows = data.draw(st.integers(1, 6))
    first = [[data.draw(COUNTS) for _c in range(2)] for _r in range(rows)]
    second = []
    for a, b in first:  # the same row totals, split another way
        total = a + b
        cut = data.draw(st.integers(0, total))
        second.append([cut, total - cut, 0])
    same = [[(0, (r, 2)), (1, (r, 3))] for r in range(rows)]
    same.append([(0, (rows, 2)), (1, (rows, 3))])
    one, two = suppress_linked([Linked(first, 2), Linked(second, 3)], same)
    assert _row_total_hidden(one) == _row_total_hidden(two)
    assert is_number(one.grand_total) == is_number(two.grand_total)
    for shown, cells in ((one, first), (two, second)):
        assert_not_recomputable(as_dict(shown, len(cells[0])))
