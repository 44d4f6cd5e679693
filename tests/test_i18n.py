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


def test_a_compiled_catalog_is_used_only_while_it_is_no_older_than_its_source(
    tmp_path, monkeypatch
):
    """`make` compiles `.mo` files beside the `.po`; an edited or pulled translation (a
    `.po` newer than its `.mo`) is read from its source, never from the stale build."""
    import importlib.util
    import os
    import shutil
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / ".ci" / "compile_catalogs.py"
    spec = importlib.util.spec_from_file_location("compile_catalogs", script)
    compile_catalogs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compile_catalogs)
    folder = tmp_path / "locales" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "caseassist.po"
    shutil.copy(i18n.locales_dir() / "es" / "LC_MESSAGES" / "caseassist.po", po)
    compile_catalogs.main(tmp_path)
    monkeypatch.setattr(i18n, "locales_dir", lambda: tmp_path / "locales")
    i18n._translations.cache_clear()
    try:
        assert i18n.translate_in("es", "Unlock") == "Desbloquear"
        text = po.read_text(encoding="utf-8").replace(
            'msgid "Unlock"\nmsgstr "Desbloquear"', 'msgid "Unlock"\nmsgstr "Abrir"'
        )
        po.write_text(text, encoding="utf-8")
        later = (folder / "caseassist.mo").stat().st_mtime + 5
        os.utime(po, (later, later))
        i18n._translations.cache_clear()
        assert i18n.translate_in("es", "Unlock") == "Abrir"  # the source, not the stale .mo
    finally:
        i18n._translations.cache_clear()
