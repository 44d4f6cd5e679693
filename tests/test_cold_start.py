"""`caseassist open` paints its unlock screen before loading what unlocking needs.

The real command runs in a pseudo-terminal in a fresh interpreter; at the first
frame that shows the unlock screen the child writes the names of the modules it
has loaded and exits. SQLAlchemy, SQLCipher, argon2, the vault's storage, the
directory and the intake are loaded only after that frame (when a passphrase is
typed). The vault package itself is allowed only the module that names the
keyring file and reads its demo flag: the unlock screen says whether the vault
is a demo.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.terminal import in_terminal, read_until
from caseassist.services.cases import create_demo

_CHILD = """
import os, sys
from textual.app import App

_show = App._display

def _display(self, screen, renderable):
    _show(self, screen, renderable)
    if renderable is not None and type(screen).__name__ == "UnlockScreen":
        with open(os.environ["MODULES_OUT"], "w") as fh:
            fh.write("\\n".join(sorted(sys.modules)))
        os._exit(0)

App._display = _display
from caseassist.cli import main
sys.exit(main(sys.argv[1:]))
"""

FORBIDDEN_ROOTS = (
    "sqlalchemy",
    "sqlmodel",
    "sqlcipher3",
    "argon2",
    "cryptography",
    "pydantic",
    "babel",  # CLDR formatting: not needed to draw the form
)

FORBIDDEN_PACKAGES = ("caseassist.directory", "caseassist.intake", "caseassist.reports")
ALLOWED_VAULT = {"caseassist.vault", "caseassist.vault.keyring_file"}
"""The demo flag is read with `json` alone (`vault/keyring_file.py`)."""
WORKSPACE = {
    "caseassist.services.workspace",
    "caseassist.services.workspace_cases",
    "caseassist.services.workspace_directory",
    "caseassist.services.workspace_intake",
}
"""The UI's facade and its parts: they import the vault and the domain inside their methods."""


def _modules_at_first_frame(argv: list[str], out: Path, timeout: float = 60) -> set[str]:
    env = dict(os.environ, TERM="xterm-256color", MODULES_OUT=str(out))
    with in_terminal([sys.executable, "-c", _CHILD, *argv], env=env) as (master, child):
        seen = read_until(master, lambda _: child.poll() is not None, timeout=timeout)
    assert out.exists(), f"no unlock frame was painted: {seen[-400:]!r}"
    return set(out.read_text().split("\n"))


@pytest.mark.parametrize("command", [["open"], []], ids=["open", "no-command"])
def test_unlock_frame_is_painted_before_the_vault_is_loaded(tmp_path, fast_kdf, command):
    folder = tmp_path / "vault"
    create_demo(folder, cases=1, kdf=fast_kdf).close()
    loaded = _modules_at_first_frame(
        [*command, "--data-dir", str(folder), "--lang", "en"], tmp_path / "modules.txt"
    )
    assert "caseassist.tui.screens.unlock" in loaded
    early = sorted(
        m
        for m in loaded
        if m.split(".")[0] in FORBIDDEN_ROOTS
        or m.startswith(FORBIDDEN_PACKAGES)
        or m in ("hashlib", "hmac", "_hashlib")  # the keyring's key functions
        or (m.startswith("caseassist.vault") and m not in ALLOWED_VAULT)
        or m.startswith("caseassist.services.")
        and m not in WORKSPACE
        or m.startswith("caseassist.cli.")
        and m != "caseassist.cli.open_cmd"
    )
    assert early == [], f"loaded before the unlock screen was painted: {early}"


def test_no_command_parser_loads_the_vault():
    """Every vault command starts its argon2 derivation while SQLAlchemy loads
    (`cli.common.open_vault`); a parser that loaded the vault or the intake while
    reading the command line would put their imports before it (the `case`
    parser once did, through the reassessment topics in its help)."""
    child = (
        "import sys\n"
        "from caseassist.cli import build_parser\n"
        "build_parser()\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = done.stdout.split("\n")
    early = sorted(
        m
        for m in loaded
        if m.split(".")[0] in FORBIDDEN_ROOTS
        or m.startswith(("caseassist.intake", "caseassist.reports"))
        or (m.startswith("caseassist.vault") and m not in ALLOWED_VAULT)
    )
    assert early == [], f"loaded while building the command line: {early}"
