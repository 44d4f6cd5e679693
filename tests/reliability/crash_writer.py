"""A writer for the crash tests, run as a subprocess and killed with SIGKILL at random points.

    python crash_writer.py records FOLDER USER PASSPHRASE SEED
    python crash_writer.py keyring FOLDER USER PASSPHRASE SEED

`records`: opens the vault and, in a loop, creates a case, adds a need and a
note, each in its own transaction; after each commit it prints one line
(`case CODE`, `need ID`, `note ID`) and flushes, so every line the test reads
is a transaction the vault acknowledged. Every few rounds it closes and
unlocks again, so kills also land in unlock/close (the keyring head write).

`keyring`: rewrites the keyring in a loop: the admin's passphrase changes
(`try PASS` is printed before, `set PASS` after the change returned) and now
and then an account is added (`account NAME` after). A passphrase is always
the previous one or the next one, so the test knows every candidate.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from caseassist.services.cases import records
from caseassist.vault import KdfParams, Role, Vault, case_store, note_store


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_records(folder: Path, user: str, passphrase: str, rng: random.Random) -> None:
    vault = Vault.unlock(folder, user, passphrase)
    say("open")
    n = 0
    while True:
        n += 1
        facts = records(
            {
                "person.name": f"Invented Person {rng.randrange(10**6)}",
                "person.age": rng.randrange(18, 70),
                "person.preferred_language": rng.choice(["en", "es", "fr", "uk"]),
            }
        )
        code = case_store.create_case(vault, facts=facts, needs=[("food", "immediate")])
        say(f"case {code}")
        need_id = case_store.add_need(vault, code, rng.choice(["legal", "medical", "jobs"]))
        say(f"need {need_id}")
        note_id = note_store.add_note(vault, code, f"note {n} " + "x" * rng.randrange(0, 3000))
        say(f"note {note_id}")
        if n % 7 == 0:
            vault.close()
            vault = Vault.unlock(folder, user, passphrase)
            say("open")


def rewrite_keyring(folder: Path, user: str, passphrase: str, rng: random.Random) -> None:
    kdf = KdfParams.fast_for_tests()
    vault = Vault.unlock(folder, user, passphrase)
    n = 0
    while True:
        n += 1
        new = f"passphrase number {n} {rng.randrange(10**9)}"
        say(f"try {new}")
        vault.change_passphrase(user, new, kdf=kdf)
        say(f"set {new}")
        if n % 3 == 0:
            name = f"worker{n}-{rng.randrange(10**6)}"
            vault.add_account(name, Role.caseworker, "a caseworker passphrase", kdf=kdf)
            say(f"account {name}")
        if n % 5 == 0:
            vault.close()
            vault = Vault.unlock(folder, user, new)


def main(argv: list[str]) -> int:
    mode, folder, user, passphrase, seed = argv
    rng = random.Random(int(seed))
    if mode == "records":
        write_records(Path(folder), user, passphrase, rng)
    elif mode == "keyring":
        rewrite_keyring(Path(folder), user, passphrase, rng)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
