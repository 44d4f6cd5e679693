"""Translation and locale-aware formatting for every user-facing string.

`_()` translates through gettext in the active UI language; `N_()` marks a
string for extraction where it must be translated later (class attributes,
data tables). Dates, numbers, relative times and the names of languages and
countries come from Babel's CLDR data, so they read naturally in each locale.

Catalogs are read from compiled `.mo` files when they are no older than their
`.po` sources (an installed wheel; a checkout after `make`), and otherwise
compiled in memory from the `.po` (a fresh clone speaks every language without
a build step; an edited translation is never shadowed by a stale build).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
import os
from collections.abc import Iterable
from functools import cache

from caseassist.paths import locales_dir

DOMAIN = "caseassist"
UI_LOCALES: tuple[str, ...] = ("en", "es", "fr", "pt")
"""Languages the interface itself is translated into (catalogs kept complete)."""

_active = "en"


@cache
def _translations(locale: str) -> _gettext.NullTranslations:
    if locale == "en":
        return _gettext.NullTranslations()
    folder = locales_dir() / locale / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    if _fresh(mo, po):
        with mo.open("rb") as fh:
            return _gettext.GNUTranslations(fh)
    if not po.is_file():
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh, locale=locale)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return _gettext.GNUTranslations(buf)


def _fresh(mo, po) -> bool:
    """A compiled catalog no older than its source (a pulled or edited `.po` wins)."""
    try:
        built = mo.stat().st_mtime
    except OSError:
        return False
    try:
        return built >= po.stat().st_mtime
    except OSError:
        return True  # an installed wheel carries the `.mo` alone


def normalize_locale(code: str | None) -> str:
    """Map `fr_FR.UTF-8`, `es-MX` or `None` to one of the UI locales (default `en`)."""
    if not code:
        return "en"
    base = code.split(".")[0].replace("-", "_").split("_")[0].lower()
    return base if base in UI_LOCALES else "en"


def set_locale(code: str | None) -> str:
    """Switch the UI language; returns the locale actually used."""
    global _active
    _active = normalize_locale(code)
    return _active


def locale_from_environment() -> str:
    """`CASEASSIST_LANG`, then the usual POSIX variables."""
    for var in ("CASEASSIST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX"):
            return normalize_locale(value)
    return "en"


def get_locale() -> str:
    return _active


def _(message: str) -> str:
    """Translate `message` into the active UI language."""
    return _translations(_active).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations(_active).ngettext(singular, plural, n)


GENDER_CONTEXTS = ("female", "male")
"""Values of `person.gender` a catalog may word a label for (its msgctxt): French "logée",
"logé". Any other value, or none, reads the neutral translation."""


def gendered(message: str, gender: object = None) -> str:
    """Translate `message` as said of this person when the case knows their gender and the
    catalog has a wording for it (msgctxt "female" or "male"); else the neutral one.

    A close reason read "logée" for everyone, a man and a non-binary person included, and
    "avec elle ou lui" stood where the case said who she is."""
    if gender in GENDER_CONTEXTS:
        worded = _translations(_active).pgettext(str(gender), message)
        if worded != message:
            return worded
    return _(message)


def N_(message: str) -> str:
    """Mark `message` for extraction only; translate it with `_()` where it is shown."""
    return message


def translate_in(locale: str, message: str) -> str:
    """Translate into a locale other than the UI's (a provider's or survivor's language)."""
    return _translations(normalize_locale(locale)).gettext(message)


def format_date(value: dt.date, fmt: str = "medium", locale: str | None = None) -> str:
    from babel import dates as _dates  # imported on first use: not needed to show the unlock screen

    return _dates.format_date(value, format=fmt, locale=locale or _active)


def format_datetime(value: dt.datetime, fmt: str = "medium", locale: str | None = None) -> str:
    from babel import dates as _dates

    return _dates.format_datetime(value, format=fmt, locale=locale or _active)


def format_time(value: dt.time | dt.datetime, fmt: str = "short", locale: str | None = None) -> str:
    from babel import dates as _dates

    return _dates.format_time(value, format=fmt, locale=locale or _active)


def format_number(value: float, locale: str | None = None) -> str:
    from babel import numbers as _numbers

    return _numbers.format_decimal(value, locale=locale or _active)


def format_alternatives(items: list[str], locale: str | None = None) -> str:
    """ "a, b or c" / "a, b o c" / "a, b ou c": choices joined as the locale writes them."""
    from babel.lists import format_list as _format_list

    return _format_list(items, style="or", locale=locale or _active)


def format_ago(then: dt.datetime, now: dt.datetime, locale: str | None = None) -> str:
    """ "3 days ago" / "hace 3 días" / "il y a 3 jours"."""
    from babel import dates as _dates

    return _dates.format_timedelta(
        then - now, add_direction=True, threshold=1.0, locale=locale or _active
    )


def language_name(code: str, locale: str | None = None) -> str:
    """The name of a language (BCP 47 code) in the UI locale; where CLDR has none (Ngazidja
    Comorian, "zdj"), ISO 639-3's English reference name; else the code."""
    from babel import Locale, UnknownLocaleError  # on first use: not needed for the unlock screen

    base = code.replace("-", "_").split("_")[0]
    try:
        shown = Locale.parse(locale or _active).languages.get(base)
    except (ValueError, UnknownLocaleError):
        shown = None
    if not shown:
        from caseassist.language_codes import iso639_names

        shown = iso639_names().get(base)
    return shown or code


def autonym(code: str) -> str:
    """A UI language's name in that language ("español"), for the language picker.

    Read from `resources/ui_autonyms.toml`, which holds CLDR's names for the UI
    languages (checked against Babel by a test): reading them from CLDR loads
    four whole locale files on the way to the unlock screen. A code missing
    there is named through Babel.
    """
    return _autonyms().get(code) or language_name(code, code)


@cache
def _autonyms() -> dict[str, str]:
    import tomllib

    from caseassist.paths import resources_dir

    try:
        with open(resources_dir() / "ui_autonyms.toml", "rb") as fh:
            return {k: v for k, v in tomllib.load(fh).items() if isinstance(v, str)}
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def country_name(code: str, locale: str | None = None) -> str:
    """The name of a country (ISO 3166-1 alpha-2) in the UI locale; the code if unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        shown = Locale.parse(locale or _active).territories.get(code.upper())
    except (ValueError, UnknownLocaleError):
        shown = None
    return shown or code


def join_list(items: Iterable[str], locale: str | None = None) -> str:
    """ "a, b and c" in the active locale."""
    from babel.lists import format_list

    return format_list(list(items), locale=locale or _active)
