"""The supervisor's anonymized caseload: aggregate tables, with bars where they read faster."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Sparkline, Static

from caseassist.i18n import N_, _
from caseassist.reports import COUNT, Report, Table
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal, week
from caseassist.tui.widgets.bars import BarChart, as_count
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.table import MeasuredTable


class ReportScreen(BaseScreen):
    """Every cell is what the report allows a reader to see; nothing refers to one person."""

    HELP = N_(
        "Counts below the threshold are shown as <11 and never as bars. Press r to run the "
        "report again."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="back"),
        Binding("r", "reload", N_("Run again"), id="rerun"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(_("Caseload report (anonymized)"), id="report-title", markup=False)
        yield VerticalScroll(id="report")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        ws = self.workspace
        self.db(ws.run_report, self._show, exclusive=True, name="report")

    def _show(self, report: Report) -> None:
        box = self.query_one("#report", VerticalScroll)
        box.remove_children()
        widgets = []
        if report.legend:  # first, where a reader meets the marks, not after every table
            legend = "\n".join(f"{mark}  {meaning}" for mark, meaning in report.legend.items())
            widgets.append(Static(literal(legend, "dim"), id="legend"))
        for table in report.tables:
            widgets.append(Static(literal(table.title, "bold"), classes="section"))
            values = _chart_values(table)
            if values is not None and len(values) > 20:
                counts = [as_count(v) or 0 for v in values]
                widgets.append(Sparkline(counts, classes="report-spark"))
                widgets.append(
                    Static(_("Weeks with fewer than the threshold show as empty."), classes="dim")
                )
                widgets.append(
                    Static(_("Weeks with no new case are left out of the table."), classes="dim")
                )
                widgets.append(_data_table(table, skip_zero_rows=True))
            else:
                if values is not None:
                    widgets.append(BarChart(_row_labels(table), values))
                widgets.append(_data_table(table))
            if table.note:
                widgets.append(Static(literal(table.note, "italic")))
        box.mount_all(widgets)

    def action_back(self) -> None:
        self.app.pop_screen()


WEEKLY = "new_cases_by_week"
WEEK_STARTING = N_("Week starting")
"""Its rows read as the Monday of each week in the UI language, not as ISO `2026-W06`."""


def _row_labels(table: Table) -> list[str]:
    return (
        [week(label) for label in table.row_labels]
        if table.key == WEEKLY
        else list(table.row_labels)
    )


def _chart_values(table: Table) -> list[str] | None:
    """The one column (or the row totals) worth a picture; None when a table reads better."""
    if table.kind != COUNT or len(table.row_labels) < 2:
        return None
    if len(table.col_labels) == 1:
        values = [row[0] for row in table.cells]
    elif table.row_totals is not None:
        values = list(table.row_totals)
    else:
        return None
    return values if any(as_count(v) for v in values) else None


def _data_table(table: Table, *, skip_zero_rows: bool = False) -> DataTable:
    dt = MeasuredTable(show_cursor=False, classes="report-table")
    weekly = table.key == WEEKLY
    headers = [_(WEEK_STARTING) if weekly else table.row_header, *table.col_labels]
    if table.row_totals is not None:
        headers.append(_("Total"))
    dt.add_columns(*[literal(h) for h in headers])
    labels = _row_labels(table)
    for r in range(len(table.row_labels)):
        if skip_zero_rows and all(as_count(c) == 0 for c in table.cells[r]):
            continue
        row = [labels[r], *table.cells[r]]
        if table.row_totals is not None:
            row.append(table.row_totals[r])
        dt.add_row(*[literal(c) for c in row])
    if table.col_totals is not None:
        row = [*table.col_totals]
        if table.row_totals is not None:
            row.append(table.grand_total or "")
        dt.add_row(literal(_("Total"), "bold"), *[literal(c) for c in row])
    return dt
