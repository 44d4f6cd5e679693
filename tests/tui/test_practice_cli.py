"""`caseassist practice FILE` with its output piped says so in one line instead of opening the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCENARIO = (
    Path(__file__).parent.parent / "intake" / "scenarios" / "01-outreach-ukrainian-mother.toml"
)


def test_piped_practice_does_not_start_the_terminal_ui(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "caseassist", "practice", str(SCENARIO), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert done.stdout == ""  # nothing written into the pipe, no escape codes
    assert "\x1b" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "caseassist: The practice screen needs a terminal; add --json for the transcript as JSON."
    ]
