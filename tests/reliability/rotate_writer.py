"""An admin rotating the vault's keys from its own process, for the kill tests.

    python rotate_writer.py FOLDER ADMIN PASSPHRASE

Prints `done` once the rotation returned and the vault is locked.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caseassist.vault import Vault


def main(argv: list[str]) -> int:
    folder, admin, passphrase = argv
    with Vault.unlock(Path(folder), admin, passphrase) as vault:
        vault.rotate_keys()
    sys.stdout.write("done\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
