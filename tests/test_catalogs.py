"""Every message the interface shows is translated into Spanish and French, none fuzzy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_catalogs_complete():
    done = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "check_catalogs.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-3000:]
