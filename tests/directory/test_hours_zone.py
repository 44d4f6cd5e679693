"""Opening hours are shown in the directory's own time, not this computer's zone."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from caseassist.directory import load_directory, suggest
from tests.directory import factory as f

DIRECTORY_ZONE = dt.timezone(dt.timedelta(hours=-5))


@pytest.fixture
def desk(tmp_path):
    # A legal desk open 10:00-16:00, Monday to Friday, at UTC-5 (the row's timezone).
    hours = [("MO,TU,WE,TH,FR", "10:00", "16:00", "-5")]
    return load_directory(f.write(tmp_path / "d", [f.svc("desk", "legal", hours=hours)]))


@pytest.fixture
def machine_in_bangkok(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")  # UTC+7, no daylight saving
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_desk_opening_at_ten_says_ten_on_a_computer_set_elsewhere(desk, machine_in_bangkok):
    # 08:00 at the desk on a Wednesday is 20:00 in Bangkok.
    now = dt.datetime(2026, 3, 11, 8, 0, tzinfo=DIRECTORY_ZONE).astimezone()
    assert now.utcoffset() == dt.timedelta(hours=7)
    (s,) = suggest(desk, {}, "legal", now=now).suggestions
    assert "opens at 10:00\u202fAM" in s.reasons or "opens at 10:00 AM" in s.reasons
    assert s.opens_next.utcoffset() == dt.timedelta(hours=-5)
    assert (s.opens_next.hour, s.opens_next.minute) == (10, 0)


def test_tomorrow_is_the_directory_s_tomorrow(desk, machine_in_bangkok):
    # 17:00 Wednesday at the desk is already 05:00 Thursday in Bangkok: the desk
    # opens "tomorrow" in its own days, at 10:00.
    now = dt.datetime(2026, 3, 11, 17, 0, tzinfo=DIRECTORY_ZONE).astimezone()
    (s,) = suggest(desk, {}, "legal", now=now).suggestions
    assert any(r.startswith("opens tomorrow at 10:00") for r in s.reasons)


def test_the_machine_clock_is_used_when_no_time_is_given(desk, machine_in_bangkok):
    (s,) = suggest(desk, {}, "legal").suggestions
    if s.opens_next is not None:
        assert s.opens_next.utcoffset() == dt.timedelta(hours=-5)
        assert (s.opens_next.hour, s.opens_next.minute) == (10, 0)
