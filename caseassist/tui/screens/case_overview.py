"""A case assigned to another caseworker: needs, plan progress, referral outcomes, and
whom to ask; nothing identifying (`cases.access`). Supervisors never reach it.

Built only from what `Workspace.case_overview` returns (plain columns; no
sealed value is opened), so no name, no fact about the person and no free
text can reach this screen; nor an exact date or an age band, which would
single her out (`cases.supervision`): how long the case has been open, in bands.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from caseassist.cases import closing
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.supervision import CASE_STATUS
from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import literal
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.table import MeasuredTable

GOAL_STATUS = {"active": N_("active"), "achieved": N_("achieved"), "dropped": N_("dropped")}


class CaseOverviewScreen(BaseScreen):
    HELP = N_(
        "A case assigned to another caseworker: its needs, how far the plan has come and what "
        "happened to each referral, and who holds it. No name, no personal fact, no date and "
        "no note is shown; its caseworker or an admin can assign it to you, and a case nobody "
        "holds yet you can take with t. Esc goes back."
    )
    BINDINGS = [
        Binding("t", "take", N_("Take this case"), id="take"),
        Binding("escape", "back", N_("Back"), id="back"),
    ]

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code
        self.data: dict | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="overview-title", markup=False)
        with VerticalScroll():
            yield Static(_("Needs"), classes="section", markup=False)
            yield MeasuredTable(id="overview-needs", cursor_type="row")
            yield Static(_("Plan"), classes="section", markup=False)
            yield MeasuredTable(id="overview-plan", cursor_type="row")
            yield Static(_("Referrals"), classes="section", markup=False)
            yield MeasuredTable(id="overview-referrals", cursor_type="row")
        yield KeyFooter()

    def on_mount(self) -> None:
        ws, code = self.workspace, self.code
        self.db(lambda: ws.case_overview(code), self._show, name="overview")

    def _show(self, data: dict) -> None:
        self.data = data
        status = _(CASE_STATUS.get(data["status"], data["status"]))
        title = f"{data['code']} · {status} · " + _("open for: {time}").format(
            time=_(data["open_for"])
        )
        if data["close_reason"]:
            title += " · " + closing.label(data["close_reason"])
        if data["caseworker"]:
            title += " · " + _("held by {caseworker}").format(caseworker=data["caseworker"])
        else:
            title += " · " + _("nobody holds it yet: t takes it")
        self.query_one("#overview-title", Static).update(literal(title))
        self.refresh_bindings()
        needs = self.query_one("#overview-needs", DataTable)
        needs.add_columns(_("Need"), _("Status"))
        for n in data["needs"]:
            label = need_rules.label(n["category"]) + (" · " + _("child") if n["child"] else "")
            needs.add_row(
                label,
                _(need_rules.STATUS_LABELS.get(n["status"], n["status"])),
            )
        plan = self.query_one("#overview-plan", DataTable)
        plan.add_columns(_("Need"), _("Goal"), _("Steps done"))
        for g in data["plan"]:
            plan.add_row(
                need_rules.label(g["need"]) if g["need"] else "—",
                _(GOAL_STATUS.get(g["status"], g["status"])),
                f"{g['done']}/{g['steps']}",
            )
        refs = self.query_one("#overview-referrals", DataTable)
        refs.add_columns(_("Need"), _("Provider"), _("Status"))
        for r in data["referrals"]:
            refs.add_row(
                need_rules.label(r["need"]),
                literal(r["provider"]),
                _(referral_rules.STATUS_LABELS.get(r["status"], r["status"])),
            )
        needs.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "take":  # only a case nobody holds, and only staff who may hold one
            return bool(self.data and not self.data["caseworker"] and self.workspace.can_edit)
        return True

    def action_take(self) -> None:
        """Take a case nobody holds (audited as an assignment), then open it whole."""
        ws, code = self.workspace, self.code

        def taken(_result: object) -> None:
            from caseassist.tui.screens.case_view import CaseScreen

            self.notify(_("The case is now yours."))
            self.app.switch_screen(CaseScreen(code))

        self.db(lambda: ws.assign(code, ws.user), taken, name="take")

    def action_back(self) -> None:
        self.app.pop_screen()
