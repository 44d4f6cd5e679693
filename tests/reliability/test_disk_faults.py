"""Disk full and read-only folder: a write that fails leaves the vault as it was, in one line.

How the faults are made (the tests may run as root, where chmod stops nothing):

- Disk full: the action runs in a subprocess with `RLIMIT_FSIZE` lowered (and
  SIGXFSZ ignored), so any write past that size fails with EFBIG exactly as a
  full disk fails a write: SQLite's WAL append, the checkpoint, the keyring's
  new file. Works as root and not, on Linux.
- Read-only folder, real: as a normal user the folder and files are chmod'ed
  read-only; as root the action runs under `unshare -m` with the folder
  bind-mounted read-only (EROFS). Skipped when neither is possible.
- Read-only keyring, simulated in-process: `os.open` refuses the keyring's new
  file with EROFS (covers unlock's failure counter and the head write).

After each fault: the vault opens normally, SQLCipher's checks pass, the audit
chain verifies and the data (cases, notes, directory) is what it was.
"""

from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from caseassist.errors import CaseAssistError
from caseassist.services.cases import records
from caseassist.vault import KdfParams, Vault, case_store, directory_store, note_store
from caseassist.vault.errors import WriteFailed, WrongPassphrase
from caseassist.vault.tables.cases import CaseFile, NoteRow
from tests.reliability.conftest import ADMIN, PASS, assert_one_clean_line
from tests.templates import VaultTemplate, build_template

ROOT = Path(__file__).resolve().parents[2]
ACTION = Path(__file__).with_name("fault_action.py")
DIRECTORY = ROOT / "resources" / "directory"


def _build(folder) -> None:
    Vault.create(folder, ADMIN, PASS, kdf=KdfParams.fast_for_tests())[0].close()
    vault = Vault.unlock(folder, ADMIN, PASS)
    try:
        code = case_store.create_case(
            vault, facts=records({"person.name": "Invented Name", "person.age": 30}), needs=[]
        )
        note_store.add_note(vault, code, "a first note")
    finally:
        vault.close()
    (folder.parent / "code").write_text(code)


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "with-data", _build)


@pytest.fixture
def vault_with_data(_template, tmp_path):
    """A vault with an admin, one case and its note, the test's own copy; and the case code."""
    return _template.copy_to(tmp_path / "vault"), (_template.folder.parent / "code").read_text()


def _state(folder: Path) -> dict:
    vault = Vault.unlock(folder, ADMIN, PASS)
    try:
        assert vault.integrity_ok()
        assert vault.verify_audit().ok
        with vault.session() as session:
            cases = sorted(session.exec(select(CaseFile.code, CaseFile.status)).all())
            notes = sorted(
                vault.unseal("note", "body_sealed", n.id, n.body_sealed)
                for n in session.exec(select(NoteRow))
            )
        versions = [v.id for v in directory_store.versions(vault)]
    finally:
        vault.close()
    return {"cases": cases, "notes": notes, "directory": versions}


def _env() -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        CASEASSIST_PASSPHRASE=PASS,
        CASEASSIST_NEW_PASSPHRASE="another long passphrase",
        LANG="C.UTF-8",
    )


def _limited(limit: int):
    def setup() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return setup


def _run(argv: list[str], *, preexec=None, prefix: list[str] | None = None):
    proc = subprocess.run(
        [*(prefix or []), sys.executable, *argv],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        preexec_fn=preexec,
        timeout=120,
    )
    return proc.returncode, proc.stdout, proc.stderr


def assert_not_called_damage(err: str) -> None:
    """A full disk is not a damaged vault: telling a worker to restore a backup would lose work."""
    assert "damaged" not in err and "restore" not in err, err


def _cli(folder: Path, *args: str, **kw):
    return _run(["-m", "caseassist", *args, "--data-dir", str(folder), "--user", ADMIN], **kw)


def _sizes(folder: Path) -> int:
    return max(p.stat().st_size for p in folder.iterdir())


# -- disk full -----------------------------------------------------------------------------


def test_a_big_note_on_a_full_disk(vault_with_data):
    folder, code = vault_with_data
    before = _state(folder)
    limit = _sizes(folder) + 64 * 1024  # unlock's few pages fit; a 2 MB note does not
    rc, _out, err = _run(
        [str(ACTION), str(folder), "note", code, str(2_000_000)], preexec=_limited(limit)
    )
    assert_one_clean_line(rc, err)
    assert "disk is full" in err or "Could not save" in err, err
    assert_not_called_damage(err)
    assert _state(folder) == before


