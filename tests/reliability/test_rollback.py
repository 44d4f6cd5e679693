"""Finding 4: rollback and loss past the last head go unseen.

The attacks/faults: old copies of the database and the keyring put back
together (they agree with each other); an old keyring alone put back to revive
a changed passphrase; the journal's end cut off or damaged. This computer's
own record (the user's state folder, outside the vault folder) catches the
first two; the WAL's frames are read before SQLite drops any of them.
"""

from __future__ import annotations

import json
import shutil
import struct

import pytest

from caseassist.services.cases import records
from caseassist.vault import Role, Vault, case_store, last_seen, store, wal
from caseassist.vault import keyring as kr
from caseassist.vault.errors import Damaged, OlderKeyring, RolledBack
from tests.reliability.conftest import ADMIN, PASS, assert_one_clean_line, run_cli

FILES = (store.DB_NAME, store.DB_NAME + "-wal", kr.FILE_NAME)


def _copy(folder):
    return {n: (folder / n).read_bytes() for n in FILES if (folder / n).exists()}


def _put_back(folder, files):
    for n in FILES:
        (folder / n).unlink(missing_ok=True)
    for n, data in files.items():
        (folder / n).write_bytes(data)


def test_database_and_keyring_put_back_together_are_refused(small_vault, capsys, monkeypatch):
    old = _copy(small_vault)
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        case_store.create_case(v, facts=records({"person.age": 30}), needs=[])
    _put_back(small_vault, old)
    with pytest.raises((RolledBack, OlderKeyring)):
        Vault.unlock(small_vault, ADMIN, PASS)
    code, out, err = run_cli(
        capsys, monkeypatch, "case", "list", "--data-dir", str(small_vault), "--user", ADMIN
    )
    assert_one_clean_line(code, err)
    assert out == ""


def test_an_old_keyring_does_not_revive_a_changed_passphrase(small_vault, fast_kdf):
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        v.add_account("leaver", Role.caseworker, "leaver passphrase 1", kdf=fast_kdf)
    old_ring = (small_vault / kr.FILE_NAME).read_bytes()
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        v.change_passphrase("leaver", "reset by the admin", kdf=fast_kdf)
    (small_vault / kr.FILE_NAME).write_bytes(old_ring)
    with pytest.raises(OlderKeyring):
        Vault.unlock(small_vault, "leaver", "leaver passphrase 1")


def test_restore_is_still_the_way_back(small_vault, tmp_path):
    with Vault.unlock(small_vault, ADMIN, PASS) as v:
        backup = v.backup(tmp_path / "b.backup")
        case_store.create_case(v, facts=records({"person.age": 41}), needs=[])
    Vault.restore(small_vault, backup, ADMIN, PASS).close()
    Vault.unlock(small_vault, ADMIN, PASS).close()


@pytest.mark.parametrize(
    "junk",
    ['{"seq": NaN, "hash": "", "generation": 1}', '{"seq": 1e999}', "[]", "{", '{"seq": "9"}'],
)
def test_a_damaged_record_of_this_computer_does_not_stop_work(small_vault, junk):
    ring = kr.load(small_vault / kr.FILE_NAME)
    record = last_seen._file(ring.vault_id)
    record.write_text(junk)
    Vault.unlock(small_vault, ADMIN, PASS).close()
    assert json.loads(record.read_text())["seq"] >= 1  # rewritten whole


def _held_wal(folder, ages=(31, 32, 33)):
    """A vault whose last commits are still in the WAL (a reader holds it), copied as is."""
    vault = Vault.unlock(folder, ADMIN, PASS)
    reader = store.connect(folder / store.DB_NAME, vault._db_key)
    for age in ages:
        case_store.create_case(vault, facts=records({"person.age": age}), needs=[])
    files = _copy(folder)
    reader.close()
    vault._dispose()  # killed: no close, no final head write
    vault._engine = None
    return files


def _frame(files):
    page = struct.unpack(">I", files[store.DB_NAME + "-wal"][8:12])[0]
    return wal.FRAME_HEADER + page


def test_a_torn_wal_tail_is_reported(small_vault, capsys, monkeypatch):
    files = _held_wal(small_vault)
    w = files[store.DB_NAME + "-wal"]
    files[store.DB_NAME + "-wal"] = w[: len(w) - 100]  # the last frame cut mid-way
    _put_back(small_vault, files)
    code, _out, err = run_cli(
        capsys, monkeypatch, "case", "list", "--data-dir", str(small_vault), "--user", ADMIN
    )
    assert code == 0 and "not saved" in err
    with Vault.unlock(small_vault, ADMIN, PASS) as v, v.session() as s:
        from caseassist.vault import audit

        assert any(e.action == "wal.tail" for e in audit.recent(s, 20))


