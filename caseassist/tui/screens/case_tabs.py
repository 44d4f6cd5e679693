"""What a case's tabs show: pure functions filling a tab's widgets from a `CaseDetail`.

Kept apart from `case_view` (the screen, its keys and loading) so that what a
tab shows reads in one place, and the screen stays about what a key does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from textual.containers import VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from caseassist.cases import needs as need_rules
from caseassist.cases import referrals as referral_rules
from caseassist.cases.model import CaseDetail, Member, Need
from caseassist.directory import MatchResult
from caseassist.i18n import N_, _, gendered, ngettext
from caseassist.tui.text import (
    fact_display,
    fact_label,
    labelled,
    literal,
    source_label,
    state_label,
    when,
)
from caseassist.tui.widgets.table import Column, FittedTable, Row


def child_label(member: Member) -> str:
    """A child as the case shows them: "child, 6 years"."""
    if member.age is None:
        return _("child")
    return ngettext("child, {n} year", "child, {n} years", member.age).format(n=member.age)


def need_label(need: Need | None, d: CaseDetail, category: str = "") -> str:
    """A need as every list names it: "Medical care", or "Medical care (child, 6 years)" for
    a child's own need, so a referral never reads as the mother's when it is her son's."""
    if need is None:
        return need_rules.label(category)
    member = (
        next((m for m in d.members if m.id == need.member_id), None) if need.member_id else None
    )
    label = need_rules.label(need.category)
    return f"{label} ({child_label(member)})" if member is not None else label


def case_gender(d: CaseDetail) -> object:
    """The survivor's gender as the case records it (None when not known): the words said
    of them follow it (`i18n.gendered`)."""
    return next(
        (f.value for f in d.facts if f.fact_id == "person.gender" and f.state == "known"), None
    )


def household_line(d: CaseDetail, today: dt.date) -> str:
    """Children and the next appointments from `today` (the app's wall clock), one line under the title."""
    parts = []
    if d.members:
        with_them = gendered(N_("With them: {who}"), case_gender(d))
        parts.append(with_them.format(who=", ".join(child_label(m) for m in d.members)))
    says_child_needs = any(
        f.fact_id == "household.children_need_care" and f.value is True for f in d.facts
    )
    if says_child_needs and not any(n.member_id for n in d.needs):
        parts.append(_("A child needs something now: k records the child, + their need"))
    upcoming = [a for a in d.appointments if a.on >= today and a.status == "planned"]
    for a in upcoming[:2]:
        parts.append(f"{when(a.on)} {a.at_time} {a.what}".replace("  ", " "))
    return " · ".join(parts)


def fill_facts(table: FittedTable, d: CaseDetail) -> None:
    """Every fact with its value or state, its source and when it was recorded."""
    columns = [
        Column(_("Fact")),
        Column(_("Value")),
        Column(_("Source"), give_way=1),
        Column(_("Recorded"), date=True),
    ]
    rows: list[Row] = []
    from caseassist.intake.facts import FACTS  # loaded after unlock, not with the screen

    order = {fid: i for i, fid in enumerate(FACTS)}  # grouped as in "What we know"
    for f in sorted(d.facts, key=lambda f: order.get(f.fact_id, len(order))):
        if f.state == "known":
            value = literal(fact_display(f.fact_id, f.value))
        else:
            mark = "—" if f.state == "declined" else "?"
            value = literal(f"{mark} {state_label(f.state)}", "italic")
        rows.append((None, [fact_label(f.fact_id), value, source_label(f.source), f.recorded_at]))
    table.fill(columns, rows)


STEP_OWNERS = {
    "survivor": N_("survivor"),
    "caseworker": N_("caseworker"),
    "provider": N_("provider"),
}
"""Who does a plan step, as the Who column names them: marked here, so that each reaches the
catalogs ("provider" was looked up unmarked and stayed English in every language)."""


def fill_plan(table: FittedTable, d: CaseDetail) -> list[tuple[str, str, bool]]:
    """Goals and their steps; per row (goal id, goal or step id, is a step)."""
    columns = [
        Column(_("Goal or step")),
        Column(_("Who"), give_way=1),
        Column(_("Due"), date=True),
        Column(_("Done")),
    ]
    cells: list[Row] = []
    rows: list[tuple[str, str, bool]] = []
    for g in d.goals:
        progress = f"{round(g.progress * 100)}%"
        cells.append((None, [literal(g.text, "bold"), "", "", progress]))
        rows.append((g.id, g.id, False))
        for st in g.steps:
            done = "✓" if st.done_at else ""
            cells.append(
                (
                    None,
                    [
                        literal("  • " + st.text),
                        _(STEP_OWNERS.get(st.owner, st.owner)),
                        st.due,
                        done,
                    ],
                )
            )
            rows.append((g.id, st.id, True))
    table.fill(columns, cells)
    return rows


