"""One case: facts with their source, the needs board, plan, referrals, notes and history."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, OptionList, Static, TabbedContent, TabPane

from caseassist.cases import closing
from caseassist.cases import needs as need_rules
from caseassist.cases.model import CaseDetail
from caseassist.directory import MatchResult
from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.screens.case_day import CaseDayActions
from caseassist.tui.screens.case_referrals import ReferralActions
from caseassist.tui.screens.case_tabs import (
    case_gender,
    child_label,
    fill_facts,
    fill_history,
    fill_notes,
    fill_plan,
    fill_referrals,
    household_line,
    need_label,
)
from caseassist.tui.text import literal, when
from caseassist.tui.widgets.dialogs import Choice
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.needs_board import NeedsBoard
from caseassist.tui.widgets.table import FittedTable


class CaseScreen(CaseDayActions, ReferralActions, BaseScreen):
    """Loads the case in a worker; every change is saved at once and the case reloaded."""

    HELP = N_(
        "Keys 1 to 6 open the tabs: needs, facts, plan, referrals, notes, history. On a need: m met, "
        "p in progress, x declined, u reopened (each asked before it is saved); r refers it: "
        "choose a provider and press Enter (the survivor's consent is asked first). / goes back "
        "to the list to find a case. On a referral: s shows the summary, n changes its status. "
        "+ adds a need by hand, k records a child, A adds an appointment, w gives the case to "
        "a caseworker, c closes it with a reason, o reopens it, D discards an unfinished intake, "
        "e corrects the note at the top of the notes tab, R starts a reassessment that asks only "
        "what is open and what may have changed, H writes the survivor's plan or a referral "
        "summary to a file to print. A step's due date is asked in words "
        "(Friday, in two weeks) and shown back to confirm."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="back"),
        Binding("slash", "find", N_("Find"), key_display="/", id="find"),
        Binding("1", "tab(0)", N_("Tabs"), key_display="1-6", id="tabs"),
        Binding("2", "tab(1)", show=False),
        Binding("3", "tab(2)", show=False),
        Binding("4", "tab(3)", show=False),
        Binding("5", "tab(4)", show=False),
        Binding("6", "tab(5)", show=False),
        Binding("a", "add_note", N_("Add note"), id="add-note"),
        Binding("g", "add_goal", N_("Add goal"), id="add-goal"),
        Binding("i", "resume_intake", N_("Resume intake"), id="resume-intake"),
        Binding("s", "summary", N_("Summary"), id="summary"),
        Binding("n", "referral_status", N_("Referral status"), id="referral-status"),
        Binding("t", "add_step", N_("Add step"), id="add-step"),
        Binding("space", "toggle_step", N_("Step done"), id="step-done"),
        # Priority: on the Referrals tab Enter refers the highlighted provider wherever the
        # focus is (the consent dialog names the provider before anything is recorded).
        Binding("enter", "refer", N_("Refer"), id="refer", priority=True),
        Binding("plus", "add_need", N_("Add need"), key_display="+", id="add-need"),
        Binding("k", "add_child", N_("Child"), id="add-child"),
        Binding("A", "add_appointment", N_("Appointment"), id="add-appointment"),
        Binding("w", "assign", N_("Assign"), id="assign"),
        Binding("c", "close_case", N_("Close case"), id="close-case"),
        Binding("o", "reopen_case", N_("Reopen"), id="reopen-case"),
        Binding("D", "discard", N_("Discard intake"), id="discard-intake"),
        Binding("e", "correct_note", N_("Correct note"), id="correct-note"),
        Binding("R", "reassess", N_("Reassess"), id="reassess"),
        Binding("H", "handover", N_("Hand-over"), id="handover"),
    ]

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code
        self.detail: CaseDetail | None = None
        self.matches: dict[str, MatchResult] = {}
        self._suggestions: dict[str, tuple[str, str, str, str]] = {}
        self._plan_rows: list[tuple[str, str, bool]] = []
        self.left_for_intake = False
        """An intake (resumed or a reassessment) was opened from here: reload on return."""

    def compose(self) -> ComposeResult:
        yield Static("", id="case-title", markup=False)
        yield Static("", id="household", markup=False)
        with TabbedContent(id="tabs"):
            with TabPane(_("Needs"), id="tab-needs"):
                yield NeedsBoard(id="board")
            with TabPane(_("Facts"), id="tab-facts"):
                yield FittedTable(id="facts", cursor_type="row")
            with TabPane(_("Plan"), id="tab-plan"):
                yield FittedTable(id="plan", cursor_type="row")
            with TabPane(_("Referrals"), id="tab-referrals"):
                yield FittedTable(id="referrals", cursor_type="row")
                yield Static(_("Suggested providers (Enter to refer)"), classes="section")
                yield OptionList(id="suggestions")
            with TabPane(_("Notes"), id="tab-notes"):
                yield VerticalScroll(id="notes")
            with TabPane(_("History"), id="tab-history"):
                yield FittedTable(id="history", cursor_type="row")
        yield KeyFooter()

    def on_mount(self) -> None:
        # Keys typed with the Enter that opened the case ("Enter i": resume its intake)
        # wait until it is shown: its keys act only on a loaded case, and one was lost.
        hold = self.app.gate.hold()  # type: ignore[attr-defined]
        self.reload(then_release=hold)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        ws = self.app.workspace
        if ws is None:
            return False
        focused = self.focused.id if self.focused is not None else None
        if action in ("add_step", "toggle_step"):
            return ws.can_edit and focused == "plan"
        if action in ("summary", "referral_status"):
            return focused == "referrals" and (action == "summary" or ws.can_edit)
        if action in ("add_note", "add_goal"):
            return ws.can_edit
        if action == "resume_intake":
            return ws.can_edit and bool(self.detail and self.detail.intake_state)
        if action == "refer":
            on_tab = self.query_one("#tabs", TabbedContent).active == "tab-referrals"
            return on_tab and ws.can_edit and bool(self._suggestions)
        status = self.detail.summary.status if self.detail else ""
        if action in ("add_need", "add_child", "add_appointment", "assign"):
            return ws.can_edit and status == "open"
        if action == "close_case":
            return ws.role in ("caseworker", "admin") and status == "open"
        if action == "reopen_case":
            return ws.role in ("caseworker", "admin") and status == "closed"
        if action == "discard":
            return ws.can_edit and bool(self.detail and self.detail.intake_state)
        if action == "handover":
            return ws.can_edit
        if action == "reassess":
            return ws.can_edit and status == "open"
        if action == "correct_note":
            return ws.can_edit and bool(self.detail and self.detail.notes)
        return True

    # -- loading -----------------------------------------------------------------------
    def reload(self, then_release: int | None = None) -> None:
        ws, code = self.workspace, self.code
        gate = self.app.gate  # type: ignore[attr-defined]

        def call():
            detail = ws.get_case(code)
            try:
                matches = ws.case_suggestions(detail)
            except CaseAssistError:  # no directory imported: the case still opens
                matches = {}
            return detail, matches

        def show(result: tuple[CaseDetail, dict[str, MatchResult]]) -> None:
            try:
                self._show(result)
            finally:
                gate.release(then_release)

        self.db(
            call,
            show,
            exclusive=True,
            name="case",
            dropped=lambda _r: gate.release(then_release),
            failed=lambda: gate.release(then_release),
        )

    def _show(self, result: tuple[CaseDetail, dict[str, MatchResult]]) -> None:
        self.detail, self.matches = result
        d = self.detail
        s = d.summary
        parts = [s.code, s.name or "", _("opened {date}").format(date=when(s.opened))]
        parts.append(s.caseworker or _("unassigned"))
        if s.status == "closed":
            reason = closing.label(d.close_reason, case_gender(d))
            parts.append(_("closed: {reason}").format(reason=reason))
        title = " · ".join(p for p in parts if p.strip())  # no empty slot for a missing name
        self.query_one("#case-title", Static).update(literal(title))
        whose = {m.id: child_label(m) for m in d.members}
        line = household_line(d, self.app.settings.wall_clock().date())
        household = self.query_one("#household", Static)
        household.update(literal(line))
        household.display = bool(line)  # a line only when there are children or appointments
        self.query_one("#board", NeedsBoard).show(d.needs, whose)
        self._show_facts(d)
        self._show_plan(d)
        self._show_referrals(d)
        self._show_notes(d)
        self._show_history(d)
        self.refresh_bindings()
        if self.focused is None or self.focused.id == "tabs" or not self.focused.id:
            self.query_one("#immediate").focus()

    def _show_facts(self, d: CaseDetail) -> None:
        fill_facts(self.query_one("#facts", FittedTable), d)

    def _show_plan(self, d: CaseDetail) -> None:
        self._plan_rows = fill_plan(self.query_one("#plan", FittedTable), d)

    def _show_referrals(self, d: CaseDetail) -> None:
        tables = (
            self.query_one("#referrals", FittedTable),
            self.query_one("#suggestions", OptionList),
        )
        self._suggestions = fill_referrals(*tables, d, self.matches)

    def _show_notes(self, d: CaseDetail) -> None:
        fill_notes(self.query_one("#notes", VerticalScroll), d)

    def _show_history(self, d: CaseDetail) -> None:
        fill_history(self.query_one("#history", FittedTable), d)

    # -- needs ------------------------------------------------------------------------
    @on(NeedsBoard.StatusRequested)
    def _status_asked(self, event: NeedsBoard.StatusRequested) -> None:
        """A status key asks first; the safe answer is highlighted and no letter answers."""
        if not self.workspace.can_edit:
            return
        need, status = (
            need_rules.label(event.need.category),
            _(need_rules.STATUS_LABELS[event.status]),
        )
        was = _(need_rules.STATUS_LABELS.get(event.need.status, event.need.status))
        options = [
            ("no", _("No, leave it {status}").format(status=was)),
            ("yes", _("Yes, mark it {status}").format(status=status)),
        ]

        def chosen(answer: str | None) -> None:
            if answer == "yes":
                self._need_status(event)

        self.app.push_screen(
            Choice(_("{need}: mark it {status}?").format(need=need, status=status), options),
            chosen,
        )

    @on(NeedsBoard.ReferRequested)
    def _refer_asked(self, event: NeedsBoard.ReferRequested) -> None:
        """`r` on a need: its providers on the Referrals tab, the first highlighted; Enter refers."""
        need = event.need
        ids = [oid for oid, (need_id, *_rest) in self._suggestions.items() if need_id == need.id]
        label = need_label(need, self.detail) if self.detail else need_rules.label(need.category)
        if not ids or not self.workspace.can_edit:
            self.notify(
                _("No provider is suggested for {need}; nothing was changed.").format(need=label)
            )
            return
        self.query_one("#tabs", TabbedContent).active = "tab-referrals"
        options = self.query_one("#suggestions", OptionList)
        options.highlighted = options.get_option_index(ids[0])
        options.focus()
        self.notify(_("Choose a provider for {need} and press Enter to refer.").format(need=label))

    def _need_status(self, event: NeedsBoard.StatusRequested) -> None:
        if not self.workspace.can_edit:
            return
        ws, need_id, status = self.workspace, event.need.id, event.status
        self.db(lambda: ws.change_need(need_id, status=status), self._saved, name="need")

    def _saved(self, _result: object = None) -> None:
        self.reload()

    # -- referrals (the actions are in `ReferralActions`) --------------------------------
    @on(OptionList.OptionSelected, "#suggestions")
    def _selected_suggestion(self, event: OptionList.OptionSelected) -> None:
        self._refer(event.option.id)

    # -- intake and navigation --------------------------------------------------------
    TABS = ("needs", "facts", "plan", "referrals", "notes", "history")
    FIRST_WIDGET = {
        "needs": "#immediate",
        "facts": "#facts",
        "plan": "#plan",
        "referrals": "#suggestions",
        "notes": "#notes",
        "history": "#history",
    }

    def action_tab(self, index: int) -> None:
        name = self.TABS[index]
        self.query_one("#tabs", TabbedContent).active = f"tab-{name}"
        widget = self.query_one(self.FIRST_WIDGET[name])
        if isinstance(widget, OptionList) and widget.option_count and widget.highlighted is None:
            widget.highlighted = 0
        widget.focus()

    def action_resume_intake(self) -> None:
        if self.detail is None:
            return
        from caseassist.tui.screens.intake_start import resume_intake

        self.left_for_intake = True
        resume_intake(self.app, self.detail)

    def on_screen_resume(self) -> None:
        """Back from an intake (F8 returns here, where it was resumed): show what it found."""
        if self.left_for_intake and self.app.workspace is not None:
            self.left_for_intake = False
            self.reload()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_find(self) -> None:
        """/ as on the list: back to it, its search line focused (typed on, the name finds
        the case). Off the list (the case opened from elsewhere) it does nothing."""
        from caseassist.tui.screens.cases import CasesScreen

        stack = self.app.screen_stack
        below = stack[-2] if len(stack) > 1 else None
        if isinstance(below, CasesScreen):
            # Focused before it shows (synchronously): typed on at once, the name must reach
            # the search line, not the list (where Enter would open the first case).
            below.set_focus(below.query_one("#search", Input))
            self.app.pop_screen()
