"""Findings 2 and 5 at the keyboard: most staff unlock in the terminal UI, not the CLI.

A rewritten audit log and guessed passphrases must reach the admin who unlocks
there, as notifications, while the vault still opens for their work.
"""

from __future__ import annotations

import pytest

from caseassist.services.cases import create_demo
from caseassist.tui.app import make_app
from caseassist.tui.settings import TuiSettings
from caseassist.vault import DEMO_PASSPHRASE, Vault
from caseassist.vault.errors import WrongPassphrase
from tests.reliability.insider import leave, rewrite_audit
from tests.tui.helpers import unlock


@pytest.fixture
def folder(tmp_path, fast_kdf):
    folder = tmp_path / "vault"
    create_demo(folder, cases=3, kdf=fast_kdf).close()
    return folder


async def test_an_admin_unlocking_in_the_tui_is_warned(folder):
    sup = Vault.unlock(folder, "intake", DEMO_PASSPHRASE)
    rewrite_audit(sup, lambda rows: rows[:2] + rows[3:])
    leave(sup)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "caseworker", "a guess at her passphrase")
    app = make_app(folder, settings=TuiSettings(idle_lock_seconds=300.0))
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot, user="admin", passphrase=DEMO_PASSPHRASE)
        notes = [(n.message, n.severity) for n in app._notifications]
        assert any("audit log is broken at entry" in m and s == "warning" for m, s in notes)
        assert any("caseworker (1 attempt)" in m for m, _s in notes), notes
