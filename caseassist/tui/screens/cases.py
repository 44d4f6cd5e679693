"""Cases: my cases or all open ones, overdue first, one page at a time (fast on 100,000)."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.reactive import reactive
from textual.widgets import DataTable, Input, Static

from caseassist import i18n
from caseassist.cases.model import CaseSummary
from caseassist.cases.supervision import COUNTS_ONLY_HOME
from caseassist.i18n import N_, _, ngettext
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.table import Column, FittedTable

PAGE_SIZE = 50


def due_text(s: CaseSummary) -> str | dt.date | None:
    """What is due today and what is late on a case, in a few characters; else the next day
    a step or an appointment is due (a date, drawn as the table draws dates)."""
    parts = []
    if s.due_today:
        parts.append(_("{n} today").format(n=s.due_today))
    if s.late_steps:
        parts.append(_("{n} late").format(n=s.late_steps))
    return " · ".join(parts) if parts else s.next_due


class FindCommands(Provider):
    """The command palette's way to the case search."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        name = _("Find a case")
        score = matcher.match(name)
        if score > 0:
            yield Hit(score, matcher.highlight(name), self._focus, help=_("code, need or name"))

    async def discover(self) -> Hits:
        from textual.command import DiscoveryHit

        yield DiscoveryHit(_("Find a case"), self._focus, help=_("code, need or name"))

    def _focus(self) -> None:
        screen = self.screen
        if isinstance(screen, CasesScreen):
            screen.action_find()


class CasesScreen(BaseScreen):
    """The caseload table; Enter opens a case (for accounts that may see one)."""

    HELP = N_(
        "Cases with overdue needs come first. Press m for your cases, a for all open cases, "
        "PgDn and PgUp for the next and previous page, o to sort by newest, Enter to open a case, "
        "n to start an intake. Press / to find a case by code, need (medical, need:food "
        "status:referred), caseworker (by:name) or name; Escape goes back to the list."
    )
    BINDINGS = [
        # Priority: the table's own Enter would otherwise hide this key from the footer.
        Binding("enter", "open_case", N_("Open case"), id="open", priority=True),
        Binding("slash", "find", N_("Find"), key_display="/", id="find"),
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

    COMMANDS = {FindCommands}
    AUTO_FOCUS = "#cases"  # not the search field: its keys are the list's until / is pressed
    search_text: str = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="who", markup=False)
        yield Input(
            id="search",
            compact=True,
            placeholder=_("/ find: a code, a need, by:caseworker or a name"),
        )
        yield FittedTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="paging", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        ws = self.workspace
        self.mine = ws.role == "caseworker"
        if not ws.can_read_identity:  # a supervisor: counts only, in the report
            self.query_one("#search", Input).display = False
        who = _("Signed in as {user} ({role})").format(user=ws.user, role=_(ws.role))
        if ws.is_demo:
            who += " · " + _("demo: invented people only")
        self.query_one("#who", Static).update(literal(who))

    def help_about(self) -> str:
        """F1's words for this screen: a supervisor's home has no list, so not the list's keys."""
        ws = self.app.workspace
        return COUNTS_ONLY_HOME if ws is not None and not ws.can_read_identity else self.HELP

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        ws = self.app.workspace
        if ws is None:
            return False
        if action == "open_case" and self.is_mounted and self.query_one("#search", Input).has_focus:
            return False  # Enter in the find field runs the search
        if action == "new_intake":
            return ws.can_edit
        if action == "report":
            return ws.can_report
        if not ws.can_read_identity:  # a supervisor reads counts, never case by case
            return action in ("directory",)
        return True

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        if self.search_text:
            self._find(self.search_text)
            return
        ws, mine, offset = self.workspace, self.mine, self.page * PAGE_SIZE
        overdue_first = self.overdue_first
        if not ws.can_read_identity:
            self._show_counts_only()
            return

        def call():
            total = ws.count_cases(mine=mine)
            page = ws.list_cases(
                mine=mine, limit=PAGE_SIZE, offset=offset, overdue_first=overdue_first
            )
            return total, page

        self.db(call, self._show, exclusive=True, name="cases")

    def _show(self, result: tuple[int, list[CaseSummary]]) -> None:
        self.total, self.rows = result
        table = self.query_one("#cases", FittedTable)
        columns = [
            Column(_("Case")),
            Column(_("Name")),
            Column(_("Overdue")),
            Column(_("Due"), give_way=1, date=True),
            Column(_("Open needs")),
            Column(_("Opened"), date=True),
            # Too narrow (80 columns): these make room, the language first, before a date
            # is cut ("Dec 3, 202").
            Column(_("Caseworker"), give_way=2),
            Column(_("Language"), give_way=3),
        ]
        rows = [
            (
                s.code,
                [
                    s.code,
                    literal(s.name or ""),
                    literal(str(s.overdue_needs), "bold red") if s.overdue_needs else "",
                    due_text(s),
                    str(s.open_needs),
                    s.opened.date(),
                    literal(s.caseworker or _("unassigned")),
                    i18n.language_name(s.language) if s.language else "",
                ],
            )
            for s in self.rows
        ]
        table.fill(columns, rows)
        self._show_paging(table)

    def _show_counts_only(self) -> None:
        """A supervisor's home: no case line at all, only where the counts are
        (`cases.supervision`): any list of codes could be counted back into the cells
        the report hides."""
        self.rows, self.total = [], 0
        table = self.query_one("#cases", FittedTable)
        table.fill([], [])
        table.display = False
        paging = self.query_one("#paging", Static)
        paging.styles.height = "auto"  # the whole sentence, wrapped: it is all there is
        paging.update(_(COUNTS_ONLY_HOME))

    def _show_paging(self, table: DataTable) -> None:
        if self.search_text:
            self.query_one("#paging", Static).update(
                ngettext("{n} case found", "{n} cases found", len(self.rows)).format(
                    n=i18n.format_number(len(self.rows))
                )
                + " · "
                + _("Escape: back to the list")
            )
            table.focus()
            return
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
        if not self.query_one("#search", Input).has_focus:  # typing a search goes on
            table.focus()

    # -- finding -----------------------------------------------------------------------
    def action_find(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Submitted, "#search")
    def _search(self, event: Input.Submitted) -> None:
        self.search_text = event.value.strip().removeprefix("/").strip()
        self.page = 0
        self.reload()

    def _find(self, text: str) -> None:
        ws = self.workspace

        def call():
            rows = ws.find_cases(text)
            return len(rows), rows

        self.db(call, self._show, exclusive=True, name="cases")

    def key_escape(self) -> None:
        if self.search_text or self.query_one("#search", Input).has_focus:
            self.search_text = ""
            self.query_one("#search", Input).value = ""
            self.page = 0
            self.reload()
            self.query_one("#cases", DataTable).focus()

    # -- actions -----------------------------------------------------------------------
    def action_mine(self) -> None:
        self.search_text = ""
        self.mine, self.page = True, 0
        self.reload()

    def action_all_open(self) -> None:
        self.search_text = ""
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
        row = self.rows[table.cursor_row]
        if not row.in_full:  # another caseworker's case: its needs and progress only
            from caseassist.tui.screens.case_overview import CaseOverviewScreen

            self.app.push_screen(CaseOverviewScreen(row.code))
            return
        from caseassist.tui.screens.case_view import CaseScreen

        self.app.push_screen(CaseScreen(row.code))

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
