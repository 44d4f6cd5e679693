"""The supervisors' replica under damage and kills: it never shows other data, never
keeps staff out, and is made anew by the next staff session.

Faults: bytes of replica.db flipped, cut or swapped (as a disk or a person might);
a caseworker's process killed while it rebuilds the replica at lock.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseassist.errors import CaseAssistError
from caseassist.services.cases import create_demo
from caseassist.vault import DEMO_PASSPHRASE, Vault, case_store
from caseassist.vault.replica import REPLICA_NAME
from tests.reliability.test_tamper import MUTATIONS, _offsets

PASS = DEMO_PASSPHRASE
WRITER = Path(__file__).with_name("replica_writer.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    from caseassist.vault import KdfParams

    folder = tmp_path_factory.mktemp("replica") / "vault"
    create_demo(folder, cases=12, kdf=KdfParams.fast_for_tests()).close()
    Vault.unlock(folder, "caseworker", PASS).close()
    return folder, _view(folder)


def _view(folder):
    """What a supervisor's replica holds (her reports read it; she lists no case herself):
    every case's code, status and open needs, and the audit verdict."""
    from sqlmodel import select

    from caseassist.vault.tables.cases import CaseFile

    with Vault.unlock(folder, "supervisor", PASS) as sup:
        with sup.session() as session:
            rows = session.exec(select(CaseFile.code, CaseFile.status, CaseFile.open_needs))
            cases = sorted(tuple(r) for r in rows)
        return cases, sup.verify_audit().ok


def _supervisor(folder, expected) -> str:
    try:
        cases, ok = _view(folder)
    except CaseAssistError as exc:
        assert "\n" not in str(exc) and str(exc).strip()
        return "refused"
    assert ok and cases == expected[0], "the supervisor was shown other data"
    return "same"


def _run(pristine, tmp_path, seed, per_kind):
    folder, expected = pristine
    rng = random.Random(seed)
    original = (folder / REPLICA_NAME).read_bytes()
    outcomes = {"refused": 0, "same": 0}
    for kind, mutate in MUTATIONS.items():
        for offset in _offsets(len(original), rng, per_kind):
            changed = mutate(original, rng, offset)
            if changed == original:
                continue
            work = tmp_path / f"{kind}-{offset}"
            shutil.copytree(folder, work)
            (work / REPLICA_NAME).write_bytes(changed)
            state = tmp_path / f"{kind}-{offset}-state"
            os.environ["CASEASSIST_STATE_DIR"] = str(state)  # a computer new to this copy
            try:
                outcomes[_supervisor(work, expected)] += 1
                Vault.unlock(work, "caseworker", PASS).close()  # staff are never kept out
                assert _supervisor(work, expected) == "same", f"{kind} at {offset}: not rebuilt"
            finally:
                del os.environ["CASEASSIST_STATE_DIR"]
                shutil.rmtree(work, ignore_errors=True)
    return outcomes


def test_a_damaged_replica_is_refused_or_harmless_and_rebuilt(pristine, tmp_path):
    outcomes = _run(pristine, tmp_path, seed=5, per_kind=11)
    assert outcomes["refused"] > 0, outcomes


@pytest.mark.long
@pytest.mark.parametrize("seed", range(4))
def test_many_damaged_replicas(pristine, tmp_path, seed):
    outcomes = _run(pristine, tmp_path, seed=50 + seed, per_kind=40)
    assert outcomes["refused"] > 0, outcomes


def _killed_rebuild(folder, seed):
    rng = random.Random(seed)
    before = _view(folder)[0]
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), PASS, "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    time.sleep(rng.uniform(0.5, 3.0))
    proc.kill()
    proc.communicate(timeout=300)
    try:
        cases, ok = _view(folder)  # the old view or the new one, whole
        assert ok
        assert cases == before or {c[0] for c in cases} == {c[0] for c in before}
    except CaseAssistError as exc:
        assert "\n" not in str(exc)
    with Vault.unlock(folder, "caseworker", PASS) as cw:
        truth = sorted(
            (c.code, c.status, c.open_needs) for c in case_store.list_cases(cw, status=None)
        )
    assert _view(folder) == (truth, True)  # the next staff session brought it up to date


@pytest.fixture
def worked(tmp_path, fast_kdf):
    folder = tmp_path / "vault"
    create_demo(folder, cases=40, kdf=fast_kdf).close()
    return folder


@pytest.mark.parametrize("seed", range(2))
def test_a_caseworker_killed_while_rebuilding_the_replica(worked, seed):
    _killed_rebuild(worked, seed)


@pytest.mark.long
@pytest.mark.parametrize("seed", range(2, 22))
def test_a_caseworker_killed_while_rebuilding_the_replica_long(worked, seed):
    _killed_rebuild(worked, seed)
