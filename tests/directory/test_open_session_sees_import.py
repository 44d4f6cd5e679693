"""A directory imported while a caseworker's session is open is the one that session searches.

A new user's caseworker had the app open when the admin imported the real directory; `d` then
said "The only provider for safety cannot take this person: ." (the version it still searched
had been pruned, and there is no person on that screen)."""

from __future__ import annotations

from caseassist.directory import suggest
from caseassist.directory.nothing import all_excluded
from caseassist.i18n import set_locale
from caseassist.services import directory as svc
from caseassist.services.workspace import Workspace
from caseassist.vault import KdfParams, Role, Vault
from tests.directory import factory as f

PASS = "correct horse battery"


def _folder(path, ids):
    return f.write(path, [f.svc(i, "food") for i in ids])


def test_a_session_open_before_imports_searches_the_directory_in_use(tmp_path):
    data = tmp_path / "vault"
    admin, _code = Vault.create(data, "ana", PASS, kdf=KdfParams.fast_for_tests())
    admin.add_account("cw", Role.caseworker, PASS, kdf=KdfParams.fast_for_tests())
    svc.import_into_vault(admin, _folder(tmp_path / "first", ["svc-first"]))
    ws = Workspace.unlock(data, "cw", PASS)
    try:
        assert [s.service_id for s in ws.search_directory("food").suggestions] == ["svc-first"]
        for n in range(5):  # more imports than versions kept: the first one is pruned
            svc.import_into_vault(admin, _folder(tmp_path / f"d{n}", [f"svc-{n}", "svc-x"]))
        found = ws.search_directory("food")
        assert sorted(s.service_id for s in found.suggestions) == ["svc-4", "svc-x"]
        assert found.message is None
    finally:
        ws.close()
        admin.close()


def test_nothing_set_apart_is_never_said_with_an_empty_reason(tmp_path):
    d = _folder(tmp_path / "d", ["svc-a"])
    directory = svc.open_folder(d)
    for locale in ("en", "fr", "es", "pt"):
        set_locale(locale)
        try:
            _why, line = all_excluded(directory, "food", (), 0)
            assert not line.rstrip(".").rstrip().endswith(":"), line
            _why, line = all_excluded(directory, "food", (), 2, person=False)
            assert ":" not in line.replace(" :", ""), line
        finally:
            set_locale("en")
    _why, line = all_excluded(directory, "food", (), 0)
    assert line == "No provider in the directory offers help with food."


def test_a_search_about_no_person_does_not_speak_of_one(tmp_path):
    d = f.write(tmp_path / "d", [f.svc("m", "shelter", traits="men_only")])
    directory = svc.open_folder(d)
    woman = {"person.gender": "female", "person.age": 30}
    about = suggest(directory, woman, "shelter")
    assert "this person" in (about.message or "")
    filters = suggest(directory, woman, "shelter", for_person=False)
    assert filters.message and "person" not in filters.message
    assert "cannot be suggested" in filters.message
