"""Opening hours: weekly rules, overnight spans, offsets on the time and in the row."""

from __future__ import annotations

import datetime as dt

import pytest

from caseassist.directory.schedule import Schedule, is_open, opens_next, parse_time

EST = dt.timezone(dt.timedelta(hours=-5))
UTC = dt.UTC
# 2026-03-13 is a Friday, 2026-03-14 a Saturday.


def at(day: int, hh: int, mm: int = 0, tz: dt.tzinfo = EST) -> dt.datetime:
    return dt.datetime(2026, 3, day, hh, mm, tzinfo=tz)


def test_parse_time_forms():
    assert parse_time("09:30") == (570, None)
    assert parse_time("09:30:15")[0] == 570
    minutes, tz = parse_time("10:00-05:00")
    assert minutes == 600 and tz.utcoffset(None) == dt.timedelta(hours=-5)
    assert parse_time("22:00Z") == (1320, UTC)
    assert parse_time("23:59:59")[0] == 1440 and parse_time("23:59")[0] == 1440
    for bad in ("9am", "25:00", "12:60", "", "24:01"):
        with pytest.raises(ValueError):
            parse_time(bad)


def test_weekday_window():
    s = (Schedule("WEEKLY", 9 * 60, 17 * 60, byday=(0, 1, 2, 3, 4), tz=EST),)
    assert is_open(s, at(13, 9))
    assert not is_open(s, at(13, 17))
    assert not is_open(s, at(14, 12))  # Saturday
    nxt = opens_next(s, at(14, 12))
    assert nxt == dt.datetime(2026, 3, 16, 9, 0, tzinfo=EST)


def test_overnight_span_belongs_to_the_evening_it_starts():
    # open Friday evenings only, 18:00-02:00
    s = (Schedule("WEEKLY", 18 * 60, 2 * 60, byday=(4,), tz=EST),)
    assert is_open(s, at(13, 23, 30))
    assert is_open(s, at(14, 1, 30))  # Saturday 01:30 is still Friday night
    assert not is_open(s, at(14, 2, 0))
    assert not is_open(s, at(13, 1, 30))  # Friday 01:30 belongs to Thursday night: closed
    assert opens_next(s, at(14, 3)) == dt.datetime(2026, 3, 20, 18, 0, tzinfo=EST)


def test_24_hours():
    s = (Schedule("WEEKLY", 0, 1440, tz=EST),)
    assert is_open(s, at(14, 23, 59)) and is_open(s, at(14, 0, 0))


def test_the_service_zone_is_used_not_the_callers():
    # 09:00-17:00 at UTC+3; 08:00 in New York (-5) is 16:00 there: open
    s = (Schedule("WEEKLY", 9 * 60, 17 * 60, byday=(4,), tz=dt.timezone(dt.timedelta(hours=3))),)
    assert is_open(s, at(13, 8))
    assert not is_open(s, at(13, 9, 30))
    # opens_next is given in the caller's zone
    assert opens_next(s, at(13, 10)) == dt.datetime(2026, 3, 20, 1, 0, tzinfo=EST)


def test_z_times_span_midnight_utc():
    # 23:00Z-04:00Z is 18:00-23:00 at -5
    s = (Schedule("DAILY", 23 * 60, 4 * 60, tz=UTC),)
    assert is_open(s, at(13, 18, 30))
    assert is_open(s, at(13, 22, 59))
    assert not is_open(s, at(13, 23, 1))
    assert not is_open(s, at(13, 17, 59))


def test_no_zone_reads_the_callers_clock():
    s = (Schedule("DAILY", 9 * 60, 10 * 60),)
    assert is_open(s, at(13, 9, 30, tz=UTC)) and is_open(s, at(13, 9, 30, tz=EST))


def test_validity_and_monthly():
    s = (Schedule("DAILY", 0, 1440, valid_to=dt.date(2026, 3, 1)),)
    assert not is_open(s, at(13, 12)) and opens_next(s, at(13, 12)) is None
    m = (Schedule("MONTHLY", 10 * 60, 12 * 60, bymonthday=(15,), tz=EST),)
    assert not is_open(m, at(14, 11))
    assert opens_next(m, at(14, 11)) == dt.datetime(2026, 3, 15, 10, 0, tzinfo=EST)


def test_unknown_hours():
    assert is_open((), at(13, 12)) is None and opens_next((), at(13, 12)) is None


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(
    opens=st.integers(0, 1439),
    closes=st.integers(1, 1440),
    days=st.sets(st.integers(0, 6), min_size=1),
    offset=st.integers(-12, 12),
    minute=st.integers(0, 7 * 1440 - 1),
)
def test_opens_next_is_the_first_open_minute(opens, closes, days, offset, minute):
    tz = dt.timezone(dt.timedelta(hours=offset))
    s = (Schedule("WEEKLY", opens, closes, byday=tuple(sorted(days)), tz=tz),)
    now = dt.datetime(2026, 3, 9, tzinfo=EST) + dt.timedelta(minutes=minute)
    nxt = opens_next(s, now)
    if is_open(s, now):
        assert nxt is None
        return
    assert nxt is not None and nxt > now
    assert is_open(s, nxt)
    assert not is_open(s, nxt - dt.timedelta(minutes=1)) or nxt - now <= dt.timedelta(minutes=1)


def test_ordinal_weekdays_in_a_monthly_rule(tmp_path):
    """`1MO` is the first Monday of the month, `-1FR` the last Friday: not every Monday or Friday."""
    import csv

    from caseassist.directory.hsds import load_directory
    from caseassist.directory.schedule import nth_weekday_matches
    from tests.directory import factory as f

    # March 2026: Mondays 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27.
    assert nth_weekday_matches(dt.date(2026, 3, 2), 1, 0)
    assert not nth_weekday_matches(dt.date(2026, 3, 9), 1, 0)
    assert nth_weekday_matches(dt.date(2026, 3, 27), -1, 4)
    assert not nth_weekday_matches(dt.date(2026, 3, 20), -1, 4)
    assert nth_weekday_matches(dt.date(2026, 3, 30), 5, 0)

    folder = f.write(tmp_path / "d", [f.svc("svc-clinic", "medical")])
    rows = list(csv.reader((folder / "schedules.csv").open()))
    rows[1][3:5] = ["MONTHLY", "1MO,-1FR"]
    rows[1][5:7] = ["10:00", "12:00"]
    with (folder / "schedules.csv").open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    hours = load_directory(folder).services[0].schedules
    assert is_open(hours, dt.datetime(2026, 3, 2, 11, tzinfo=EST))  # first Monday
    assert not is_open(hours, dt.datetime(2026, 3, 9, 11, tzinfo=EST))  # second Monday
    assert is_open(hours, dt.datetime(2026, 3, 27, 11, tzinfo=EST))  # last Friday
    assert not is_open(hours, dt.datetime(2026, 3, 20, 11, tzinfo=EST))
    assert opens_next(hours, dt.datetime(2026, 3, 3, 9, tzinfo=EST)) == dt.datetime(
        2026, 3, 27, 10, tzinfo=EST
    )
