"""Spacing marks take a cell, as the terminal draws them.

Rich (and so Textual) counts spacing combining marks (Unicode category Mc: the
vowel signs of Devanagari and other Indic scripts, "ा" in "भन्ना") as zero
cells, while terminals draw each in one (tmux puts the cursor at column 4
after "भन्ना", Rich measures 3). A Nepali line was then wider on screen than
Textual had laid it out, and pushed into the "What we know" panel beside it.
`count_spacing_marks()` makes Rich's width table agree with the terminal for
those characters, once, before anything is measured.
"""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def count_spacing_marks() -> None:
    from rich import cells

    table = cells.load_cell_table("auto")
    widths: list[tuple[int, int, int]] = []
    for start, end, width in table.widths:
        if width != 0 or start >= 0x20000:  # no spacing mark lives beyond plane 1
            widths.append((start, end, width))
            continue
        run_start = None
        for cp in range(start, end + 1):  # split a zero-width range around each spacing mark
            if unicodedata.category(chr(cp)) == "Mc":
                if run_start is not None:
                    widths.append((run_start, cp - 1, 0))
                    run_start = None
            elif run_start is None:
                run_start = cp
        if run_start is not None:
            widths.append((run_start, end, 0))
    table.widths[:] = widths  # the list Rich bisects; what it lacks counts one cell
    cells.get_character_cell_size.cache_clear()
    cached = getattr(cells, "cached_cell_len", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()
