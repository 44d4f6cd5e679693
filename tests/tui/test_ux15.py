"""What a new user found in the terminal (stop 27): each finding at its mechanism."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, OptionList

from caseassist.services.workspace import Workspace
from caseassist.tui.screens.case_view import CaseScreen

from .helpers import PASS, pick_ui_language, settle, unlock
from .test_flows import app_for


def _case_with_a_sick_child(folder) -> tuple[str, str]:
    """A case of the caseworker's with a 6-year-old child who has a medical need of their
    own, and (for the mother) no medical need: (case code, the child's need id)."""
    ws = Workspace.unlock(folder, "caseworker", PASS)
    try:
        row = next(s for s in ws.list_cases(mine=True, limit=50) if s.status == "open")
        child = ws.add_child(row.code, 6)
        need = ws.add_need_by_hand(row.code, "medical", note="fever", member_id=child)
        return row.code, need
    finally:
        ws.close()


def _row_text(table: DataTable, row: int) -> str:
    return " ".join(str(c) for c in table.get_row_at(row))


async def test_a_referral_for_a_childs_need_says_it_is_for_the_child(demo_folder):
    """Finding 7: `r` on the child's need lists providers "for the child", the referral row
    says so, and the child's need (not the mother's) moves to "referred"."""
    from caseassist.tui.widgets.dialogs import ConsentDialog
    from caseassist.tui.widgets.needs_board import NeedTable

    code, need_id = _case_with_a_sick_child(demo_folder)
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        screen = app.screen
        table = next(t for t in screen.query(NeedTable) if any(n.id == need_id for n in t.needs))
        table.focus()
        table.move_cursor(row=next(i for i, n in enumerate(table.needs) if n.id == need_id))
        await pilot.press("r")
        await settle(pilot)
        options = screen.query_one("#suggestions", OptionList)
        highlighted = options.get_option_at_index(options.highlighted)
        assert str(highlighted.id).startswith(need_id)
        assert "(child, 6 years)" in str(highlighted.prompt).split("\n")[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConsentDialog)
        await pilot.press("ctrl+s")
        await settle(pilot)
        made = next(r for r in screen.detail.referrals if r.need_id == need_id)
        rows = screen.query_one("#referrals", DataTable)
        index = screen.detail.referrals.index(made)
        assert "child, 6 years" in _row_text(rows, index)
        need = next(n for n in screen.detail.needs if n.id == need_id)
        assert need.status == "referred"


async def test_a_language_picked_at_unlock_is_this_sessions_not_the_next_start_or_the_cli(
    demo_folder,
):
    """Finding 10: picking Français wrote ui_language into settings.toml; the next person's
    unlock screen and `caseassist open --help` came up in French. The pick holds for this
    app's session; `caseassist settings --set ui_language=fr` is the lasting choice."""

    from caseassist import config, i18n, paths
    from caseassist.cli import _settings_lang, main

    file = paths.config_dir() / config.FILE_NAME
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text('theme = "textual-dark"\n')
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pick_ui_language(pilot, "fr")
        assert i18n.get_locale() == "fr"
        await pilot.press(*"caseworker", "tab", *PASS, "enter")
        await settle(pilot)
        assert i18n.get_locale() == "fr" and app.workspace is not None
    assert file.read_text() == 'theme = "textual-dark"\n'  # nothing written for the next one
    assert _settings_lang() == ""  # what `caseassist` (and its --help) starts in
    assert main(["settings", "--set", "ui_language=es"]) == 0  # the explicit way stays
    assert _settings_lang() == "es"
    assert main(["settings", "--set", "ui_language=Maria Lopez"]) == 2
    assert _settings_lang() == "es"


@pytest.mark.parametrize("lang", ["en", "es"])
async def test_f6_has_one_name_on_the_question_line_the_footer_and_in_help(demo_folder, lang):
    """Finding 12: "F6 later" under the question, "F6 Skip" in the footer, "F6 ask later"
    in help. The question line now names each key by the footer's own words."""
    from caseassist import i18n
    from caseassist.tui.screens.intake import IntakeScreen

    from .helpers import intake_with_an_answer, plain, screen_text

    i18n.set_locale(lang)
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await intake_with_an_answer(pilot)
        name = i18n._("Ask later")
        footer = "\n".join(screen_text(app)[-3:])
        assert f"F6 {name}" in footer
        for _ask_later in range(8):  # to a question answered in words or yes/no
            if "F6" in plain(screen.query_one("#choices")):
                break
            await pilot.press("f6")
            await settle(pilot)
        choices = plain(screen.query_one("#choices"))
        assert f"F6 {name.lower()}" in choices, choices
        assert f"F6 {name.lower()}" in i18n._(IntakeScreen.HELP)


async def test_the_first_lines_of_the_conversation_wrap_and_are_never_cut():
    """Finding 14: at 80x24 the facts at the top of the conversation were cut at their
    ends: written before the scrollbar came (two columns), or before the terminal narrowed."""
    from textual.app import App

    from caseassist.tui.widgets.transcript import Transcript

    from .helpers import screen_text

    fact = "read as Name they want to be called: Grace Achieng Wanjiru (Ctrl+R corrects)"

    class One(App):
        def compose(self):
            yield Transcript(id="t")

    app = One()
    async with app.run_test(size=(60, 12)) as pilot:
        t = app.query_one(Transcript)
        await pilot.pause()
        t.settled(fact)
        await pilot.pause()
        for i in range(30):  # the conversation grows a scrollbar
            t.question(f"Question {i}?")
        await pilot.resize_terminal(44, 12)  # and the terminal narrows
        await pilot.pause()
        t.scroll_home(animate=False)
        await pilot.pause()
        shown = " ".join(line.strip() for line in screen_text(app))
        for word in fact.split():
            assert word in shown, (word, screen_text(app))


def _practice_app(locale: str = "en"):
    from pathlib import Path

    from caseassist import i18n
    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake_start import practice_screen_factory
    from caseassist.tui.settings import TuiSettings

    i18n.set_locale(locale)
    scenario = Path(__file__).parent.parent / "intake" / "scenarios"
    return CaseAssistApp(
        None,
        settings=TuiSettings(idle_lock_seconds=0),
        practice=practice_screen_factory(scenario / "01-outreach-ukrainian-mother.toml"),
    )


async def _words_typed_ahead(pilot) -> None:
    """The practice intake started, then "no" (F3) and an answer in words typed at once."""
    from textual import events

    from caseassist.tui.screens.referral_note import FactReview

    app = pilot.app
    await pilot.pause()
    await pilot.press("ctrl+e")
    await pilot.pause()
    review = app.screen.query_one(FactReview)
    review.verdict = dict.fromkeys(review.verdict, True)
    await pilot.press("ctrl+s")
    await settle(pilot)
    for key in ("f3", *"she is hungry", "enter"):
        app.post_message(events.Key(key, key if len(key) == 1 else None))
    await settle(pilot)


async def test_an_answer_typed_ahead_stays_in_view_under_its_question_at_80x24():
    """Finding 14: the refused words were thrown away (the worker retyped them) and the
    refusal, a notification, covered the question at 80x24. The words stay in the answer
    line; one line under it says why; the question stays on screen."""
    from textual.widgets import Input

    from .helpers import screen_text

    app = _practice_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _words_typed_ahead(pilot)
        screen = app.screen
        assert screen.query_one("#answer", Input).value == "she is hungry"
        assert not app._notifications
        shown = "\n".join(screen_text(app))
        prompt = screen.question.prompt("en")
        assert prompt.split()[0] in shown and prompt.rstrip("?").split()[-1] in shown, shown
        assert "Not sent: typed before this question" in shown, shown
        before = len(screen.session.turns)
        await pilot.press("enter")  # checked against the question in view: sent
        await settle(pilot)
        assert len(screen.session.turns) == before + 1
        assert screen.session.turns[-1]["answer"] == "she is hungry"


def test_an_answer_typed_ahead_looks_so_at_80x24(snap_compare):
    from .helpers import steady_cursors

    async def typed_ahead(pilot):
        await _words_typed_ahead(pilot)
        await steady_cursors(pilot)

    assert snap_compare(_practice_app(), terminal_size=(80, 24), run_before=typed_ahead)


async def test_the_key_that_wakes_the_blank_screen_is_not_typed_unseen(demo_folder):
    """Finding 14: after F12 the first key pressed went into the account line the worker
    could not see yet ("xcaseworker" then failed to unlock). It only shows the form."""
    from textual.widgets import Input

    from caseassist.tui.screens.neutral import NeutralScreen
    from caseassist.tui.screens.unlock import UnlockScreen

    from .helpers import until_locked

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f12")
        await until_locked(pilot)
        await settle(pilot)
        assert isinstance(app.screen, NeutralScreen)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert app.screen.query_one("#account", Input).value == ""
        await pilot.press(*"caseworker")
        await settle(pilot)
        assert app.screen.query_one("#account", Input).value == "caseworker"


async def test_a_resumed_intake_shows_every_earlier_question_in_todays_language(demo_folder):
    """Finding 15: paused with the screens in French, resumed in Spanish, the earlier
    questions still read in French beside Spanish ones."""
    from caseassist import i18n
    from caseassist.intake.questions import turn_prompt
    from caseassist.tui.screens.intake import IntakeScreen
    from caseassist.tui.widgets.transcript import Transcript

    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        i18n.set_locale("fr")
        session = ws.new_intake("fr")
        for _turn in range(3):
            session.next_question()
            session.dont_know(who="survivor")
        asked = [dict(t) for t in session.turns]
        code = ws.save_intake(session)
    finally:
        ws.close()
    assert all(t["prompt"] == turn_prompt(t, "fr") for t in asked)  # stored as asked
    i18n.set_locale("es")
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, IntakeScreen)
        shown = [text for kind, text in app.screen.query_one(Transcript).lines_written]
        for turn in asked:
            assert turn_prompt(turn, "es") in shown
            assert turn_prompt(turn, "es") != turn["prompt"]
            assert turn["prompt"] not in shown


