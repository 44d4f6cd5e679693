"""A caseworker changing cases and locking (which rebuilds the replica), for the kill tests.

    python replica_writer.py FOLDER PASSPHRASE COUNT

Adds a need to each of the first COUNT open cases, then locks. Prints `done`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caseassist.vault import Vault, case_store


def main(argv: list[str]) -> int:
    folder, passphrase, count = argv
    with Vault.unlock(Path(folder), "caseworker", passphrase) as vault:
        for case in case_store.list_cases(vault, mine=True)[: int(count)]:
            case_store.add_need(vault, case.code, "legal")
    sys.stdout.write("done\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
