"""Hand-over documents from a real vault: consent-bound, with the provider's contact, hours and
directions, the survivor's plan in their language, written 0600 and never through /tmp."""

from __future__ import annotations

import datetime as dt
import stat

import pytest

from caseassist import outfile
from caseassist.cases import handover
from caseassist.cli import main
from caseassist.paths import resources_dir
from caseassist.services import cases as case_svc
from caseassist.services import directory as directory_svc
from caseassist.services import handover as handover_svc
from caseassist.vault import case_store, consent_store, household_store, plan_store, referral_store
from caseassist.vault.errors import NotAllowed

from .conftest import PASS


def _referred(as_user, *, categories=("name", "language")):
    directory_svc.import_into_vault(as_user("ana"), resources_dir() / "directory")
    directory = directory_svc.open_folder(resources_dir() / "directory")
    cw = as_user("cw")
    code = case_svc.find(cw, "mariam")[0].code
    need = next(n for n in case_store.get_case(cw, code).needs if n.category == "medical")
    service = next(s for s in directory.services if "medical" in s.needs and s.phones)
    consent = consent_store.record_consent(
        cw,
        code,
        purpose="referral",
        recipient=service.name,
        categories=list(categories),
        method="verbal",
        expires_at=None,
    )
    ref = referral_store.add_referral(
        cw, need.id, provider=service.name, service_id=service.id, consent_id=consent
    )
    return cw, code, ref, service, consent


def test_referral_summary_has_only_consented_facts_and_the_providers_details(as_user):
    cw, code, ref, service, _c = _referred(as_user)
    text = handover_svc.referral_summary(cw, code, ref, fmt="text")
    assert "Mariam Haddad" in text and "31" not in text.split("About this referral")[1][:200]
    assert service.phones[0].number in text
    assert "Opening hours" in text and "How to get there" in text
    page = handover_svc.referral_summary(cw, code, ref, fmt="html")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page


def test_no_live_consent_no_summary(as_user):
    cw, code, ref, _s, consent = _referred(as_user)
    consent_store.revoke_consent(cw, consent)
    with pytest.raises(Exception, match="no live consent"):
        handover_svc.referral_summary(cw, code, ref)


def test_the_survivors_plan_is_in_their_language_with_dates_written_out(as_user):
    cw = as_user("cw2")  # José's caseworker
    code = case_svc.find(cw, "nunez")[0].code  # José prefers Spanish
    goal = plan_store.add_goal(cw, code, "Trabajo en una panadería")
    plan_store.add_step(
        cw, goal, "Llamar a la panadería", owner="survivor", due=dt.date(2031, 3, 14)
    )
    household_store.add_appointment(cw, code, dt.date(2031, 3, 20), "Abogada, 2ª planta")
    text = handover_svc.plan_copy(cw, code, fmt="text")
    assert text.startswith("Mi plan") and "Trabajo en una panadería" in text
    assert "14 de marzo de 2031" in text and "Abogada" in text
    with pytest.raises(NotAllowed):
        handover_svc.plan_copy(as_user("sup"), code)


def test_html_escapes_what_people_typed():
    doc = handover.Document("<b>x</b>", (("h", ("<script>alert(1)</script>",)),))
    page = handover.as_html(doc)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_the_file_is_owner_only_and_no_temporary_copy_is_left(tmp_path, as_user, monkeypatch):
    cw, code, ref, _s, _c = _referred(as_user)
    seen_tmp = []
    real = outfile.tempfile.mkstemp

    def spy(*args, **kwargs):
        seen_tmp.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    monkeypatch.setattr(outfile.tempfile, "mkstemp", spy)
    (tmp_path / "out").mkdir()
    out = handover_svc.write_private(
        tmp_path / "out" / "ref.html", handover_svc.referral_summary(cw, code, ref)
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert seen_tmp == [tmp_path / "out"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["ref.html"]


def test_cli_handover_writes_the_file_and_refuses_bad_input_in_one_line(
    folder, as_user, tmp_path, monkeypatch, capsys
):
    cw, code, _ref, _s, _c = _referred(as_user)
    cw.close()
    for v in ():
        v.close()
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    who = ["--data-dir", str(folder), "--user", "cw"]
    out = tmp_path / "summary.txt"
    assert (
        main(["case", "handover", code, "--referral", "--out", str(out), "--format", "text", *who])
        == 0
    )
    assert "Mariam" in out.read_text() and stat.S_IMODE(out.stat().st_mode) == 0o600
    capsys.readouterr()
    assert (
        main(["case", "handover", code, "--plan", "--out", str(tmp_path / "no" / "x.html"), *who])
        == 2
    )
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_handover_dash_prints_and_an_earlier_file_or_a_link_is_kept(
    folder, as_user, tmp_path, monkeypatch, capsys
):
    cw, code, _ref, _s, _c = _referred(as_user)
    cw.close()
    monkeypatch.setenv("CASEASSIST_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    who = ["--data-dir", str(folder), "--user", "cw"]
    assert main(["case", "handover", code, "--plan", "--format", "text", "--out", "-", *who]) == 0
    out = capsys.readouterr().out
    assert "Written to" not in out and out.strip() and not (tmp_path / "-").exists()
    (tmp_path / "ho.html").write_text("earlier")
    (tmp_path / "link.html").symlink_to(tmp_path / "ho.html")
    for name, extra in (("ho.html", []), ("link.html", ["--force"])):
        assert main(["case", "handover", code, "--plan", "--out", name, *extra, *who]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert (tmp_path / "ho.html").read_text() == "earlier" and (tmp_path / "link.html").is_symlink()
    assert main(["case", "handover", code, "--plan", "--out", "ho.html", "--force", *who]) == 0
    assert "<!DOCTYPE html>" in (tmp_path / "ho.html").read_text()
