"""Cases: my cases or all open ones, overdue first, one page at a time (fast on 100,000)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import DataTable, Static

from caseassist import i18n
from caseassist.cases.model import CaseSummary
from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal, when
from caseassist.tui.widgets.footer import KeyFooter

PAGE_SIZE = 50


class CasesScreen(BaseScreen):
    """The caseload table; Enter opens a case (for accounts that may see one)."""

    HELP = N_(
        "Cases with overdue needs come first. Press m for your cases, a for all open cases, "
        "PgDn and PgUp for the next and previous page, o to sort by newest, Enter to open a case, "
        "n to start an intake."
    )
    BINDINGS = [
        # Priority: the table's own Enter would otherwise hide this key from the footer.
        Binding("enter", "open_case", N_("Open case"), id="open", priority=True),
        Binding("n", "new_intake", N_("New intake"), id="new-intake"),
        Binding("m", "mine", N_("My cases"), id="mine"),
        Binding("a", "all_open", N_("All open"), id="all-open"),
        Binding(
            "pagedown,right_square_bracket",
            "next_page",
            N_("Next page"),
            id="next-page",
            priority=True,
        ),
        Binding(
            "pageup,left_square_bracket",
            "prev_page",
            N_("Previous page"),
            id="prev-page",
            priority=True,
        ),
        Binding("o", "toggle_order", N_("Overdue first / newest"), id="order"),
        Binding("d", "directory", N_("Directory"), id="directory"),
        Binding("r", "report", N_("Report"), id="report"),
    ]

    mine: reactive[bool] = reactive(False)
    overdue_first: reactive[bool] = reactive(True)
    page: reactive[int] = reactive(0)
    total: int = 0
    rows: list[CaseSummary]

    def __init__(self) -> None:
        super().__init__()
        self.rows = []

    def compose(self) -> ComposeResult:
        yield Static("", id="who", markup=False)
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="paging", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        ws = self.workspace
        self.mine = ws.role == "caseworker"
        who = _("Signed in as {user} ({role})").format(user=ws.user, role=_(ws.role))
        if ws.is_demo:
            who += " · " + _("demo: invented people only")
        self.query_one("#who", Static).update(literal(who))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        ws = self.app.workspace
        if ws is None:
            return False
        if action == "new_intake":
            return ws.can_edit
        if action == "report":
            return ws.can_report
        if action == "open_case":
            return ws.can_read_identity
        return True

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        ws, mine, offset = self.workspace, self.mine, self.page * PAGE_SIZE
        overdue_first = self.overdue_first

        def call():
            total = ws.count_cases(mine=mine)
            page = ws.list_cases(
                mine=mine, limit=PAGE_SIZE, offset=offset, overdue_first=overdue_first
            )
            return total, page

        self.db(call, self._show, exclusive=True, name="cases")

    def _show(self, result: tuple[int, list[CaseSummary]]) -> None:
        self.total, self.rows = result
        table = self.query_one("#cases", DataTable)
        table.clear(columns=True)
        with_names = self.workspace.can_read_identity
        columns = [_("Case"), _("Overdue"), _("Open needs"), _("Opened"), _("Caseworker")]
        if with_names:
            columns.insert(1, _("Name"))
        columns.append(_("Language"))
        table.add_columns(*columns)
        for s in self.rows:
            cells: list[object] = [
                s.code,
                literal(str(s.overdue_needs), "bold red") if s.overdue_needs else "",
                str(s.open_needs),
                when(s.opened.date()),
                literal(s.caseworker or _("unassigned")),
                i18n.language_name(s.language) if s.language else "",
            ]
            if with_names:
                cells.insert(1, literal(s.name or ""))
            table.add_row(*cells, key=s.code)
        pages = max(1, -(-self.total // PAGE_SIZE))
        scope = _("My open cases") if self.mine else _("All open cases")
        scope += " · " + (_("overdue first") if self.overdue_first else _("newest first"))
        self.query_one("#paging", Static).update(
            _("{scope}: {count} · page {page} of {pages}").format(
                scope=scope,
                count=i18n.format_number(self.total),
                page=self.page + 1,
                pages=pages,
            )
        )
        table.focus()

    # -- actions -----------------------------------------------------------------------
    def action_mine(self) -> None:
        self.mine, self.page = True, 0
        self.reload()

    def action_all_open(self) -> None:
        self.mine, self.page = False, 0
        self.reload()

    def action_toggle_order(self) -> None:
        self.overdue_first, self.page = not self.overdue_first, 0
        self.reload()

    def action_next_page(self) -> None:
        if (self.page + 1) * PAGE_SIZE < self.total:
            self.page += 1
            self.reload()

    def action_prev_page(self) -> None:
        if self.page > 0:
            self.page -= 1
            self.reload()

    @on(DataTable.RowSelected, "#cases")
    def _selected(self) -> None:
        self.action_open_case()

    def action_open_case(self) -> None:
        table = self.query_one("#cases", DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return
        if not self.workspace.can_read_identity:
            self.notify(_("This account cannot see identifying details."))
            return
        from caseassist.tui.screens.case_view import CaseScreen

        self.app.push_screen(CaseScreen(self.rows[table.cursor_row].code))

    def action_new_intake(self) -> None:
        from caseassist.tui.screens.intake_start import start_intake

        start_intake(self.app)

    def action_directory(self) -> None:
        from caseassist.tui.screens.directory import DirectoryScreen

        self.app.push_screen(DirectoryScreen())

    def action_report(self) -> None:
        from caseassist.tui.screens.report import ReportScreen

        self.app.push_screen(ReportScreen())

    def on_screen_resume(self) -> None:
        if self.app.workspace is not None and self.is_mounted:
            self.reload()
