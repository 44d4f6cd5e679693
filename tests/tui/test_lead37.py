"""The case screen reads the day from the app's wall clock, as "open now" does."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Static

from caseassist.tui.screens.case_view import CaseScreen

from .helpers import plain, settle, unlock
from .test_caseday import _a_named_case, _choose, _type
from .test_flows import app_for

TZ = dt.timezone(dt.timedelta(hours=-5))
MONDAY = dt.datetime(2031, 3, 10, 9, 0, tzinfo=TZ)  # a Monday


async def test_an_appointment_is_dated_and_shown_from_the_apps_own_day(demo_folder):
    code, _name = _a_named_case(demo_folder)
    app = app_for(demo_folder)
    moment = [MONDAY]
    app.settings.wall_clock = lambda: moment[0]
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        await pilot.press("A")
        await _type(pilot, "Friday 10:30")
        await _choose(pilot, "yes")
        await _type(pilot, "Legal clinic, desk 2")
        appt = app.screen.detail.appointments[-1]
        assert appt.on == dt.date(2031, 3, 14)  # the Friday of that week, not of today's
        assert "Legal clinic, desk 2" in plain(app.screen.query_one("#household", Static))

        moment[0] = MONDAY + dt.timedelta(days=7)  # a week on, the appointment has passed
        app.pop_screen()
        await settle(pilot)
        app.push_screen(CaseScreen(code))
        await settle(pilot)
        assert "Legal clinic" not in plain(app.screen.query_one("#household", Static))