def _smallest_limit_that_opens(folder: Path) -> int:
    """The smallest file-size limit under which unlock (and its audit entry) still works."""
    for kib in (32, 48, 64, 96, 128, 256):  # below 32 KiB SQLite cannot make its WAL index
        if _cli(folder, "case", "list", preexec=_limited(kib * 1024))[0] == 0:
            return kib * 1024
    pytest.fail("the vault does not open even with 256 KiB of room")


def test_a_directory_import_on_a_full_disk(vault_with_data):
    folder, _code = vault_with_data
    limit = _smallest_limit_that_opens(folder)  # room to open, none for a directory
    before = _state(folder)
    rc, _out, err = _cli(
        folder, "directory", "import", str(DIRECTORY), "--quiet", preexec=_limited(limit)
    )
    assert_one_clean_line(rc, err)
    assert_not_called_damage(err)
    after = _state(folder)
    assert after == before  # no partial import: no new version, nothing else changed


def test_a_passphrase_change_on_a_full_disk(vault_with_data):
    folder, _code = vault_with_data
    before = _state(folder)
    ring = (folder / "keyring.json").read_bytes()
    limit = len(ring) // 2  # the keyring's new file cannot be written whole
    rc, _out, err = _run(
        [str(ACTION), str(folder), "passwd", "another long passphrase"], preexec=_limited(limit)
    )
    assert_one_clean_line(rc, err)
    assert (folder / "keyring.json").read_bytes() == ring  # the old keyring, whole
    assert not (folder / "keyring.json.new").exists()
    assert _state(folder)["cases"] == before["cases"]  # and the old passphrase opens it


def test_no_room_to_open_is_not_called_damage(vault_with_data):
    folder, _code = vault_with_data
    rc, _out, err = _cli(folder, "case", "list", preexec=_limited(16 * 1024))
    assert_one_clean_line(rc, err)
    assert_not_called_damage(err)
    assert "Could not save" in err


@pytest.mark.long
@pytest.mark.parametrize("limit_kib", [0, 4, 8, 16, 24, 32, 48, 64, 256])
def test_every_command_on_a_full_disk_says_one_line(vault_with_data, limit_kib):
    folder, code = vault_with_data
    before = _state(folder)
    limit = limit_kib * 1024
    for args in (
        ["case", "list"],
        ["audit", "--verify"],
        ["directory", "import", str(DIRECTORY), "--quiet"],
    ):
        rc, out, err = _cli(folder, *args, preexec=_limited(limit))
        if rc != 0:
            assert_one_clean_line(rc, err)
            assert_not_called_damage(err)
    rc, _out, err = _run(
        [str(ACTION), str(folder), "note", code, "500000"], preexec=_limited(limit)
    )
    if rc != 0:
        assert_one_clean_line(rc, err)
        assert_not_called_damage(err)
    after = _state(folder)
    assert after["cases"] == before["cases"]
    # each run either wrote whole (a note, a directory version) or not at all
    assert after["notes"][: len(before["notes"])] == before["notes"] or set(before["notes"]) <= set(
        after["notes"]
    )
    assert len(after["directory"]) <= 1


def test_a_wrong_passphrase_on_a_full_disk_still_says_so(vault_with_data):
    folder, _code = vault_with_data
    ring = (folder / "keyring.json").read_bytes()
    env_pass = "not the right passphrase"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "caseassist",
            "case",
            "list",
            "--data-dir",
            str(folder),
            "--user",
            ADMIN,
        ],
        capture_output=True,
        text=True,
        env=dict(_env(), CASEASSIST_PASSPHRASE=env_pass),
        preexec_fn=_limited(len(ring) // 2),
        timeout=120,
    )
    assert_one_clean_line(proc.returncode, proc.stderr)
    assert "passphrase" in proc.stderr


# -- read-only folder ----------------------------------------------------------------------


def _can_mount_read_only(tmp: Path) -> bool:
    if not shutil.which("unshare"):
        return False
    probe = tmp / "probe"
    probe.mkdir()
    rc = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            f'mount --bind -o ro "{probe}" "{probe}" && ! touch "{probe}/x"',
        ],
        capture_output=True,
    ).returncode
    return rc == 0


