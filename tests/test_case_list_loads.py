"""`caseassist case list` loads what listing cases needs, and nothing a read-only command
does not: not the frozen schemas of old migrations (only a step that runs needs them),
not the directory's tables, not the terminal UI, the intake, the directory or reports.

The real command runs in a fresh interpreter; at exit it writes the names of the
modules it loaded.
"""

from __future__ import annotations

import os
import subprocess
import sys

from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE

_CHILD = """
import atexit, os, sys
atexit.register(
    lambda: open(os.environ["MODULES_OUT"], "w").write("\\n".join(sorted(sys.modules)))
)
from caseassist.cli import main
sys.exit(main(sys.argv[1:]))
"""

NOT_FOR_A_LIST = (
    "caseassist.vault.schema_v1",
    "caseassist.vault.schema_v9",
    "caseassist.vault.tables.directory",
    "caseassist.vault.directory_store",
    "caseassist.vault.stored_directory",
    "caseassist.directory",
    "caseassist.intake",
    "caseassist.reports",
    "caseassist.tui",
    "textual",
)


def test_case_list_loads_only_what_listing_needs(tmp_path, fast_kdf):
    folder = tmp_path / "vault"
    create_demo(folder, cases=3, kdf=fast_kdf).close()
    out = tmp_path / "modules.txt"
    env = dict(
        os.environ,
        MODULES_OUT=str(out),
        CASEASSIST_USER="caseworker",
        CASEASSIST_PASSPHRASE=DEMO_PASSPHRASE,
    )
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "case", "list", "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 3  # the three cases, listed
    loaded = set(out.read_text().split("\n"))
    assert "caseassist.vault.case_store" in loaded
    extra = sorted(m for m in loaded if m.startswith(NOT_FOR_A_LIST))
    assert extra == [], f"`case list` loaded: {extra}"
