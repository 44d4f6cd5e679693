"""Start an intake from a pasted referral note: staff confirm or reject each fact found."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static, TextArea

from caseassist.i18n import N_, _
from caseassist.intake.engine import possible_referral
from caseassist.services.workspace import preview_referral
from caseassist.tui.screens.base import BaseScreen
from caseassist.tui.screens.referral_drafting import DraftBackend, ReferralDrafting
from caseassist.tui.text import fact_display, fact_label, literal
from caseassist.tui.widgets.dialogs import Choice
from caseassist.tui.widgets.footer import KeyFooter

Done = Callable[[App, str, list[str]], None]


def _hidden(binding: Binding) -> Binding:
    import dataclasses

    return dataclasses.replace(binding, show=False)


CONFIRM_KEY = N_("key-confirm:y")
REJECT_KEY = N_("key-reject:n")
"""The letter of "yes" and "no" in the UI language (y/n, s/n, o/n): translators give the letter."""


def review_key(marker: str) -> str:
    """The one letter a translation gives for `marker` (English when it is not one letter)."""
    letter = _(marker).rpartition(":")[2].strip().lower()
    return letter if len(letter) == 1 and letter.isalpha() else marker.rpartition(":")[2]


VALUE_WIDTH = 56
"""Cells of a value shown in the review; the whole of it is kept and settled."""


class FactReview(DataTable):
    """The facts found in the note; y confirms, n rejects, one key each (s/n, o/n translated)."""

    BINDINGS = [
        Binding("y", "mark(True)", N_("Confirm"), id="confirm"),
        Binding("n", "mark(False)", N_("Reject"), id="reject"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", **kwargs)
        from caseassist.tui.screens.base import translate_node_bindings

        translate_node_bindings(self)
        yes, no = review_key(CONFIRM_KEY), review_key(REJECT_KEY)
        if (yes, no) != ("y", "n"):  # the keys of the UI language, shown; y and n still work
            for key in {"y", "n"} - {yes, no}:  # hide only an English letter replaced
                self._bindings.key_to_bindings[key] = [
                    _hidden(b) for b in self._bindings.key_to_bindings.get(key, [])
                ]
            if yes != "y":
                self._bindings.bind(yes, "mark(True)", _("Confirm"))
            if no != "n":
                self._bindings.bind(no, "mark(False)", _("Reject"))
        self.found: list[tuple[str, object]] = []
        self.possible: set[str] = set()
        self.verdict: dict[str, bool | None] = {}

    def show(
        self, found: list[tuple[str, object]], possible: list[tuple[str, object]] = ()
    ) -> None:
        """`possible`: what the note only hedges ("maybe pregnant?"), listed after the
        clear facts and marked, confirmed or rejected the same way."""
        self.found = [*found, *possible]
        self.possible = {fid for fid, _v in possible}
        self.verdict = {fid: None for fid, _v in self.found}
        self._draw()

    def _draw(self) -> None:
        self.clear(columns=True)
        self.add_column(_("Fact"), key="fact")
        self.add_column(_("Value in the note"), key="value")
        self.add_column(_("Decision"), key="decision", width=self._decision_width())
        for fid, value in self.found:
            shown = fact_display(fid, value)
            if fid in self.possible:
                shown = _("possibly: {value}").format(value=shown)
            if len(shown) > VALUE_WIDTH:  # a long text value must not push the decision away
                shown = shown[: VALUE_WIDTH - 1].rstrip() + "…"
            self.add_row(fact_label(fid), literal(shown), self._mark(fid), key=fid)

    def _decision_width(self) -> int:
        return max(len(w) for w in (_("confirmed"), _("rejected"), _("to check")))

    def _mark(self, fid: str) -> str:
        v = self.verdict.get(fid)
        return _("confirmed") if v else _("rejected") if v is False else _("to check")

    def action_mark(self, keep: bool) -> None:
        if not self.found:
            return
        fid = self.found[self.cursor_row][0]
        self.verdict[fid] = keep
        self.update_cell(fid, "decision", self._mark(fid))
        if self.cursor_row < len(self.found) - 1:
            self.move_cursor(row=self.cursor_row + 1)

    @property
    def confirmed(self) -> list[str]:
        return [fid for fid, v in self.verdict.items() if v]


class ReferralNoteScreen(ReferralDrafting, BaseScreen):
    """Paste, extract (Ctrl+E), review, then start (Ctrl+S); Esc goes back.

    With `drafts`, the note is kept as a draft while it is written (`referral_drafting`)."""

    HELP = N_(
        "Paste the referral note, press Ctrl+E to find the facts in it, then confirm (y) or "
        "reject (n) each one. Ctrl+S starts the intake with the confirmed facts only. While you "
        "write, the note is kept as a sealed draft that only your account sees, until you start "
        "the intake or discard it."
    )
    BINDINGS = [
        Binding("ctrl+e", "extract", N_("Find facts"), id="extract", priority=True),
        Binding("ctrl+s", "start", N_("Start intake"), id="start", priority=True),
        Binding("escape", "cancel", N_("Back"), id="back"),
    ]

    def __init__(
        self,
        done: Done,
        *,
        note: str = "",
        practice: bool = False,
        drafts: DraftBackend | None = None,
    ) -> None:
        super().__init__()
        self.done = done
        self.note = note
        self.practice = practice
        self.drafts = None if practice else drafts
        self._draft_setup()

    def compose(self) -> ComposeResult:
        if self.practice:
            yield Static(_("PRACTICE · invented survivor · nothing is stored"), classes="practice")
        yield Static(_("Referral note (optional): paste it here"), classes="section")
        yield Static("", id="draft-line", classes="dim", markup=False)
        yield TextArea(self.note, id="note", soft_wrap=True)
        yield Static(
            _("Facts found: confirm with {yes}, reject with {no}").format(
                yes=review_key(CONFIRM_KEY), no=review_key(REJECT_KEY)
            ),
            classes="section",
        )
        yield FactReview(id="review")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#draft-line", Static).display = False
        self.query_one("#note", TextArea).focus()
        self._draft_restore()

    def action_extract(self) -> None:
        text = self.query_one("#note", TextArea).text
        found = preview_referral(text)
        review = self.query_one("#review", FactReview)
        review.show(found, possible_referral(text) if text.strip() else [])
        if found:
            review.focus()
        else:
            self.notify(_("No clear facts found in the note; the intake will ask."))

    @on(TextArea.Changed, "#note")
    def _note_changed(self) -> None:
        self.query_one("#review", FactReview).show([])
        self._draft_typed()

    def action_start(self) -> None:
        review = self.query_one("#review", FactReview)
        text = self.query_one("#note", TextArea).text
        pending = [fid for fid, v in review.verdict.items() if v is None]
        if pending:
            self.notify(_("Confirm or reject each fact first (y or n)."), severity="warning")
            review.focus()
            return
        self._draft_forget()  # the note is read and used: no draft of it stays behind
        self.done(self.app, text if review.confirmed else "", review.confirmed)

    def action_cancel(self) -> None:
        """Leave; a note typed or pasted is asked about first, as one Esc too many would lose it
        (practice notes come from their scenario file and are never lost)."""
        if self.practice or not self.query_one("#note", TextArea).text.strip():
            self._leave()
            return

        def chosen(value: str | None) -> None:
            if value == "leave":
                self._draft_forget()
                self._leave()
            elif value == "keep":
                self._leave()

        options = [
            ("stay", _("Stay and keep the note")),
            ("leave", _("Leave and discard the note")),
        ]
        question = _("Leave without starting the intake? The note is not kept.")
        if self.drafts is not None:
            options.append(("keep", _("Leave and keep the note as a draft")))
            question = _("Leave without starting the intake?")
        self.app.push_screen(Choice(question, options), chosen)

    def _leave(self) -> None:
        self._draft_flush()  # what typing had not yet written (a note emptied: none kept)
        if self.practice:
            self.app.exit(0)
        else:
            self.app.pop_screen()
