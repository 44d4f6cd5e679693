"""What a reader can work out from a displayed table: shared by the report tests.

These checks look only at the strings a person sees, never at the suppression
module's internals, so they test the promise rather than the implementation.
"""

from __future__ import annotations

import re

BARE_INT = re.compile(r"^\d+$")


def is_number(text: str) -> bool:
    return bool(BARE_INT.match(text))


def assert_no_small_number(strings, threshold: int = 11) -> None:
    """No displayed bare integer lies in 1..threshold-1."""
    for text in strings:
        if is_number(text):
            assert not 0 < int(text) < threshold, f"small count {text!r} is shown"


def lines_of(table: dict):
    """(cells, total) for every summed line of a to_dict() table, as display strings."""
    cells = table["cells"]
    rows, cols = len(cells), len(table["col_labels"])
    row_totals, col_totals, grand = table["row_totals"], table["col_totals"], table["grand_total"]
    if row_totals is not None:
        for r in range(rows):
            yield list(cells[r]), row_totals[r]
    if col_totals is not None:
        for c in range(cols):
            yield [cells[r][c] for r in range(rows)], col_totals[c]
    if row_totals is not None and col_totals is not None:
        yield list(col_totals), grand
        yield list(row_totals), grand


def assert_not_recomputable(table: dict) -> None:
    """In every line, a hidden value never stands alone next to a displayed total,
    and a hidden total never stands next to only displayed cells."""
    for cells, total in lines_of(table):
        hidden = [v for v in cells if not is_number(v)]
        if is_number(total):
            assert len(hidden) != 1, f"{table['key']}: {cells} = {total} reveals its hidden cell"
        else:
            assert hidden, f"{table['key']}: hidden total {total} is the sum of {cells}"
