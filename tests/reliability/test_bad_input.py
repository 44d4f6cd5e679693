"""Bad input: the referral extractor, the answer parser, the scenario loader, the HSDS importer.

Arbitrary bytes, huge fields, deep nesting, control and escape characters,
right-to-left text and emoji: each input is handled within a time bound and
either works or raises the documented one-line error (`ScenarioError`,
`InvalidValue`/`IntakeError`, `DirectoryFileError`/`InvalidInput`). A failed
directory import leaves the vault's directory as it was.

Default: hypothesis with a few dozen examples per property and a short mutation
loop; `-m long`: many more examples and mutations.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseassist.directory.hsds import load_directory
from caseassist.errors import InvalidInput
from caseassist.intake.engine import IntakeError, IntakeSession
from caseassist.intake.facts import FACTS, InvalidValue
from caseassist.intake.practice import (
    TOP_KEYS,
    ScenarioError,
    load_scenario,
    parse_scenario,
    run_practice,
)
from caseassist.intake.read import answer_kind, extract, interpret_answer
from tests.directory import factory
from tests.reliability.fuzz import (
    HUGE_LIMIT_SECONDS,
    huge_texts,
    mutate_bytes,
    nasty_text,
    time_bound,
)

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((ROOT / "tests" / "intake" / "scenarios").glob("*.toml"))
FAST = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
LONG = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
FACT_IDS = sorted(FACTS)


def one_line(exc: BaseException) -> None:
    msg = str(exc)
    assert msg.strip() and "\n" not in msg and "Traceback" not in msg, repr(msg)


# -- the referral-note extractor -----------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _patterns_built():
    """The extraction's patterns are built once per process, at its first reading (some
    10 s of CPU): that is not the per-input cost the bounds below are about, and it fell on
    whichever example came first when this module ran alone."""
    extract("warm")


def _check_extract(text: str, seconds: float = 2.0) -> None:
    with time_bound(seconds, what="extract"):
        ex = extract(text)
        assert set(ex.values) <= set(FACTS)
        extract(text, answer=True)
        answer_kind(text)


@FAST
@given(nasty_text)
def test_extractor_takes_any_text(text):
    _check_extract(text)


@FAST
@given(st.sampled_from(FACT_IDS), nasty_text)
def test_interpret_answer_takes_any_text(fact_id, text):
    with time_bound(what="interpret_answer"):
        ex = interpret_answer(fact_id, text)
    assert set(ex.values) <= set(FACTS)


@pytest.mark.parametrize(
    "index",
    [
        i if i in (0, 2, 4, 5, 7, 9) else pytest.param(i, marks=pytest.mark.long)
        for i in range(len(huge_texts()))
    ],
)
def test_extractor_on_huge_pastes(index):
    _check_extract(huge_texts()[index], HUGE_LIMIT_SECONDS)


def test_extractor_on_lone_surrogates_and_nul():
    for text in ["\ud800", "she is 25 \udcff years", "\x00" * 1000, "\udc80\udc81 from Honduras"]:
        _check_extract(text)


# -- the answer parser ---------------------------------------------------------------------

json_values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        nasty_text,
        st.binary(max_size=40),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.sampled_from(FACT_IDS), inner, max_size=4)
    ),
    max_leaves=20,
)


def _answer_all(note: str, replies: list[object]) -> None:
    s = IntakeSession(staff_languages=("en",))
    s.apply_referral(note)
    for i in range(80):
        q = s.next_question()
        if q is None:
            return
        try:
            s.answer(replies[i % len(replies)])
        except (InvalidValue, IntakeError) as exc:  # the documented refusals
            one_line(exc)
            s.dont_know()


@FAST
@given(nasty_text, st.lists(json_values, min_size=1, max_size=20))
def test_answers_of_any_shape(note, replies):
    with time_bound(seconds=4.0, what="an intake"):  # a whole intake, not one input
        _answer_all(note, replies)


def test_huge_answers():
    for text in huge_texts()[:3]:
        s = IntakeSession(staff_languages=("en",))
        s.next_question()
        with time_bound(HUGE_LIMIT_SECONDS, what="a huge answer"):
            try:
                s.answer(text)
            except (InvalidValue, IntakeError) as exc:
                one_line(exc)


# -- the scenario loader -------------------------------------------------------------------


def _check_scenario_file(path: Path) -> None:
    with time_bound(what=path.name):
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            one_line(exc)
            return
    with time_bound(seconds=4.0, what="run_practice"):
        try:
            run_practice(scenario)
        except (InvalidValue, IntakeError) as exc:
            one_line(exc)


def _scenario_mutations(tmp_path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    originals = [p.read_bytes() for p in SCENARIOS]
    for i in range(count):
        target = tmp_path / f"m{i}.toml"
        target.write_bytes(mutate_bytes(rng.choice(originals), rng))
        try:
            _check_scenario_file(target)
        except Exception as exc:
            shutil.copy(target, tmp_path / "failing.toml")
            raise AssertionError(
                f"mutation {i} (kept as failing.toml): {type(exc).__name__}: {exc}"
            ) from exc


def test_scenario_files_mutated(tmp_path):
    _scenario_mutations(tmp_path, 40, seed=8)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff\xfe garbage",
        b"\xef\xbb\xbftitle = 'bom'",
        b"title = " + b"[" * 5000 + b"]" * 5000,
        b"title = 'x'\nsurvivor = " + b"{a = " * 3000 + b"1" + b"}" * 3000,
        b"title = 'x'\n" + b"[a]\n" * 5000,
        b"title = '" + b"x" * 1_000_000 + b"'",
        "title = '\u202e\U0001f469\u200d\U0001f467'\nreferral_note = '\x1b[2J'".encode(),
        b"title = 'x'\nreferral_note = \"\\u0000\\ud800\"",
        b"title = 'x'\nnow = 1979-05-27T07:32:00",
        b"title = 'x'\nnow = 9999-12-31T23:59:59+23:59",
        b"title = 'x'\n[survivor]\n'person.age' = 99999999999999999999999",
        b"title = 'x'\n[survivor]\n'person.age' = nan",
        b"title = 'x'\n[survivor]\n'person.age' = inf",
        b"title = 'x'\n[survivor]\n'household.children_with_them' = -1",
        b"title = 'x'\nstaff_languages = ['\x7f', '']",
        b"title = 'x'\n[expect]\nneeds = {food = []}",
    ],
    ids=lambda c: f"{len(c)}B",
)
def test_scenario_hostile_files(tmp_path, content):
    path = tmp_path / "s.toml"
    path.write_bytes(content)
    _check_scenario_file(path)


@FAST
@given(
    st.dictionaries(
        st.sampled_from(
            [*sorted(TOP_KEYS), "x"]
        ),  # every key a scenario knows, and one it does not
        json_values,
        max_size=8,
    )
)
def test_parse_scenario_any_structure(data):
    with time_bound(what="parse_scenario"):
        try:
            parse_scenario(data, "fuzz.toml")
        except ScenarioError as exc:
            one_line(exc)


# -- the HSDS importer ---------------------------------------------------------------------

SERVICES = [
    factory.svc("s-food", "food", name="Kitchen \u202eناصر\u202c 🍲", langs="en ar"),
    factory.svc("s-legal", "legal", traits="free_of_charge", street="\u05e9\u05dc\u05d5\u05dd 1"),
    factory.svc("s-bed", "shelter", traits="women_only", hours=[("MO,TU", "08:00", "20:00")]),
]


@pytest.fixture
def hsds_folder(tmp_path):
    return factory.write(tmp_path / "hsds", SERVICES)


def _check_directory(path: Path) -> bool:
    """True when it loaded; False when refused with a one-line InvalidInput."""
    with time_bound(what=f"import of {path.name}"):
        try:
            load_directory(path)
        except InvalidInput as exc:
            one_line(exc)
            return False
    return True


def test_nasty_but_valid_text_round_trips(hsds_folder):
    d = load_directory(hsds_folder)
    names = {s.id: s.name for s in d.services}
    assert names["s-food"] == "Kitchen \u202eناصر\u202c 🍲"


def _directory_mutations(folder: Path, work: Path, count: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    files = sorted(p.name for p in folder.iterdir())
    seen = {"loaded": 0, "refused": 0}
    for i in range(count):
        if work.exists():
            shutil.rmtree(work)
        shutil.copytree(folder, work)
        for name in rng.sample(files, rng.choice([1, 1, 1, 2, 3])):
            (work / name).write_bytes(mutate_bytes((work / name).read_bytes(), rng))
        try:
            seen["loaded" if _check_directory(work) else "refused"] += 1
        except Exception as exc:
            keep = work.with_name(f"failing-{i}")
            shutil.copytree(work, keep)
            raise AssertionError(
                f"mutation {i} (kept in {keep}): {type(exc).__name__}: {exc}"
            ) from exc
    return seen


def test_hsds_csv_folders_mutated(hsds_folder, tmp_path):
    seen = _directory_mutations(hsds_folder, tmp_path / "work", 60, seed=8)
    assert seen["refused"] > 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("services.csv", b"id,name\n" + b"s1," + b"x" * 200_000 + b"\n"),
        ("services.csv", b"id,name\n" + b"s1,ok\n" * 100_000),
        ("services.csv", b"\xff\xfe\x00i\x00d"),
        ("services.csv", b""),
        ("services.csv", b'id,name\ns1,"unterminated\n'),
        ("services.csv", b"id,name\ns1,a\x00b\n"),
        ("services.csv", "id,name\ns1,\u202e\x1b[31mred\x1b[0m\U0001f469\n".encode()),
        ("services.csv", b"id,id,name\ns1,s2,dup\n"),
        ("services.csv", b"id,name\r\ns1,a\r\ns1,b\r\n"),
        ("datapackage.json", b"[" * 100_000 + b"]" * 100_000),
        ("datapackage.json", b'{"resources": 5}'),
        ("datapackage.json", b'{"resources": [{"name": "service", "path": "a\\u0000b"}]}'),
        ("datapackage.json", b'{"resources": [{"name": "service", "path": "/etc/passwd"}]}'),
        ("datapackage.json", b'{"resources": [{"name": "service", "path": "."}]}'),
        ("datapackage.json", b'{"resources": [{"name": "service", "path": ""}]}'),
        (
            "datapackage.json",
            b'{"resources": [{"name": "service", "path": "' + b"d/" * 3000 + b'x"}]}',
        ),
        ("datapackage.json", b'{"resources": "service"}'),
        ("datapackage.json", b'{"resources": [["service"]]}'),
        ("datapackage.json", b'"just a string"'),
    ],
    ids=lambda c: c if isinstance(c, str) else f"{len(c)}B",
)
def test_hsds_hostile_files(hsds_folder, name, content):
    (hsds_folder / name).write_bytes(content)
    _check_directory(hsds_folder)


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"services": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b"[]",
        b"{}",
        b"null",
        b'"x"',
        b"1e999999",
        b'[{"id": "a", "name": "b", "phones": ' + b"{" * 0 + b"5}]",
        b"\xef\xbb\xbf[]",
        b"\xff",
    ],
    ids=lambda c: f"{len(c)}B",
)
def test_hsds_hostile_json(tmp_path, content):
    path = tmp_path / "directory.json"
    path.write_bytes(content)
    _check_directory(path)


def test_hsds_compiled_json_mutated(tmp_path):
    rng = random.Random(8)
    original = json.dumps([factory.compiled_service("a"), factory.compiled_service("b")]).encode()
    path = tmp_path / "directory.json"
    for i in range(60):
        path.write_bytes(mutate_bytes(original, rng))
        try:
            _check_directory(path)
        except Exception as exc:
            shutil.copy(path, tmp_path / "failing.json")
            raise AssertionError(f"mutation {i}: {type(exc).__name__}: {exc}") from exc


@FAST
@given(json_values)
def test_hsds_json_of_any_structure(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("j") / "directory.json"
    path.write_text(json.dumps(value, default=repr))
    _check_directory(path)


# -- no partial import into the vault ------------------------------------------------------


def test_failed_imports_leave_the_vault_directory_unchanged(
    small_vault, hsds_folder, tmp_path, capsys, monkeypatch
):
    from caseassist.services import directory as directory_svc
    from caseassist.vault import Vault, directory_store
    from tests.reliability.conftest import ADMIN, PASS, assert_one_clean_line, run_cli

    vault = Vault.unlock(small_vault, ADMIN, PASS)
    try:
        directory_svc.import_into_vault(vault, hsds_folder)
        before_versions = directory_store.versions(vault)
        before_ids = sorted(s.id for s in directory_store.load_active(vault).services)
    finally:
        vault.close()
    rng = random.Random(8)
    broken = tmp_path / "broken"
    refused = 0
    for _ in range(15):
        if broken.exists():
            shutil.rmtree(broken)
        shutil.copytree(hsds_folder, broken)
        name = rng.choice(["services.csv", "attributes.csv", "schedules.csv", "locations.csv"])
        (broken / name).write_bytes(mutate_bytes((broken / name).read_bytes(), rng))
        if _check_directory(broken):
            continue  # this one happens to be valid
        refused += 1
        code, out, err = run_cli(
            capsys,
            monkeypatch,
            "directory",
            "import",
            str(broken),
            "--data-dir",
            str(small_vault),
            "--user",
            ADMIN,
        )
        assert_one_clean_line(code, err)
    assert refused > 0
    vault = Vault.unlock(small_vault, ADMIN, PASS)
    try:
        assert directory_store.versions(vault) == before_versions
        assert sorted(s.id for s in directory_store.load_active(vault).services) == before_ids
        assert vault.verify_audit().ok
    finally:
        vault.close()


# -- long variants -------------------------------------------------------------------------


@pytest.mark.long
@LONG
@given(nasty_text)
def test_extractor_takes_any_text_long(text):
    _check_extract(text)


@pytest.mark.long
@LONG
@given(nasty_text, st.lists(json_values, min_size=1, max_size=20))
def test_answers_of_any_shape_long(note, replies):
    with time_bound(seconds=4.0, what="an intake"):
        _answer_all(note, replies)


@pytest.mark.long
def test_scenario_files_mutated_long(tmp_path):
    _scenario_mutations(tmp_path, 800, seed=88)


@pytest.mark.long
def test_hsds_csv_folders_mutated_long(hsds_folder, tmp_path):
    seen = _directory_mutations(hsds_folder, tmp_path / "work", 1500, seed=88)
    assert seen["refused"] > 0


@pytest.mark.long
@LONG
@given(json_values)
def test_hsds_json_of_any_structure_long(tmp_path_factory, value):
    path = tmp_path_factory.mktemp("j") / "directory.json"
    path.write_text(json.dumps(value, default=repr))
    _check_directory(path)
