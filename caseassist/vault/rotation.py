"""Key rotation: new database, identity, replica and admin signing keys, given to every
remaining account without anyone's passphrase, whole or nothing.

Why: a disabled account (a leaver) that copied the keyring while it worked, and
knows its old passphrase, still unwraps the keys of that time. After a rotation
those keys open nothing: the database is under a new key, every sealed value is
sealed anew under a new identity key, the replica is rebuilt under a new key, the
keyring's MAC is under the new replica key, and the admin signing key is new.

How, in order (an admin, with no other session open: each open session holds a
shared lock on `sessions.lock`, and the rotation takes it alone):
1. the WAL is emptied into the database; a copy is exported under the new
   database key (`sqlcipher_export`, SQLCipher's documented way to change a
   key; `PRAGMA rekey` rewrites the file in place, which a kill could tear);
2. in that copy, one transaction re-seals every sealed column under the new
   identity key, recomputes the name index, and appends the `keys.rotate` audit
   entry;
3. under the keyring lock the new keyring is written (the new keys sealed to
   each remaining account's box, whose public half the admin key endorsed; a
   new recovery code), then the copy is renamed over `vault.db`.
A kill before the keyring is written leaves the old keyring and database (the
copy is removed at the next open, since the old key does not open it); a kill
between the keyring and the rename leaves the new keyring and the finished copy,
which the next open renames into place (the new key opens it). Either way one
key opens the vault.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlcipher3

from caseassist.durable_files import fsync_folder
from caseassist.vault import keys, store
from caseassist.vault.identity_sealing import sealed_aad

STAGED = store.DB_NAME + ".rotate"
STAGED_FILES = (STAGED, STAGED + "-wal", STAGED + "-shm", STAGED + "-journal")


def sealed_columns(conn) -> list[tuple[str, str, str]]:
    """(table, sealed column, key column) for every sealed column of the database: a BLOB
    named `sealed` or `*_sealed`; the key column is the one the seal's associated data names."""
    out = []
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
        for _cid, name, _decl, _nn, _dflt, _pk in info:
            if (name == "sealed" or name.endswith("_sealed")) and len(pk) == 1:
                out.append((table, name, pk[0]))
    return out


def export_under(main: Path, db_key: bytes, target: Path, new_key: bytes) -> None:
    """`target` (0600, replaced) holds main's data under `new_key`."""
    for name in STAGED_FILES:
        target.with_name(name).unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    conn = store.connect(main, db_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute(f"ATTACH DATABASE ? AS fresh KEY \"x'{new_key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('fresh')").fetchall()
        conn.execute("DETACH DATABASE fresh")
    finally:
        conn.close()


def reseal(conn, old: bytes, new: bytes, name_index) -> int:
    """Every sealed value opened under `old` and sealed under `new`, in the caller's
    transaction; the name index recomputed from the names (keyed by the identity key).
    Returns how many values were sealed anew. A value that does not open under `old`
    stops the rotation (keys.KeyError_): nothing is written."""
    before, after = keys.Sealer(old), keys.Sealer(new)
    count = 0
    for table, column, key_column in sealed_columns(conn):
        rows = conn.execute(
            f'SELECT "{key_column}", "{column}" FROM "{table}" '
            f'WHERE "{column}" IS NOT NULL AND length("{column}") > 0'
        ).fetchall()
        updates = []
        for row_id, blob in rows:
            aad = sealed_aad(table, column, row_id)
            plain = before.unseal(blob, aad)
            updates.append((after.seal(plain, aad), row_id))
            if table == "case_file" and column == "name_sealed":
                updates[-1] = (*updates[-1], name_index(plain.decode("utf-8")))
        if table == "case_file" and column == "name_sealed":
            conn.executemany(
                f'UPDATE "{table}" SET "{column}" = ?, name_index = ? WHERE "{key_column}" = ?',
                [(b, idx, rid) for b, rid, idx in updates],
            )
        else:
            conn.executemany(
                f'UPDATE "{table}" SET "{column}" = ? WHERE "{key_column}" = ?', updates
            )
        count += len(updates)
    return count


def finish_or_discard(folder: Path, db_key: bytes, head: tuple[int, str]) -> str:
    """At open, before the database is read: a rotation's copy that the current database
    key opens and whose audit log holds the keyring's head is the finished rotation
    (renamed into place: "finished"); any other is from a rotation that never wrote its
    keyring (removed: "discarded")."""
    staged = folder / STAGED
    if not staged.exists():
        return ""
    finished = False
    with contextlib.suppress(store.Damaged, store.NotEncrypted, sqlcipher3.DatabaseError):
        conn = store.connect(staged, db_key)
        try:
            row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (head[0],)).fetchone()
            finished = head[0] > 0 and row is not None and row[0] == head[1]
            if finished:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    if not finished:
        for name in STAGED_FILES:
            with contextlib.suppress(OSError):
                (folder / name).unlink(missing_ok=True)
        return "discarded"
    for name in (store.DB_NAME + "-wal", store.DB_NAME + "-shm"):
        (folder / name).unlink(missing_ok=True)
    os.replace(staged, folder / store.DB_NAME)
    for name in STAGED_FILES[1:]:
        (folder / name).unlink(missing_ok=True)
    fsync_folder(folder)
    return "finished"


def put_in_place(folder: Path) -> None:
    """The finished copy over `vault.db` (after the new keyring is on disk)."""
    for name in (store.DB_NAME + "-wal", store.DB_NAME + "-shm"):
        (folder / name).unlink(missing_ok=True)
    os.replace(folder / STAGED, folder / store.DB_NAME)
    for name in STAGED_FILES[1:]:
        (folder / name).unlink(missing_ok=True)
    fsync_folder(folder)
