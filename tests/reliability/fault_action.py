"""One vault action in a process of its own, for the disk-full and read-only tests.

    python fault_action.py FOLDER note CODE SIZE     add a note of SIZE characters to case CODE
    python fault_action.py FOLDER case               open a case
    python fault_action.py FOLDER passwd NEW         change the admin's passphrase

The parent sets the fault (RLIMIT_FSIZE, a read-only mount) before exec. A
`CaseAssistError` is printed as the CLI prints it, one line on stderr, exit 1;
anything else escapes as a traceback, which the test reports as a failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from caseassist.errors import CaseAssistError
from caseassist.services.cases import records
from caseassist.vault import KdfParams, Vault, case_store, note_store

ADMIN = "admin"
PASS = "a long test passphrase"


def main(argv: list[str]) -> int:
    folder, action, *rest = argv
    try:
        vault = Vault.unlock(Path(folder), ADMIN, PASS)
        try:
            if action == "note":
                code, size = rest
                note_store.add_note(vault, code, "n" * int(size))
            elif action == "case":
                case_store.create_case(vault, facts=records({"person.age": 33}), needs=[])
            elif action == "passwd":
                vault.change_passphrase(ADMIN, rest[0], kdf=KdfParams.fast_for_tests())
            else:
                raise SystemExit(f"unknown action {action}")
        finally:
            vault.close()
    except CaseAssistError as exc:
        print(f"caseassist: {exc.message}", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
