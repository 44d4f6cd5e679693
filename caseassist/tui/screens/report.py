"""The supervisor's anonymized caseload: aggregate tables, with bars where they read faster."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from caseassist.i18n import N_, _
from caseassist.reports import COUNT, Report, Table
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal
from caseassist.tui.widgets.bars import BarChart, as_count
from caseassist.tui.widgets.footer import KeyFooter


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
        for table in report.tables:
            widgets.append(Static(literal(table.title, "bold"), classes="section"))
            if _chartable(table):
                widgets.append(BarChart(table.row_labels, [row[0] for row in table.cells]))
            widgets.append(_data_table(table))
            if table.note:
                widgets.append(Static(literal(table.note, "italic")))
        if report.legend:
            legend = "\n".join(f"{mark}  {meaning}" for mark, meaning in report.legend.items())
            widgets.append(Static(literal(legend, "dim")))
        box.mount_all(widgets)

    def action_back(self) -> None:
        self.app.pop_screen()


def _chartable(table: Table) -> bool:
    return (
        table.kind == COUNT
        and len(table.col_labels) == 1
        and 1 < len(table.row_labels) <= 20
        and any(as_count(row[0]) for row in table.cells)
    )


def _data_table(table: Table) -> DataTable:
    dt = DataTable(show_cursor=False, classes="report-table")
    headers = [table.row_header, *table.col_labels]
    if table.row_totals is not None:
        headers.append(_("Total"))
    dt.add_columns(*headers)
    for r, label in enumerate(table.row_labels):
        row = [literal(label), *table.cells[r]]
        if table.row_totals is not None:
            row.append(table.row_totals[r])
        dt.add_row(*row)
    if table.col_totals is not None:
        row = [literal(_("Total"), "bold"), *table.col_totals]
        if table.row_totals is not None:
            row.append(table.grand_total or "")
        dt.add_row(*row)
    return dt
