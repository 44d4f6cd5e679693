"""Locale formatting through Babel's CLDR data, in each UI language."""

import datetime as dt
import subprocess
import sys

from babel import Locale

from caseassist import i18n


def test_autonyms_are_cldr_names_and_leave_formatting_whole():
    """The picker's names are CLDR's own (kept as data for a fast first frame), every UI
    language has one, and Babel's cache stays complete after they are read."""
    code = (
        "from caseassist import i18n\n"
        "names = [i18n.autonym(c) for c in i18n.UI_LOCALES]\n"
        "print(names)\n"
        "print(i18n.format_number(12345.5, 'es'), i18n.format_number(12345.5, 'fr'))\n"
        "print(i18n.format_date(__import__('datetime').date(2026, 3, 1), 'long', 'es'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    names, numbers, date = done.stdout.splitlines()
    assert names == str([Locale.parse(c).languages[c] for c in i18n.UI_LOCALES])
    assert numbers == "12.345,5 12\u202f345,5"
    assert date == "1 de marzo de 2026"
    assert sorted(i18n._autonyms()) == sorted(i18n.UI_LOCALES)  # none falls back to CLDR


def test_names_of_languages_and_countries_in_each_ui_language():
    assert i18n.language_name("ne", "en") == "Nepali"
    assert i18n.language_name("ne", "es") == "nepalí"
    assert i18n.country_name("np", "fr") == "Népal"
    assert i18n.language_name("xx-unknown", "en") == "xx-unknown"


def test_relative_times_read_naturally():
    now = dt.datetime(2026, 11, 29, 12, 0)
    assert i18n.format_ago(now - dt.timedelta(days=3), now, "fr") == "il y a 3 jours"