@pytest.fixture
def read_only(tmp_path):
    """How to run a command so that the vault folder is read-only for it: a prefix, or chmod."""
    if os.geteuid() != 0:
        return "chmod"
    if _can_mount_read_only(tmp_path):
        return "mount"
    pytest.skip("running as root without mount namespaces: no real read-only folder here")


def _run_read_only(mode: str, folder: Path, argv: list[str]):
    if mode == "chmod":
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in folder.iterdir():
            p.chmod(0o400)
        folder.chmod(0o500)
        try:
            return _run(argv)
        finally:
            folder.chmod(modes[folder])
            for p, m in modes.items():
                p.chmod(m)
    script = f'mount --bind -o ro "{folder}" "{folder}" && exec "$@"'
    return _run(argv, prefix=["unshare", "-m", "sh", "-c", script, "sh"])


@pytest.mark.parametrize("long_run", [False, pytest.param(True, marks=pytest.mark.long)])
def test_read_only_folder_says_one_line_and_changes_nothing(vault_with_data, read_only, long_run):
    folder, code = vault_with_data
    before = _state(folder)
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    commands = [
        ["-m", "caseassist", "case", "list", "--data-dir", str(folder), "--user", ADMIN],
        [str(ACTION), str(folder), "note", code, "1000"],
    ]
    if long_run:
        commands += [
            [
                "-m",
                "caseassist",
                "directory",
                "import",
                str(DIRECTORY),
                "--quiet",
                "--data-dir",
                str(folder),
                "--user",
                ADMIN,
            ],
            [str(ACTION), str(folder), "passwd", "another long passphrase"],
        ]
    for argv in commands:
        rc, _out, err = _run_read_only(read_only, folder, argv)
        assert_one_clean_line(rc, err)
        assert "read-only" in err, err
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    assert _state(folder) == before


# -- read-only keyring, simulated ----------------------------------------------------------


@pytest.fixture
def keyring_refused(monkeypatch):
    real_open = os.open

    def refusing_open(path, flags, *args, **kw):
        name = os.path.basename(str(path))
        if name.startswith(".keyring.json.") and name.endswith(".tmp"):  # its temporary file
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", refusing_open)


def test_keyring_that_cannot_be_rewritten(vault_with_data, keyring_refused, monkeypatch):
    folder, _code = vault_with_data
    ring = (folder / "keyring.json").read_bytes()
    with pytest.raises(WriteFailed) as exc:
        Vault.unlock(folder, ADMIN, PASS)  # unlock moves the head: refused, one line
    assert "read-only" in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(WrongPassphrase):  # the wrong passphrase is still named as such
        Vault.unlock(folder, ADMIN, "not the right passphrase")
    assert (folder / "keyring.json").read_bytes() == ring
    monkeypatch.undo()
    Vault.unlock(folder, ADMIN, PASS).close()


def test_errors_are_case_assist_errors():
    assert issubclass(WriteFailed, CaseAssistError)


# -- backup and restore on a full disk -----------------------------------------------------


def test_a_backup_on_a_full_disk_leaves_no_half_file(vault_with_data, tmp_path):
    folder, _code = vault_with_data
    before = _state(folder)
    target = tmp_path / "out" / "shelter.backup"
    target.parent.mkdir()
    limit = _sizes(folder) // 2  # room to open (WAL), none for a whole copy of the database
    rc, _out, err = _cli(folder, "backup", str(target), preexec=_limited(max(limit, 64 * 1024)))
    assert_one_clean_line(rc, err)
    assert_not_called_damage(err)
    assert list(target.parent.iterdir()) == []  # no partial backup left behind
    assert _state(folder)["cases"] == before["cases"]


def test_a_restore_on_a_full_disk_changes_nothing(vault_with_data, tmp_path):
    folder, _code = vault_with_data
    vault = Vault.unlock(folder, ADMIN, PASS)
    try:
        backup = vault.backup(tmp_path / "shelter.backup")
    finally:
        vault.close()
    before = _state(folder)
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    limit = _sizes(folder) // 2  # the staged copy of the database cannot be written whole
    rc, _out, err = _cli(folder, "restore", str(backup), preexec=_limited(limit))
    assert_one_clean_line(rc, err)
    assert "not a complete caseassist backup" not in err, err  # the backup is fine; the disk is not
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == files
    assert _state(folder) == before
