"""Tampering: bytes flipped, cut off or swapped in vault.db, vault.db-wal and keyring.json.

Every mutation must end one of two ways: a `CaseAssistError` (one line) somewhere
between unlock and reading everything back, or an open whose data is exactly
the data written (ciphertext compared row by row, the audit chain verifying).
Any other exception, or different data, fails. A sample also runs through the
CLI (`audit --verify`): non-zero with one line on stderr, never a traceback,
or exit 0.

SQLCipher authenticates pages, not the file's age, so an older copy of the
database put back in place is refused at unlock (`RolledBack`), with its WAL too.

Default: about 130 mutations (4 targets x 3 kinds x 11 offsets) plus 27 through the CLI
(two commands each) and 17 deliberate keyring edits; `-m long`: about 1,560 mutations.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from caseassist.errors import CaseAssistError
from caseassist.services.cases import records
from caseassist.vault import Role, Vault, case_store, note_store, store
from caseassist.vault import keyring as kr
from caseassist.vault.errors import RolledBack
from caseassist.vault.tables.core import AuditEntry
from tests.reliability.conftest import ADMIN, PASS, assert_one_clean_line, run_cli

DB, WAL, RING = "vault.db", "vault.db-wal", "keyring.json"
AUDIT = AuditEntry.__tablename__
PAGE = 4096


# -- the vault every mutation starts from ------------------------------------------------


def _fill(vault: Vault, rng: random.Random, n: int) -> None:
    for i in range(n):
        code = case_store.create_case(
            vault,
            facts=records({"person.name": f"Invented Name {i}", "person.age": 20 + i}),
            needs=[("food", "immediate"), ("legal", "long_term")],
        )
        note_store.add_note(vault, code, f"note {i}: " + "words " * rng.randrange(1, 400))


def _build(folder: Path, kdf, *, with_wal: bool) -> None:
    rng = random.Random(1)
    vault, _code = Vault.create(folder, ADMIN, PASS, kdf=kdf)
    vault.add_account("worker", Role.caseworker, "worker passphrase long", kdf=kdf)
    _fill(vault, rng, 12)
    vault.close()
    if not with_wal:
        return
    # Hold a reader open so the last writes stay in the WAL, then copy the files as they are.
    vault = Vault.unlock(folder, ADMIN, PASS)
    reader = store.connect(folder / DB, vault._db_key)
    try:
        _fill(vault, rng, 4)
        vault.close()
        assert (folder / WAL).stat().st_size > 0
        keep = folder.with_name(folder.name + "-copy")
        keep.mkdir(mode=0o700)  # as a vault folder is (a looser one is tightened, with a notice)
        for name in (DB, WAL, RING):
            shutil.copy2(folder / name, keep / name)
    finally:
        reader.close()
    shutil.rmtree(folder)
    keep.rename(folder)


def _snapshot(vault: Vault) -> dict[str, list[tuple]]:
    """Every row of every table (ciphertext as stored), and every sealed note opened."""
    out: dict[str, list[tuple]] = {}
    with vault.session() as session:
        names = [
            r[0]
            for r in session.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            )
        ]
        for name in names:
            rows = [tuple(r) for r in session.execute(text(f'SELECT * FROM "{name}"'))]
            out[name] = sorted(rows, key=repr)
        notes = session.execute(text("SELECT id, body_sealed FROM note")).all()
    out["note (opened)"] = sorted(
        (nid, vault.unseal("note", "body_sealed", nid, body)) for nid, body in notes
    )
    return out


class Pristine:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        ring = kr.load(folder / RING)
        self.head_seq = ring.head_seq
        probe = folder.with_name(folder.name + "-probe")
        shutil.copytree(folder, probe)
        vault = Vault.unlock(probe, ADMIN, PASS)
        try:
            self.snapshot = _snapshot(vault)
        finally:
            vault.close()
        shutil.rmtree(probe)

    def same(self, got: dict[str, list[tuple]]) -> bool:
        """Equal data; the audit log may only have grown by the check's own unlock."""
        for name, rows in self.snapshot.items():
            if name == AUDIT:
                old = [r for r in rows if r[0] <= self.head_seq]
                if [r for r in got[name] if r[0] <= self.head_seq] != old:
                    return False
            elif got.get(name) != rows:
                return False
        return set(got) == set(self.snapshot)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from caseassist.vault import KdfParams

    base = tmp_path_factory.mktemp("tamper")
    _build(base / "plain", KdfParams.fast_for_tests(), with_wal=False)
    _build(base / "wal", KdfParams.fast_for_tests(), with_wal=True)
    return {"plain": Pristine(base / "plain"), "wal": Pristine(base / "wal")}


# -- mutations ---------------------------------------------------------------------------


def flip(data: bytes, rng: random.Random, offset: int) -> bytes:
    b = bytearray(data)
    b[offset] ^= 1 << rng.randrange(8)
    return bytes(b)


def truncate(data: bytes, _rng: random.Random, offset: int) -> bytes:
    return data[:offset]


