"""The command line as a whole: one entry point, one clear line on every refusal."""

from __future__ import annotations

from caseassist.cli import main


def test_open_without_a_vault_says_how_to_make_one(tmp_path, capsys):
    assert main(["open", "--data-dir", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "caseassist init" in err


def test_open_hands_the_vault_folder_to_the_terminal_ui(tmp_path, monkeypatch):
    import caseassist.tui.app as tui_app
    from caseassist.services.cases import create_demo
    from caseassist.vault import KdfParams

    create_demo(tmp_path / "v", cases=2, kdf=KdfParams.fast_for_tests()).close()
    opened = []
    monkeypatch.setattr(tui_app, "run", lambda folder, demo=False: opened.append(folder) or 0)
    assert main(["open", "--data-dir", str(tmp_path / "v")]) == 0
    assert opened == [tmp_path / "v"]


def test_no_command_outside_a_terminal_prints_help(capsys):
    assert main([]) == 2
    assert "usage" in capsys.readouterr().out


def test_unknown_command_is_one_usage_error(capsys):
    assert main(["frobnicate"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_every_command_is_found_in_its_own_module():
    """The dispatch table imports one module per run; it must name every command's module."""
    from caseassist.cli import COMMAND_MODULE, COMMAND_MODULES, build_parser

    for module in COMMAND_MODULES:
        parser = build_parser((module,))
        sub = next(a for a in parser._actions if a.dest == "command")
        for name in sub.choices:
            assert COMMAND_MODULE.get(name) == module, name
    assert set(COMMAND_MODULE.values()) == set(COMMAND_MODULES)


def test_a_command_runs_with_only_its_own_module_loaded():
    import subprocess
    import sys

    code = (
        "import sys; from caseassist.cli import main; main(['case', '--help']); "
        "print(sorted(m for m in sys.modules if m.startswith('caseassist.cli.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "caseassist.cli.case_cmds" in done.stdout
    assert "directory_cmds" not in done.stdout and "caseassist.directory" not in done.stdout


def test_the_command_exits_with_its_code_and_all_its_output(tmp_path):
    """`python -m caseassist` ends through `run()`, which skips the collector's walk at
    exit: the exit code, stdout and the one-line refusal on stderr must all survive it."""
    import os
    import subprocess
    import sys

    from caseassist.services.cases import create_demo
    from caseassist.vault import DEMO_PASSPHRASE, KdfParams

    create_demo(tmp_path / "v", cases=3, kdf=KdfParams.fast_for_tests()).close()
    env = {
        **os.environ,
        "CASEASSIST_DATA_DIR": str(tmp_path / "v"),
        "CASEASSIST_USER": "caseworker",
        "CASEASSIST_PASSPHRASE": DEMO_PASSPHRASE,
        "CASEASSIST_LANG": "en",
    }
    cmd = [sys.executable, "-m", "caseassist", "case", "list"]
    listed = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 3
    refused = subprocess.run([*cmd, "--user", "nobody"], env=env, capture_output=True, text=True)
    assert refused.returncode != 0
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr


def test_only_the_commands_that_open_the_terminal_ui_take_the_terminal_at_start():
    """`kept_keys` turns echo off for these alone: a passphrase prompt keeps its own."""
    from caseassist.cli import _opens_ui

    for argv in ([], ["--lang", "es"], ["open"], ["demo"], ["practice", "s.toml"]):
        assert _opens_ui(argv), argv
    for argv in (["demo", "--no-tui"], ["practice", "s.toml", "--json"], ["case", "list"]):
        assert not _opens_ui(argv), argv
    assert not _opens_ui(["--help"]) and not _opens_ui(["user", "passwd"])


def test_demo_run_again_reopens_the_demo_vault_and_fresh_says_what_it_removes(
    tmp_path, monkeypatch, capsys
):
    """Finding 2 (stop 27): a second `caseassist demo` replaced the vault, a paused intake
    with it, without a word. It reopens it now; `--fresh` replaces it, saying so first."""
    from caseassist.services import cases as case_svc
    from caseassist.services.workspace import Workspace
    from caseassist.vault import DEMO_PASSPHRASE, KdfParams

    monkeypatch.setattr(case_svc.KdfParams, "floor", staticmethod(KdfParams.fast_for_tests))
    folder = tmp_path / "demo"

    def codes() -> list[str]:
        ws = Workspace.unlock(folder, "caseworker", DEMO_PASSPHRASE)
        try:
            return sorted(s.code for s in ws.list_cases(status=None, limit=50))
        finally:
            ws.close()

    argv = ["demo", "--no-tui", "--data-dir", str(folder)]
    assert main([*argv, "--cases", "3"]) == 0
    first = codes()
    capsys.readouterr()
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Reopening the demo vault" in out and "(3 cases)" in out and "--fresh" in out
    assert codes() == first  # nothing was replaced
    assert main([*argv, "--fresh", "--cases", "2"]) == 0
    out = capsys.readouterr().out
    assert "Removing the demo vault" in out and "3 cases" in out
    assert len(codes()) == 2 and not set(codes()) & set(first)


def test_a_mistyped_command_is_told_in_the_staff_members_language(capsys):
    """argparse's own words (usage, errors, help headings) come from the app's catalogs."""
    assert main(["case", "export", "--lang", "es"]) == 2
    err = capsys.readouterr().err
    assert "faltan estos argumentos: code" in err and "uso: caseassist case export" in err
    assert main(["case", "--bogus", "--lang", "fr"]) == 2
    assert "arguments non reconnus : --bogus" in capsys.readouterr().err
    assert main(["--lang", "pt", "case", "export", "-h"]) == 0
    out = capsys.readouterr().out
    assert "opções:" in out and "mostra esta ajuda e sai" in out
    assert main(["case", "--bogus", "--lang", "en"]) == 2  # English stays argparse's own
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
