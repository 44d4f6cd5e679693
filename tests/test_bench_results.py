"""bench/results.json keeps every group: a run of one group replaces that group only."""

from __future__ import annotations

import json

import pytest

import bench.__main__ as bench_main
from bench.common import alternated, ratio_at_most


def test_a_run_of_one_group_keeps_the_others(tmp_path, monkeypatch):
    results = tmp_path / "results.json"
    monkeypatch.setattr(bench_main, "RESULTS", results)
    results.write_text(json.dumps({"groups": {"vault": {"figures": [1]}, "tui": {"figures": [2]}}}))
    merged = bench_main.merge({"vault": {"figures": [3]}})
    assert merged == {"groups": {"vault": {"figures": [3]}, "tui": {"figures": [2]}}}


def test_the_machine_is_recorded_with_its_load():
    machine = bench_main.machine()
    assert machine["cores"] and len(machine["load_average_at_start"]) == 3


def test_alternated_rounds_swap_which_side_runs_first():
    order: list[str] = []
    a, b = alternated(lambda: order.append("a") or 1.0, lambda: order.append("b") or 2.0, 4)
    assert order == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert a == [1.0] * 4 and b == [2.0] * 4


def test_a_ratio_goal_is_met_on_the_ratio_not_the_value():
    fig = ratio_at_most("x", [3.0, 3.2, 2.8], [2.0, 2.2, 1.9], "s", 1.5)
    assert fig.ratio == 1.5 and fig.met and (fig.low, fig.high) == (2.8, 3.2)
    assert not ratio_at_most("x", [3.1], [2.0], "s", 1.5).met


def test_an_unknown_group_is_refused_in_one_line_before_anything_runs(capsys):
    """`python -m bench --help` once ran every group: options and names are checked first."""
    with pytest.raises(SystemExit) as stop:
        bench_main.main(["vaults"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "no such group: vaults" in err and "vault" in err
