"""The keyring's failure counters: failed unlocks per account, kept across restarts.

They are written when no key is at hand (a failed attempt unlocks nothing), so
they stand outside the keyring's MAC; an entry that cannot be read is dropped,
never fatal. Each attempt is counted until an admin sees it and until the audit
log holds it.
"""

from __future__ import annotations

import time

from caseassist.vault.keyring_entries import json_count


class FailureCounters:
    """The part of `Keyring` that counts failed attempts (its `failures`)."""

    failures: dict[str, dict]

    def failure_count(self, name: str) -> int:
        return int(self.failures.get(name, {}).get("count", 0))

    def wait_seconds(self, name: str, now: float | None = None) -> float:
        """Seconds before `name` may try again: none for 3 failures, then doubling to 5 min."""
        entry = self.failures.get(name)
        if not entry or int(entry.get("count", 0)) < 3:
            return 0.0
        delay = min(2.0 ** (int(entry["count"]) - 3), 300.0)
        now = time.time() if now is None else now
        return max(0.0, float(entry.get("last", 0.0)) + delay - now)

    def record_failure(self, name: str) -> None:
        entry = self.failures.setdefault(name, {"count": 0, "last": 0.0})
        entry["count"] = int(entry.get("count", 0)) + 1
        entry["last"] = time.time()
        entry["unseen"] = int(entry.get("unseen", 0)) + 1

    def record_refused(self, name: str) -> None:
        """An attempt refused before any passphrase was tried (while `name` must wait, or
        `name` is disabled): counted for the admin and the audit log, never lengthening
        the wait, which only wrong passphrases do."""
        entry = self.failures.setdefault(name, {"count": 0, "last": 0.0})
        entry["unseen"] = int(entry.get("unseen", 0)) + 1

    def clear_failures(self, name: str) -> None:
        """After a success: no more waiting; the attempts stay counted until an admin sees them."""
        entry = self.failures.get(name)
        if entry is None:
            return
        entry["count"] = 0
        if not entry.get("unseen"):
            self.failures.pop(name, None)

    def unseen_failures(self) -> dict[str, int]:
        return {n: e["unseen"] for n, e in sorted(self.failures.items()) if e.get("unseen")}

    def unaudited_failures(self) -> dict[str, int]:
        return {
            n: e["unseen"] - e.get("audited", 0)
            for n, e in sorted(self.failures.items())
            if e.get("unseen", 0) > e.get("audited", 0)
        }

    def mark_failures(self, audited: dict[str, int], *, seen: bool) -> None:
        """Record that `audited` attempts are in the audit log; `seen`: an admin saw them all."""
        for name, n in audited.items():
            if name in self.failures:
                entry = self.failures[name]
                entry["audited"] = entry.get("audited", 0) + n
        if seen:
            for name in list(self.failures):
                entry = self.failures[name]
                entry["unseen"] = entry["audited"] = 0
                if not entry.get("count"):
                    del self.failures[name]


def readable_failures(raw: dict) -> dict[str, dict]:
    """The unsigned failure counters; an entry that cannot be read is dropped, not fatal."""
    out: dict[str, dict] = {}
    for name, entry in raw.items():
        try:
            last = float(entry.get("last", 0.0))
            if last != last or last in (float("inf"), float("-inf")):  # NaN, 1e999
                raise ValueError("last")
            out[str(name)] = {
                "count": json_count(entry["count"]),
                "last": last,
                "unseen": json_count(entry.get("unseen", 0)),
                "audited": json_count(entry.get("audited", 0)),
            }
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError):
            continue
    return out
