"""Practice scenarios: a fictional survivor in TOML, run headlessly through the intake.

`load_scenario(path)` reads and checks a scenario (intake contract, section 3);
anything wrong raises `ScenarioError` whose message is one line naming the file
and the field. `run_practice(scenario, directory=None)` runs the whole intake
(first contact, then follow-up) against the simulated survivor and returns the
contract's JSON document (section 4); `render(doc)` gives it as text, the same
bytes for the same input.
"""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from caseassist.i18n import UI_LOCALES
from caseassist.intake.engine import IntakeSession, Question
from caseassist.intake.facts import FACTS, InvalidValue, coerce
from caseassist.intake.needs import need_rules
from caseassist.intake.read import DECLINED
from caseassist.vocabulary import horizons

STAFF_LOCALES = UI_LOCALES  # a scenario is run for staff in any language the UI has
TOP_KEYS = frozenset(
    {
        "title",
        "staff_locale",
        "staff_languages",
        "now",
        "referral_note",
        "declines",
        "survivor",
        "expect",
    }
)
EXPECT_KEYS = frozenset({"referral_facts", "needs", "not_needs", "matches", "never_top3"})
MAX_TURNS = 200


class ScenarioError(ValueError):
    """A scenario that is not valid; the message is one line: file, field, what is wrong."""


@dataclass(frozen=True)
class Scenario:
    path: str
    title: str
    staff_locale: str = "en"
    staff_languages: tuple[str, ...] = ("en",)
    now: dt.datetime | None = None
    referral_note: str = ""
    declines: tuple[str, ...] = ()
    survivor: Mapping[str, object] = field(default_factory=dict)
    expect: Mapping[str, object] = field(default_factory=dict)


def _fail(path: str, fld: str, problem: str) -> ScenarioError:
    return ScenarioError(f"{path}: {fld}: {problem}")


def _check_answer(path: str, fid: str, value: object) -> None:
    fd = FACTS[fid]
    where = f'survivor."{fid}"'
    if isinstance(value, str):
        if not value.strip():
            raise _fail(path, where, "empty answer")
        return  # free text (or a code) goes through extraction when asked
    if fd.type in ("text", "enum", "lang", "country"):
        raise _fail(path, where, f"expected a string for a {fd.type} fact")
    try:
        coerce(fid, value)
    except InvalidValue as exc:
        raise _fail(path, where, f"{exc} ({fd.type} fact)") from None


def parse_scenario(data: Mapping[str, object], path: str = "scenario") -> Scenario:
    for key in data:
        if key not in TOP_KEYS:
            raise _fail(path, str(key), "unknown field")
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _fail(path, "title", "missing or not a string")
    locale = data.get("staff_locale", "en")
    if locale not in STAFF_LOCALES:
        raise _fail(path, "staff_locale", "expected one of " + ", ".join(STAFF_LOCALES))
    langs = data.get("staff_languages", [locale])
    if not isinstance(langs, list) or not all(isinstance(x, str) and x for x in langs):
        raise _fail(path, "staff_languages", "expected a list of language codes")
    now_raw = data.get("now")
    now: dt.datetime | None = None
    if isinstance(now_raw, dt.datetime):
        now = now_raw
    elif isinstance(now_raw, str):
        try:
            now = dt.datetime.fromisoformat(now_raw)
        except ValueError:
            raise _fail(path, "now", "not an ISO 8601 date and time") from None
    elif now_raw is not None:
        raise _fail(path, "now", "not an ISO 8601 date and time")
    if now is not None and now.tzinfo is None:
        raise _fail(path, "now", "needs a UTC offset, e.g. -05:00")
    note = data.get("referral_note", "")
    if not isinstance(note, str):
        raise _fail(path, "referral_note", "expected a string")
    declines = data.get("declines", [])
    if not isinstance(declines, list) or not all(isinstance(x, str) for x in declines):
        raise _fail(path, "declines", "expected a list of fact ids")
    for fid in declines:
        if fid not in FACTS:
            raise _fail(path, f'declines "{fid}"', "unknown fact id")
    survivor = data.get("survivor", {})
    if not isinstance(survivor, Mapping):
        raise _fail(path, "survivor", "expected a table of fact id = answer")
    for fid, value in survivor.items():
        if fid not in FACTS:
            raise _fail(path, f'survivor."{fid}"', "unknown fact id")
        if fid in declines:
            raise _fail(path, f'survivor."{fid}"', "also listed in declines")
        _check_answer(path, fid, value)
    expect = data.get("expect", {})
    if not isinstance(expect, Mapping):
        raise _fail(path, "expect", "expected a table")
    _check_expect(path, expect)
    return Scenario(
        path=path,
        title=title.strip(),
        staff_locale=str(locale),
        staff_languages=tuple(langs),
        now=now,
        referral_note=note,
        declines=tuple(declines),
        survivor=dict(survivor),
        expect=dict(expect),
    )


