"""Keys that change data only when the user means it (what a new user found, stop 26).

A letter typed off the intake's answer line went to a hidden one-key answer; on the case
screen one letter changed a need at once ("/ Grace" marked Food referred with no provider);
Ctrl+R forgot what had been read once the intake was resumed.
"""

from __future__ import annotations

from textual.widgets import Input, OptionList, TabbedContent

from caseassist.tui.screens.case_view import CaseScreen
from caseassist.tui.screens.cases import CasesScreen
from caseassist.tui.screens.intake import IntakeScreen
from caseassist.tui.widgets.dialogs import Choice, TextPrompt
from caseassist.tui.widgets.known import KnownPanel, grouped
from caseassist.tui.widgets.needs_board import NeedTable

from .helpers import intake_with_an_answer, open_identified_need, settle, type_answer
from .test_flows import app_for
from .test_keys import burst


async def test_letters_typed_off_the_answer_line_go_into_it_and_answer_nothing(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await intake_with_an_answer(pilot)
        turns = len(screen.session.turns)
        field = screen.query_one("#answer", Input)
        await pilot.press("tab")  # focus leaves the answer line
        await settle(pilot)
        assert app.focused is not field
        await pilot.press(*"maybe")
        await settle(pilot)
        assert len(screen.session.turns) == turns  # nothing answered
        assert app.focused is field and field.value == "maybe"
        await pilot.press("escape")  # out of the line, then a lone "n"
        await settle(pilot)
        field.value = ""
        await pilot.press("n")
        await settle(pilot)
        assert len(screen.session.turns) == turns and field.value == "n"


async def test_no_hidden_one_letter_answers_remain_on_the_intake():
    keys = {b.key for b in IntakeScreen.BINDINGS}
    assert not keys & set("ynpds")


async def test_ctrl_r_corrects_what_was_read_after_the_intake_is_resumed(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await intake_with_an_answer(pilot)
        before = len(screen.session.turns)
        for _ in range(6):  # words until one is read as a fact
            await type_answer(pilot, "yes they do")
            await settle(pilot)
            if screen.last_read:
                break
        assert screen.last_read and len(screen.session.turns) > before
        read = list(screen.last_read)
        await pilot.press("f8")
        await settle(pilot, 6)
        code = screen.backend.code
        assert code is not None
        if not isinstance(app.screen, CaseScreen):
            app.push_screen(CaseScreen(code))
            await settle(pilot)
        case = app.screen
        assert isinstance(case, CaseScreen)
        await pilot.press("i")
        await settle(pilot)
        resumed = app.screen
        assert isinstance(resumed, IntakeScreen) and resumed is not screen
        assert resumed.last_read == read
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("f8")  # back where it was resumed from, the case shown afresh
        await settle(pilot, 6)
        assert app.screen is case and case.detail is not None


async def test_a_status_key_on_a_need_asks_first_and_enter_alone_changes_nothing(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, target = await open_identified_need(pilot)
        table.focus()
        table.move_cursor(row=table.needs.index(target))
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, Choice)
        await pilot.press("enter")  # the highlighted answer leaves it
        await settle(pilot)
        status = {n.id: n.status for n in app.workspace.get_case(screen.code).needs}
        assert status[target.id] == "identified"
        await pilot.press("m", "down", "enter")
        await settle(pilot, 6)
        status = {n.id: n.status for n in app.workspace.get_case(screen.code).needs}
        assert status[target.id] == "met"


async def test_r_on_a_need_starts_a_referral_and_marks_nothing(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, target = await open_identified_need(pilot)
        table.focus()
        table.move_cursor(row=table.needs.index(target))
        await pilot.press("r")
        await settle(pilot)
        status = {n.id: n.status for n in app.workspace.get_case(screen.code).needs}
        assert status[target.id] == "identified"
        ours = [k for k, v in screen._suggestions.items() if v[0] == target.id]
        assert ours, "the demo case suggests a provider for its first open need"
        if ours:  # its providers, the first highlighted: Enter would ask consent
            assert screen.query_one("#tabs", TabbedContent).active == "tab-referrals"
            options = screen.query_one("#suggestions", OptionList)
            assert app.focused is options
            assert options.get_option_at_index(options.highlighted).id == ours[0]
        else:
            assert any("nothing was changed" in n.message for n in app._notifications)


async def test_slash_and_a_name_on_the_case_find_on_the_list_and_change_nothing(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, _target = await open_identified_need(pilot)
        table.focus()
        before = app.workspace.get_case(screen.code)
        burst(app, ["slash", *" Grace", "\n"])  # typed ahead, all at once, as in the terminal
        await settle(pilot, 6)
        assert isinstance(app.screen, CasesScreen)
        assert app.screen.search_text == "Grace"
        after = app.workspace.get_case(screen.code)
        assert [(n.id, n.status) for n in after.needs] == [(n.id, n.status) for n in before.needs]
        assert len(after.notes) == len(before.notes)


def test_what_we_know_draws_each_group_once():
    from caseassist.intake.facts import FACTS

    order = [fid for fid in FACTS]
    facts = {fid: object() for fid in order}
    heads = [fid.split(".")[0] for fid, _f in grouped(facts)]
    runs = [h for i, h in enumerate(heads) if i == 0 or heads[i - 1] != h]
    assert len(runs) == len(set(runs)), runs
    assert KnownPanel is not None and NeedTable is not None


async def test_a_key_typed_with_the_enter_that_opens_a_case_acts_on_the_case(demo_folder):
    """A new user (stop 28): Enter on the case, then `i` at once to resume its intake; the
    case opened and the `i` was lost (it came before the case was loaded). Keys now wait
    for the case to be shown."""
    app = app_for(demo_folder)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await intake_with_an_answer(pilot)
        await pilot.press("f8")
        await settle(pilot, 6)
        code = screen.backend.code
        assert code is not None
        while not isinstance(app.screen, CasesScreen):
            app.pop_screen()
            await settle(pilot)
        app.screen.focus_next()  # (any widget; the keys go to the screen on top)
        app.push_screen(CaseScreen(code))
        burst(app, "i")  # typed with the Enter, before the case is loaded
        await settle(pilot, 6)
        assert isinstance(app.screen, IntakeScreen) and app.screen is not screen
