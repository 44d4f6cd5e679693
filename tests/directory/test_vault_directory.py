"""End to end through the real vault: import, switch, export without confidential addresses."""

from __future__ import annotations

import pytest

from caseassist.directory import DirectoryFileError
from caseassist.services import directory as svc
from caseassist.vault import KdfParams, Role, Vault
from tests.directory import factory as f


def _kdf():
    return KdfParams.fast_for_tests()


def test_import_switch_and_export(tmp_path):
    data = tmp_path / "vault"
    vault, _code = Vault.create(data, "ana", "correct horse battery", kdf=_kdf())
    try:
        good = f.write(
            tmp_path / "good",
            [
                f.svc(
                    "svc-willow", "shelter", traits="confidential_location", street="9 Secret Lane"
                )
            ],
        )
        imported, _info = svc.import_into_vault(vault, good)
        assert len(imported) == 1
        assert svc.active_directory(vault).services == svc.open_folder(good).services
        broken = f.write(tmp_path / "bad", [f.svc("svc-bad", "shelter")])
        (broken / "attributes.csv").write_text(
            "id,link_id,taxonomy_term_id,link_type,link_entity\na,svc-bad,nope,x,service\n"
        )
        with pytest.raises(DirectoryFileError):
            svc.import_into_vault(vault, broken, strict=True)
        assert [s.id for s in svc.active_directory(vault).services] == ["svc-willow"]
        vault.add_account("cw", Role.caseworker, "another long passphrase", kdf=_kdf())
        out_admin = tmp_path / "admin"
        svc.export_from_vault(vault, out_admin)
        assert "9 Secret Lane" in (out_admin / "addresses.csv").read_text()
    finally:
        vault.close()
    cw = Vault.unlock(data, "cw", "another long passphrase")
    try:
        out = tmp_path / "cw"
        svc.export_from_vault(cw, out)
        assert "9 Secret Lane" not in "".join(p.read_text() for p in out.glob("*.csv"))
    finally:
        cw.close()