async def test_the_consent_instruction_wraps_whole_in_french_at_80x24(demo_folder):
    """Finding 8: it ended "…l'orientation se fait quand": one line, cut at the border."""
    from caseassist import i18n
    from caseassist.tui.widgets.dialogs import ConsentDialog

    from .helpers import open_case, screen_text

    i18n.set_locale("fr")
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_case(pilot, tab="4")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConsentDialog)
        shown = " ".join(" ".join(line.strip("▊▎┃ ").split()) for line in screen_text(app))
        said = i18n._("Ask the survivor. Sharing nothing still gets them referred.")
        assert said != "Ask the survivor. Sharing nothing still gets them referred."
        for word in said.split():
            assert word in shown, (word, screen_text(app))


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
async def test_each_unlock_label_has_room_before_its_field(demo_folder, lang):
    """Finding 11: "Phrase secrète" filled its column and ran into the field."""
    from textual.widgets import Input, Label

    from caseassist import i18n

    i18n.set_locale(lang)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        labels = list(app.screen.query("#unlock-grid Label").results(Label))
        field = app.screen.query_one("#passphrase", Input)
        for label in labels:
            text = str(label.render())
            assert label.content_region.width >= len(text), text
        gap = field.region.x - max(lb.region.x + len(str(lb.render())) for lb in labels)
        assert gap >= 1, lang