def swap(data: bytes, rng: random.Random, offset: int) -> bytes:
    """Swap a run at `offset` with another run of the same length (whole pages one time in four)."""
    b = bytearray(data)
    if rng.random() < 0.25 and len(b) >= 2 * PAGE:
        pages = len(b) // PAGE
        i, j = rng.sample(range(pages), 2)
        b[i * PAGE : (i + 1) * PAGE], b[j * PAGE : (j + 1) * PAGE] = (
            b[j * PAGE : (j + 1) * PAGE],
            b[i * PAGE : (i + 1) * PAGE],
        )
        return bytes(b)
    n = rng.randrange(1, 65)
    offset = min(offset, len(b) - n)
    other = rng.randrange(0, len(b) - n)
    a, c = bytes(b[offset : offset + n]), bytes(b[other : other + n])
    b[offset : offset + n], b[other : other + n] = c, a
    return bytes(b)


MUTATIONS = {"flip": flip, "truncate": truncate, "swap": swap}


def _offsets(size: int, rng: random.Random, count: int) -> list[int]:
    special = [0, 15, 16, 20, 24, 99, PAGE - 1, PAGE, PAGE + 16, size // 2, size - 1]
    special = [o for o in special if 0 <= o < size]
    return special + [rng.randrange(size) for _ in range(max(0, count - len(special)))]


def _attempt(p: Pristine, folder: Path) -> str:
    """'refused' (a one-line CaseAssistError) or 'same' (opened with the same data).

    Each attempt runs as if on a computer that never saw this vault: with one
    shared record of the last-seen head, every copy of the pristine vault after
    the first would be refused as a rollback, whatever its mutation.
    """
    state = folder.with_name(folder.name + "-state")
    shutil.rmtree(state, ignore_errors=True)
    before = os.environ.get("CASEASSIST_STATE_DIR")
    os.environ["CASEASSIST_STATE_DIR"] = str(state)
    try:
        return _attempt_here(p, folder)
    finally:
        os.environ["CASEASSIST_STATE_DIR"] = before or ""
        if before is None:
            del os.environ["CASEASSIST_STATE_DIR"]


def _attempt_here(p: Pristine, folder: Path) -> str:
    try:
        vault = Vault.unlock(folder, ADMIN, PASS)
        try:
            got = _snapshot(vault)
            verdict = vault.verify_audit()
        finally:
            vault.close()
    except CaseAssistError as exc:
        assert "\n" not in str(exc) and str(exc).strip()
        return "refused"
    assert verdict.ok, verdict
    assert p.same(got), "different data was accepted silently"
    return "same"


def _run(p: Pristine, target: str, tmp_path: Path, seed: int, per_kind: int) -> dict[str, int]:
    rng = random.Random(seed)
    original = (p.folder / target).read_bytes()
    outcomes = {"refused": 0, "same": 0}
    work = tmp_path / "work"
    for kind, mutate in MUTATIONS.items():
        for offset in _offsets(len(original), rng, per_kind):
            if work.exists():
                shutil.rmtree(work)
            shutil.copytree(p.folder, work)
            changed = mutate(original, rng, offset)
            if changed == original:
                continue
            (work / target).write_bytes(changed)
            try:
                outcomes[_attempt(p, work)] += 1
            except AssertionError as exc:
                raise AssertionError(f"{target} {kind} at {offset}: {exc}") from exc
            except Exception as exc:
                raise AssertionError(
                    f"{target} {kind} at {offset}: uncaught {type(exc).__name__}: {exc}"
                ) from exc
    return outcomes


@pytest.mark.parametrize(
    ("target", "which"), [(DB, "plain"), (WAL, "wal"), (DB, "wal"), (RING, "plain")]
)
def test_mutations_are_refused_or_harmless(pristine, tmp_path, target, which):
    outcomes = _run(pristine[which], target, tmp_path, seed=8, per_kind=11)
    assert outcomes["refused"] > 0, outcomes


@pytest.mark.long
@pytest.mark.parametrize(
    ("target", "which"), [(DB, "plain"), (WAL, "wal"), (DB, "wal"), (RING, "plain")]
)
def test_many_mutations_are_refused_or_harmless(pristine, tmp_path, target, which):
    outcomes = _run(pristine[which], target, tmp_path, seed=88, per_kind=130)
    assert outcomes["refused"] > 0, outcomes


@pytest.mark.parametrize("target", [DB, WAL, RING])
def test_cli_says_one_line_for_damage(pristine, tmp_path, capsys, monkeypatch, target):
    rng = random.Random(3)
    which = "wal" if target == WAL else "plain"
    original = (pristine[which].folder / target).read_bytes()
    for kind, mutate in MUTATIONS.items():
        for offset in _offsets(len(original), rng, 3)[-3:]:
            work = tmp_path / f"{kind}-{offset}"
            shutil.copytree(pristine[which].folder, work)
            (work / target).write_bytes(mutate(original, rng, offset))
            for argv in (["audit", "--verify"], ["case", "list", "--all"]):
                code, out, err = run_cli(
                    capsys, monkeypatch, *argv, "--data-dir", str(work), "--user", ADMIN
                )
                if code == 0:  # harmless, or a damaged last commit reported (not dropped unseen)
                    assert err == "" or (len(err.splitlines()) == 1 and "not saved" in err), err
                else:
                    assert_one_clean_line(code, err)
                    assert out == ""


def test_keyring_fields_edited_by_hand_are_refused(pristine, tmp_path):
    """Edits a person could make on purpose: roles, head, vault id, kdf, an account's wraps."""
    src = pristine["plain"].folder
    edits = [
        lambda d: d["accounts"]["worker"].__setitem__("role", "admin"),
        lambda d: d["head"].__setitem__("seq", d["head"]["seq"] + 1),
        lambda d: d.__setitem__("vault_id", "0" * 32),
        lambda d: d["accounts"][ADMIN]["kdf"].__setitem__("time_cost", 2),
        lambda d: d["accounts"]["worker"].__setitem__("db", d["accounts"][ADMIN]["db"]),
        lambda d: d.__setitem__("recovery", None),
        lambda d: d["accounts"].pop("worker"),
        lambda d: d.__setitem__("format", 2),
        lambda d: d.__setitem__("accounts", []),
        lambda d: d["accounts"][ADMIN].__setitem__("kdf", {"memory_kib": -1}),
        lambda d: d["accounts"][ADMIN].__setitem__("salt", ""),
        lambda d: d["accounts"][ADMIN]["kdf"].__setitem__("memory_kib", 2**40),
        lambda d: d["accounts"][ADMIN]["kdf"].__setitem__("time_cost", 10**9),
        lambda d: d["accounts"][ADMIN]["kdf"].__setitem__("parallelism", 0),
        lambda d: d["accounts"][ADMIN].__setitem__("salt", "AAAA"),
        lambda d: d["accounts"][ADMIN].__setitem__("db", "not base64 \u00e9"),
        lambda d: d["accounts"][ADMIN].__setitem__("identity", None),
    ]
    for i, edit in enumerate(edits):
        work = tmp_path / f"edit{i}"
        shutil.copytree(src, work)
        data = json.loads((work / RING).read_text())
        edit(data)
        (work / RING).write_text(json.dumps(data))
        try:
            assert _attempt(pristine["plain"], work) == "refused", f"edit {i} was accepted"
        except AssertionError:
            raise
        except Exception as exc:  # anything but a one-line CaseAssistError is a bug
            raise AssertionError(f"edit {i}: uncaught {type(exc).__name__}: {exc}") from exc


def test_unreadable_failure_counters_are_ignored(pristine, tmp_path):
    """The counters are not signed (written with no key at hand): garbage there is dropped."""
    for i, junk in enumerate([{"count": "x"}, {"count": 1e400}, "x", {"last": None}, []]):
        work = tmp_path / f"failures{i}"
        shutil.copytree(pristine["plain"].folder, work)
        data = json.loads((work / RING).read_text())
        data["failures"] = {ADMIN: junk, "worker": junk}
        (work / RING).write_text(json.dumps(data))
        assert _attempt(pristine["plain"], work) == "same"


# -- rollback ----------------------------------------------------------------------------


def test_an_older_database_put_back_is_refused(small_vault, capsys, monkeypatch):
    old = (small_vault / DB).read_bytes()
    vault = Vault.unlock(small_vault, ADMIN, PASS)
    case_store.create_case(vault, facts=records({"person.age": 30}), needs=[])
    vault.close()
    (small_vault / DB).write_bytes(old)
    with pytest.raises(RolledBack):
        Vault.unlock(small_vault, ADMIN, PASS)
    code, out, err = run_cli(
        capsys, monkeypatch, "case", "list", "--data-dir", str(small_vault), "--user", ADMIN
    )
    assert_one_clean_line(code, err)
    assert "restore" in err and out == ""


def test_an_older_database_with_its_wal_put_back_is_refused(pristine, tmp_path):
    work = tmp_path / "v"
    shutil.copytree(pristine["wal"].folder, work)
    old = {n: (work / n).read_bytes() for n in (DB, WAL)}
    vault = Vault.unlock(work, ADMIN, PASS)
    case_store.create_case(vault, facts=records({"person.age": 31}), needs=[])
    vault.close()
    (work / DB).write_bytes(old[DB])
    (work / WAL).write_bytes(old[WAL])
    with pytest.raises(RolledBack):
        Vault.unlock(work, ADMIN, PASS)


def test_restore_is_the_way_back(small_vault, tmp_path):
    vault = Vault.unlock(small_vault, ADMIN, PASS)
    backup = vault.backup(tmp_path / "b.backup")
    later = case_store.create_case(vault, facts=records({"person.age": 40}), needs=[])
    vault.close()
    restored = Vault.restore(small_vault, backup, ADMIN, PASS)
    try:
        codes = {c.code for c in case_store.list_cases(restored, status=None, limit=100)}
        assert later not in codes and restored.verify_audit().ok
    finally:
        restored.close()
    Vault.unlock(small_vault, ADMIN, PASS).close()  # and it opens normally afterwards
