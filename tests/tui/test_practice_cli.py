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


def test_case_list_counts_one_open_need_in_the_singular(demo_folder, monkeypatch, capsys):
    import re

    from caseassist.cli import main

    from .helpers import PASS

    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    args = ["case", "list", "--all", "--data-dir", str(demo_folder), "--user", "caseworker"]
    assert main([*args, "--limit", "500"]) == 0
    out = capsys.readouterr().out
    counts = re.findall(r"\b(\d+) open (needs?),", out)
    assert ("1", "need") in counts  # the demo has a case with a single open need
    assert all((n == "1") == (word == "need") for n, word in counts)