async def test_the_due_column_shows_the_next_day_something_is_due(demo_folder):
    """Finding 9: "Due" was blank for every case, steps due on the 7th and 9th included: it
    counted only what was due today or late. With nothing due today or late, it shows the
    next day a step or an appointment is due."""
    import datetime as dt

    from caseassist.tui.screens.cases import CasesScreen
    from caseassist.tui.text import when

    today = dt.date.today()
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    try:
        rows = [s for s in ws.list_cases(mine=True, limit=50) if s.status == "open"]
        quiet = next(s for s in rows if not s.due_today and not s.late_steps)
        goal = ws.add_goal(quiet.code, "A flat near the school")
        ws.add_step(goal, "Visit the housing office", due=today + dt.timedelta(days=9))
        ws.add_appointment(quiet.code, today + dt.timedelta(days=4), "Clinic")
        ws.add_step(goal, "Call the school", due=today + dt.timedelta(days=2))
        summary = next(s for s in ws.list_cases(mine=True, limit=50) if s.code == quiet.code)
        assert summary.next_due == today + dt.timedelta(days=2)
    finally:
        ws.close()
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, CasesScreen)
        table = screen.query_one("#cases", DataTable)
        row = table.get_row(quiet.code)
        assert when(today + dt.timedelta(days=2)) in [str(c) for c in row], row


