"""Opening hours from HSDS `schedules` rows: is a service open now, and when next.

HSDS borrows iCalendar's RRULE vocabulary (`freq`, `byday`, `bymonthday`,
`opens_at`, `closes_at`). Only what a directory of local services uses is
interpreted: daily, weekly and monthly rules (by day of the month, or by
ordinal weekday such as `1MO` the first Monday, `-1FR` the last Friday), validity bounds, and
overnight spans (18:00-02:00 belongs to the evening it starts on). Times carry
their own UTC offset (`10:00-05:00`, `22:00Z`) as the specification
recommends, else the row's `timezone`; a schedule with neither is read in the
caller's clock, which is what a one-town directory means.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from functools import lru_cache

WEEKDAYS: dict[str, int] = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
"""RFC 5545 weekday codes to Python's `date.weekday()`."""

DAY_CODES: tuple[str, ...] = tuple(WEEKDAYS)

_TIME = re.compile(
    r"^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)
END_OF_DAY = 24 * 60


def parse_time(text: str) -> tuple[int, dt.tzinfo | None]:
    """`HH:MM[:SS][offset]` -> (minutes after midnight, tz or None). Raises ValueError.

    `23:59` and `23:59:59` mean "until midnight": directories write them for
    24-hour services, and a one-minute gap each night would read as closed.
    """
    m = _TIME.match(text)
    if not m:
        raise ValueError(text)
    hours, minutes, seconds = int(m[1]), int(m[2]), int(m[3] or 0)
    if hours > 24 or minutes > 59 or seconds > 59 or (hours == 24 and (minutes or seconds)):
        raise ValueError(text)
    total = hours * 60 + minutes
    if total == END_OF_DAY - 1 and (m[3] is None or seconds == 59):
        total = END_OF_DAY
    return total, parse_offset(m[4]) if m[4] else None


def parse_offset(text: str) -> dt.tzinfo:
    """`Z`, `-05:00`, `+0530`, `-05` -> a fixed-offset tzinfo."""
    if text in ("Z", "z"):
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def offset_hours(value: float) -> dt.tzinfo:
    """HSDS `timezone` column: a UTC offset in hours (may be fractional, e.g. 5.5)."""
    if not -14 <= value <= 14:
        raise ValueError(value)
    return dt.timezone(dt.timedelta(minutes=round(value * 60)))


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, slots=True)
class Schedule:
    """One recurring opening window. Hashable, so equal hours are evaluated once per query."""

    freq: str  # DAILY | WEEKLY | MONTHLY
    opens: int  # minutes after local midnight
    closes: int  # minutes after local midnight; <= opens means it ends the next day
    byday: tuple[int, ...] = ()  # weekdays (0 = Monday); empty = every day
    bymonthday: tuple[int, ...] = ()
    bynth: tuple[
        tuple[int, int], ...
    ] = ()  # MONTHLY (n, weekday): (1, 0) first Monday, (-1, 4) last Friday
    tz: dt.tzinfo | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    description: str = ""

    @property
    def all_day(self) -> bool:
        return self.opens == 0 and self.closes in (0, END_OF_DAY)

    def _local(self, now: dt.datetime) -> dt.datetime:
        if self.tz is None or now.tzinfo is None:
            return now if self.tz is None else now.replace(tzinfo=self.tz)
        return now.astimezone(self.tz)

    def runs_on(self, day: dt.date) -> bool:
        """Whether a window starts on this local date."""
        if self.valid_from and day < self.valid_from:
            return False
        if self.valid_to and day > self.valid_to:
            return False
        if self.freq == "MONTHLY":
            if self.bymonthday:
                return day.day in self.bymonthday
            if self.bynth:
                return any(nth_weekday_matches(day, n, wd) for n, wd in self.bynth)
        return not self.byday or day.weekday() in self.byday

    def is_open(self, now: dt.datetime) -> bool:
        local = self._local(now)
        minute = local.hour * 60 + local.minute
        today = local.date()
        if self.opens < self.closes:
            return self.opens <= minute < self.closes and self.runs_on(today)
        if self.all_day:
            return self.runs_on(today)
        # overnight: tonight's window, or the tail of last night's
        if minute >= self.opens and self.runs_on(today):
            return True
        return minute < self.closes and self.runs_on(today - dt.timedelta(days=1))

    def next_opening(self, now: dt.datetime, horizon_days: int = 62) -> dt.datetime | None:
        """The first window start after `now` (in the schedule's own zone)."""
        local = self._local(now)
        start = local.date()
        for k in range(horizon_days):
            day = start + dt.timedelta(days=k)
            if not self.runs_on(day):
                continue
            at = dt.datetime.combine(day, dt.time(), tzinfo=local.tzinfo) + dt.timedelta(
                minutes=self.opens
            )
            if at > local:
                return at
        return None