def _check_expect(path: str, expect: Mapping[str, object]) -> None:
    categories = {r.category for r in need_rules()}
    for key in expect:
        if key not in EXPECT_KEYS:
            raise _fail(path, f"expect.{key}", "unknown field")
    ref = expect.get("referral_facts", {})
    if not isinstance(ref, Mapping):
        raise _fail(path, "expect.referral_facts", "expected a table")
    for fid, value in ref.items():
        if fid not in FACTS:
            raise _fail(path, f'expect.referral_facts."{fid}"', "unknown fact id")
        try:
            coerce(fid, value)
        except InvalidValue as exc:
            raise _fail(path, f'expect.referral_facts."{fid}"', str(exc)) from None
    needs = expect.get("needs", {})
    if not isinstance(needs, Mapping):
        raise _fail(path, "expect.needs", "expected a table of category = horizon")
    for cat, hz in needs.items():
        if cat not in categories:
            raise _fail(path, f"expect.needs.{cat}", "unknown need category")
        if hz not in horizons():
            raise _fail(path, f"expect.needs.{cat}", "expected immediate or long_term")
    for key in ("not_needs", "never_top3"):
        lst = expect.get(key, [])
        if not isinstance(lst, list) or not all(isinstance(x, str) for x in lst):
            raise _fail(path, f"expect.{key}", "expected a list of strings")
    for cat in expect.get("not_needs", []):  # type: ignore[union-attr]
        if cat not in categories:
            raise _fail(path, f"expect.not_needs {cat}", "unknown need category")
    matches = expect.get("matches", {})
    if not isinstance(matches, Mapping):
        raise _fail(path, "expect.matches", "expected a table of category = [service ids]")
    for cat, ids in matches.items():
        if cat not in categories:
            raise _fail(path, f"expect.matches.{cat}", "unknown need category")
        if not isinstance(ids, list) or not all(isinstance(x, str) for x in ids):
            raise _fail(path, f"expect.matches.{cat}", "expected a list of service ids")


def load_scenario(path: str | Path) -> Scenario:
    p = Path(path)
    name = p.name
    try:
        raw = p.read_bytes()
    except OSError:
        raise ScenarioError(f"{name}: cannot be read") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ScenarioError(f"{name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{name}: not valid TOML ({exc})") from None
    except RecursionError:  # arrays or tables nested deeper than Python's stack
        raise ScenarioError(f"{name}: not valid TOML (nested too deeply)") from None
    return parse_scenario(data, name)


def survivor_answers(
    session: IntakeSession, scenario: Scenario, q: Question, *, when: str | None = None
) -> None:
    """The invented survivor answers one question as the scenario says.

    Declines what `declines` lists, answers from `[survivor]`, and says "I don't
    know" to anything else (the contract's rule); the practice transcript and
    the terminal UI's practice mode both use this one rule.
    """
    declines = set(scenario.declines)
    if len(q.facts) == 1:
        fid = q.facts[0]
        if fid in declines:
            session.decline(who="survivor", when=when)
        elif fid in scenario.survivor:
            session.answer(scenario.survivor[fid], who="survivor", when=when)
        else:
            session.dont_know(who="survivor", when=when)
        return
    answers: dict[str, object] = {}
    for fid in q.facts:
        if fid in declines:
            answers[fid] = DECLINED
        elif fid in scenario.survivor:
            answers[fid] = scenario.survivor[fid]
    if not answers:
        session.dont_know(who="survivor", when=when)
    elif all(v == DECLINED for v in answers.values()) and len(answers) == len(q.facts):
        session.decline(who="survivor", when=when)
    else:
        session.answer(answers, who="survivor", when=when)


def run_session(scenario: Scenario) -> tuple[IntakeSession, dict[str, object]]:
    """The whole intake against the simulated survivor; returns the session and the
    referral facts (id -> value) as the note gave them."""
    when = scenario.now.isoformat() if scenario.now else "1970-01-01T00:00:00+00:00"
    session = IntakeSession(
        staff_locale=scenario.staff_locale,
        staff_languages=scenario.staff_languages,
        recorded_by="practice",
    )
    referral = session.apply_referral(scenario.referral_note, when=when)
    referral_facts = {f.id: f.value for f in referral}
    for _ in range(MAX_TURNS):
        q = session.next_question()
        if q is None:
            break
        survivor_answers(session, scenario, q, when=when)
    return session, referral_facts


def run_practice(scenario: Scenario, directory: object | None = None) -> dict[str, object]:
    """The contract's transcript document for one scenario."""
    session, referral_facts = run_session(scenario)
    needs = session.needs()
    doc: dict[str, object] = {
        "scenario": scenario.title,
        "referral_facts": referral_facts,
        "possible_facts": dict(session.possible),
        "turns": [
            {
                "question": t["question"],
                "facts": t["facts"],
                "prompt": t["prompt"],
                "answer": t["answer"],
                "declined": t["declined"],
                "unknown": t["unknown"],
                "settled": t["settled"],
            }
            for t in session.turns
        ],
        "facts": session.known(),
        "declined": [
            fid for fid in FACTS if fid in session.facts and session.facts[fid].state == "declined"
        ],
        "needs": [{"category": n.category, "horizon": n.horizon} for n in needs],
    }
    if directory is not None:
        from caseassist.directory import suggest

        facts = session.known()
        matches: dict[str, list[dict[str, object]]] = {}
        for n in needs:
            result = suggest(directory, facts, n.category, now=scenario.now, limit=3)  # type: ignore[arg-type]
            matches[n.category] = [
                {
                    "service": s.service_id,
                    "name": s.name,
                    "organization": s.organization,
                    "reasons": list(s.reasons),
                }
                for s in result.suggestions
            ]
        doc["matches"] = matches
    return doc


def render(doc: Mapping[str, object]) -> str:
    """The document as JSON text: UTF-8 kept, fixed order and indentation."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
