"""Stop 26, care14: the referral summary tells the provider the health details she agreed
to share (finding 7). With "health details" ticked in the consent dialog, her pregnancy,
urgent care, medication and injuries are in the summary, in the staff's language; what she
did not tick (her name) is not."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Checkbox, DataTable, Static

from caseassist.services import cases as case_svc
from caseassist.tui.app import make_app
from caseassist.tui.settings import TuiSettings
from caseassist.vault import case_store

from .helpers import open_case, plain, settle

HEALTH = {
    "household.pregnant": True,
    "medical.urgent_need": True,
    "medical.needs_medication": True,
    "medical.injuries": "cut on her left hand",
}


async def test_ticked_health_details_reach_the_summary_and_nothing_else(demo_folder):
    from caseassist.tui.widgets.dialogs import ConsentDialog, ShowText

    app = make_app(demo_folder, settings=TuiSettings(idle_lock_seconds=0))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_case(pilot, tab="4")
        ws = app.workspace
        at = dt.datetime.now(dt.UTC)
        case_store.set_facts(ws.vault, screen.code, case_svc.records(HEALTH, by=ws.user, at=at))
        screen.reload()
        await settle(pilot)
        name = next((f.value for f in screen.detail.facts if f.fact_id == "person.name"), None)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConsentDialog)
        for key in dialog.categories:  # she agrees to her health details only
            dialog.query_one(f"#c-{key}", Checkbox).value = key == "medical"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        made = screen.detail.referrals[-1]
        assert made.consent_id
        table = screen.query_one("#referrals", DataTable)
        table.focus()
        table.move_cursor(row=len(screen.detail.referrals) - 1)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ShowText)
        body = plain(app.screen.query_one("#body", Static))
        health = next(line for line in body.splitlines() if line.startswith("Health details: "))
        for label in ("Pregnant", "Urgent medical need", "Needs medication"):
            assert label in health
        assert "Injuries: cut on her left hand" in health
        assert not name or str(name) not in body  # her name was not ticked
