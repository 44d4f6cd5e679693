"""Schedule rows read into opening hours, however an export wrote them.

HSDS 1.x/2.0 exports put times in date columns, weekday names in `freq`, or the
hours only as text; each is read where it can be without guessing, and a row
that cannot be is dropped with a warning or a note. Rows alike are read once.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseassist.directory import schedule as sch
from caseassist.directory.row_checks import R_NO_TARGET
from caseassist.i18n import N_, _

SCHEDULE_COLUMNS = (
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "description",
    "timezone",
    "freq",
    "byday",
    "days",
    "bymonthday",
)
"""Every cell a schedule row is read from: rows equal in these read the same."""

SCHEDULE_MEMO = 4096

# Why a schedule row is refused, or what was read from it; translated where shown.
R_BAD_TIME = N_("opening hours that cannot be read")
N_TIME_COLUMNS = N_("opening hours found in date columns: read as hours")
N_TEXT_HOURS = N_("opening hours written as text: read")
N_TEXT_UNREAD = N_("opening hours written as text that cannot be read without guessing: not used")


class ScheduleRows:
    """The part of the builder that reads `schedule` rows."""

    def _schedules(self) -> None:
        fname, rows = self._rows("schedule")
        for n, _rid, r in self._ids(fname, rows, "schedule", link="service_id"):
            targets = self._targets(fname, n, r)
            if targets is None:
                continue
            if not targets:
                self.fault(fname, n, "service_id", R_NO_TARGET)
                continue
            parsed = self._schedule(fname, n, r)
            if parsed is None:
                continue
            for target in targets:
                for one in parsed:
                    self._add(target, "schedules", one)
            self.report.count("schedule")
        self.tick("schedule")

    def _times(self, fname: str, n: int, r: dict[str, str]) -> tuple[str, str] | None:
        """`opens_at`/`closes_at`; in HSDS 1.x/2.0 exports they may sit in date columns."""
        opens, closes = (r.get("opens_at") or "").strip(), (r.get("closes_at") or "").strip()
        if opens or closes:
            return opens, closes
        found = [
            (col, v)
            for col in ("valid_from", "valid_to", "dtstart", "until")
            if (v := (r.get(col) or "").strip()) and (_is_time(v) or sch.ALL_DAY_WORDS.match(v))
        ]
        if not found:
            return None
        self._note(fname, N_TIME_COLUMNS, f"{fname}, row {n}, {found[0][0]}")
        values = [v for _c, v in found]
        return values[0], values[1] if len(values) > 1 else ""

    def _schedule(self, fname: str, n: int, r: dict[str, str]) -> list[sch.Schedule] | None:
        """A row's schedules; rows alike read once (a directory repeats "Mon-Fri 9-5" often)
        unless reading them said something (a warning or a note is kept for each row)."""
        key = tuple(r.get(c) for c in SCHEDULE_COLUMNS)
        if key in self._schedule_memo:
            return self._schedule_memo[key]
        said = self._said
        parsed = self._read_schedule(fname, n, r)
        if self._said == said and len(self._schedule_memo) < SCHEDULE_MEMO:
            self._schedule_memo[key] = parsed
        return parsed

    def _read_schedule(self, fname: str, n: int, r: dict[str, str]) -> list[sch.Schedule] | None:
        times = self._times(fname, n, r)
        if times is None:
            text = (r.get("description") or "").strip()
            windows = sch.parse_hours_text(text) if text else []
            if windows is None:
                self._note(fname, N_TEXT_UNREAD, f"{fname}, row {n}, description")
            if windows:
                self._note(fname, N_TEXT_HOURS, f"{fname}, row {n}, description")
                return [
                    sch.Schedule(
                        freq="WEEKLY" if days else "DAILY",
                        opens=o,
                        closes=c,
                        byday=days,
                        description=text,
                    )
                    for days, o, c in windows
                ]
            return None  # hours given only as a description, or not at all
        raw_open, raw_close = times
        if sch.ALL_DAY_WORDS.match(raw_open) and not raw_close:
            (opens, open_tz), (closes, close_tz) = (0, None), (sch.END_OF_DAY, None)
        else:
            parsed = []
            for col, raw in (("opens_at", raw_open), ("closes_at", raw_close)):
                if not raw:
                    parsed.append((None, None))
                    continue
                try:
                    parsed.append(sch.parse_clock(raw))
                except ValueError:
                    self.fault(fname, n, col, R_BAD_TIME)
                    return None
            (opens, open_tz), (closes, close_tz) = parsed
        if opens is None or closes is None:
            col = "closes_at" if closes is None else "opens_at"
            self.warn(fname, n, col, _("only one end of the opening hours; schedule ignored"))
            return None
        tz = open_tz or close_tz or self._tz(fname, n, r.get("timezone") or "")
        if open_tz and close_tz and open_tz != close_tz:
            probe = dt.datetime(2000, 1, 3, tzinfo=open_tz)
            shift = (close_tz.utcoffset(probe) - open_tz.utcoffset(probe)).total_seconds() // 60
            closes = int(closes - shift) % sch.END_OF_DAY or sch.END_OF_DAY
        freq = (r.get("freq") or "").strip().upper() or "DAILY"
        byday: list[int] = []
        bynth: list[tuple[int, int]] = []
        raw_days = (r.get("byday") or "").strip()
        text_days = (r.get("days") or "").strip()
        if freq not in ("DAILY", "WEEKLY", "MONTHLY"):
            named = sch.parse_days(freq) if not raw_days else None
            if named:  # a weekday name in the freq column (seen in HSDS 2.0 exports)
                byday.extend(named)
                freq = "WEEKLY"
            else:
                self.warn(fname, n, "freq", _("unsupported repeat rule; schedule ignored"))
                return None
        for token in (t.strip().upper() for t in raw_days.split(",") if t.strip()):
            code = token.lstrip("+-0123456789")
            prefix = token[: len(token) - len(code)]
            if code not in sch.WEEKDAYS:
                named = sch.parse_days(code)
                if named and not prefix:
                    byday.extend(named)
                    continue
                self.warn(fname, n, "byday", _("unknown weekday; dropped"))
                continue
            byday.append(sch.WEEKDAYS[code])
            if prefix.lstrip("+-"):
                nth = int(prefix)
                if 1 <= abs(nth) <= 5:
                    bynth.append((nth, sch.WEEKDAYS[code]))
                else:
                    self.warn(fname, n, "byday", _("unknown weekday; dropped"))
        if text_days:
            named = sch.parse_days(text_days)
            nth = sch.parse_nth_days(text_days) if named is None else None
            if nth:
                freq = "MONTHLY"
                bynth.extend(nth)
                byday.extend(d for _k, d in nth)
            elif named is None:
                self.fault(fname, n, "days", R_BAD_TIME)
                return None
            else:
                byday.extend(named)
        if (raw_days or text_days) and not byday:
            return None
        if byday and freq == "DAILY":
            freq = "WEEKLY"
        bymonthday: list[int] = []
        if freq == "MONTHLY":
            for token in (r.get("bymonthday") or "").split(","):
                if token.strip().isdigit() and 1 <= int(token) <= 31:
                    bymonthday.append(int(token))
            if not bymonthday:
                if byday and not bynth:
                    freq = "WEEKLY"  # MONTHLY on plain weekdays: every such weekday
                elif not byday:
                    self.warn(fname, n, "bymonthday", _("no days of the month; schedule ignored"))
                    return None
        if freq == "WEEKLY" and not byday:
            start = self._date(fname, n, r, "dtstart")
            if start:
                byday = [start.weekday()]
            else:
                freq = "DAILY"
        if len(set(byday)) == 7 and freq == "WEEKLY":
            freq, byday = "DAILY", []
        valid_to = self._date(fname, n, r, "valid_to")
        until = self._date(fname, n, r, "until")
        if until and (valid_to is None or until < valid_to):
            valid_to = until
        return [
            sch.Schedule(
                freq=freq,
                opens=opens,
                closes=closes,
                byday=tuple(sorted(set(byday))) if freq != "DAILY" else (),
                bymonthday=tuple(sorted(set(bymonthday))),
                bynth=tuple(sorted(set(bynth))) if freq == "MONTHLY" and not bymonthday else (),
                tz=tz,
                valid_from=self._date(fname, n, r, "valid_from"),
                valid_to=valid_to,
                description=r.get("description", ""),
            )
        ]

    def _tz(self, fname: str, n: int, raw: str) -> dt.tzinfo | None:
        raw = raw.strip()
        if not raw:
            return None
        try:
            return sch.offset_hours(float(raw))
        except ValueError:
            pass
        try:
            return ZoneInfo(raw)
        except (ZoneInfoNotFoundError, ValueError):
            self.warn(fname, n, "timezone", _("unknown time zone; ignored"))
            return None

    def _date(self, fname: str, n: int, r: dict[str, str], col: str) -> dt.date | None:
        raw = (r.get(col) or "").strip()
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            if not _is_time(raw):
                self.warn(fname, n, col, _("not a date; ignored"))
            return None


def _is_time(value: str) -> bool:
    try:
        sch.parse_clock(value)
    except ValueError:
        return False
    return True
