"""The supervisor's report as drawn: a hidden count is never drawn as a short or empty bar.

On a 50-case demo the two caseworkers' caseloads are hidden ("*": shown, either would let
a small count beside it be worked out) while "(unassigned)" shows 12: the largest caseload
was drawn as an empty bar and the smallest as the full one.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from caseassist import i18n
from caseassist.services.cases import create_demo
from caseassist.tui.screens.report import ReportScreen
from caseassist.tui.widgets.bars import BarChart
from caseassist.vault import KdfParams

from .helpers import settle, unlock
from .test_flows import app_for

WIDTH = 30
FULL, HIDDEN = "█", "░"  # a shown count; a hidden or small one


@pytest.fixture(scope="module")
def fifty_cases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report") / "demo50"
    create_demo(folder, cases=50, kdf=KdfParams.fast_for_tests()).close()
    return folder


def _bar(line: str, label: str) -> str:
    """The bar drawn after `label` on a chart line (full and shaded blocks only)."""
    rest = line.split(label, 1)[1]
    return "".join(ch for ch in rest if ch in FULL + HIDDEN)


@pytest.mark.parametrize(("locale", "size"), [("en", (80, 24)), ("fr", (120, 40))])
async def test_a_hidden_caseload_is_never_drawn_as_an_empty_bar(fifty_cases, locale, size):
    i18n.set_locale(locale)
    app = app_for(fifty_cases)
    async with app.run_test(size=size) as pilot:
        await unlock(pilot, user="supervisor")
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportScreen)
        chart = next(c for c in screen.query(BarChart) if "caseworker" in c.labels)
        drawn = chart.render_chart().plain.splitlines()
        cells = dict(zip(chart.labels, chart.cells, strict=True))
        assert "*" in cells.values(), cells  # the case this test is about: a hidden caseload
        shown = [n for n in cells.values() if n.isdigit()]
        for label, cell in cells.items():
            line = next(line for line in drawn if line.startswith(label))
            bar = _bar(line, label)
            if cell == "*":  # size hidden: shaded across the whole width, never empty
                assert bar == HIDDEN * WIDTH, line
            elif cell == max(shown, key=int):
                assert bar == FULL * WIDTH, line


class _Chart(App):
    def __init__(self, cells: list[str]) -> None:
        super().__init__()
        self.cells = cells

    def compose(self) -> ComposeResult:
        yield BarChart([f"row{i}" for i in range(len(self.cells))], self.cells, width=WIDTH)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "caseassist-high-contrast"])
async def test_every_bar_is_drawn_in_a_colour_unlike_its_background(theme):
    from caseassist.tui.settings import HIGH_CONTRAST

    app = _Chart(["36", "<11", "*", "-", "0", "17"])
    async with app.run_test(size=(80, 24)) as pilot:
        app.register_theme(HIGH_CONTRAST)
        app.theme = theme
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        lines = [s.text for s in strips]
        bars = {f"row{i}": _bar(lines[i], f"row{i}") for i in range(6)}
        assert bars["row0"] == FULL * WIDTH  # the largest shown count: a full bar
        assert bars["row1"] == HIDDEN * round(WIDTH * 10 / 36)  # up to where 10 reaches
        assert bars["row2"] == bars["row3"] == HIDDEN * WIDTH  # hidden, withheld
        assert bars["row4"] == ""  # a true zero is the only empty bar
        for strip in strips[:6]:
            for segment in strip:
                if segment.text.strip(FULL + HIDDEN) == "" and segment.text:
                    style = segment.style
                    assert style is not None and style.color is not None, (theme, segment)
                    assert style.color != style.bgcolor, (theme, segment)