def nth_weekday_matches(day: dt.date, n: int, weekday: int) -> bool:
    """Whether `day` is the n-th (1..5) or, counting back, the -n-th such weekday of its month."""
    if day.weekday() != weekday:
        return False
    if n > 0:
        return (day.day - 1) // 7 + 1 == n
    next_month = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    days_in_month = (next_month - dt.timedelta(days=1)).day
    return (days_in_month - day.day) // 7 + 1 == -n


def is_open(schedules: tuple[Schedule, ...], now: dt.datetime) -> bool | None:
    """True/False, or None when the service lists no hours at all."""
    if not schedules:
        return None
    return any(s.is_open(now) for s in schedules)


def opens_next(schedules: tuple[Schedule, ...], now: dt.datetime) -> dt.datetime | None:
    """When a closed service next opens, in the directory's own time; None if open or unknown.

    The directory's time is the schedule's zone when it has one (a desk that
    opens at 10:00 opens at 10:00, whatever zone this computer is set to), else
    `now`'s.
    """
    if not schedules or is_open(schedules, now):
        return None
    found = [t for s in schedules if (t := s.next_opening(now)) is not None]
    if not found:
        return None
    first = min(found)  # aware datetimes compare as instants, whatever their zones
    if now.tzinfo is None:
        return first.replace(tzinfo=None)
    return first if first.tzinfo is not None else first.replace(tzinfo=now.tzinfo)


# -- hours as people write them ---------------------------------------------------------------

_CLOCK = re.compile(r"^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])\.?\s*m?\.?\s*$", re.IGNORECASE)
_WORDS = {"noon": 12 * 60, "midday": 12 * 60, "midnight": END_OF_DAY}
ALL_DAY_WORDS = re.compile(r"^\s*(24\s*(hours|hrs|h)(\s*a\s*day)?|24/7|open 24 hours)\s*$", re.I)
DAY_NAMES: dict[str, int] = {
    "monday": 0, "mon": 0, "mo": 0, "tuesday": 1, "tues": 1, "tue": 1, "tu": 1,
    "wednesday": 2, "wed": 2, "we": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "th": 3, "friday": 4, "fri": 4, "fr": 4, "saturday": 5, "sat": 5, "sa": 5,
    "sunday": 6, "sun": 6, "su": 6,
}  # fmt: skip
_DAY_TOKEN = "|".join(sorted(DAY_NAMES, key=len, reverse=True))
_DAY_RANGE = re.compile(
    rf"\b({_DAY_TOKEN})s?\b\s*(?:-|–|to|through|thru)\s*\b({_DAY_TOKEN})s?\b", re.I
)
_DAY_ONE = re.compile(rf"\b({_DAY_TOKEN})s?\b", re.I)
_SPAN = re.compile(
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s*m\.?)?|noon|midnight)\s*(?:-|–|to)\s*"
    r"(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s*m\.?)?|noon|midnight)",
    re.I,
)


@lru_cache(maxsize=4096)
def parse_clock(text: str) -> tuple[int, dt.tzinfo | None]:
    """`HH:MM[:SS][offset]`, or a 12-hour time (`9:00am`, `8:30 PM`, `9am`), `noon`, `midnight`.

    Raises ValueError on anything else, including `13:00pm`.
    """
    raw = text.strip()
    if raw.lower() in _WORDS:
        return _WORDS[raw.lower()], None
    m = _CLOCK.match(raw)
    if not m:
        return parse_time(raw)
    hours, minutes = int(m[1]), int(m[2] or 0)
    if not 1 <= hours <= 12 or minutes > 59:
        raise ValueError(text)
    hours = hours % 12 + (12 if m[3].lower() == "p" else 0)
    return hours * 60 + minutes, None


def parse_days(text: str) -> tuple[int, ...] | None:
    """`Monday - Friday`, `Mon, Wed-Thur`, `MO,TU`, `saturday` -> weekdays; None if unreadable."""
    raw = text.strip()
    if not raw:
        return ()
    days: set[int] = set()
    rest = raw
    for m in _DAY_RANGE.finditer(raw):
        a, b = DAY_NAMES[m[1].lower()], DAY_NAMES[m[2].lower()]
        days.update((a + k) % 7 for k in range((b - a) % 7 + 1))
        rest = rest.replace(m[0], " ")
    for m in _DAY_ONE.finditer(rest):
        days.add(DAY_NAMES[m[1].lower()])
    leftover = _DAY_ONE.sub(" ", rest)
    if re.search(
        r"[A-Za-z]{2,}", re.sub(r"\b(and|y|et|daily|every|day|days)\b", " ", leftover, flags=re.I)
    ):
        return None
    if not days and re.search(r"\b(daily|every day)\b", raw, re.I):
        return tuple(range(7))
    return tuple(sorted(days)) if days else None