def _urgent_first(need: Need) -> tuple[int, bool, int]:
    """Immediate needs before long-term ones, overdue first, then the vocabulary's order
    (safety first), so the provider for tonight is not below a training course."""
    horizons, cats = need_rules.horizons(), need_rules.categories()
    rank = cats.index(need.category) if need.category in cats else len(cats)
    horizon = horizons.index(need.horizon) if need.horizon in horizons else len(horizons)
    return horizon, not need.overdue, rank


def fill_referrals(
    table: FittedTable, options: OptionList, d: CaseDetail, matches: Mapping[str, MatchResult]
) -> dict[str, tuple[str, str, str, str]]:
    """Referrals made, then suggested providers per open need; the suggestions by option id
    as (need id, category, service id, provider name)."""
    columns = [Column(_("Need")), Column(_("Provider")), Column(_("Status"))]
    made: list[Row] = []
    needs = {n.id: n for n in d.needs}
    for r in d.referrals:
        status = _(referral_rules.STATUS_LABELS.get(r.status, r.status))
        need = literal(need_label(needs.get(r.need_id), d, r.category))
        made.append((None, [need, literal(r.provider), status, r.created_at]))
    table.fill([*columns, Column(_("Made"), date=True)], made)
    options.clear_options()
    suggestions: dict[str, tuple[str, str, str, str]] = {}
    said: set[str] = set()  # why there is none, once ("the directory is empty")
    for need in sorted(d.needs, key=_urgent_first):
        result = matches.get(need.id if need.member_id else need.category)
        if result is None or need.status in ("met", "declined"):
            continue
        if not result.suggestions and result.message and result.message not in said:
            said.add(result.message)
            options.add_option(Option(literal(result.message, "italic"), disabled=True))
        for sug in result.suggestions:
            key = f"{need.id}|{sug.service_id}"
            suggestions[key] = (need.id, need.category, sug.service_id, sug.name)
            text = literal(f"{labelled(need_label(need, d))} {sug.name}", "bold")
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


def fill_history(table: FittedTable, d: CaseDetail) -> None:
    """What happened on the case, newest first, each with who and when: facts recorded,
    needs identified and moved, referrals made and moved, notes added or corrected.

    An identifying fact's value (a name, an alias, a contact) is never shown here, only
    that it was recorded: the Facts tab shows it to whoever may see it. A note's text
    stays on the Notes tab.
    """
    columns = [
        Column(_("When"), date=True),  # first: never cut, short when narrow
        Column(_("Who")),
        Column(_("What"), wrap=True),
        Column(_("Change"), wrap=True),  # wraps rather than run off the edge
    ]
    rows = sorted(history_rows(d), key=lambda r: r[0], reverse=True)
    cells: list[Row] = [
        (None, [at, literal(who), literal(what), literal(change)]) for at, who, what, change in rows
    ]
    if not rows:
        cells.append((None, ["", "", _("Nothing recorded yet."), ""]))
    table.fill(columns, cells)


def history_rows(d: CaseDetail) -> list[tuple[dt.datetime, str, str, str]]:
    """The case's changes as (when, who, what, change), in no order."""
    rows: list[tuple[dt.datetime, str, str, str]] = []
    for f in d.facts:
        if f.state != "known":
            change = state_label(f.state)
        elif f.identifying:
            change = _("recorded (shown on the Facts tab)")
        else:
            change = fact_display(f.fact_id, f.value)
        rows.append((f.recorded_at, f.recorded_by, fact_label(f.fact_id), change))
    for n in d.needs:
        need = need_rules.label(n.category)
        changes = d.history.get(n.id, ())
        if not any(not c.old for c in changes):  # its first status was not recorded as a change
            rows.append((n.identified_at, "", need, _("identified")))
        for c in changes:
            rows.append((c.at, c.account, need, _change(need_rules.STATUS_LABELS, c.old, c.new)))
    for r in d.referrals:
        what = _("Referral to {provider}").format(provider=r.provider)
        rows.append((r.created_at, r.created_by, what, _(referral_rules.STATUS_LABELS["proposed"])))
        for c in r.changes:
            rows.append(
                (c.at, c.account, what, _change(referral_rules.STATUS_LABELS, c.old, c.new))
            )
    for note in d.notes:
        rows.append((note.created_at, note.author, _("Note"), _("added")))
        for rev in note.revisions:
            rows.append((rev.replaced_at, rev.replaced_by, _("Note"), _("corrected")))
    return rows


def _change(labels: Mapping[str, str], old: str, new: str) -> str:
    """ "old → new" in words (only the new status when there was none before)."""
    new_label = _(labels.get(new, new)) if new else ""
    return f"{_(labels.get(old, old))} → {new_label}" if old else new_label
