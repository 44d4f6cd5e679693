"""The statement rules' tables kept in the cache folder (stop 43, speed): the same rules
come back, and a file that is missing, stale, corrupt or cannot be written is no error."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from caseassist import durable_files
from caseassist.intake import rule_cache, statement_rules
from caseassist.intake.read import extract
from caseassist.intake.statement_rules import Rule


def _typed(value: object) -> object:
    """A value with the type of every part spelled out (a frozenset equals a set)."""
    if isinstance(value, tuple | list | frozenset | set):
        parts = sorted(map(repr, map(_typed, value))) if isinstance(value, frozenset) else value
        return (type(value).__name__, tuple(_typed(v) for v in parts))
    if hasattr(value, "source"):  # a rule's pattern
        skip = getattr(value, "skipper", None)
        return (type(value).__name__, value.source, _typed(skip and skip.skip), skip and skip.keeps)
    if hasattr(value, "pattern") and hasattr(value, "flags"):
        return ("regex", value.pattern, value.flags)
    return (type(value).__name__, value)


def _rows(rules: tuple[Rule, ...]) -> list:
    return [[(f.name, _typed(getattr(r, f.name))) for f in fields(r)] for r in rules]


@pytest.fixture
def built() -> tuple[Rule, ...]:
    return statement_rules.rules()


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "rules-cache"  # (not the test's own, which `built` may have written)
    monkeypatch.setenv("CASEASSIST_CACHE_DIR", str(folder))
    return folder


def test_rules_come_back_the_same(built, cache_dir) -> None:
    calls = []
    first = rule_cache.cached_rules(lambda: calls.append(1) or built, Rule)
    assert first is built and calls == [1]  # missing: built and written
    assert (cache_dir / "intake-rules.json").is_file()
    again = rule_cache.cached_rules(lambda: calls.append(2) or built, Rule)
    assert calls == [1]  # read back, not built
    assert _rows(again) == _rows(built)


def test_a_stale_file_is_built_again(built, cache_dir, monkeypatch) -> None:
    rule_cache.cached_rules(lambda: built, Rule)
    monkeypatch.setattr(rule_cache, "_digest", lambda: "another release")
    calls = []
    assert rule_cache.cached_rules(lambda: calls.append(1) or built, Rule) is built
    assert calls == [1]
    data = json.loads((cache_dir / "intake-rules.json").read_text(encoding="utf-8"))
    assert data["key"] == "another release"  # written again for the next process


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe not text",
        b'{"key": "',
        b"[1, 2, 3]",
        b'{"key": "KEY", "rules": [{"fact": "x"}]}',
        b'{"key": "KEY", "rules": [7]}',
    ],
)
def test_a_corrupt_file_is_built_again(built, cache_dir, content) -> None:
    cache_dir.mkdir()
    key = rule_cache._digest()
    (cache_dir / "intake-rules.json").write_bytes(content.replace(b"KEY", key.encode()))
    calls = []
    assert rule_cache.cached_rules(lambda: calls.append(1) or built, Rule) is built
    assert calls == [1]
    assert rule_cache._load(cache_dir / "intake-rules.json", key, Rule) is not None  # mended


def test_a_cache_folder_that_cannot_be_written(built, tmp_path, monkeypatch) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CASEASSIST_CACHE_DIR", str(blocked / "cache"))
    assert rule_cache.cached_rules(lambda: built, Rule) is built  # no error, nothing kept
    assert blocked.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_cache_folder(built, cache_dir, monkeypatch) -> None:
    cache_dir.mkdir()

    def refused(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(durable_files.tempfile, "mkstemp", refused)
    assert rule_cache.cached_rules(lambda: built, Rule) is built
    assert list(cache_dir.iterdir()) == []


def test_the_file_holds_nothing_of_a_note(built, cache_dir) -> None:
    extract("Referral: Zenaida Quispeharo, 27, from Peru, needs a bed tonight.")
    rule_cache.cached_rules(lambda: built, Rule)
    text = (cache_dir / "intake-rules.json").read_text(encoding="utf-8").lower()
    assert "zenaida" not in text and "quispeharo" not in text


def _never_built():
    raise AssertionError("read back, not built")


def test_the_concept_gate_and_vocabulary_come_back_the_same(cache_dir) -> None:
    from caseassist.intake import concept_gate
    from caseassist.intake.read import chat_turns

    for name, built, encode, decode in (
        (
            "concepts",
            concept_gate._built_flat_index(),
            concept_gate._flat_json,
            concept_gate._flat_back,
        ),
        ("vocabulary", chat_turns._walked_vocabulary(), sorted, chat_turns._words_back),
    ):
        assert rule_cache.cached_table(name, lambda b=built: b, encode, decode) is built
        again = rule_cache.cached_table(name, _never_built, encode, decode)
        assert _typed(again) == _typed(built)
        (cache_dir / f"intake-{name}.json").write_text('{"key": "', encoding="utf-8")
        assert rule_cache.cached_table(name, lambda b=built: b, encode, decode) is built


def test_a_note_reads_the_same_from_a_cold_and_a_kept_cache(cache_dir) -> None:
    from caseassist.intake import concept_gate

    note = "Referral: she is 30, from Peru, wants to go back home and needs a bed tonight."
    before = extract(note)
    for _ in range(2):  # built and written, then read back from the file
        concept_gate._flat_index.cache_clear()
        concept_gate._flat_index()
    assert (cache_dir / "intake-concepts.json").is_file()
    assert extract(note).values == before.values
