"""One settings object: defaults, then settings.toml, then CASEASSIST_*; a bad value is one line."""

from __future__ import annotations

import json

import pytest

from caseassist import config, paths
from caseassist.cli import main


def _file(text: str) -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / config.FILE_NAME).write_text(text, encoding="utf-8")


def test_defaults_then_the_file_then_the_environment():
    _file('idle_lock_minutes = 2\ntheme = "textual-light"\nstaff_languages = ["es", "fr"]\n')
    loaded = config.read({"CASEASSIST_IDLE_LOCK_MINUTES": "0.5", "CASEASSIST_LANG": "es_MX.UTF-8"})
    s = loaded.settings
    assert (s.idle_lock_minutes, s.theme, s.staff_languages, s.ui_language) == (
        0.5,
        "textual-light",
        ("es", "fr"),
        "es",
    )
    assert loaded.sources["idle_lock_minutes"] == "CASEASSIST_IDLE_LOCK_MINUTES"
    assert loaded.sources["theme"] == str(paths.config_dir() / config.FILE_NAME)
    assert loaded.sources["retention_years"] == "default" and s.retention_years == 7
    assert loaded.problems == ()


@pytest.mark.parametrize(
    ("text", "env", "field", "words"),
    [
        ("idle_lock_minutes = nan\n", {}, "idle_lock_minutes", "is not a finite number"),
        ("retention_years = 1e999\n", {}, "retention_years", "is not a finite number"),
        ('small_cell_threshold = "eleven"\n', {}, "small_cell_threshold", "is not a whole number"),
        ("small_cell_threshold = 1\n", {}, "small_cell_threshold", "must be from 2 to 100"),
        ("retention_years = 2.5\n", {}, "retention_years", "is not a whole number"),
        ("shelter_location = [91, 0]\n", {}, "shelter_location", "must be from -90 to 90"),
        ("", {"CASEASSIST_THEME": "pink"}, "theme", "must be one of"),
        ("", {"CASEASSIST_STAFF_LANGUAGES": "en,1"}, "staff_languages", "language codes"),
        ("", {"CASEASSIST_IDLE_LOCK_MINUTES": "true"}, "idle_lock_minutes", "is not a number"),
    ],
)
def test_a_bad_value_keeps_its_default_and_is_named_in_one_line(text, env, field, words):
    _file(text)
    loaded = config.read(env)
    assert getattr(loaded.settings, field) == getattr(config.Settings(), field)
    assert loaded.sources[field] == "default"
    (line,) = loaded.problems
    assert field in line and words in line and "\n" not in line


def test_an_unreadable_file_or_an_unknown_key_is_named_too():
    _file("idle_lock_minutes = [")
    assert "cannot be read" in config.read({}).problems[0]
    _file("idle_lock = 3\n")
    assert config.read({}).problems == (
        f"{paths.config_dir() / config.FILE_NAME}: idle_lock is not a setting; it is ignored.",
    )


def test_the_settings_command_prints_values_and_sources(capsys, monkeypatch):
    _file("retention_years = 3\n")
    monkeypatch.setenv("CASEASSIST_SMALL_CELL_THRESHOLD", "5")
    assert main(["settings", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["settings"]["retention_years"] == {"value": 3, "from": out["file"]}
    assert out["settings"]["small_cell_threshold"] == {
        "value": 5,
        "from": "CASEASSIST_SMALL_CELL_THRESHOLD",
    }
    monkeypatch.setenv("CASEASSIST_RETENTION_YEARS", "nan")
    assert main(["settings"]) == 2
    captured = capsys.readouterr()
    assert "retention_years = 3" in captured.out
    assert captured.err.strip().splitlines() == [
        "caseassist: CASEASSIST_RETENTION_YEARS: retention_years is not a finite number; 'nan' is ignored."
    ]
