"""The retention pass at every unlock removes closed cases past their period, and only those."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from caseassist.services import retention
from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE, Vault, case_store


def _set(vault: Vault, sql: str, **params) -> None:
    with vault.session() as session:
        session.connection().execute(text(sql), params)


def test_only_cases_closed_before_the_period_are_removed(tmp_path, fast_kdf):
    create_demo(tmp_path / "v", cases=12, kdf=fast_kdf).close()
    vault = Vault.unlock(tmp_path / "v", "admin", DEMO_PASSPHRASE)
    try:
        codes = [c.code for c in case_store.list_cases(vault, status=None, limit=50)]
        old, recent, still_open = codes[0], codes[1], codes[2]
        long_ago = dt.datetime(2010, 1, 1)
        _set(
            vault,
            "UPDATE case_file SET status = 'closed', opened_at = :at, closed_at = :at "
            "WHERE code = :code",
            at=long_ago,
            code=old,
        )
        _set(
            vault,
            "UPDATE case_file SET status = 'closed', closed_at = :at WHERE code = :code",
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=30),
            code=recent,
        )
        _set(
            vault,
            "UPDATE case_file SET status = 'open', closed_at = NULL WHERE code = :code",
            code=still_open,
        )

        assert retention.apply(vault) >= 1

        after = set(c.code for c in case_store.list_cases(vault, status=None, limit=50))
        assert old not in after
        assert {recent, still_open} <= after
        with vault.session() as session:
            stale = (
                session.connection()
                .execute(
                    text(
                        "SELECT count(*) FROM case_file WHERE status = 'closed' AND closed_at < :cut"
                    ),
                    {"cut": dt.datetime(2019, 1, 1)},
                )
                .scalar()
            )
        assert stale == 0
    finally:
        vault.close()
