"""Each role's main path, driven with Pilot against a real (fast-KDF) demo vault."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from caseassist.services.workspace import Workspace
from caseassist.tui.app import make_app
from caseassist.tui.screens.cases import PAGE_SIZE, CasesScreen
from caseassist.tui.screens.neutral import NeutralScreen
from caseassist.tui.screens.report import ReportScreen
from caseassist.tui.screens.unlock import UnlockScreen
from caseassist.tui.settings import TuiSettings

from .helpers import (
    PASS,
    open_case,
    open_identified_need,
    pick_ui_language,
    plain,
    screen_text,
    settle,
    unlock,
    until_locked,
)


def app_for(folder, clock=None, idle=300.0):
    settings = TuiSettings(idle_lock_seconds=idle)
    if clock is not None:
        settings.clock = clock
    return make_app(folder, settings=settings)


async def test_wrong_passphrase_says_so_and_stays(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, passphrase="not the passphrase at all")
        assert isinstance(app.screen, UnlockScreen)
        assert app.workspace is None
        message = plain(app.screen.query_one("#message", Static))
        assert message == "The account name or passphrase is not right."
        assert app.screen.query_one("#passphrase").value == ""
        assert app.focused.id == "passphrase"


async def test_unlock_then_cases_are_paged_overdue_first(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        assert PASS in plain(app.screen.query_one("#demo-hint", Static))
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace is not None and app.workspace.role == "caseworker"
        assert app.title == "Terminal"
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CasesScreen)
        assert not screen.mine and screen.total > PAGE_SIZE
        first_page = [s.code for s in screen.rows]
        assert len(first_page) == PAGE_SIZE
        overdue = [s.overdue_needs for s in screen.rows]
        assert overdue == sorted(overdue, reverse=True)
        await pilot.press("pagedown")
        await settle(pilot)
        assert screen.page == 1
        assert not set(first_page) & {s.code for s in screen.rows}
        assert "page 2 of" in plain(screen.query_one("#paging", Static))
        await pilot.press("pageup")
        await settle(pilot)
        assert [s.code for s in screen.rows] == first_page


async def test_caseworker_marks_a_need_met_with_one_key_and_a_confirmation(demo_folder):
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, table, target = await open_identified_need(pilot)
        code = screen.code
        table.focus()
        table.move_cursor(row=table.needs.index(target))
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("down", "enter")  # "Yes, mark it met" (No is highlighted first)
        await settle(pilot)
        ws = app.workspace
        after = {n.id: n.status for n in ws.get_case(code).needs}
        assert after[target.id] == "met"
        history = screen.detail.history[target.id]
        assert history[-1].new == "met" and history[-1].account == "caseworker"


async def test_idle_lock_with_a_frozen_clock_then_quick_hide(demo_folder, clock):
    app = app_for(demo_folder, clock=clock, idle=300)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        clock.advance(299)
        app.lock_if_idle()
        assert app.workspace is not None
        await pilot.press("a")  # activity moves the deadline
        await settle(pilot)
        clock.advance(299)
        app.lock_if_idle()
        assert app.workspace is not None
        clock.advance(2)
        app.lock_if_idle()
        await until_locked(pilot)
        assert app.workspace is None
        assert isinstance(app.screen, UnlockScreen)
        # Unlock again, open the directory, then hide at once.
        await unlock(pilot)
        await pilot.press("d")
        await settle(pilot)
        ws = app.workspace
        await pilot.press("f12")
        await until_locked(pilot)
        assert isinstance(app.screen, NeutralScreen)
        assert app.workspace is None and ws.closed
        assert "work" not in app._modes  # every screen that showed data is gone
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        assert app.screen.query_one("#passphrase").value == ""


async def test_notes_with_markup_are_shown_as_typed(demo_folder):
    ws = Workspace.unlock(demo_folder, "caseworker", PASS)
    session = ws.new_intake()
    session.correct("person.name", "[bold]Ana[/bold]")
    session.correct("shelter.needs_shelter_tonight", True)
    code = ws.save_intake(session)
    typed = "[bold]not bold[/bold] [link=http://x]y[/link] \x1b[31mred"
    ws.add_note(code, typed)
    ws.close()
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        from caseassist.tui.screens.case_view import CaseScreen as Case

        app.push_screen(Case(code))
        await settle(pilot)
        assert "[bold]Ana[/bold]" in plain(app.screen.query_one("#case-title", Static))
        await pilot.press("5")
        await settle(pilot)
        shown = [plain(s) for s in app.screen.query(".note").results(Static)]
        assert any("[bold]not bold[/bold] [link=http://x]y[/link] ␛[31mred" in s for s in shown)
        assert not any("\x1b" in s for s in shown)


async def test_supervisor_sees_no_case_and_opens_the_report(demo_folder):
    """Counts only (`cases.supervision`): no list, no search, no case; r is the report."""
    ws = Workspace.unlock(demo_folder, "admin", PASS)
    codes = {s.code for s in ws.list_cases(status=None, limit=500)}
    ws.close()
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, user="supervisor")
        for key in ("a", "m", "slash", "enter", "o"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen) and not app.screen.rows
            shown = "\n".join(screen_text(app))
            assert "counts, never case by case" in shown
            assert not any(code in shown for code in codes)
            assert not app.screen.query_one("#cases", DataTable).display
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        titles = [plain(s) for s in app.screen.query(".section").results(Static)]
        assert "Caseload per caseworker" in titles


async def test_language_picker_rebuilds_the_unlock_screen(demo_folder):
    from textual.widgets import Input, Select

    from caseassist import i18n

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#account", Input).value = "intake"
        app.screen.query_one("#passphrase", Input).value = "typed before the change"
        await pick_ui_language(pilot, "es")
        assert i18n.get_locale() == "es"
        assert isinstance(app.screen, UnlockScreen)
        assert app.screen.query_one("#account", Input).value == "intake"
        assert app.screen.query_one("#passphrase", Input).value == "typed before the change"
        assert app.screen.query_one("#language", Select).value == "es"
        assert app.focused is app.screen.query_one("#passphrase", Input)
        i18n.set_locale("en")


async def test_refer_a_need_with_consent_and_preview_the_summary(demo_folder):
    from caseassist.tui.widgets.dialogs import ConsentDialog, ShowText

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(pilot, tab="4")
        before = len(screen.detail.referrals)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConsentDialog)
        provider = dialog.provider
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(screen.detail.referrals) == before + 1
        made = screen.detail.referrals[-1]
        assert made.provider == provider and made.status == "proposed"
        table = screen.query_one("#referrals", DataTable)
        table.focus()
        table.move_cursor(row=len(screen.detail.referrals) - 1)
        await pilot.press("s")
        await settle(pilot)
        if made.consent_id:
            assert isinstance(app.screen, ShowText)
            assert screen.code in plain(app.screen.query_one("#body", Static))


def test_settings_from_the_config_folder_and_environment(tmp_path, monkeypatch):
    from caseassist import paths

    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.toml").write_text('idle_lock_minutes = 2\ntheme = "textual-light"\n')
    settings = TuiSettings.from_environment()
    assert settings.idle_lock_seconds == 120 and settings.theme == "textual-light"
    monkeypatch.setenv("CASEASSIST_IDLE_LOCK_MINUTES", "0")
    assert TuiSettings.from_environment().idle_lock_seconds == 0
    (folder / "settings.toml").write_text("idle_lock_minutes = [")
    monkeypatch.delenv("CASEASSIST_IDLE_LOCK_MINUTES")
    assert TuiSettings.from_environment().idle_lock_seconds == 300


async def test_quick_hide_while_unlocking_wins(demo_folder):
    """An unlock still working when the screen is hidden is dropped: the vault stays locked."""
    import threading

    release = threading.Event()
    opened: list[Workspace] = []

    def slow_open(folder, account, passphrase):
        release.wait(10)
        ws = Workspace.unlock(folder, account, passphrase)
        opened.append(ws)
        return ws

    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0), opener=slow_open)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"caseworker", "tab", *PASS, "enter")
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, NeutralScreen)
        release.set()
        for _ in range(100):
            if opened and opened[0].closed:
                break
            await pilot.pause(0.05)
        assert opened and opened[0].closed
        assert app.workspace is None
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        assert app.screen.query_one("#passphrase").value == ""


async def test_language_picker_names_each_language_in_itself(demo_folder):
    from textual.widgets import Select

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen.query_one("#language", Select)
        assert [str(label) for label, _code in picker._options] == [
            "English",
            "Español",
            "Français",
            "Português",
        ]


async def test_language_picker_shows_its_value_in_the_first_frame_then_opens(demo_folder):
    """The picker is drawn as its value in the first frame and is the real picker right
    after; Tab goes account, passphrase, Unlock, language."""
    from textual.widgets import Select

    from caseassist.tui.widgets.deferred import Deferred

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.screen.query_one("#language-shown", Deferred)
        assert shown.label == "English"
        assert "English" in str(shown.render()) and "▼" in str(shown.render())
        await pilot.pause()
        assert not app.screen.query("#language-shown")
        assert app.screen.query_one("#language", Select).value == "en"
        order = []
        for _ in range(4):
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["account", "passphrase", "unlock", "language"]


async def test_a_failed_vault_call_in_a_screen_says_so_calmly(demo_folder, monkeypatch):
    """A screen's worker failure reaches staff as one calm line (screen workers do not bubble)."""
    from caseassist.vault.errors import VaultError

    def broken(self, **kwargs):
        raise VaultError("The vault could not be read.")

    monkeypatch.setattr(Workspace, "count_cases", broken)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)
        messages = [n.message for n in app._notifications]
        assert messages == ["The vault could not be read."]


