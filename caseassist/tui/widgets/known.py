""" "What we know": settled facts grouped, with their source, declined and unknown marked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from caseassist.cases import needs as need_rules
from caseassist.i18n import N_, _
from caseassist.tui.text import fact_display, fact_label, labelled, literal, source_label

GROUPS = {
    "person": N_("About them"),
    "household": N_("Household"),
    "safety": N_("Safety"),
    "shelter": N_("Tonight"),
    "food": N_("Tonight"),
    "medical": N_("Health"),
    "consent": N_("Sharing"),
    "legal": N_("Legal"),
    "housing": N_("Housing"),
    "jobs": N_("Work"),
    "reintegration": N_("Going home"),
}


class KnownPanel(OptionList):
    """Enter on a fact asks for a correction (posts `CorrectionRequested`)."""

    DEFAULT_CSS = """
    KnownPanel { height: 1fr; border-left: solid $primary-darken-2; }
    """

    @dataclass
    class CorrectionRequested(Message):
        fact_id: str

    def show(self, facts: Mapping[str, object], needs: Sequence[object]) -> None:
        """`facts`: fact id -> intake Fact (state, value, source); `needs`: intake Needs."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_option(Option(Text(_("What we know"), style="bold"), disabled=True))
        last_group = None
        for fid, fact in grouped(facts):
            group = _(GROUPS.get(fid.split(".")[0], N_("Other")))
            if group != last_group:
                self.add_option(Option(Text(group, style="underline"), disabled=True))
                last_group = group
            state = str(getattr(fact, "state", "known"))
            line = literal(labelled(fact_label(fid)) + " ")
            if state == "known":
                line.append(literal(fact_display(fid, getattr(fact, "value", None)), "bold"))
            elif state == "declined":
                line.append(literal("— " + _("declined to say"), "italic"))
            else:
                line.append(literal("? " + _("not known"), "italic"))
            line.append(literal(f" ({source_label(str(getattr(fact, 'source', '')))})", "dim"))
            self.add_option(Option(line, id=fid))
        if needs:
            self.add_option(Option(Text(_("Needs"), style="bold"), disabled=True))
            for n in needs:
                horizon = need_rules.horizon_label(n.horizon)
                text = f"{need_rules.label(n.category)} ({horizon})"  # type: ignore[attr-defined]
                self.add_option(Option(literal(text), disabled=True))
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            event.stop()
            self.post_message(self.CorrectionRequested(event.option.id))


def grouped(facts: Mapping[str, object]) -> list[tuple[str, object]]:
    """The facts with each group's together, groups in the order they first appear.

    The facts come in the intake's order, which comes back to a group (a child's needs
    after consent): each change of group drew a heading, so "Household" stood twice."""
    order: dict[str, int] = {}
    for fid in facts:
        order.setdefault(_(GROUPS.get(fid.split(".")[0], N_("Other"))), len(order))
    return sorted(
        facts.items(), key=lambda kv: order[_(GROUPS.get(kv[0].split(".")[0], N_("Other")))]
    )
