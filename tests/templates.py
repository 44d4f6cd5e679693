"""Vaults built once per run and copied for each test that uses one.

Building a vault (accounts and their key wraps, seeded cases, an audit chain) costs a
test a few tenths of a second of CPU and more on the wall clock (every commit is
synced); copying a closed vault's folder costs milliseconds. The copy brings this
computer's record of the vault (`vault/last_seen.py`, in the state folder) into the
test's own state folder, so a test gets what it would have had by building the vault
itself. Tests about creating a vault still create their own.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseassist import paths


@dataclass(frozen=True)
class VaultTemplate:
    """A closed vault and the state folder its building wrote."""

    folder: Path
    state: Path

    def copy_to(self, target: Path) -> Path:
        """A private copy of the vault at `target`, remembered as the original was."""
        shutil.copytree(self.folder, target)
        if self.state.exists():
            shutil.copytree(self.state, paths.state_dir(), dirs_exist_ok=True)
        return target


def build_template(
    factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> VaultTemplate:
    """Run `build(folder)` once, with a state folder of its own, and keep what it made."""
    base = factory.mktemp(name)
    template = VaultTemplate(base / "vault", base / "state")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("CASEASSIST_STATE_DIR", str(template.state))
        build(template.folder)
    return template


def demo_template(factory: pytest.TempPathFactory, name: str, cases: int) -> VaultTemplate:
    """The demo vault with `cases` invented cases (test-only argon2 parameters)."""
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    def build(folder: Path) -> None:
        create_demo(folder, cases=cases, kdf=KdfParams.fast_for_tests()).close()

    return build_template(factory, name, build)
