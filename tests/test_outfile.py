"""Files the user names are written as a careful tool does (`caseassist.outfile`).

A new user ran `case handover ... --out /dev/stdout` as root and the system's
link became a 0600 file; `--out -` made a file named `-`; a link, a FIFO and an
existing file were all replaced. Each name below is one of those."""

from __future__ import annotations

import os
import stat

import pytest

from caseassist import outfile
from caseassist.cli import main
from caseassist.errors import InvalidInput


def test_a_new_file_is_0600_and_no_temporary_file_stays(tmp_path):
    out = outfile.write_private(tmp_path / "plan.html", "<p>plan</p>")
    assert out == tmp_path / "plan.html" and out.read_text() == "<p>plan</p>"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["plan.html"]


def test_the_temporary_file_is_0600_before_any_byte_is_written(tmp_path, monkeypatch):
    modes = []
    real = outfile.os.fdopen

    def spy(fd, *args, **kwargs):
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real(fd, *args, **kwargs)

    monkeypatch.setattr(outfile.os, "fdopen", spy)
    outfile.write_private(tmp_path / "x.txt", "secret")
    assert modes == [0o600]


def test_dash_is_standard_output_and_no_file_named_dash(tmp_path, monkeypatch, capsysbinary):
    monkeypatch.chdir(tmp_path)
    assert outfile.write_private("-", "the plan\n") is None
    assert capsysbinary.readouterr().out == b"the plan\n"
    assert not (tmp_path / "-").exists()


def test_an_existing_file_is_kept_unless_forced(tmp_path):
    old = tmp_path / "ho.html"
    old.write_text("earlier")
    with pytest.raises(outfile.FileExists, match="--force"):
        outfile.write_private(old, "new")
    assert old.read_text() == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["ho.html"]
    outfile.write_private(old, "new", force=True)
    assert old.read_text() == "new" and stat.S_IMODE(old.stat().st_mode) == 0o600


@pytest.mark.parametrize("force", [False, True])
def test_a_link_is_refused_and_neither_it_nor_its_target_changes(tmp_path, force):
    target = tmp_path / "real.html"
    target.write_text("theirs")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    with pytest.raises(InvalidInput, match="link.*give - as the name"):
        outfile.write_private(link, "mine", force=force)
    assert link.is_symlink() and target.read_text() == "theirs"
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(InvalidInput, match="link"):
        outfile.write_private(dangling, "mine", force=force)
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_a_device_and_a_folder_are_refused(tmp_path, force):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        outfile.write_private(fifo, "x", force=force)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    with pytest.raises(InvalidInput, match="not an ordinary file"):
        outfile.write_private("/dev/null", "x", force=force)
    with pytest.raises(InvalidInput, match="folder"):
        outfile.write_private(tmp_path, "x", force=force)
    with pytest.raises(InvalidInput, match="does not exist"):
        outfile.write_private(tmp_path / "no" / "x.txt", "x", force=force)


def test_a_file_that_appears_after_the_check_is_not_clobbered(tmp_path, monkeypatch):
    target = tmp_path / "x.txt"
    real = outfile.check_target

    def then_someone_writes(name, **kwargs):
        checked = real(name, **kwargs)
        target.write_text("theirs")
        return checked

    monkeypatch.setattr(outfile, "check_target", then_someone_writes)
    with pytest.raises(outfile.FileExists):
        outfile.write_private(target, "mine")
    assert target.read_text() == "theirs" and [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def _one_line(capsys, args):
    rc = main(args)
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_the_template_command_follows_the_rule(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["directory", "template", "-"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("name") or "," in printed.splitlines()[0]
    assert not (tmp_path / "-").exists()
    assert main(["directory", "template", "s.csv"]) == 0
    assert stat.S_IMODE((tmp_path / "s.csv").stat().st_mode) == 0o600
    (tmp_path / "s.csv").write_text("mine")
    assert "--force" in _one_line(capsys, ["directory", "template", "s.csv"])
    assert (tmp_path / "s.csv").read_text() == "mine"
    assert main(["directory", "template", "s.csv", "--force"]) == 0
    assert (tmp_path / "s.csv").read_text() != "mine"
    (tmp_path / "l.csv").symlink_to(tmp_path / "s.csv")
    _one_line(capsys, ["directory", "template", "l.csv", "--force"])
    assert (tmp_path / "l.csv").is_symlink()