def test_a_damaged_frame_before_a_commit_is_refused(small_vault):
    files = _held_wal(small_vault)
    w = bytearray(files[store.DB_NAME + "-wal"])
    w[wal.HEADER + _frame(files) + 200] ^= 0x01  # the second frame: commits follow it
    files[store.DB_NAME + "-wal"] = bytes(w)
    _put_back(small_vault, files)
    before = _copy(small_vault)
    with pytest.raises(Damaged) as exc:
        Vault.unlock(small_vault, ADMIN, PASS)
    assert "vault.db-wal" in str(exc.value)
    assert _copy(small_vault) == before  # nothing dropped: the evidence is kept


def _cycle_frames(w: bytes, frame: int) -> list[int]:
    """Offsets of the frames of the WAL's current cycle (its header's salts)."""
    offsets, offset = [], wal.HEADER
    while offset + frame <= len(w) and w[offset + 8 : offset + 16] == w[16:24]:
        offsets.append(offset)
        offset += frame
    return offsets


def _long_wal(folder):
    """Work enough that the current cycle holds more frames than the quick bound (64)."""
    files = _held_wal(folder, ages=range(20, 28))
    frames = _cycle_frames(files[store.DB_NAME + "-wal"], _frame(files))
    assert len(frames) > 64
    return files, frames


def test_a_damaged_last_commit_of_a_long_wal_is_reported(small_vault, capsys, monkeypatch):
    """A byte flipped in the page of the last commit frame: SQLite would drop that
    commit and open on older data; unlock says the last change was not saved."""
    files, frames = _long_wal(small_vault)
    w = bytearray(files[store.DB_NAME + "-wal"])
    last = frames[-1]
    assert struct.unpack(">I", w[last + 4 : last + 8])[0]  # the last frame is a commit
    w[last + wal.FRAME_HEADER + 300] ^= 0x01
    files[store.DB_NAME + "-wal"] = bytes(w)
    _put_back(small_vault, files)
    code, _out, err = run_cli(
        capsys, monkeypatch, "case", "list", "--data-dir", str(small_vault), "--user", ADMIN
    )
    assert code == 0 and "not saved" in err
    with Vault.unlock(small_vault, ADMIN, PASS) as v, v.session() as s:
        from caseassist.vault import audit

        assert any(e.action == "wal.tail" for e in audit.recent(s, 20))


