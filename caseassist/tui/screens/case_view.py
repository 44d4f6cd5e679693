"""One case: facts with their source, the needs board, plan, referrals, notes and history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from caseassist.cases import closing
from caseassist.cases import consent as consent_rules
from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.dates import When, parse_when
from caseassist.cases.model import CaseDetail, Member
from caseassist.directory import MatchResult
from caseassist.errors import CaseAssistError
from caseassist.i18n import N_, _, format_date, get_locale, ngettext
from caseassist.intake.numbers import to_int
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
from caseassist.tui.widgets.table import MeasuredTable


def child_label(member: Member) -> str:
    if member.age is None:
        return _("child")
    return ngettext("child, {n} year", "child, {n} years", member.age).format(n=member.age)


def household_line(d: CaseDetail) -> str:
    """Children and the next appointments, one line under the title."""
    import datetime as dt

    parts = []
    if d.members:
        parts.append(_("With them: {who}").format(who=", ".join(child_label(m) for m in d.members)))
    says_child_needs = any(
        f.fact_id == "household.children_need_care" and f.value is True for f in d.facts
    )
    if says_child_needs and not any(n.member_id for n in d.needs):
        parts.append(_("A child needs something now: k records the child, + their need"))
    today = dt.date.today()
    upcoming = [a for a in d.appointments if a.on >= today and a.status == "planned"]
    for a in upcoming[:2]:
        parts.append(f"{when(a.on)} {a.at_time} {a.what}".replace("  ", " "))
    return " · ".join(parts)


class CaseScreen(BaseScreen):
    """Loads the case in a worker; every change is saved at once and the case reloaded."""

    HELP = N_(
        "Keys 1 to 6 open the tabs: needs, facts, plan, referrals, notes, history. On a need: m met, p in progress, "
        "r referred, x declined. On a suggested provider: Enter refers (the survivor's consent "
        "is asked first). On a referral: s shows the summary, n changes its status. "
        "+ adds a need by hand, k records a child, A adds an appointment, w gives the case to "
        "a caseworker, c closes it with a reason, o reopens it, D discards an unfinished intake, "
        "e corrects the note at the top of the notes tab, R starts a reassessment that asks only "
        "what is open and what may have changed, H writes the survivor's plan or a referral "
        "summary to a file to print. A step's due date is asked in words "
        "(Friday, in two weeks) and shown back to confirm."
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

    def compose(self) -> ComposeResult:
        yield Static("", id="case-title", markup=False)
        yield Static("", id="household", markup=False)
        with TabbedContent(id="tabs"):
            with TabPane(_("Needs"), id="tab-needs"):
                yield NeedsBoard(id="board")
            with TabPane(_("Facts"), id="tab-facts"):
                yield MeasuredTable(id="facts", cursor_type="row")
            with TabPane(_("Plan"), id="tab-plan"):
                yield MeasuredTable(id="plan", cursor_type="row")
            with TabPane(_("Referrals"), id="tab-referrals"):
                yield MeasuredTable(id="referrals", cursor_type="row")
                yield Static(_("Suggested providers (Enter to refer)"), classes="section")
                yield OptionList(id="suggestions")
            with TabPane(_("Notes"), id="tab-notes"):
                yield VerticalScroll(id="notes")
            with TabPane(_("History"), id="tab-history"):
                yield MeasuredTable(id="history", cursor_type="row")
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
    def reload(self) -> None:
        ws, code = self.workspace, self.code

        def call():
            detail = ws.get_case(code)
            try:
                matches = ws.case_suggestions(detail)
            except CaseAssistError:  # no directory imported: the case still opens
                matches = {}
            return detail, matches

        self.db(call, self._show, exclusive=True, name="case")

    def _show(self, result: tuple[CaseDetail, dict[str, MatchResult]]) -> None:
        self.detail, self.matches = result
        d = self.detail
        s = d.summary
        title = f"{s.code} · {s.name or ''} · " + _("opened {date}").format(date=when(s.opened))
        title += " · " + (s.caseworker or _("unassigned"))
        self.query_one("#case-title", Static).update(literal(title))
        if s.status == "closed":
            title += " · " + _("closed: {reason}").format(reason=closing.label(d.close_reason))
            self.query_one("#case-title", Static).update(literal(title))
        whose = {m.id: child_label(m) for m in d.members}
        line = household_line(d)
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
            result = self.matches.get(need.id if need.member_id else need.category)
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
            if not text:
                return

            def dated(due: When | None) -> None:
                ws = self.workspace
                on = due.on if due else None
                self.db(lambda: ws.add_step(goal_id, text, due=on), self._saved, name="step")

            self._ask_when(_("When is it due? (Friday, in two weeks; empty for none)"), dated)

        self.app.push_screen(TextPrompt(_("A next step")), save)

    def action_toggle_step(self) -> None:
        row = self._plan_row()
        if row is None or not row[2] or self.detail is None:
            return
        step = next(s for g in self.detail.goals for s in g.steps if s.id == row[1])
        ws = self.workspace
        self.db(lambda: ws.complete_step(step.id, step.done_at is None), self._saved, name="step")

    # -- a caseworker's day ------------------------------------------------------------
    def _ask_when(
        self, title: str, then: Callable[[When | None], None], *, required: bool = False
    ) -> None:
        """A date in words, read in a worker, shown back as a date to confirm (or typed again)."""
        locale = get_locale()

        def typed(text: str | None) -> None:
            if not text:
                if not required:
                    then(None)
                return

            def confirm(when: When) -> None:
                shown = format_date(when.on, "full") + (f" {when.at_time}" if when.at_time else "")
                options = [
                    ("yes", _("Yes: {when}").format(when=shown)),
                    ("again", _("No, type it again")),
                ]

                def chosen(answer: str | None) -> None:
                    if answer == "yes":
                        then(when)
                    elif answer == "again":
                        self._ask_when(title, then, required=required)

                self.app.push_screen(Choice(_("Is this the date?"), options), chosen)

            self.db(lambda: parse_when(text, locale=locale), confirm, name="date")

        self.app.push_screen(TextPrompt(title), typed)

    def action_add_need(self) -> None:
        options = [(c, need_rules.label(c)) for c in need_rules.categories()]
        members = self.detail.members if self.detail else ()

        def for_whom(category: str | None) -> None:
            if not category:
                return
            if not members:
                noted(category, None)
                return
            who = [("survivor", _("The survivor"))] + [(m.id, child_label(m)) for m in members]

            def picked(member: str | None) -> None:
                if member is not None:
                    noted(category, None if member == "survivor" else member)

            self.app.push_screen(Choice(_("Whose need is it?"), who), picked)

        def noted(category: str, member: str | None) -> None:
            def save(note: str | None) -> None:
                ws, code = self.workspace, self.code
                self.db(
                    lambda: ws.add_need_by_hand(code, category, note=note or "", member_id=member),
                    self._saved,
                    name="need",
                )

            self.app.push_screen(TextPrompt(_("A short note (optional)")), save)

        self.app.push_screen(Choice(_("Which need?"), options), for_whom)

    def action_add_child(self) -> None:
        def save(text: str | None) -> None:
            if text is None:
                return
            age = to_int(text.strip().casefold()) if text.strip() else None
            if text.strip() and (age is None or not 0 <= age <= 17):
                self.notify(_("A child's age is a whole number from 0 to 17."))
                return
            ws, code = self.workspace, self.code
            self.db(lambda: ws.add_child(code, age), self._saved, name="child")

        self.app.push_screen(TextPrompt(_("The child's age (empty if not known)")), save)

    def action_add_appointment(self) -> None:
        def dated(when: When | None) -> None:
            if when is None:
                return

            def save(what: str | None) -> None:
                if what:
                    ws, code = self.workspace, self.code
                    self.db(
                        lambda: ws.add_appointment(code, when.on, what, at_time=when.at_time),
                        self._saved,
                        name="appointment",
                    )

            self.app.push_screen(TextPrompt(_("What is it for, and where?")), save)

        self._ask_when(_("When? (el viernes 10:00, in two weeks)"), dated, required=True)

    def action_reassess(self) -> None:
        if self.detail is None:
            return
        from caseassist.services.returning import TOPICS
        from caseassist.tui.screens.intake_start import reassess

        detail = self.detail
        options = [("open", _("Nothing new: only what is still unanswered"))] + [
            (t, need_rules.label(t) if t in need_rules.categories() else _("Children with them"))
            for t in TOPICS
        ]

        def chosen(topic: str | None) -> None:
            if topic is not None:
                reassess(self.app, detail, [] if topic == "open" else [topic])

        self.app.push_screen(Choice(_("What may have changed since last time?"), options), chosen)

    def action_handover(self) -> None:
        """Write the survivor's plan or the latest referral's summary to a file to print."""
        if self.detail is None:
            return
        code = self.detail.summary.code
        options = [("plan", _("The survivor's copy of their plan"))]
        if self.detail.referrals:
            options.append(("referral", _("The provider's copy of the latest referral")))

        def where(kind: str | None) -> None:
            if kind is None:
                return
            default = str(Path.home() / f"caseassist-{code}-{kind}.html")

            def write(path: str | None) -> None:
                if not path:
                    return
                ws = self.workspace
                self.db(
                    lambda: ws.write_handover(code, path, plan=kind == "plan"),
                    lambda out: self.notify(
                        _("Written to {path} (readable by you only).").format(path=out)
                    ),
                    name="handover",
                )

            self.app.push_screen(TextPrompt(_("Write it to which file?"), value=default), write)

        self.app.push_screen(Choice(_("Which document?"), options), where)

    def action_assign(self) -> None:
        ws, code = self.workspace, self.code
        current = self.detail.summary.caseworker if self.detail else ""

        def chosen(account: str | None) -> None:
            if account and account != current:
                self.db(lambda: ws.assign(code, account), self._assigned, name="assign")

        def ask(accounts: list[str]) -> None:
            options = [(a, a) for a in accounts if a != current]
            if not options:
                self.notify(_("There is no other caseworker to give this case to."))
                return
            self.app.push_screen(Choice(_("Give this case to"), options), chosen)

        self.db(ws.caseworkers, ask, name="accounts")

    def _assigned(self, _result: object = None) -> None:
        self.notify(_("The case was given to another caseworker."))
        self.reload()

    def action_close_case(self) -> None:
        options = [(r, closing.label(r)) for r in closing.REASONS]

        def chosen(reason: str | None) -> None:
            if reason:
                ws, code = self.workspace, self.code
                self.db(lambda: ws.close_case(code, reason), self._saved, name="close")

        self.app.push_screen(Choice(_("Why does the case close?"), options), chosen)

    def action_reopen_case(self) -> None:
        ws, code = self.workspace, self.code
        self.db(lambda: ws.reopen_case(code), self._saved, name="reopen")

    def action_discard(self) -> None:
        options = [
            ("discard", _("Yes, discard it: only an audit line remains")),
            ("keep", _("No, keep it")),
        ]

        def chosen(answer: str | None) -> None:
            if answer == "discard":
                ws, code = self.workspace, self.code
                self.db(lambda: ws.discard_intake(code), self._discarded, name="discard")

        self.app.push_screen(Choice(_("Discard this unfinished intake?"), options), chosen)

    def _discarded(self, _result: object = None) -> None:
        self.notify(_("The unfinished intake was discarded."))
        self.app.pop_screen()

    def action_correct_note(self) -> None:
        if self.detail is None or not self.detail.notes:
            return
        note = self.detail.notes[-1]

        def save(text: str | None) -> None:
            if text and text != note.text:
                ws = self.workspace
                self.db(lambda: ws.correct_note(note.id, text), self._saved, name="note")

        self.app.push_screen(
            TextPrompt(
                _("Correct the note (the earlier text is kept)"), multiline=True, value=note.text
            ),
            save,
        )

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
