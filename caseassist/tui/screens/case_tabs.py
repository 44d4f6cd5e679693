"""What a case's tabs show: pure functions filling a tab's widgets from a `CaseDetail`.

Kept apart from `case_view` (the screen, its keys and loading) so that what a
tab shows reads in one place, and the screen stays about what a key does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from textual.containers import VerticalScroll
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.model import CaseDetail, Member, Need
from caseassist.directory import MatchResult
from caseassist.i18n import _, ngettext
from caseassist.tui.text import fact_display, fact_label, literal, source_label, state_label, when


def child_label(member: Member) -> str:
    """A child as the case shows them: "child, 6 years"."""
    if member.age is None:
        return _("child")
    return ngettext("child, {n} year", "child, {n} years", member.age).format(n=member.age)


def household_line(d: CaseDetail) -> str:
    """Children and the next appointments, one line under the title."""
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


def fill_facts(table: DataTable, d: CaseDetail) -> None:
    """Every fact with its value or state, its source and when it was recorded."""
    table.clear(columns=True)
    table.add_columns(_("Fact"), _("Value"), _("Source"), _("Recorded"))
    from caseassist.intake.facts import FACTS  # loaded after unlock, not with the screen

    order = {fid: i for i, fid in enumerate(FACTS)}  # grouped as in "What we know"
    for f in sorted(d.facts, key=lambda f: order.get(f.fact_id, len(order))):
        if f.state == "known":
            value = literal(fact_display(f.fact_id, f.value))
        else:
            mark = "—" if f.state == "declined" else "?"
            value = literal(f"{mark} {state_label(f.state)}", "italic")
        table.add_row(fact_label(f.fact_id), value, source_label(f.source), when(f.recorded_at))


def fill_plan(table: DataTable, d: CaseDetail) -> list[tuple[str, str, bool]]:
    """Goals and their steps; per row (goal id, goal or step id, is a step)."""
    table.clear(columns=True)
    table.add_columns(_("Goal or step"), _("Who"), _("Due"), _("Done"))
    rows: list[tuple[str, str, bool]] = []
    for g in d.goals:
        progress = f"{round(g.progress * 100)}%"
        table.add_row(literal(g.text, "bold"), "", "", progress)
        rows.append((g.id, g.id, False))
        for st in g.steps:
            done = "✓" if st.done_at else ""
            table.add_row(literal("  • " + st.text), _(st.owner), when(st.due), done)
            rows.append((g.id, st.id, True))
    return rows


def _urgent_first(need: Need) -> tuple[int, bool, int]:
    """Immediate needs before long-term ones, overdue first, then the vocabulary's order
    (safety first), so the provider for tonight is not below a training course."""
    horizons, cats = need_rules.horizons(), need_rules.categories()
    rank = cats.index(need.category) if need.category in cats else len(cats)
    horizon = horizons.index(need.horizon) if need.horizon in horizons else len(horizons)
    return horizon, not need.overdue, rank


def fill_referrals(
    table: DataTable, options: OptionList, d: CaseDetail, matches: Mapping[str, MatchResult]
) -> dict[str, tuple[str, str, str, str]]:
    """Referrals made, then suggested providers per open need; the suggestions by option id
    as (need id, category, service id, provider name)."""
    table.clear(columns=True)
    table.add_columns(_("Need"), _("Provider"), _("Status"), _("Made"))
    for r in d.referrals:
        status = _(referral_rules.STATUS_LABELS.get(r.status, r.status))
        table.add_row(need_rules.label(r.category), literal(r.provider), status, when(r.created_at))
    options.clear_options()
    suggestions: dict[str, tuple[str, str, str, str]] = {}
    for need in sorted(d.needs, key=_urgent_first):
        result = matches.get(need.id if need.member_id else need.category)
        if result is None or need.status in ("met", "declined"):
            continue
        if not result.suggestions and result.message:
            options.add_option(Option(literal(result.message, "italic"), disabled=True))
        for sug in result.suggestions:
            key = f"{need.id}|{sug.service_id}"
            suggestions[key] = (need.id, need.category, sug.service_id, sug.name)
            text = literal(f"{need_rules.label(need.category)}: {sug.name}", "bold")
            text.append(literal("\n    " + "; ".join(sug.reasons)))
            if sug.caveats:  # what staff must check before referring: never hidden
                text.append(literal("\n    ! " + "; ".join(sug.caveats), "italic"))
            options.add_option(Option(text, id=key))
    if options.highlighted is None and suggestions:
        options.highlighted = next(
            i for i in range(options.option_count) if not options.get_option_at_index(i).disabled
        )
    return suggestions


def fill_notes(box: VerticalScroll, d: CaseDetail) -> None:
    """The notes, newest first."""
    box.remove_children()
    items = []
    for n in reversed(d.notes):
        head = literal(f"{when(n.created_at)} · {n.author}\n", "dim")
        head.append(literal(n.text))
        items.append(Static(head, classes="note"))
    if not items:
        items.append(Static(_("No notes yet. Press a to add one."), markup=False))
    box.mount_all(items)


def fill_history(table: DataTable, d: CaseDetail) -> None:
    """Every change of a need's status, newest first, with who made it."""
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
