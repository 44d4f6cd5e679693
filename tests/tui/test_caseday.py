"""A caseworker's day at 80x24 with Pilot on a real demo vault: find, assign, close, reopen,
a need by hand for a child, a step due "Friday", an appointment, a corrected note, a discarded
intake, a survivor who comes back, a hand-over, each as the role that does it."""

from __future__ import annotations

import datetime as dt

from textual.widgets import DataTable, Input, Static

from caseassist.services.workspace import Workspace
from caseassist.tui.screens.case_view import CaseScreen
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.widgets.dialogs import Choice, Confirm, TextPrompt

from .helpers import PASS, plain, screen_text, settle, unlock
from .test_flows import app_for


async def _find(pilot, text: str) -> CasesScreen:
    screen = pilot.app.screen
    assert isinstance(screen, CasesScreen)
    await pilot.press("slash")
    field = screen.query_one("#search", Input)
    assert field.has_focus
    field.value = text
    await pilot.press("enter")
    await settle(pilot)
    return screen


async def _choose(pilot, value: str) -> None:
    dialog = pilot.app.screen
    assert isinstance(dialog, Choice), dialog
    from textual.widgets import OptionList

    options = dialog.query_one(OptionList)
    options.highlighted = options.get_option_index(value)
    await pilot.press("enter")
    await settle(pilot)


async def _type(pilot, text: str) -> None:
    dialog = pilot.app.screen
    assert isinstance(dialog, TextPrompt), dialog
    widget = dialog.query_one("#text")
    if hasattr(widget, "load_text"):
        widget.load_text(text)
        await pilot.press("ctrl+s")
    else:
        widget.value = text
        await pilot.press("enter")
    await settle(pilot)


async def _until(pilot, done, tries: int = 50) -> None:
    """Wait (a few seconds at most) for what a worker does off the screen."""
    for _ in range(tries):
        if done():
            return
        await settle(pilot)
        await pilot.pause(0.1)


def _a_named_case(folder, user: str = "caseworker") -> tuple[str, str]:
    ws = Workspace.unlock(folder, user, PASS)
    try:
        row = next(s for s in ws.list_cases(mine=True, limit=50) if s.name)
        return row.code, row.name or ""
    finally:
        ws.close()


async def test_caseworker_finds_by_name_then_assigns_closes_and_reopens(demo_folder):
    code, name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = await _find(pilot, name.split()[0])
        assert code in [s.code for s in screen.rows]
        assert "found" in plain(screen.query_one("#paging", Static))
        table = screen.query_one("#cases", DataTable)
        table.move_cursor(row=[s.code for s in screen.rows].index(code))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("c")
        await settle(pilot)
        await _choose(pilot, "housed")
        await pilot.press("y")  # the confirmation names the reason
        await settle(pilot)
        assert app.screen.detail.summary.status == "closed"
        assert "housed" in plain(app.screen.query_one("#case-title", Static))
        await pilot.press("o")
        await settle(pilot)
        assert app.screen.detail.summary.status == "open"
        await pilot.press("w")
        await settle(pilot)
        await _choose(pilot, "admin")
        await settle(pilot)  # given away: no longer hers to see whole, back to the list
        assert isinstance(app.screen, CasesScreen)
        assert code in [s.code for s in app.screen.rows]
        await pilot.press("escape")  # leaves the search for the list
        await settle(pilot)
        assert app.screen.search_text == "" and "page 1 of" in plain(
            app.screen.query_one("#paging", Static)
        )


def _anothers_case(folder) -> tuple[str, str, str]:
    """A named case the demo caseworker does not hold: (code, name, who holds it)."""
    ws = Workspace.unlock(folder, "admin", PASS)
    try:
        row = next(s for s in ws.list_cases(limit=200) if s.name and s.caseworker != "caseworker")
        return row.code, row.name or "", row.caseworker
    finally:
        ws.close()


def holder_or_unassigned(holder: str) -> str:
    return holder or "unassigned"


