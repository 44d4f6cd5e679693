"""Finding 3 (in part): a supervisor reads what only code hides.

The attack: a supervisor takes the database key their passphrase unwraps,
opens vault.db with SQLCipher directly and reads every cell. The exact age and
the free-text dietary field (which can carry health details) must not be there
in the clear: they are sealed under the identity key, which no supervisor wrap
holds, so no key a supervisor has opens them. Reports keep the age band.
"""

from __future__ import annotations

import json

import pytest

from caseassist.services.cases import create_demo, records
from caseassist.vault import DEMO_PASSPHRASE, Vault, case_store, keys, store
from caseassist.vault import keyring as kr

DIET = "no pork, and a nut allergy that needs an EpiPen"


@pytest.fixture
def vault_folder(tmp_path, fast_kdf):
    folder = tmp_path / "vault"
    create_demo(folder, cases=6, kdf=fast_kdf).close()
    with Vault.unlock(folder, "caseworker", DEMO_PASSPHRASE) as cw:
        case_store.create_case(
            cw,
            facts=records({"person.age": 37, "food.dietary_needs": DIET}),
            needs=[("food", "immediate")],
        )
    return folder


def _every_cell(folder, db_key):
    conn = store.connect(folder / store.DB_NAME, db_key)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                yield from ((table, v) for v in row)
    finally:
        conn.close()


def test_the_supervisors_database_key_shows_no_exact_age_or_diet(vault_folder):
    sup = Vault.unlock(vault_folder, "supervisor", DEMO_PASSPHRASE)
    db_key = sup._db_key  # exactly what the supervisor's passphrase unwraps
    sup.close()
    facts_docs = 0
    for table, value in _every_cell(vault_folder, db_key):
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        assert DIET not in text and "EpiPen" not in text, table
        if table == "case_file" and text.startswith("{") and '"value"' in text:
            facts_docs += 1
            doc = json.loads(text)
            assert "person.age" not in doc and "food.dietary_needs" not in doc
    assert facts_docs >= 6  # the plain fact documents were looked at
    conn = store.connect(vault_folder / store.DB_NAME, db_key)
    bands = {r[0] for r in conn.execute("SELECT age_band FROM case_file")}
    conn.close()
    assert bands - {None}  # reports still have the band


def test_no_supervisor_key_opens_a_sealed_value(vault_folder):
    ring = kr.load(vault_folder / kr.FILE_NAME)
    sup = ring.accounts["supervisor"]
    assert sup.wraps.identity is None  # no identity key is wrapped for a supervisor at all
    kek = keys.derive(DEMO_PASSPHRASE, sup.wraps.salt, sup.wraps.kdf)
    db_key = keys.unwrap(kek, sup.wraps.db, ring.aad("supervisor", "supervisor", "db"))
    own = keys.unwrap(kek, sup.wraps.sign, ring.aad("supervisor", "supervisor", "sign"))
    conn = store.connect(vault_folder / store.DB_NAME, db_key)
    sealed = conn.execute("SELECT id, facts_sealed FROM case_file WHERE facts_sealed IS NOT NULL")
    rows = sealed.fetchall()
    conn.close()
    assert rows
    for row_id, blob in rows:
        aad = f"caseassist-seal-v1|case_file|facts_sealed|{row_id}".encode()
        for key in (db_key, kek, own):
            with pytest.raises(keys.KeyError_):
                keys.unseal(key, blob, aad)
