"""A caseworker's day on one case: notes, goals and steps, needs, children,
appointments, reassessment, hand-over, assignment, closing and discarding.

A mixin of `CaseScreen`: each key asks what it needs in a dialog, saves in a
vault worker (`db`) and reloads the case. The screen owns the loading, the tabs
and the keys' bindings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.widgets import DataTable

from caseassist.cases import closing
from caseassist.cases import needs as need_rules
from caseassist.cases.dates import When, parse_when
from caseassist.i18n import _, format_date, get_locale, ngettext
from caseassist.intake.numbers import to_int
from caseassist.tui.screens.case_tabs import case_gender, child_label
from caseassist.tui.widgets.dialogs import Choice, Confirm, TextPrompt

if TYPE_CHECKING:
    from caseassist.cases.model import CaseDetail


class CaseDayActions:
    """The keys that change a case (bound in `CaseScreen.BINDINGS`)."""

    code: str
    detail: CaseDetail | None
    _plan_rows: list[tuple[str, str, bool]]
    left_for_intake: bool

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

            today = self.app.settings.wall_clock().date()  # the day "Friday" is counted from
            self.db(lambda: parse_when(text, locale=locale, today=today), confirm, name="date")

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
                self.left_for_intake = True
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

            def write(path: str | None, force: bool = False) -> None:
                if not path:
                    return
                ws = self.workspace
                self.db(
                    lambda: ws.write_handover(code, path, plan=kind == "plan", force=force),
                    lambda out: self.notify(
                        _("Written to {path} (readable by you only).").format(path=out)
                    ),
                    name="handover",
                )

            def ask(path: str | None) -> None:
                target = Path(path or "").expanduser()
                if not path or target.is_symlink() or not target.is_file():
                    write(path)  # a new name; anything else is refused in words
                    return
                self.app.push_screen(
                    Confirm(
                        _("{file} already exists").format(file=target.name),
                        _("Replace it with this document?"),
                        yes=_("Replace it"),
                        no=_("Keep it"),
                    ),
                    lambda yes: write(path, force=True) if yes else None,
                )

            self.app.push_screen(TextPrompt(_("Write it to which file?"), value=default), ask)

        self.app.push_screen(Choice(_("Which document?"), options), where)

    def action_assign(self) -> None:
        ws, code = self.workspace, self.code
        current = self.detail.summary.caseworker if self.detail else ""

        def chosen(account: str | None) -> None:
            if account and account != current:
                self.db(
                    lambda: ws.assign(code, account),
                    lambda _r: self._assigned(account),
                    name="assign",
                )

        def ask(accounts: list[str]) -> None:
            options = [
                (a, _("{account} (you)").format(account=a) if a == ws.user else a)
                for a in accounts
                if a != current
            ]
            if not options:
                self.notify(_("There is no other caseworker to give this case to."))
                return
            self.app.push_screen(Choice(_("Give this case to"), options), chosen)

        self.db(ws.caseworkers, ask, name="accounts")

    def _assigned(self, account: str) -> None:
        """Say who has the case now: "yours" when staff took it themselves."""
        if account == self.workspace.user:
            self.notify(_("The case is now yours."))
        else:
            self.notify(_("The case was given to {account}.").format(account=account))
            if self.workspace.role == "caseworker":  # no longer hers to see whole
                self.app.pop_screen()
                return
        self.reload()

    def action_close_case(self) -> None:
        """Ask the reason (the first highlighted, so the list shows where it stands), then
        confirm it by name, with what closing would leave behind (open needs, an unfinished
        intake); keeping the case open is the default. The reason saved is the one named."""
        if self.detail is None:
            return
        gender = case_gender(self.detail)  # "logée" for her, "logé" for him (`gendered`)
        options = [(r, closing.label(r, gender)) for r in closing.REASONS]
        warning = closing_warning(self.detail)

        def confirmed(reason: str, yes: bool | None) -> None:
            if yes:
                ws, code = self.workspace, self.code
                self.db(
                    lambda: ws.close_case(code, reason),
                    lambda _r=None: self._case_closed(reason),
                    name="close",
                )

        def chosen(reason: str | None) -> None:
            if not reason:
                return
            label = closing.label(reason, gender)
            self.app.push_screen(
                Confirm(
                    _("Close the case as “{reason}”?").format(reason=label),
                    warning or _("It leaves the list of open cases; it can be reopened."),
                    yes=_("Yes, close it: {reason}").format(reason=label),
                    no=_("No, keep the case open"),
                ),
                lambda yes: confirmed(reason, yes),
            )

        self.app.push_screen(Choice(_("Why does the case close?"), options), chosen)

    def _case_closed(self, reason: str) -> None:
        gender = case_gender(self.detail) if self.detail else None
        self.notify(_("Case closed: {reason}.").format(reason=closing.label(reason, gender)))
        self.reload()

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


OPEN_NEED_STATUSES = ("identified", "referred", "in_progress")


def closing_warning(detail: CaseDetail) -> str:
    """What closing this case would leave behind, in one line; empty when nothing."""
    still_open = sum(1 for n in detail.needs if n.status in OPEN_NEED_STATUSES)
    parts = []
    if still_open:
        parts.append(
            ngettext("{n} need is still open.", "{n} needs are still open.", still_open).format(
                n=still_open
            )
        )
    if detail.intake_state and not _intake_finished(detail.intake_state):
        parts.append(_("The intake is not finished."))
    if not parts:
        return ""
    return " ".join(parts)


def _intake_finished(state: dict) -> bool:
    """A finished intake's state is kept with its case too: only an unfinished one is lost."""
    from caseassist.intake.engine import IntakeSession  # after unlock only

    return IntakeSession.from_dict(state).finished