async def test_a_caseworker_finds_anothers_case_without_the_name(demo_folder):
    code, name, _holder = _anothers_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 24)) as pilot:
        await unlock(pilot)
        screen = await _find(pilot, name.split()[0])  # a returning survivor is still found
        [row] = [s for s in screen.rows if s.code == code]
        assert row.name is None and row.language is None and not row.in_full
        [line] = [t for t in "\n".join(screen_text(app)).splitlines() if code in t]
        assert name.split()[0] not in line and holder_or_unassigned(_holder) in line


async def test_caseworker_adds_a_childs_need_a_dated_step_and_an_appointment(demo_folder):
    code, _name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        await pilot.press("k")
        await _type(pilot, "four")
        assert "child, 4 years" in plain(app.screen.query_one("#household", Static))
        child = app.screen.detail.members[0].id
        await pilot.press("plus")
        await _choose(pilot, "medical")
        await _choose(pilot, child)
        await _type(pilot, "bad cough")
        need = next(n for n in app.screen.detail.needs if n.member_id == child)
        assert (need.category, need.note) == ("medical", "bad cough")
        await pilot.press("A")
        await _type(pilot, "Friday 10:30")
        assert isinstance(app.screen, Choice)
        await _choose(pilot, "yes")
        await _type(pilot, "Clinic, room 4")
        appt = app.screen.detail.appointments[-1]
        assert appt.on.weekday() == 4 and appt.at_time == "10:30"
        assert "Clinic, room 4" in plain(app.screen.query_one("#household", Static))
        await pilot.press("g")
        await _type(pilot, "A school for my son")
        await pilot.press("3")
        await settle(pilot)
        plan = app.screen.query_one("#plan", DataTable)
        plan.move_cursor(row=len(app.screen._plan_rows) - 1)
        await pilot.press("t")
        await _type(pilot, "Call the school")
        await _type(pilot, "in two weeks")
        await _choose(pilot, "yes")
        goal = next(g for g in app.screen.detail.goals if g.text == "A school for my son")
        assert goal.steps[0].due == dt.date.today() + dt.timedelta(days=14)


async def test_caseworker_corrects_a_note_and_the_earlier_text_is_kept(demo_folder):
    code, _name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        await pilot.press("a")
        await _type(pilot, "Sees the lawyer on Mondy")
        await pilot.press("e")
        await _type(pilot, "Sees the lawyer on Monday")
        note = app.screen.detail.notes[-1]
        assert note.text == "Sees the lawyer on Monday"
        assert [r.text for r in note.revisions] == ["Sees the lawyer on Mondy"]


def _new_empty_intake(folder) -> str:
    """A case saved from an intake with nothing asked yet: its code."""
    ws = Workspace.unlock(folder, "intake", PASS)
    try:
        return ws.save_intake(ws.new_intake())
    finally:
        ws.close()


async def _open_as_intake(pilot, code: str) -> None:
    await unlock(pilot, user="intake")
    pilot.app.push_screen(CaseScreen(code))
    await settle(pilot)


async def test_intake_discards_an_intake_begun_by_mistake(demo_folder):
    code = _new_empty_intake(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_as_intake(pilot, code)
        await pilot.press("D")
        await _choose(pilot, "discard")
        assert isinstance(app.screen, CasesScreen)
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        assert ws.find_cases(code) == []
    finally:
        ws.close()


async def test_a_caseworker_opens_anothers_case_as_its_overview(demo_folder):
    code, name, holder = _anothers_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 24)) as pilot:
        await unlock(pilot)
        screen = await _find(pilot, code)
        codes = [s.code for s in screen.rows]
        screen.query_one("#cases", DataTable).move_cursor(row=codes.index(code))
        await pilot.press("enter")
        await settle(pilot)
        from caseassist.tui.screens.case_overview import CaseOverviewScreen

        overview = app.screen
        assert isinstance(overview, CaseOverviewScreen) and overview.data is not None
        shown = " ".join(plain(w) for w in overview.query(Static)) + " ".join(
            str(cell)
            for table in overview.query(DataTable)
            for row in range(table.row_count)
            for cell in table.get_row_at(row)
        )
        assert code in shown and name not in shown and name.split()[0] not in shown
        assert (holder or "nobody holds it yet") in shown
        assert overview.query_one("#overview-needs", DataTable).row_count == len(
            overview.data["needs"]
        )


