"""Each account starts its unlock's audit check after the entry it verified last time.

The check at unlock verifies the newest entries' signatures; without a mark every
unlock pays again for every entry since the admin last signed the head. The mark is
the account's own (sealed under a key from its passphrase): a rewrite of the history
before it, or a mark taken from another account, sends the check back over the
whole window.
"""

from __future__ import annotations

import pytest

from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE, Vault, case_store
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from tests.reliability.insider import leave, rewrite_audit

PASS = DEMO_PASSPHRASE


@pytest.fixture
def folder(tmp_path, fast_kdf):
    """A demo vault an admin signed, then a caseworker looked at cases in."""
    folder = tmp_path / "vault"
    create_demo(folder, cases=4, kdf=fast_kdf).close()
    Vault.unlock(folder, "admin", PASS).close()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        for case in case_store.list_cases(cw, mine=True)[:3]:
            case_store.get_case(cw, case.code)
    return folder


@pytest.fixture
def walks(monkeypatch):
    """The entry each unlock's signature walk starts from."""
    starts: list[int] = []
    real = audit_log.verify

    def verify(session, **kw):
        starts.append(kw.get("from_seq", 1))
        return real(session, **kw)

    monkeypatch.setattr(audit_log, "verify", verify)
    return starts


def _head(folder):
    with Vault.unlock(folder, "intake", PASS) as v, v.session() as s:
        return audit_log.head(s)[0]


def test_the_next_unlock_walks_only_what_came_after_its_own_last_check(folder, walks):
    signed = kr.load(folder / kr.FILE_NAME).signed_head[0]
    Vault.unlock(folder, "caseworker", PASS).close()
    with Vault.unlock(folder, "intake", PASS) as intake:  # a colleague works meanwhile
        case_store.list_cases(intake)
    walks.clear()
    before = _head(folder)
    walks.clear()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        assert cw.audit_alarm is None
    assert walks and walks[0] > signed + 1
    assert before - walks[0] < 8  # the colleague's few entries, not the whole window


def test_history_rewritten_before_the_mark_is_still_caught(folder, walks):
    Vault.unlock(folder, "caseworker", PASS).close()  # its mark: the head now
    with Vault.unlock(folder, "intake", PASS) as v, v.session() as s:
        views = [e.seq for e in audit_log.recent(s, 10_000) if e.action == "case.view"]
    victim = min(views) - 1  # a caseworker's view, long before the mark
    insider = Vault.unlock(folder, "intake", PASS)
    rewrite_audit(insider, lambda rows: rows[:victim] + rows[victim + 1 :])
    leave(insider)
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        assert cw.audit_alarm is not None
    signed = kr.load(folder / kr.FILE_NAME).signed_head[0]
    assert walks[-1] == signed + 1  # the whole window again


def test_a_mark_taken_from_another_account_is_not_trusted(folder, walks):
    Vault.unlock(folder, "intake", PASS).close()
    Vault.unlock(folder, "caseworker", PASS).close()
    path = folder / kr.FILE_NAME
    ring = kr.load(path)
    ring.checked["caseworker"] = ring.checked["intake"]  # unsigned part: anyone can edit it
    kr.atomic_write(path, ring.to_bytes())
    walks.clear()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        assert cw.audit_alarm is None
    assert walks[0] == kr.load(path).signed_head[0] + 1


def test_a_damaged_mark_means_a_whole_check_not_a_refusal(folder, walks):
    Vault.unlock(folder, "caseworker", PASS).close()
    path = folder / kr.FILE_NAME
    ring = kr.load(path)
    ring.checked["caseworker"] = "not base64 at all!"
    kr.atomic_write(path, ring.to_bytes())
    walks.clear()
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        assert cw.audit_alarm is None
    assert walks[0] == kr.load(path).signed_head[0] + 1
    assert kr.load(path).checked["caseworker"] != "not base64 at all!"  # a new mark written
