"""Finding 5 (roles): a caseworker backs up, imports a directory, restores, adds accounts.

Each attempt by a role the table does not allow must end in one line naming the
action, before any passphrase is asked for, with nothing written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseassist.cli import main
from caseassist.vault import KdfParams, Role, Vault
from caseassist.vault.errors import NotAllowed
from caseassist.vault.roles import RULES, allowed
from tests.reliability.conftest import ADMIN, PASS, assert_one_clean_line
from tests.templates import VaultTemplate, build_template

WORKER, WORKER_PASS = "worker", "a caseworker passphrase"


def _build(folder) -> None:
    Vault.create(folder, ADMIN, PASS, kdf=KdfParams.fast_for_tests())[0].close()
    with Vault.unlock(folder, ADMIN, PASS) as v:
        v.add_account(WORKER, Role.caseworker, WORKER_PASS, kdf=KdfParams.fast_for_tests())
        v.backup(folder.parent / "good.backup")


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> VaultTemplate:
    return build_template(tmp_path_factory, "roles", _build)


@pytest.fixture
def vault_with_worker(_template, tmp_path):
    """A vault with an admin and a caseworker, and a good backup of it: the test's own
    copies of both."""
    backup = shutil.copy2(_template.folder.parent / "good.backup", tmp_path / "good.backup")
    return _template.copy_to(tmp_path / "vault"), Path(backup)


def _as_worker_without_passphrase(capsys, *argv):
    """Run with no passphrase anywhere: if the command asked for one it would say so."""
    capsys.readouterr()
    code = main([*argv, "--user", WORKER])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("backup", "{tmp}/stolen.backup"), "make backups"),
        (("directory", "import", "{tmp}"), "import a directory"),
        (("user", "add", "intruder", "--role", "admin"), "add accounts"),
        (("user", "passwd", "admin"), "change another account's passphrase"),
        (("restore", "{backup}"), "restore a backup"),
    ],
)
def test_a_caseworker_is_refused_by_name_before_any_passphrase(
    vault_with_worker, tmp_path, capsys, argv, words
):
    folder, backup = vault_with_worker
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    argv = [a.format(tmp=tmp_path, backup=backup) for a in argv]
    code, out, err = _as_worker_without_passphrase(capsys, *argv, "--data-dir", str(folder))
    if argv[0] == "user" and argv[1] == "passwd":  # needs the caller's own unlock first
        assert "passphrase" in err.lower()
        return
    assert_one_clean_line(code, err)
    assert words in err and "No passphrase" not in err, err
    assert not (tmp_path / "stolen.backup").exists()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_the_vault_itself_refuses_a_caseworkers_backup(vault_with_worker, tmp_path):
    folder, _backup = vault_with_worker
    with Vault.unlock(folder, WORKER, WORKER_PASS) as v, pytest.raises(NotAllowed) as exc:
        v.backup(tmp_path / "x.backup")
    assert "make backups" in str(exc.value)


def test_restore_as_a_non_admin_names_the_action(vault_with_worker):
    folder, backup = vault_with_worker
    with pytest.raises(NotAllowed) as exc:
        Vault.restore(folder, backup, WORKER, WORKER_PASS)
    assert "restore a backup" in str(exc.value)


def test_roles_command_shows_the_table_that_is_enforced(capsys):
    assert main(["roles"]) == 0
    out = capsys.readouterr().out.splitlines()
    header = out[0].split("\t")
    assert header[1:] == [str(r) for r in Role]
    for rule, line in zip(RULES, out[1:], strict=True):
        cells = line.split("\t")
        assert cells[0] == rule.words
        for role, mark in zip(Role, cells[1:], strict=True):
            assert (mark == "x") == allowed(role, rule.action)
