"""One case: facts with their source, the needs board, plan, referrals, notes and history."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from caseassist.cases import consent as consent_rules
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.model import CaseDetail
from caseassist.directory import MatchResult
from caseassist.i18n import N_, _
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.text import fact_display, fact_label, literal, source_label, state_label, when
from caseassist.tui.widgets.dialogs import (
    Choice,
    ConsentAnswer,
    ConsentDialog,
    ShowText,
    TextPrompt,
)
from caseassist.tui.widgets.footer import KeyFooter
from caseassist.tui.widgets.needs_board import NeedsBoard


class CaseScreen(BaseScreen):
    """Loads the case in a worker; every change is saved at once and the case reloaded."""

    HELP = N_(
        "Keys 1 to 6 open the tabs: needs, facts, plan, referrals, notes, history. On a need: m met, p in progress, "
        "r referred, x declined. On a suggested provider: Enter refers (the survivor's consent "
        "is asked first). On a referral: s shows the summary, n changes its status."
    )
    BINDINGS = [
        Binding("escape", "back", N_("Back"), id="back"),
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
    ]

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code
        self.detail: CaseDetail | None = None
        self.matches: dict[str, MatchResult] = {}
        self._suggestions: dict[str, tuple[str, str, str, str]] = {}
        self._plan_rows: list[tuple[str, str, bool]] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="case-title", markup=False)
        with TabbedContent(id="tabs"):
            with TabPane(_("Needs"), id="tab-needs"):
                yield NeedsBoard(id="board")
            with TabPane(_("Facts"), id="tab-facts"):
                yield DataTable(id="facts", cursor_type="row")
            with TabPane(_("Plan"), id="tab-plan"):
                yield DataTable(id="plan", cursor_type="row")
            with TabPane(_("Referrals"), id="tab-referrals"):
                yield DataTable(id="referrals", cursor_type="row")
                yield Static(_("Suggested providers (Enter to refer)"), classes="section")
                yield OptionList(id="suggestions")
            with TabPane(_("Notes"), id="tab-notes"):
                yield VerticalScroll(id="notes")
            with TabPane(_("History"), id="tab-history"):
                yield DataTable(id="history", cursor_type="row")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.reload()

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
        return True

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        ws, code = self.workspace, self.code

        def call():
            detail = ws.get_case(code)
            facts = {f.fact_id: f.value for f in detail.facts if f.state == "known"}
            open_needs = [n.category for n in detail.needs if n.status not in ("met", "declined")]
            try:
                matches = ws.suggestions(facts, open_needs)
            except Exception:  # noqa: BLE001 - no directory imported: the case still opens
                matches = {}
            return detail, matches

        self.db(call, self._show, exclusive=True, name="case")

    def _show(self, result: tuple[CaseDetail, dict[str, MatchResult]]) -> None:
        self.detail, self.matches = result
        d = self.detail
        s = d.summary
        title = f"{s.code} · {s.name or ''} · " + _("opened {date}").format(date=when(s.opened))
        self.query_one("#case-title", Static).update(literal(title))
        self.query_one("#board", NeedsBoard).show(d.needs)
        self._show_facts(d)
        self._show_plan(d)
        self._show_referrals(d)
        self._show_notes(d)
        self._show_history(d)
        self.refresh_bindings()
        if self.focused is None or self.focused.id == "tabs" or not self.focused.id:
            self.query_one("#immediate").focus()

    def _show_facts(self, d: CaseDetail) -> None:
        table = self.query_one("#facts", DataTable)
        table.clear(columns=True)
        table.add_columns(_("Fact"), _("Value"), _("Source"), _("Recorded"))
        from caseassist.intake.facts import FACTS

        order = {fid: i for i, fid in enumerate(FACTS)}  # grouped as in "What we know"
        for f in sorted(d.facts, key=lambda f: order.get(f.fact_id, len(order))):
            if f.state == "known":
                value = literal(fact_display(f.fact_id, f.value))
            else:
                mark = "—" if f.state == "declined" else "?"
                value = literal(f"{mark} {state_label(f.state)}", "italic")
            table.add_row(fact_label(f.fact_id), value, source_label(f.source), when(f.recorded_at))

    def _show_plan(self, d: CaseDetail) -> None:
        table = self.query_one("#plan", DataTable)
        table.clear(columns=True)
        table.add_columns(_("Goal or step"), _("Who"), _("Due"), _("Done"))
        self._plan_rows = []
        for g in d.goals:
            progress = f"{round(g.progress * 100)}%"
            table.add_row(literal(g.text, "bold"), "", "", progress)
            self._plan_rows.append((g.id, g.id, False))
            for st in g.steps:
                done = "✓" if st.done_at else ""
                table.add_row(literal("  • " + st.text), _(st.owner), when(st.due), done)
                self._plan_rows.append((g.id, st.id, True))

    def _show_referrals(self, d: CaseDetail) -> None:
        table = self.query_one("#referrals", DataTable)
        table.clear(columns=True)
        table.add_columns(_("Need"), _("Provider"), _("Status"), _("Made"))
        for r in d.referrals:
            status = _(referral_rules.STATUS_LABELS.get(r.status, r.status))
            table.add_row(
                need_rules.label(r.category), literal(r.provider), status, when(r.created_at)
            )
        options = self.query_one("#suggestions", OptionList)
        options.clear_options()
        self._suggestions = {}
        for need in d.needs:
            result = self.matches.get(need.category)
            if result is None or need.status in ("met", "declined"):
                continue
            if not result.suggestions and result.message:
                options.add_option(Option(literal(result.message, "italic"), disabled=True))
            for sug in result.suggestions:
                key = f"{need.id}|{sug.service_id}"
                self._suggestions[key] = (need.id, need.category, sug.service_id, sug.name)
                text = literal(f"{need_rules.label(need.category)}: {sug.name}", "bold")
                text.append(literal("\n    " + "; ".join(sug.reasons)))
                options.add_option(Option(text, id=key))
        if options.highlighted is None and self._suggestions:
            options.highlighted = next(
                i
                for i in range(options.option_count)
                if not options.get_option_at_index(i).disabled
            )

    def _show_notes(self, d: CaseDetail) -> None:
        box = self.query_one("#notes", VerticalScroll)
        box.remove_children()
        items = []
        for n in reversed(d.notes):
            head = literal(f"{when(n.created_at)} · {n.author}\n", "dim")
            head.append(literal(n.text))
            items.append(Static(head, classes="note"))
        if not items:
            items.append(Static(_("No notes yet. Press a to add one."), markup=False))
        box.mount_all(items)

    def _show_history(self, d: CaseDetail) -> None:
        table = self.query_one("#history", DataTable)
        table.clear(columns=True)
        table.add_columns(_("When"), _("Who"), _("Need"), _("Change"))
        cats = {n.id: n.category for n in d.needs}
        events = [(c, nid) for nid, changes in d.history.items() for c in changes]
        for c, nid in sorted(events, key=lambda e: e[0].at, reverse=True):
            old = _(need_rules.STATUS_LABELS.get(c.old, c.old)) if c.old else ""
            new = _(need_rules.STATUS_LABELS.get(c.new, c.new)) if c.new else ""
            table.add_row(
                when(c.at),
                literal(c.account),
                need_rules.label(cats.get(nid, "")),
                literal(f"{old} → {new}" if old else new),
            )

    # -- needs ------------------------------------------------------------------------
    @on(NeedsBoard.StatusRequested)
    def _need_status(self, event: NeedsBoard.StatusRequested) -> None:
        if not self.workspace.can_edit:
            return
        ws, need_id, status = self.workspace, event.need.id, event.status
        self.db(lambda: ws.change_need(need_id, status=status), self._saved, name="need")

    def _saved(self, _result: object = None) -> None:
        self.reload()

    # -- notes and plan ---------------------------------------------------------------
    def action_add_note(self) -> None:
        def save(text: str | None) -> None:
            if text:
                ws, code = self.workspace, self.code
                self.db(lambda: ws.add_note(code, text), self._saved, name="note")

        self.app.push_screen(TextPrompt(_("New note"), multiline=True), save)

    def action_add_goal(self) -> None:
        def save(text: str | None) -> None:
            if text:
                ws, code = self.workspace, self.code
                self.db(lambda: ws.add_goal(code, text), self._saved, name="goal")

        self.app.push_screen(TextPrompt(_("A goal, in the survivor's words")), save)

    def _plan_row(self) -> tuple[str, str, bool] | None:
        table = self.query_one("#plan", DataTable)
        if not table.has_focus or table.cursor_row >= len(self._plan_rows):
            return None
        return self._plan_rows[table.cursor_row]

    def action_add_step(self) -> None:
        row = self._plan_row()
        if row is None:
            return
        goal_id = row[0]

        def save(text: str | None) -> None:
            if text:
                ws = self.workspace
                self.db(lambda: ws.add_step(goal_id, text), self._saved, name="step")

        self.app.push_screen(TextPrompt(_("A next step")), save)

    def action_toggle_step(self) -> None:
        row = self._plan_row()
        if row is None or not row[2] or self.detail is None:
            return
        step = next(s for g in self.detail.goals for s in g.steps if s.id == row[1])
        ws = self.workspace
        self.db(lambda: ws.complete_step(step.id, step.done_at is None), self._saved, name="step")

    # -- referrals --------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#suggestions")
    def _selected_suggestion(self, event: OptionList.OptionSelected) -> None:
        self._refer(event.option.id)

    def action_refer(self) -> None:
        """The highlighted suggestion (the first one if none is highlighted yet)."""
        options = self.query_one("#suggestions", OptionList)
        index = options.highlighted
        if index is None:
            index = next(
                (
                    i
                    for i in range(options.option_count)
                    if not options.get_option_at_index(i).disabled
                ),
                None,
            )
        if index is not None:
            self._refer(options.get_option_at_index(index).id)

    def _refer(self, option_id: str | None) -> None:
        if not self.workspace.can_edit or option_id not in self._suggestions:
            return
        need_id, _category, service_id, provider = self._suggestions[option_id]
        share = None
        if self.detail:
            share = next(
                (f.value for f in self.detail.facts if f.fact_id == "consent.share_with_providers"),
                None,
            )
        labels = {k: _(v) for k, v in consent_rules.CATEGORIES.items()}
        preselected = consent_rules.default_categories(share if isinstance(share, str) else None)

        def done(answer: ConsentAnswer | None) -> None:
            if answer is None:
                return
            ws, code = self.workspace, self.code

            def call():
                consent_id = None
                if answer.categories:
                    consent_id = ws.record_consent(
                        code,
                        purpose="referral",
                        recipient=provider,
                        categories=answer.categories,
                        method=answer.method,
                    )
                return ws.add_referral(
                    need_id, provider=provider, service_id=service_id, consent_id=consent_id
                )

            self.db(call, self._saved, name="refer")
            self.notify(_("Referral proposed to {provider}.").format(provider=provider))

        self.app.push_screen(ConsentDialog(provider, labels, preselected), done)

    def _referral(self):
        table = self.query_one("#referrals", DataTable)
        if self.detail is None or not table.has_focus:
            return None
        if table.cursor_row >= len(self.detail.referrals):
            return None
        return self.detail.referrals[table.cursor_row]

    def action_summary(self) -> None:
        ref = self._referral()
        if ref is None or self.detail is None:
            return
        ws, detail = self.workspace, self.detail

        def call():
            try:
                return ws.referral_summary(
                    detail, need=ref.category, provider=ref.provider, consent_id=ref.consent_id
                )
            except referral_rules.ConsentMissing:
                return None

        def show(text: str | None) -> None:
            if text is None:
                self.notify(
                    _("No live consent covers this referral: nothing about the survivor is shared.")
                )
            else:
                self.app.push_screen(ShowText(_("Referral summary"), text))

        self.db(call, show, name="summary")

    def action_referral_status(self) -> None:
        ref = self._referral()
        if ref is None:
            return
        nexts = referral_rules.TRANSITIONS.get(ref.status, ())
        if not nexts:
            self.notify(_("This referral is finished."))
            return
        options = [(s, _(referral_rules.STATUS_LABELS[s])) for s in nexts]

        def done(status: str | None) -> None:
            if status:
                ws = self.workspace
                self.db(lambda: ws.change_referral(ref.id, status), self._saved, name="referral")

        self.app.push_screen(Choice(_("New status"), options), done)

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

        resume_intake(self.app, self.detail)

    def action_back(self) -> None:
        self.app.pop_screen()