def parse_hours_text(text: str) -> list[tuple[tuple[int, ...], int, int]] | None:
    """Hours written as text: `24 hours`, `Mon-Fri 9am-5pm`, `9:00 AM - 5:00 PM; Sat 10am-1pm`.

    Returns (weekdays, opens, closes) windows, weekdays empty for every day; None when
    the text cannot be read without guessing (it is then reported, never guessed).
    """
    raw = text.strip()
    if not raw:
        return []
    if ALL_DAY_WORDS.match(raw):
        return [((), 0, END_OF_DAY)]
    out: list[tuple[tuple[int, ...], int, int]] = []
    for part in re.split(r"[;\n]+", raw):
        part = part.strip()
        if not part:
            continue
        span = _SPAN.search(part)
        if not span:
            return None
        before = (part[: span.start()] + " " + part[span.end() :]).strip(" ,:")
        days = parse_days(before) if before else ()
        if days is None:
            return None
        try:
            a, b = span[1].strip(), span[2].strip()
            # "9-5" with no am/pm is a guess: read it only when each end says which half.
            if not (
                re.search(r"[ap]\.?\s*m|noon|midnight|:", a, re.I)
                and re.search(r"[ap]\.?\s*m|noon|midnight|:", b, re.I)
            ):
                return None
            opens, _tz = parse_clock(a)
            closes, _tz = parse_clock(b)
        except ValueError:
            return None
        out.append((days if len(days) < 7 else (), opens, closes))
    return out or None


_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1,
}  # fmt: skip
_NTH = re.compile(
    rf"^\s*((?:(?:{'|'.join(_ORDINALS)})\s*(?:,|&|and)?\s*)+)\s*({_DAY_TOKEN})s?"
    r"(?:\s+of\s+(?:each|the|every)\s+month)?\s*$",
    re.I,
)


def parse_nth_days(text: str) -> tuple[tuple[int, int], ...] | None:
    """`Second Saturday`, `2nd & 4th Wednesday`, `Last Thursday of each month` -> (n, weekday)."""
    m = _NTH.match(text)
    if not m:
        return None
    day = DAY_NAMES[m[2].lower()]
    found = re.findall("|".join(_ORDINALS), m[1].lower())
    return tuple(sorted({(_ORDINALS[o], day) for o in found})) or None


WEEK_MINUTES = 7 * 24 * 60
_PROBES = (dt.datetime(2026, 1, 15, 12), dt.datetime(2026, 7, 15, 12))  # winter and summer time
ALL_HOURS = (1 << 24) - 1


@functools.lru_cache(maxsize=4096)  # a directory repeats a few dozen sets of hours
def week_mask(schedules: tuple[Schedule, ...]) -> tuple[int, ...] | None:
    """For each UTC weekday, a 24-bit mask of the hours in which the service may be open.

    A superset, for an index to skip services surely closed: validity dates and
    monthly rules are ignored, both winter and summer offsets are counted, and
    hours with no zone (read in the caller's clock) count as always. None when
    no hours are listed.
    """
    if not schedules:
        return None
    hours = [0] * 7
    for s in schedules:
        if s.tz is None:
            return (ALL_HOURS,) * 7
        offsets = {
            int(off.total_seconds() // 60)
            for probe in _PROBES
            if (off := s.tz.utcoffset(probe.replace(tzinfo=s.tz))) is not None
        }
        days = s.byday if s.byday and not s.bymonthday else tuple(range(7))
        length = END_OF_DAY if s.all_day else (s.closes - s.opens) % END_OF_DAY or END_OF_DAY
        for offset in offsets:
            for day in days:
                start = (day * END_OF_DAY + s.opens - offset) % WEEK_MINUTES
                first, last = start // 60, (start + length - 1) // 60
                for hour in range(first, last + 1):
                    h = hour % (7 * 24)
                    hours[h // 24] |= 1 << (h % 24)
    return tuple(hours)


def week_slot(now: dt.datetime) -> tuple[int, int]:
    """(UTC weekday, UTC hour) of a moment, to look up in `week_mask`."""
    utc = now.astimezone(dt.UTC) if now.tzinfo else now.astimezone().astimezone(dt.UTC)
    return utc.weekday(), utc.hour
