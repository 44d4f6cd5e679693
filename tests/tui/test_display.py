"""Every value a person reads goes through `caseassist.display`: no raw code in any language."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from caseassist import display, i18n
from caseassist.intake.facts import FACTS
from caseassist.intake.lexicon import known_country_codes, known_language_codes

LOCALES = ("en", "es", "fr", "pt")
CODE = re.compile(r"^[a-z]+(_[a-z]+)+$|^(True|False|None)$")


def _allowed(fact_id: str) -> list[object]:
    fd = FACTS[fact_id]
    if fd.type == "bool":
        return [True, False]
    if fd.type == "enum":
        return list(fd.options)
    if fd.type == "int":
        lo = fd.minimum or 0
        return [lo, (fd.maximum or 10_000)]
    if fd.type == "lang":
        return sorted(known_language_codes())
    if fd.type == "langs":
        return [sorted(known_language_codes())[:3], []]  # []: "speaks no other"
    if fd.type == "country":
        return sorted(known_country_codes())
    return ["as typed"]


@cache
def _catalog(locale: str) -> dict[str, str]:
    po = Path(i18n.__file__).parent.parent / "locales" / locale / "LC_MESSAGES" / "caseassist.po"
    with po.open("rb") as fh:
        return {m.id: m.string for m in read_po(fh) if isinstance(m.id, str)}


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_locale("en")


def test_every_enum_option_has_words():
    options = {o for fd in FACTS.values() if fd.type == "enum" for o in fd.options}
    assert options <= set(display.ENUM_WORDS)
    assert set(display.BY_TYPE) == {fd.type for fd in FACTS.values()} | set(display.BY_TYPE)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_value_of_every_fact_reads_as_words(locale):
    i18n.set_locale(locale)
    raw: list[tuple[str, object, str]] = []
    for fact_id, fd in FACTS.items():
        for value in _allowed(fact_id):
            shown = display.fact_value(fact_id, value)
            assert shown.strip(), (fact_id, value)
            if CODE.match(shown) or fd.type in ("lang", "country") and shown == value:
                raw.append((fact_id, value, shown))
            elif (
                fd.type == "enum"
                and locale != "en"
                and not _catalog(locale)[display.ENUM_WORDS[str(value)]]
            ):
                raw.append((fact_id, value, shown))  # not translated: English shows
    assert not raw, raw[:10]


@pytest.mark.parametrize(
    ("locale", "fact_id", "value", "expected"),
    [
        ("en", "consent.share_with_providers", "ask_each_time", "ask each time"),
        ("es", "person.gender", "female", "mujer"),
        ("es", "reintegration.wants_to_return_home", "undecided", "aún no decidido"),
        ("fr", "safety.trafficker_knows_location", "no", "non"),
        ("fr", "person.preferred_language", "ne", "népalais"),
        ("es", "person.country_of_origin", "NP", "Nepal"),
        ("en", "person.other_languages", [], "no other language"),
        ("fr", "person.other_languages", [], "aucune autre langue"),
    ],
)
def test_the_values_seen_raw_in_the_field_read_as_words(locale, fact_id, value, expected):
    i18n.set_locale(locale)
    if fact_id not in FACTS:
        pytest.skip(f"{fact_id} is not in this vocabulary")
    assert display.fact_value(fact_id, value) == expected


def _terminal_width(line: str) -> int:
    """Columns a terminal gives a line (as tmux does: a spacing mark takes one)."""
    import unicodedata

    width = 0
    for ch in line:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


async def test_nepali_lines_stay_inside_their_panel():
    from textual.screen import Screen

    from caseassist.intake.engine import IntakeSession
    from caseassist.tui.app import CaseAssistApp
    from caseassist.tui.screens.intake import IntakeBackend, IntakeScreen
    from caseassist.tui.settings import TuiSettings

    from .helpers import screen_text, settle

    session = IntakeSession(recorded_by="test")
    session.correct("person.preferred_language", "ne")
    app = CaseAssistApp(None, settings=TuiSettings(idle_lock_seconds=0), practice=Screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # the intake comes after the first screen, as it always does
        app.push_screen(IntakeScreen(session, IntakeBackend(who="test"), practice=True))
        await settle(pilot)
        lines = screen_text(app)
        assert any(unicodedata_mc(line) for line in lines)  # Nepali is on screen
        assert all(_terminal_width(line) <= 80 for line in lines), [
            line for line in lines if _terminal_width(line) > 80
        ]


def unicodedata_mc(line: str) -> bool:
    import unicodedata

    return any(unicodedata.category(ch) == "Mc" for ch in line)