async def test_practice_ends_with_what_it_showed(tmp_path):
    from pathlib import Path

    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake import IntakeScreen
    from caseassist.tui.screens.intake_start import practice_screen_factory
    from caseassist.tui.settings import TuiSettings
    from caseassist.tui.widgets.dialogs import ShowText

    scenario = (
        Path(__file__).parent.parent / "intake" / "scenarios" / "01-outreach-ukrainian-mother.toml"
    )
    app = CaseAssistApp(None, settings=TuiSettings(), practice=practice_screen_factory(scenario))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")  # the note's facts unreviewed: none taken
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, IntakeScreen)
        skipped = screen.question.id
        await pilot.press("f6")  # ask later...
        await pilot.pause()
        for _ in range(80):  # ...and never come back to it
            if screen.question is None or screen.question.id == skipped:
                break
            screen.action_simulated()
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, ShowText)
        text = review.body
        for heading in (
            "Questions that were needed",
            "Declined",
            "Needs found",
            "What you could do differently",
        ):
            assert heading in text
        assert "Put off with F6 and never asked" in text


async def test_caseworker_prints_the_plan_and_starts_a_reassessment(demo_folder, tmp_path):
    import stat

    from caseassist.tui.screens.intake import IntakeScreen

    code, _name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        await pilot.press("g")
        await _type(pilot, "A safe flat")
        await pilot.press("H")
        await _choose(pilot, "plan")
        out = tmp_path / "plan.html"
        await _type(pilot, str(out))
        await _until(pilot, out.exists)  # the write is a worker's: slow on a busy machine
        page = out.read_text(encoding="utf-8")
        assert "A safe flat" in page and stat.S_IMODE(out.stat().st_mode) == 0o600
        out.write_text("kept", encoding="utf-8")  # an earlier file: asked, and kept on "no"
        for answer, expected in (("n", "kept"), ("y", page)):
            await pilot.press("H")
            await _choose(pilot, "plan")
            await _type(pilot, str(out))
            assert isinstance(app.screen, Confirm), app.screen
            await pilot.press(answer)
            await settle(pilot)
            await _until(pilot, lambda want=expected: out.read_text(encoding="utf-8") == want)
            assert out.read_text(encoding="utf-8") == expected
        await pilot.press("R")
        await _choose(pilot, "housing")
        intake = app.screen
        assert isinstance(intake, IntakeScreen) and intake.backend.code == code
        asked = {f for q in intake.session._candidates() for f in q.facts}
        assert "person.name" not in asked and "housing.needs_long_term_housing" in asked


async def test_caseworker_continues_an_earlier_case_offered_when_the_intake_is_saved(demo_folder):
    """A survivor who comes back: the intake finds their earlier case by name and, once staff
    pick it, what was said now is added to that case; no second case is opened."""
    from textual.widgets import TextArea

    from caseassist.tui.screens.intake import IntakeScreen
    from caseassist.tui.screens.referral_note import FactReview, ReferralNoteScreen

    code, name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        before = app.workspace.count_cases(status=None)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, ReferralNoteScreen)
        app.screen.query_one("#note", TextArea).text = f"Name: {name}\n"
        await pilot.press("ctrl+e")
        await settle(pilot)
        review = app.screen.query_one(FactReview)
        assert dict(review.found).get("person.name") == name
        for _fact in review.found:
            await pilot.press("y")
        await pilot.press("ctrl+s")
        await settle(pilot)
        intake = app.screen
        assert isinstance(intake, IntakeScreen)
        await pilot.press("f3")  # the first question answered "no"
        await settle(pilot)
        said = {f: v for f, v in intake.session.known().items() if f != "person.name"}
        assert said
        await pilot.press("f8")
        await settle(pilot)
        offer = app.screen
        assert isinstance(offer, Choice), offer
        await _choose(pilot, code)  # "Continue case CODE (same name)"
        assert isinstance(app.screen, CasesScreen)
        assert intake.backend.code == code
        ws = app.workspace
        assert ws.count_cases(status=None) == before  # no new case
        held = {f.fact_id: f.value for f in ws.get_case(code).facts if f.state == "known"}
        assert all(held.get(f) == v for f, v in said.items()), (said, held)