@pytest.mark.parametrize("bad", ["missing", "bad.csv", "bad.json"])
async def test_a_bad_import_is_said_once(demo_folder, tmp_path, bad):
    """Finding 13: every refused import (bad CSV, bad JSON, a missing path) was said twice."""
    from caseassist.tui.screens.directory import DirectoryScreen
    from caseassist.tui.widgets.dialogs import TextPrompt

    (tmp_path / "bad.csv").write_text("this,is\nnot,a directory,at all\n")
    (tmp_path / "bad.json").write_text("{not json")
    app = app_for(demo_folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot, user="admin")
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DirectoryScreen)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one("Input").value = str(tmp_path / bad)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        said = [(n.title, n.message) for n in app._notifications]
        assert len(said) == 1, said
        title, message = said[0]
        assert title != message  # a toast shows both: the same line twice


def test_words_said_of_the_survivor_follow_the_gender_the_case_records(monkeypatch):
    """Finding 11: French close reasons were feminine for everyone ("logée"). A catalog may
    word a label for "female" and "male" (msgctxt); any other gender, or none, reads the
    neutral one."""
    import gettext

    from caseassist import i18n
    from caseassist.cases import closing

    class Catalog(gettext.NullTranslations):
        def gettext(self, message):
            return {"housed": "hébergement trouvé"}.get(message, message)

        def pgettext(self, context, message):
            worded = {("female", "housed"): "logée", ("male", "housed"): "logé"}
            return worded.get((context, message), message)

    monkeypatch.setattr(i18n, "_translations", lambda _locale: Catalog())
    assert closing.label("housed", "female") == "logée"
    assert closing.label("housed", "male") == "logé"
    assert closing.label("housed", "nonbinary") == "hébergement trouvé"
    assert closing.label("housed") == "hébergement trouvé"


def test_a_label_and_its_value_are_joined_as_the_language_writes_it(monkeypatch):
    """Finding 11: "appelée: Rosa Elena" (a colon added in code) beside "En danger
    immédiat : non" (from the catalog). The colon after a label is the catalog's."""
    import gettext

    from caseassist import i18n
    from caseassist.tui.text import labelled

    class Catalog(gettext.NullTranslations):
        def gettext(self, message):
            return {"{label}:": "{label} :"}.get(message, message)

    monkeypatch.setattr(i18n, "_translations", lambda _locale: Catalog())
    assert labelled("Nom") == "Nom :"


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
async def test_the_directory_language_placeholder_is_whole_at_80_columns(demo_folder, lang):
    """Finding 11: the placeholder read "langue (nom ou": the field was 20 cells wide."""
    from caseassist import i18n
    from caseassist.tui.screens.directory import DirectoryScreen

    from .helpers import screen_text

    i18n.set_locale(lang)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DirectoryScreen)
        app.screen.query_one("#providers").focus()
        await settle(pilot)
        shown = "\n".join(screen_text(app))
        assert i18n._("language (name or code)") in shown, shown[:400]


async def test_a_history_change_too_long_for_the_width_wraps_rather_than_runs_off():
    """Finding 11: the History tab cut "enregistré (visible dans l'onglet Informations)" at
    the edge. What and Change wrap in the room the date and the account leave."""
    import datetime as dt

    from textual.app import App

    from caseassist.tui.widgets.table import Column, FittedTable

    from .helpers import screen_text

    change = "enregistré (visible dans l'onglet Informations)"
    what = "Nom par lequel la personne souhaite être appelée"

    class One(App):
        def compose(self):
            yield FittedTable(id="t")

    app = One()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(FittedTable)
        table.fill(
            [
                Column("Quand", date=True),
                Column("Qui"),
                Column("Quoi", wrap=True),
                Column("Modification", wrap=True),
            ],
            [(None, [dt.datetime(2026, 12, 3, 21, 0, tzinfo=dt.UTC), "intake", what, change])],
        )
        await pilot.pause()
        await pilot.pause()
        shown = " ".join(screen_text(app)).split()
        for word in (*change.split(), *what.split()):
            assert word in shown, (word, screen_text(app)[:4])
        assert max(len(line.rstrip()) for line in screen_text(app)) <= 80