async def test_a_failed_display_does_not_claim_nothing_changed(demo_folder, monkeypatch):
    def broken(self, result):
        raise RuntimeError("display")

    monkeypatch.setattr(CasesScreen, "_show", broken)
    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        [note] = list(app._notifications)
        assert note.severity == "error"
        assert "could not show the result" in note.message
        assert "nothing was changed" not in note.message


async def test_account_tab_passphrase_enter_sent_at_once_unlocks(demo_folder):
    """As a password manager types: every key queued before the first is handled."""
    from textual import events

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst = [*"caseworker", "tab", *PASS, "enter"]
        for key in burst:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert app.workspace is not None and app.workspace.user == "caseworker"


async def test_the_report_explains_its_marks_first_and_lists_no_empty_weeks(demo_folder):
    from caseassist.tui.widgets.bars import as_count

    app = app_for(demo_folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, user="supervisor")
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportScreen)
        box = screen.query_one("#report")
        first = box.children[0]
        assert first.id == "legend" and "*" in plain(first)
        weekly = next(
            t for t in box.query(DataTable) if str(t.ordered_columns[0].label) == "Week starting"
        )
        rows = _rows(weekly)
        assert rows and all(any(as_count(str(c)) != 0 for c in r[1:]) for r in rows)


def _rows(table: DataTable) -> list[list[object]]:
    return [table.get_row_at(i) for i in range(table.row_count)]


async def test_an_unlock_by_someone_who_reads_notes_builds_the_reading_pipeline(
    demo_folder, warmed
):
    """Caseworkers read referral notes: the pipeline is built behind the case list, so
    the first note costs what the tenth does. A supervisor reads none."""
    for user, expected in (("caseworker", ["warm"]), ("supervisor", [])):
        warmed.clear()
        app = app_for(demo_folder)
        async with app.run_test() as pilot:
            await unlock(pilot, user=user)
            assert isinstance(app.screen, CasesScreen) or user == "supervisor"
            assert warmed == expected, user