async def test_intake_hands_a_new_case_over_to_a_caseworker(demo_folder):
    code = _new_empty_intake(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_as_intake(pilot, code)
        await pilot.press("w")
        await settle(pilot)
        await _choose(pilot, "caseworker")
        assert app.screen.detail.summary.caseworker == "caseworker"
        assert "caseworker" in plain(app.screen.query_one("#case-title", Static))


async def test_caseworker_writes_the_provider_s_copy_of_a_referral(demo_folder, tmp_path):
    import stat

    from caseassist.tui.widgets.dialogs import ConsentDialog

    from .helpers import open_case

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot, tab="4")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConsentDialog)
        provider = app.screen.provider
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert screen.detail.referrals[-1].provider == provider
        await pilot.press("H")
        await _choose(pilot, "referral")
        out = tmp_path / "referral.html"
        await _type(pilot, str(out))
        await _until(pilot, out.exists)  # the write is a worker's: slow on a busy machine
        page = out.read_text(encoding="utf-8")
        assert provider in page and stat.S_IMODE(out.stat().st_mode) == 0o600


async def test_intake_asks_gently_about_the_childrens_needs_when_children_are_with_them(
    demo_folder,
):
    from textual.widgets import TextArea

    from caseassist.tui.screens.intake import IntakeScreen
    from caseassist.tui.screens.referral_note import FactReview

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, user="intake")
        await pilot.press("n")
        await settle(pilot)
        app.screen.query_one("#note", TextArea).text = "Has 2 children with her."
        await pilot.press("ctrl+e")
        await settle(pilot)
        found = dict(app.screen.query_one(FactReview).found)
        assert "household.children_with_them" in found
        for _fact in found:
            await pilot.press("y")
        await pilot.press("ctrl+s")
        await settle(pilot)
        intake = app.screen
        assert isinstance(intake, IntakeScreen)
        for _ in range(40):  # every other question: "don't know"
            if intake.question is None or intake.question.id == "q.household.children_needs":
                break
            await pilot.press("f5")
            await settle(pilot, rounds=1)
        assert intake.question is not None and intake.question.id == "q.household.children_needs"
        await pilot.press("f2")  # yes: a child needs something now
        await settle(pilot)
        assert intake.session.known()["household.children_need_care"] is True
        await pilot.press("f8")
        await settle(pilot)
        if isinstance(app.screen, Choice):  # someone alike came before: this is someone new
            await _choose(pilot, "new")
        assert isinstance(app.screen, CasesScreen)
        app.push_screen(CaseScreen(intake.backend.code))
        await settle(pilot)
        line = plain(app.screen.query_one("#household", Static))
        assert "A child needs something now" in line


async def test_the_cases_list_shows_a_step_due_today(demo_folder):
    from caseassist.tui.screens.cases import due_text

    code, _name = _a_named_case(demo_folder)
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        goal = ws.add_goal(code, "Papers renewed")
        ws.add_step(goal, "Call the consulate", due=dt.date.today())
    finally:
        ws.close()
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = await _find(pilot, code)
        row = next(s for s in screen.rows if s.code == code)
        assert row.due_today >= 1 and "today" in due_text(row)
        table = screen.query_one("#cases", DataTable)
        cells = [str(c) for c in table.get_row_at(0)]
        assert due_text(row) in cells
