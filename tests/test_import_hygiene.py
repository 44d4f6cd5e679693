"""The domain must stay free of the terminal: importing it pulls in neither Textual nor Rich."""

import subprocess
import sys

import pytest

DOMAIN = [
    "caseassist.cli",
    "caseassist.i18n",
    "caseassist.intake",
    "caseassist.directory",
    "caseassist.cases",
    "caseassist.reports",
    "caseassist.services",
    "caseassist.vault",
]


@pytest.mark.parametrize("module", DOMAIN)
def test_domain_import_pulls_in_no_terminal_library(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')); "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, f"{module} imports {done.stdout.strip()} {done.stderr[-300:]}"
