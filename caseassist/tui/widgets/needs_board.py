"""The needs board: immediate and long-term needs side by side, one key per status change.

A key only asks: the case screen confirms a status before it is saved, and `r` starts a
referral (a provider is chosen, consent asked) instead of marking the need "referred" with
nobody to refer to. Letters typed on the case as if on the list once changed needs at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Label

from caseassist.cases import needs as need_rules
from caseassist.cases.model import Need
from caseassist.i18n import N_, _
from caseassist.tui.screens.base import translate_node_bindings
from caseassist.tui.text import literal
from caseassist.tui.widgets.table import Column, FittedTable

STATUS_KEYS = {
    "identified": "u",
    "referred": "r",
    "in_progress": "p",
    "met": "m",
    "declined": "x",
}


class NeedTable(FittedTable):
    """One column of the board; its keys post `NeedsBoard.StatusRequested` or `ReferRequested`."""

    BINDINGS = [
        Binding("m", "status('met')", N_("Met"), id="need-met"),
        Binding("p", "status('in_progress')", N_("In progress"), id="need-progress"),
        Binding("r", "refer", N_("Refer"), id="need-refer"),
        Binding("x", "status('declined')", N_("Declined"), id="need-declined"),
        Binding("u", "status('identified')", N_("Reopen"), id="need-reopen", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", **kwargs)
        translate_node_bindings(self)
        self.needs: list[Need] = []

    def show(self, needs: list[Need], whose: Mapping[str, str] | None = None) -> None:
        """`whose`: a household member's id -> how to name them ("child, 4"), for their needs."""
        whose = whose or {}
        order = {c: i for i, c in enumerate(need_rules.categories())}
        # One order on every screen and every run: overdue first, then as needs.toml lists them
        # (needs found at the same moment used to follow their random ids).
        needs = sorted(
            needs,
            key=lambda n: (not n.overdue, order.get(n.category, len(order)), n.identified_at, n.id),
        )
        self.needs = needs
        columns = [Column(_("Need")), Column(_("Status")), Column(_("Since"), date=True)]
        rows = []
        for n in needs:
            status = _(need_rules.STATUS_LABELS.get(n.status, n.status))
            cells = [
                literal(
                    need_rules.label(n.category)
                    + (f" ({whose.get(n.member_id, '')})" if n.member_id else ""),
                    "bold red" if n.overdue else "",
                ),
                literal(status + (" · " + _("overdue") if n.overdue else "")),
                n.identified_at.date(),
            ]
            rows.append((n.id, cells))
        self.fill(columns, rows)

    @property
    def selected(self) -> Need | None:
        if not self.needs or self.cursor_row is None or self.cursor_row >= len(self.needs):
            return None
        return self.needs[self.cursor_row]

    def action_status(self, status: str) -> None:
        need = self.selected
        if need is not None and need.status != status:
            self.post_message(NeedsBoard.StatusRequested(need, status))

    def action_refer(self) -> None:
        need = self.selected
        if need is not None:
            self.post_message(NeedsBoard.ReferRequested(need))


class NeedsBoard(Vertical):
    """Immediate needs on the left, long-term on the right."""

    DEFAULT_CSS = """
    NeedsBoard Horizontal { height: 1fr; }
    NeedsBoard .needs-column { width: 1fr; height: 1fr; }
    NeedsBoard NeedTable { height: 1fr; }
    NeedsBoard Label { text-style: bold; padding: 0 1; }
    NeedsBoard.narrow Horizontal { layout: vertical; }
    """
    NARROW = 100
    """Below this width the two columns are stacked: side by side at 80, each table had 39
    cells for a need, its status and its date, and cut them ("identified · en ret")."""

    @dataclass
    class StatusRequested(Message):
        """Staff pressed a status key on a need (confirmed before it is saved)."""

        need: Need
        status: str

    @dataclass
    class ReferRequested(Message):
        """Staff pressed `r` on a need: choose a provider for it."""

        need: Need

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(classes="needs-column"):
                yield Label(_("Immediate"))
                yield NeedTable(id="immediate")
            with Vertical(classes="needs-column"):
                yield Label(_("Long-term"))
                yield NeedTable(id="long_term")

    def on_resize(self) -> None:
        self.set_class(self.size.width < self.NARROW, "narrow")

    def show(self, needs: tuple[Need, ...], whose: Mapping[str, str] | None = None) -> None:
        self.query_one("#immediate", NeedTable).show(
            [n for n in needs if n.horizon == "immediate"], whose
        )
        self.query_one("#long_term", NeedTable).show(
            [n for n in needs if n.horizon != "immediate"], whose
        )

    @property
    def selected(self) -> Need | None:
        for table in self.query(NeedTable):
            if table.has_focus:
                return table.selected
        return self.query_one("#immediate", NeedTable).selected
