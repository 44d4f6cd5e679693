"""An admin changing accounts from its own process, for the keyring race tests.

    python account_writer.py FOLDER ADMIN PASSPHRASE PREFIX COUNT CHANGE NEWPASS

Unlocks as ADMIN, adds COUNT caseworkers named PREFIX0.. (unlocking again for
each, as separate `caseassist user add` runs would), then sets CHANGE's passphrase
to NEWPASS. Prints `done` when every change returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caseassist.vault import KdfParams, Role, Vault


def main(argv: list[str]) -> int:
    folder, admin, passphrase, prefix, count, change, new = argv
    kdf = KdfParams.fast_for_tests()
    for i in range(int(count)):
        with Vault.unlock(Path(folder), admin, passphrase) as vault:
            vault.add_account(f"{prefix}{i}", Role.caseworker, f"{prefix}{i} passphrase", kdf=kdf)
    with Vault.unlock(Path(folder), admin, passphrase) as vault:
        vault.change_passphrase(change, new, kdf=kdf)
    sys.stdout.write("done\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
