"""Dates as people write them ("Friday", "in two weeks", "el viernes", "vendredi prochain").

`dateparser` does the reading; this module only tidies what people add around
a date (articles, "due", "next", number words) so that a weekday or a span
in en, es or fr is read the same way, always as the next such day from today.
Staff see the date back, written out, before it is saved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from caseassist.errors import InvalidInput
from caseassist.i18n import _
from caseassist.intake import numbers

LANGUAGES = ("en", "es", "fr")
_FILLERS = frozenset(
    [
        "due",
        "by",
        "on",
        "at",
        "before",
        "until",
        "for",
        "the",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "para",
        "pour",
        "avant",
        "antes",
        "del",
        "au",
        "a",
        "à",
        "next",
        "próximo",
        "proximo",
        "próxima",
        "proxima",
        "prochain",
        "prochaine",
    ]
)
_COMING = re.compile(r"\b(semana|mes)\s+que\s+viene\b")  # "la semana que viene"
_SKIP_NUMBERS = numbers.AMBIGUOUS - {"un", "une", "uno", "una", "one"}


@dataclass(frozen=True)
class When:
    on: dt.date
    at_time: str = ""  # "HH:MM" when a time was given


@cache
def _number_re() -> re.Pattern[str]:
    words = sorted(
        (w for w, n in numbers.number_words().items() if n <= 60 and w not in _SKIP_NUMBERS),
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b")


def _digits(text: str) -> str:
    return _number_re().sub(lambda m: str(numbers.number_words()[m.group(1)]), text)


def _date_order(locale: str) -> str:
    """DMY, MDY or YMD from the locale's short date pattern (Babel CLDR)."""
    from babel import Locale, UnknownLocaleError

    try:
        pattern = Locale.parse(locale.replace("-", "_")).date_formats["short"].pattern
    except (UnknownLocaleError, ValueError, KeyError):
        return "DMY"
    order = sorted(("D", "M", "Y"), key=lambda c: pattern.upper().find(c))
    return "".join(order)


def parse_when(text: str, *, locale: str = "en", today: dt.date | None = None) -> When:
    """The date (and time, if given) a phrase means, never in the past; one clear error if none."""
    import dateparser
    from dateparser.search import search_dates

    today = today or dt.date.today()
    base = dt.datetime.combine(today, dt.time())
    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": base,
        "DATE_ORDER": _date_order(locale),
        "RETURN_TIME_AS_PERIOD": False,
    }
    lang = locale.split("-")[0].split("_")[0]
    langs = [lang] + [code for code in LANGUAGES if code != lang]
    raw = _COMING.sub(
        lambda m: ("próxima " if m.group(1) == "semana" else "próximo ") + m.group(1),
        " ".join(text.casefold().split()),
    )
    if not raw:
        raise InvalidInput(_("Say when, for example Friday, in two weeks or 15/12."))
    tidy = " ".join(w for w in _digits(raw).split() if w not in _FILLERS)
    found: dt.datetime | None = None
    for candidate in dict.fromkeys((raw, _digits(raw), tidy)):
        if not candidate:
            continue
        for languages in ([lang], langs):
            found = dateparser.parse(candidate, languages=languages, settings=settings)
            if found is not None:
                break
        if found is not None:
            break
    if found is None:
        hits = search_dates(tidy or raw, languages=langs, settings=settings) or []
        found = hits[0][1] if len(hits) == 1 else None
    if found is None:
        raise InvalidInput(
            _("Could not read “{text}” as a date; try Friday, in two weeks or 15/12.").format(
                text=text.strip()
            )
        )
    if found.date() < today:
        raise InvalidInput(_("That date has passed; give a day from today on."))
    at = found.strftime("%H:%M") if found.time() != dt.time() else ""
    return When(found.date(), at)