def test_a_damaged_frame_inside_a_long_wal_is_refused(small_vault):
    files, frames = _long_wal(small_vault)
    w = bytearray(files[store.DB_NAME + "-wal"])
    w[frames[len(frames) // 2] + wal.FRAME_HEADER + 200] ^= 0x01  # commits follow it
    files[store.DB_NAME + "-wal"] = bytes(w)
    _put_back(small_vault, files)
    before = _copy(small_vault)
    with pytest.raises(Damaged) as exc:
        Vault.unlock(small_vault, ADMIN, PASS)
    assert "vault.db-wal" in str(exc.value)
    assert _copy(small_vault) == before


@pytest.mark.parametrize("field", [8, 12])  # a bit of the frame's salt-1 or salt-2
def test_a_damaged_salt_in_the_last_commit_is_reported(small_vault, field):
    """The salts are outside the frame checksum: a damaged one in the first frame of the
    last commit makes it look like stale frames of a past cycle, which SQLite skips
    without a word."""
    files, frames = _long_wal(small_vault)
    w = bytearray(files[store.DB_NAME + "-wal"])
    commits = [f for f in frames if struct.unpack(">I", w[f + 4 : f + 8])[0]]
    first = frames[frames.index(commits[-2]) + 1]  # the last commit's first frame
    w[first + field] ^= 0x10
    files[store.DB_NAME + "-wal"] = bytes(w)
    _put_back(small_vault, files)
    assert wal.inspect(small_vault / (store.DB_NAME + "-wal")) is wal.Tail.damaged
    before = _copy(small_vault)
    with pytest.raises(Damaged):  # the commit frame after it would be dropped
        Vault.unlock(small_vault, ADMIN, PASS)
    assert _copy(small_vault) == before


def test_commits_cut_from_the_wal_past_a_remembered_head_are_refused(small_vault):
    """The WAL cut back at a commit boundary looks whole; the head this computer saw
    (written as the unlock after the commits) is then missing."""
    files = _held_wal(small_vault)
    w = files[store.DB_NAME + "-wal"]
    _put_back(small_vault, files)
    Vault.unlock(small_vault, ADMIN, PASS).close()  # the head moves past the WAL's commits
    frame = _frame(files)
    offsets = [
        wal.HEADER + i * frame
        for i in range((len(w) - wal.HEADER) // frame)
        if struct.unpack(">I", w[wal.HEADER + i * frame + 4 : wal.HEADER + i * frame + 8])[0]
    ]
    cut = offsets[-2] + frame  # keep all but the last commit
    files[store.DB_NAME + "-wal"] = w[:cut]
    _put_back(small_vault, files)
    with pytest.raises((RolledBack, OlderKeyring)):
        Vault.unlock(small_vault, ADMIN, PASS)


def test_a_state_folder_that_cannot_be_written_does_not_stop_work(
    small_vault, tmp_path, monkeypatch
):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("CASEASSIST_STATE_DIR", str(blocked))
    Vault.unlock(small_vault, ADMIN, PASS).close()
    shutil.rmtree(small_vault / "nothing", ignore_errors=True)


# -- long runs: many cuts, flips and paired rollbacks ------------------------------------

LONG_WAL_CASES = 160
LONG_PAIRED_CASES = 60


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    """A vault killed with its last commits in the WAL, and the codes of every case it holds."""
    from caseassist.vault import KdfParams

    base = tmp_path_factory.mktemp("held")
    folder = base / "v"
    Vault.create(folder, ADMIN, PASS, kdf=KdfParams.fast_for_tests())[0].close()
    files = _held_wal(folder)
    return files


@pytest.fixture(scope="module")
def held_long(tmp_path_factory):
    """The same with more than 64 frames in the WAL's current cycle."""
    from caseassist.vault import KdfParams

    folder = tmp_path_factory.mktemp("held_long") / "v"
    Vault.create(folder, ADMIN, PASS, kdf=KdfParams.fast_for_tests())[0].close()
    return _long_wal(folder)[0]


def _open_outcome(folder):
    """('refused', None), ('reported', codes) or ('silent', codes)."""
    from caseassist.errors import CaseAssistError

    try:
        vault = Vault.unlock(folder, ADMIN, PASS)
    except CaseAssistError as exc:
        assert "\n" not in str(exc)
        return "refused", None
    try:
        codes = {c.code for c in case_store.list_cases(vault, status=None, limit=1000)}
        assert vault.verify_audit().ok
        return ("silent" if vault.wal_tail is wal.Tail.clean else "reported"), codes
    finally:
        vault.close()


@pytest.mark.long
@pytest.mark.parametrize("seed", range(LONG_WAL_CASES))
def test_wal_tail_cut_or_flipped(held, held_long, tmp_path, monkeypatch, seed):
    """A WAL (short, or longer than 64 frames) cut anywhere or with a byte flipped:
    refused, reported, or whole up to a commit boundary; a cut inside a frame and a
    flip inside the current cycle are never silent."""
    import random

    rng = random.Random(seed)
    monkeypatch.setenv("CASEASSIST_STATE_DIR", str(tmp_path / "state"))
    files = dict(held_long if seed % 4 >= 2 else held)
    w = files[store.DB_NAME + "-wal"]
    frame = _frame(files)
    cycle_end = _cycle_frames(w, frame)[-1] + frame
    flipped_at = None
    if seed % 2:
        offset = rng.randrange(wal.HEADER, len(w))
        files[store.DB_NAME + "-wal"] = w[:offset]
        inside_frame = (offset - wal.HEADER) % frame != 0
    else:
        b = bytearray(w)
        flipped_at = rng.randrange(wal.HEADER, len(w))
        b[flipped_at] ^= 1 << rng.randrange(8)
        files[store.DB_NAME + "-wal"] = bytes(b)
        inside_frame = True
    folder = tmp_path / "v"
    folder.mkdir()
    _put_back(folder, files)
    outcome, _codes = _open_outcome(folder)
    if inside_frame and outcome == "silent":
        # a flip SQLite never reads (a stale frame of a past cycle) is the one silent case
        assert flipped_at is not None and flipped_at >= cycle_end


@pytest.mark.long
@pytest.mark.parametrize("seed", range(LONG_PAIRED_CASES))
def test_paired_database_and_keyring_rollback(tmp_path, fast_kdf, seed):
    """Old copies of vault.db, its WAL and keyring.json, taken at a random earlier point and
    put back together after more sessions, are always refused."""
    import random

    rng = random.Random(seed)
    folder = tmp_path / "v"
    Vault.create(folder, ADMIN, PASS, kdf=fast_kdf)[0].close()
    sessions = rng.randrange(2, 5)
    taken_at = rng.randrange(sessions)
    old = None
    for i in range(sessions):
        if i == taken_at:
            old = _copy(folder)
        with Vault.unlock(folder, ADMIN, PASS) as v:
            for _ in range(rng.randrange(0, 3)):
                case_store.create_case(v, facts=records({"person.age": 20 + i}), needs=[])
            if rng.random() < 0.3:
                v.add_account(f"w{i}", Role.caseworker, "a caseworker passphrase", kdf=fast_kdf)
    _put_back(folder, old)
    with pytest.raises((RolledBack, OlderKeyring)):
        Vault.unlock(folder, ADMIN, PASS)
