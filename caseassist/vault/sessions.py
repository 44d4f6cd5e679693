"""The vault's connections: transactions, long-lived readers, and the replica's refresh.

Connections are not pooled, so one idle connection is held open for the vault's
lifetime (see `_hold_open`); a session open long enough rebuilds the supervisors'
replica after its transaction. Driver and file-system failures leave here as the
vault's own errors, never as a traceback.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from caseassist.i18n import _
from caseassist.vault import filelock, replica, store
from caseassist.vault.errors import Damaged, ReplicaNotReady, Tampered, VaultError, WriteFailed
from caseassist.vault.storage_errors import os_reason, translate

REPLICA_EVERY = 60.0
"""Seconds: a session left open rebuilds the supervisors' replica with its first
transaction this long after the last rebuild (if case data changed), besides at lock."""
SESSIONS_LOCK = "sessions.lock"
"""Every open session holds a shared lock on it; a key rotation needs it alone."""


class Sessions:
    """The part of `Vault` that holds its engine and connections."""

    def _replica_behind(self, session: Session | None = None) -> bool:
        """Whether the replica is missing or some case changed since it was built, read
        from the database in `session` (or a new one; no second file is opened)."""
        if self.is_replica or self._replica_key is None or not self._ring.replica:
            return False
        if not (self.folder / replica.REPLICA_NAME).exists():
            return True
        if session is not None:
            return replica.has_changes(session.connection().connection.dbapi_connection)
        with self.session() as own:
            return replica.has_changes(own.connection().connection.dbapi_connection)

    def refresh_replica(self, *, force: bool = False) -> bool:
        """Rebuild the supervisors' replica if case data changed since it was built (a
        session with the full keys; see `replica`). True when it was rebuilt."""
        if self.is_replica or self._replica_key is None or not self._ring.replica:
            return False
        self._refreshed_at = time.monotonic()
        try:
            return replica.refresh(
                self.db_path(self.folder),
                self._db_key,
                self._replica_key,
                actor=self.user,
                sign=self._sign_entry,
                trust=self._trust(self._ring),
                force=force,
            )
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None
        except OSError as exc:
            raise WriteFailed(os_reason(exc)) from None
        except (store.Damaged, store.NotEncrypted):
            raise Damaged(store.DB_NAME) from None
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None

    def _hold_open(self) -> None:
        """Keep one idle connection for the vault's lifetime.

        With a connection per session (NullPool), closing the last one makes
        SQLite checkpoint and delete the WAL every time. An idle connection,
        never used for queries, keeps the WAL between sessions; `close()`
        closes it last, so the final checkpoint still empties the WAL.
        """
        if self._anchor is None and self._path.exists():
            self._anchor = store.connect(self._path, self._key, any_thread=True)

    def reader(self):
        """A read connection that lives until the vault closes: the stored directory
        queries through it, so a search reuses its page cache instead of opening anew."""
        self._hold_open()
        conn = store.connect(self._path, self._key, any_thread=True)
        self._readers.append(conn)
        return conn

    def _dispose(self) -> None:
        if self._presence is not None:
            filelock.release(self._presence)
            self._presence = None
        for conn in self._readers:
            with contextlib.suppress(Exception):
                conn.close()
        self._readers.clear()
        self._engine.dispose()
        if self._anchor is not None:
            with contextlib.suppress(Exception):
                self._anchor.close()
            self._anchor = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            self._hold_open()
            self._depth += 1
            try:
                with Session(self._engine, expire_on_commit=False) as session:
                    try:
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            finally:
                self._depth -= 1
            if not self._depth and time.monotonic() - self._refreshed_at > REPLICA_EVERY:
                with contextlib.suppress(VaultError):  # the work is saved; lock retries it
                    self.refresh_replica()
        except DBAPIError as exc:
            error = translate(exc)
            if self.is_replica and isinstance(error, Damaged):
                raise self._replica_damaged() from None
            raise error from None
        except store.Damaged:
            if self.is_replica:
                raise self._replica_damaged() from None
            raise Damaged(self._path.name) from None
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None
        except store.NotEncrypted:
            raise Tampered(self._path.name) from None

    def _replica_damaged(self) -> ReplicaNotReady:
        """A supervisor's copy that does not read is removed (the next staff session makes
        it anew; it holds nothing that is not in the database)."""
        replica.discard(self.folder)
        return ReplicaNotReady()

    def checkpoint(self) -> None:
        """Empty the WAL into the database (after a purge, so deleted text does not linger)."""
        try:
            store.checkpoint(self._path, self._key)
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc) from None

    def integrity_ok(self) -> bool:
        """Every page's HMAC and SQLite's own check. A file that no longer opens is
        not intact (False); a folder that became read-only is said as such."""
        try:
            return store.integrity_ok(self._path, self._key)
        except (store.Damaged, store.NotEncrypted):
            return False
        except store.ReadOnly:
            raise WriteFailed(_("the folder is read-only")) from None
        except store.WriteError:
            raise WriteFailed(_("the file system refused the write")) from None

    @property
    def engine(self):
        """For the vault's own stores and benchmarks; other layers use `session()`."""
        return self._engine
