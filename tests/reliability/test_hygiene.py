"""Finding 5 (rough edges), each as the fault that showed it.

- A damaged page 1: SQLCipher's own `ERROR CORE ... hmac check failed` lines must
  not reach the terminal before the one clean line.
- Files and folders the project writes are 0600/0700; an existing loose folder is
  tightened with a notice; staging files of a killed restore are removed.
- Absurd numbers in keyring.json and settings.toml are one clear line or ignored.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from caseassist.vault import Vault
from tests.reliability.conftest import ADMIN, PASS

ROOT = Path(__file__).resolve().parents[2]


def _cli(*argv, passphrase=PASS):
    env = dict(os.environ, CASEASSIST_PASSPHRASE=passphrase, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "caseassist", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_a_damaged_first_page_says_one_line_and_nothing_from_sqlcipher(small_vault):
    db = small_vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # page 1, after the salt: its HMAC fails
    db.write_bytes(bytes(data))
    result = _cli("case", "list", "--data-dir", str(small_vault), "--user", ADMIN)
    assert result.returncode not in (0, 70)
    assert "ERROR" not in result.stderr and "hmac" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_backups_and_restored_files_are_private(small_vault, tmp_path):
    old = os.umask(0o022)  # a common default: files 0644 unless the project says otherwise
    try:
        with Vault.unlock(small_vault, ADMIN, PASS) as v:
            backup = v.backup(tmp_path / "b.backup")
    finally:
        os.umask(old)
    assert _mode(backup) == 0o600
    Vault.restore(small_vault, backup, ADMIN, PASS).close()
    for p in small_vault.iterdir():
        assert _mode(p) & 0o077 == 0, p.name
    assert _mode(small_vault) == 0o700


def test_a_loose_existing_folder_is_tightened_with_a_notice(small_vault):
    os.chmod(small_vault, 0o755)
    os.chmod(small_vault / "vault.db", 0o644)
    result = _cli("case", "list", "--data-dir", str(small_vault), "--user", ADMIN)
    assert result.returncode == 0, result.stderr
    assert _mode(small_vault) == 0o700 and _mode(small_vault / "vault.db") == 0o600
    assert "0700" in result.stderr or "permissions" in result.stderr.lower(), result.stderr
    again = _cli("case", "list", "--data-dir", str(small_vault), "--user", ADMIN)
    assert again.stderr == ""  # said once, when it was needed


def test_staging_files_of_a_killed_restore_are_removed(small_vault):
    left = [
        small_vault / "vault.db.restore",
        small_vault / "vault.db.restore-wal",
        small_vault / "vault.db.restore-shm",
    ]
    for p in left:
        p.write_bytes(b"half a restore")
    Vault.unlock(small_vault, ADMIN, PASS).close()
    assert not any(p.exists() for p in left)


BAD_SETTINGS = [
    "idle_lock_minutes = nan",
    "idle_lock_minutes = inf",
    "idle_lock_minutes = true",
    "idle_lock_minutes = 1e999",
    "idle_lock_minutes = 99999999999999",
    'small_cell_threshold = "11"',
    "small_cell_threshold = 1.5",
    "shelter_location = [nan, inf]",
    "shelter_location = [1e999, 2]",
    "shelter_location = [true, 2]",
    "shelter_location = [91, 0]",
    "shelter_location = 5",
    "staff_languages = [1, {a = 1}]",
    "ui_language = 5",
]


def test_absurd_settings_fall_back_to_the_defaults(tmp_path, monkeypatch):
    from caseassist import config

    folder = tmp_path / "cfg"
    folder.mkdir()
    monkeypatch.setenv("CASEASSIST_CONFIG_DIR", str(folder))
    defaults = config.Settings()
    for line in BAD_SETTINGS:
        (folder / config.FILE_NAME).write_text(line + "\n")
        got = config.load()
        assert got.idle_lock_minutes == defaults.idle_lock_minutes, line
        assert got.small_cell_threshold == defaults.small_cell_threshold, line
        assert got.shelter_location is None, line
        assert got.staff_languages == defaults.staff_languages, line
        assert got.ui_language == "", line


def test_absurd_settings_do_not_stop_a_command(small_vault, tmp_path, monkeypatch):
    cfg = tmp_path / "cfg"
    cfg.mkdir()
    (cfg / "settings.toml").write_text("idle_lock_minutes = nan\nshelter_location = [nan, inf]\n")
    monkeypatch.setenv("CASEASSIST_CONFIG_DIR", str(cfg))
    result = _cli("case", "list", "--data-dir", str(small_vault), "--user", ADMIN)
    assert result.returncode == 0 and "internal error" not in result.stderr, result.stderr
